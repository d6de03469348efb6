#include "ApiPoller.h"

#include "ApiCall.h"

ApiPoller::ApiPoller(Clock* clock, qint64 intervalMs, Request request, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_intervalMs(intervalMs)
    , m_request(std::move(request))
{
}

ApiPoller::~ApiPoller()
{
    cancelTimer();
    if (m_call) {
        // Cancelling reports back; this object is already going and must not hear it.
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void ApiPoller::start()
{
    m_running = true;
    pollNow();
}

void ApiPoller::stop()
{
    m_running = false;
    m_again = false;
    cancelTimer();
}

void ApiPoller::abort()
{
    stop();
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
    }
}

void ApiPoller::pollNow()
{
    if (m_call) {
        m_again = true;
        return;
    }
    cancelTimer();
    send();
}

void ApiPoller::send()
{
    ApiCall* call = m_request();
    m_call = call;
    ++m_callsStarted;
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult& result) {
        if (m_call != call)
            return; // aborted
        m_call = nullptr;
        const bool again = m_again;
        m_again = false;
        emit answered(result);
        if (m_call || m_timer)
            return; // a slot already asked again
        if (again)
            send();
        else
            schedule();
    });
    emit callStarted(call);
}

void ApiPoller::schedule()
{
    if (!m_running)
        return;
    m_timer = m_clock->callAfter(m_intervalMs, this, [this] {
        m_timer = 0;
        if (m_running && !m_call)
            send();
    });
}

void ApiPoller::cancelTimer()
{
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
}
