#include "ScopeWebhookReader.h"

#include "ApiCall.h"
#include "KonnectClient.h"

#include <QTimer>

namespace {
// A 2xx answer whose body is not what the call reads.
ApiResult unreadable(const ApiResult& result, const QString& problem)
{
    ApiResult bad = result;
    bad.kind = ApiResult::Kind::BadAnswer;
    bad.message = problem;
    return bad;
}
} // namespace

ScopeWebhookReader* ScopeWebhookReader::read(KonnectClient* client, const Scope& scope, QObject* parent)
{
    auto* reader = new ScopeWebhookReader(client, scope, parent ? parent : client);
    // Callers connect after read() returns; start from the event loop.
    QTimer::singleShot(0, reader, &ScopeWebhookReader::start);
    return reader;
}

ScopeWebhookReader::ScopeWebhookReader(KonnectClient* client, const Scope& scope, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_webhook.scope = scope;
}

void ScopeWebhookReader::cancel()
{
    if (m_call)
        m_call->cancel();
    else if (!m_done) {
        ApiResult cancelled;
        cancelled.kind = ApiResult::Kind::Cancelled;
        cancelled.message = tr("Cancelled.");
        done(cancelled);
    }
}

void ScopeWebhookReader::start()
{
    if (m_done)
        return;
    follow(m_client->getBinding(m_webhook.scope), tr("Reading the webhook of %1").arg(m_webhook.scope.describe()),
           &ScopeWebhookReader::onBinding);
}

void ScopeWebhookReader::follow(ApiCall* call, const QString& description,
                                void (ScopeWebhookReader::*next)(const ApiResult&))
{
    m_call = call;
    connect(call, &ApiCall::finished, this, next);
    emit callStarted(call, description);
}

void ScopeWebhookReader::onBinding(const ApiResult& result)
{
    const bool noV3 = result.httpStatus == 404 || result.httpStatus == 405;
    if (!m_webhook.scope.isPortal() && noV3 && result.kind == ApiResult::Kind::HttpError) {
        m_webhook.v3Available = false;
        return readInline();
    }
    if (!result.ok())
        return done(result);
    QString problem;
    const std::optional<WebhookBinding> binding = WebhookBinding::fromJson(result.json.object(), &problem);
    if (!binding)
        return done(unreadable(result, problem));
    m_webhook.binding = *binding;
    if (binding->isBound()) {
        m_webhook.model = ScopeWebhook::Model::Destination;
        return follow(m_client->getDestination(binding->destinationId),
                      tr("Reading the audit log destination %1").arg(binding->destinationId),
                      &ScopeWebhookReader::onDestination);
    }
    if (m_webhook.scope.isPortal())
        return done(result);
    readInline();
}

void ScopeWebhookReader::onDestination(const ApiResult& result)
{
    if (result.httpStatus == 404) {
        m_webhook.destinationMissing = true;
        ApiResult ok;
        return done(ok);
    }
    if (!result.ok())
        return done(result);
    QString problem;
    const std::optional<AuditLogDestination> destination
        = AuditLogDestination::fromJson(result.json.object(), &problem);
    if (!destination)
        return done(unreadable(result, problem));
    m_webhook.destination = *destination;
    done(result);
}

void ScopeWebhookReader::readInline()
{
    follow(m_client->getWebhook(m_webhook.scope),
           tr("Reading the inline webhook of region %1").arg(m_webhook.scope.region()), &ScopeWebhookReader::onInline);
}

void ScopeWebhookReader::onInline(const ApiResult& result)
{
    if (!result.ok())
        return done(result);
    QString problem;
    const std::optional<WebhookConfig> config = WebhookConfig::fromJson(result.json.object(), &problem);
    if (!config)
        return done(unreadable(result, problem));
    m_webhook.inlineWebhook = *config;
    m_webhook.inlineAnswer = result.json.object();
    // Without v3 the inline webhook is all there is, configured or not.
    m_webhook.model = (!m_webhook.v3Available || !config->endpoint.isEmpty()) ? ScopeWebhook::Model::Inline
                                                                              : ScopeWebhook::Model::None;
    done(result);
}

void ScopeWebhookReader::done(const ApiResult& result)
{
    if (m_done)
        return;
    m_done = true;
    m_call = nullptr;
    emit finished(m_webhook, result);
    deleteLater();
}
