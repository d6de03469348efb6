#pragma once

#include "ConnectionTest.h"
#include "ConnectionTestResult.h"
#include "WebhookStatus.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>
#include <memory>
#include <optional>

class ApiCall;
class Clock;
class DeliveryWatch;
class Ed25519Key;
class KonnectClient;

namespace Ui {
class ConnectionTestPanel;
}

// The connection test in the window: the Konnect half's lines, what the SIEM half sends and each of its attempts
// (answer, time taken, wait before the next, with the live countdown and Cancel), and the verdict in plain words,
// with the vendor preset's hint. After an Apply it offers to watch Konnect's own next delivery (DeliveryWatch) and
// shows what the SIEM answered Konnect beside the desk test's verdict.
class ConnectionTestPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConnectionTestPanel(QWidget* parent = nullptr);
    ~ConnectionTestPanel() override;

    void setUp(KonnectClient* client, Clock* clock);
    // The key the test events are signed with (the demo uses the emulator's, so its receiver can verify them).
    void setSigningKey(const Ed25519Key& key);

    void run(const ConnectionTest::Settings& settings, const QString& regionLabel,
             const QString& konnectUnavailableReason);
    void cancel();
    bool isRunning() const;
    ConnectionTest* test() const { return m_test; }

    // An Apply took effect at `since` (Konnect's time): offer to watch Konnect's next delivery attempt.
    void offerDeliveryWatch(const QDateTime& since);
    void watchDelivery();
    bool isWatching() const;
    // Another profile or region: nothing shown belongs to it.
    void reset();

    // The form now holds `values`: a result of other values is marked "changed since" (and unmarked when the form
    // goes back to what was tested).
    void noteFormValues(const ConnectionTest::Settings& values);
    bool isStale() const { return m_stale; }
    // What the last finished test found for exactly these values, in a few words ("delivered: 200", "unreachable:
    // host not found"); "not tested" when no test ran with them. *delivered tells whether it would deliver.
    QString resultFor(const ConnectionTest::Settings& values, bool* delivered = nullptr) const;
    static bool sameValues(const ConnectionTest::Settings& a, const ConnectionTest::Settings& b);
    static QString shortVerdict(const DeliveryVerdict& verdict);

signals:
    void runningChanged(bool running);

private:
    void onKonnectLine(const ConnectionTestLine& line);
    void onSiemStarted(const QString& endpoint, LogFormat format, bool skipSsl,
                       ConnectionTestResult::Source authorizationSource);
    void onAttemptStarted(int number, int maxAttempts, const QByteArray& encoding);
    void onAttemptFinished(const SiemDeliveryAttempt& attempt);
    void onRetryScheduled(int nextNumber, qint64 waitMs);
    void onFinished(const ConnectionTestResult& result);
    void onAttemptSeen(const WebhookStatus& status);
    void updateWatchButtons();
    void showKonnectWord(const QString& text, bool problem);

    const std::unique_ptr<Ui::ConnectionTestPanel> m_ui;
    ConnectionTest* m_test = nullptr;
    DeliveryWatch* m_watch = nullptr;
    Clock* m_clock = nullptr;
    // Stands for the whole test in the RequestProgressWidget, which follows ApiCall's attempt and retry signals.
    QPointer<ApiCall> m_progressCall;
    QStringList m_konnectLines;
    QDateTime m_watchSince;
    bool m_watchOffered = false;
    // The values of the test that runs or ran last, and its result once it finished.
    std::optional<ConnectionTest::Settings> m_testedWith;
    std::optional<ConnectionTestResult> m_lastResult;
    bool m_stale = false;
};
