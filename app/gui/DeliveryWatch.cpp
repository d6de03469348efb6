#include "DeliveryWatch.h"

#include "ApiPoller.h"
#include "Clock.h"
#include "ErrorText.h"
#include "KonnectClient.h"

DeliveryWatch::DeliveryWatch(KonnectClient* client, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_poller(new ApiPoller(
          m_clock, intervalMs, [client] { return client->getStatus(); }, this))
{
    connect(m_poller, &ApiPoller::callStarted, this, &DeliveryWatch::callStarted);
    connect(m_poller, &ApiPoller::answered, this, &DeliveryWatch::onAnswered);
}

void DeliveryWatch::start(const QDateTime& since)
{
    m_poller->abort();
    m_since = since;
    m_startedAt = m_clock->now();
    m_checks = 0;
    m_running = true;
    m_poller->start();
}

void DeliveryWatch::cancel()
{
    if (!m_running)
        return;
    m_poller->abort();
    end(tr("Stopped watching."));
}

void DeliveryWatch::onAnswered(const ApiResult& result)
{
    if (!m_running || result.kind == ApiResult::Kind::Cancelled)
        return;
    ++m_checks;
    if (result.kind == ApiResult::Kind::Unauthorized || result.kind == ApiResult::Kind::Forbidden) {
        m_poller->stop();
        return end(ErrorText::describe(result));
    }
    QString problem;
    if (result.ok()) {
        QString error;
        const auto status = WebhookStatus::fromJson(result.json.object(), &error);
        if (status && status->hasAttempt() && status->lastAttemptAt > m_since) {
            m_poller->stop();
            m_running = false;
            emit attemptSeen(*status);
            return;
        }
        if (!status)
            problem = tr("Konnect's answer could not be read: %1").arg(error);
    } else {
        problem = ErrorText::describe(result);
    }
    if (m_startedAt.msecsTo(m_clock->now()) + intervalMs > maxDurationMs) {
        m_poller->stop();
        return end(tr("Konnect made no delivery attempt within %1 minutes of the Apply (it sends when there are "
                      "audit events). The Status tab shows the next one.")
                       .arg(maxDurationMs / 60000));
    }
    emit checked(m_checks, problem);
}

void DeliveryWatch::end(const QString& why)
{
    m_running = false;
    emit ended(why);
}
