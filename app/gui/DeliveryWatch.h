#pragma once

#include "ApiResult.h"
#include "WebhookStatus.h"

#include <QDateTime>
#include <QObject>

class ApiCall;
class ApiPoller;
class Clock;
class KonnectClient;

// "Konnect's own word": a test from the admin's desk is not Konnect's network, so after an Apply this watches the
// webhook status (every 30 s through the injected Clock, one request at a time) until Konnect's next delivery
// attempt reports a last_attempt_at newer than the Apply, then reports what the SIEM answered Konnect. Gives up
// after 15 minutes, on a refused token, or when cancelled.
class DeliveryWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 intervalMs = 30000;
    static constexpr qint64 maxDurationMs = 15 * 60 * 1000;

    DeliveryWatch(KonnectClient* client, Clock* clock, QObject* parent = nullptr);

    // Watches for an attempt after `since` (Konnect's time of the Apply).
    void start(const QDateTime& since);
    void cancel();
    bool isRunning() const { return m_running; }
    QDateTime since() const { return m_since; }
    int checks() const { return m_checks; }

signals:
    void callStarted(ApiCall* call);
    // A check found no newer attempt yet; `problem` is set when the check itself failed (it goes on).
    void checked(int checks, const QString& problem);
    void attemptSeen(const WebhookStatus& status);
    // Watching stopped without seeing an attempt: why, in words.
    void ended(const QString& why);

private:
    void onAnswered(const ApiResult& result);
    void end(const QString& why);

    Clock* m_clock;
    ApiPoller* m_poller;
    QDateTime m_since;
    QDateTime m_startedAt;
    int m_checks = 0;
    bool m_running = false;
};
