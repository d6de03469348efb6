#pragma once

#include "ApiResult.h"
#include "Clock.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ApiCall;

// Asks Konnect the same question again and again: one call at a time, the next one `intervalMs` after the previous
// answer (through the injected Clock), so requests never overlap however slow Konnect is. pollNow() asks at once,
// or right after the call in flight when there is one (its answer may predate what prompted the new question).
class ApiPoller : public QObject
{
    Q_OBJECT
public:
    using Request = std::function<ApiCall*()>;

    ApiPoller(Clock* clock, qint64 intervalMs, Request request, QObject* parent = nullptr);
    ~ApiPoller() override;

    // Polls now, then every interval. Starting a running poller only asks now.
    void start();
    // No further calls; the call in flight still brings its answer.
    void stop();
    // Stops and cancels the call in flight: no answer follows.
    void abort();
    void pollNow();

    bool isRunning() const { return m_running; }
    bool isBusy() const { return !m_call.isNull(); }
    qint64 intervalMs() const { return m_intervalMs; }
    int callsStarted() const { return m_callsStarted; }

signals:
    void callStarted(ApiCall* call);
    void answered(const ApiResult& result);

private:
    void send();
    void schedule();
    void cancelTimer();

    Clock* m_clock;
    qint64 m_intervalMs;
    Request m_request;
    QPointer<ApiCall> m_call;
    Clock::TimerId m_timer = 0;
    bool m_running = false;
    bool m_again = false;
    int m_callsStarted = 0;
};
