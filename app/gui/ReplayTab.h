#pragma once

#include "ApiResult.h"
#include "Scope.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <memory>

class ApiCall;
class ApiPoller;
class Clock;
class KonnectClient;

namespace Ui {
class ReplayTab;
}

// Sends the audit logs of a past window to the webhook again: the last hour, 6 or 24 hours, or a custom range in
// local time (sent to Konnect as UTC RFC 3339). What Konnect would refuse (ReplayWindow) is refused here first,
// next to the fields, so nothing is sent. Once Konnect accepts the job, its status is followed until it completes
// or fails, one request at a time through the injected Clock.
class ReplayTab : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 pollIntervalMs = 10000;
    enum class Pick { LastHour, Last6Hours, Last24Hours, Custom };

    explicit ReplayTab(QWidget* parent = nullptr);
    ~ReplayTab() override;

    void setUp(KonnectClient* client, Clock* clock);
    void setAvailable(bool available, const QString& why = {});
    void reset();
    // Whose webhook to show (the organization's or a Dev Portal's): forgets what was shown and asks again.
    void setScope(const Scope& scope);
    const Scope& scope() const { return m_scope; }

    Pick pick() const;
    // The window Start would send now (UTC).
    QDateTime windowStart() const;
    QDateTime windowEnd() const;
    bool isFollowingJob() const;

    void startReplay();
    // A custom window chosen elsewhere (the missing events of a comparison): shown in the pickers, then asked about
    // as Start asks; nothing is sent without the confirmation.
    void offerWindow(const QDateTime& start, const QDateTime& end);
    void sendReplay(const QDateTime& start, const QDateTime& end);
    void checkJob();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onPicked();
    void fillEditsFromPick();
    bool validate();
    bool validate(const QDateTime& start, const QDateTime& end);
    void onStarted(const ApiResult& result);
    void onJobAnswered(const ApiResult& result);
    void showJob(const QJsonObject& job);
    void showMessage(const QString& text, bool problem);
    void updateActions();
    static QString jobMeaning(const QString& status);

    const std::unique_ptr<Ui::ReplayTab> m_ui;
    KonnectClient* m_client = nullptr;
    Clock* m_clock = nullptr;
    ApiPoller* m_poller = nullptr;
    QPointer<ApiCall> m_startCall;
    bool m_available = false;
    Scope m_scope;
    bool m_checkedOnce = false;
    // The window that was confirmed and sent: the answer's message names it, however far the clock moved since.
    QDateTime m_sentStart;
    QDateTime m_sentEnd;
    bool m_offerPending = false; // offerWindow() waits for the region's job to be known
    bool m_startedHere = false; // the job being followed was started from this tab
};
