#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <memory>

class ApiCall;
class KonnectClient;
struct HttpAttempt;

namespace Ui {
class RequestProgressWidget;
}

// While a call to Konnect runs: a busy indicator, which attempt this is, a live countdown to the next attempt
// ("attempt 3 of 5, retrying in 4 s") and Cancel. Hidden when nothing runs.
class RequestProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RequestProgressWidget(QWidget* parent = nullptr);
    ~RequestProgressWidget() override;

    // Time for the countdown comes from `clock`, so tests can move it.
    void setClock(Clock* clock);
    void track(ApiCall* call, const QString& description);
    // For a reader that makes its calls one after another itself (AuditLogPuller): shows the client's attempts on
    // paths that contain `pathPart`, with the retry rule's countdown, until stopTracking().
    void trackAttempts(KonnectClient* client, const QString& pathPart, const QString& description);
    void stopTracking();
    QString statusText() const;

signals:
    void cancelRequested();

private:
    void begin(ApiCall* call, const QString& description);
    void onAttemptStarted(int number, int maxAttempts);
    void onRetryScheduled(int nextNumber, qint64 waitMs);
    void onAttemptFinished(const HttpAttempt& attempt);
    void onFinished();
    void tick();
    void stopTicking();
    void showStatus(const QString& detail);

    const std::unique_ptr<Ui::RequestProgressWidget> m_ui;
    Clock* m_clock = nullptr;
    QPointer<ApiCall> m_call;
    QString m_description;
    int m_failedAttempt = 0;
    int m_maxAttempts = 0;
    QString m_lastFailure;
    QDateTime m_nextAttemptAt;
    Clock::TimerId m_tick = 0;
    QList<QMetaObject::Connection> m_attemptConnections; // while tracking a client's attempts
};
