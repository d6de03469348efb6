#include "FleetScopeRead.h"

#include "ApiCall.h"
#include "KonnectClient.h"
#include "ScopeWebhookReader.h"

FleetScopeRead* FleetScopeRead::start(KonnectClient* client, const Scope& scope, QObject* parent)
{
    auto* read = new FleetScopeRead(parent);
    read->m_observation.webhook.scope = scope;
    read->m_reader = ScopeWebhookReader::read(client, scope, read);
    connect(read->m_reader, &ScopeWebhookReader::finished, read,
            [read](const ScopeWebhook& webhook, const ApiResult& result) {
                if (!result.ok())
                    return read->fail(result);
                read->m_observation.webhook = webhook;
                read->m_webhookRead = true;
                read->finishIfDone();
            });
    read->m_status = client->getStatus(scope);
    connect(read->m_status, &ApiCall::finished, read, [read](const ApiResult& result) {
        if (!result.ok())
            return read->fail(result);
        QString problem;
        read->m_observation.status = WebhookStatus::fromJson(result.json.object(), &problem);
        if (!read->m_observation.status) {
            ApiResult unreadable = result;
            unreadable.kind = ApiResult::Kind::BadAnswer;
            unreadable.message = tr("The webhook status could not be read: %1").arg(problem);
            return read->fail(unreadable);
        }
        read->m_statusRead = true;
        read->finishIfDone();
    });
    return read;
}

FleetScopeRead::FleetScopeRead(QObject* parent)
    : QObject(parent)
{
}

void FleetScopeRead::cancel()
{
    m_done = true;
    if (m_reader)
        m_reader->cancel();
    if (m_status)
        m_status->cancel();
    deleteLater();
}

FleetObservation::Access FleetScopeRead::accessAfter(const ApiResult& result)
{
    if (result.kind == ApiResult::Kind::Unauthorized || result.kind == ApiResult::Kind::Forbidden)
        return FleetObservation::Access::TokenRefused;
    return FleetObservation::Access::Unreachable;
}

void FleetScopeRead::fail(const ApiResult& result)
{
    if (m_done)
        return;
    // The first failure decides; the other call is not worth waiting for.
    m_observation.access = accessAfter(result);
    m_observation.problem = result.message;
    m_done = true;
    if (m_reader)
        m_reader->cancel();
    if (m_status)
        m_status->cancel();
    emit finished(m_observation);
    deleteLater();
}

void FleetScopeRead::finishIfDone()
{
    if (m_done || !m_webhookRead || !m_statusRead)
        return;
    m_done = true;
    emit finished(m_observation);
    deleteLater();
}
