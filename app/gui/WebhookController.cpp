#include "WebhookController.h"

#include "ApiCall.h"
#include "KonnectClient.h"
#include "ScopeWebhookReader.h"

#include <QJsonObject>

WebhookController::WebhookController(KonnectClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void WebhookController::start(ApiCall* call, const QString& description)
{
    m_call = call;
    emit callStarted(call, description);
    emit busyChanged(true);
}

void WebhookController::load()
{
    if (isBusy())
        return;
    ScopeWebhookReader* reader = ScopeWebhookReader::read(m_client, m_scope, this);
    m_reader = reader;
    connect(reader, &ScopeWebhookReader::callStarted, this, &WebhookController::callStarted);
    connect(reader, &ScopeWebhookReader::finished, this,
            [this, reader](const ScopeWebhook& webhook, const ApiResult& result) {
                if (m_reader != reader)
                    return; // dropped by reset()
                m_reader = nullptr;
                emit busyChanged(false);
                finishLoad(webhook, result);
            });
    emit busyChanged(true);
}

void WebhookController::apply(const WebhookConfig& desired)
{
    if (isBusy())
        return;
    ApiCall* call = m_client->updateWebhook(m_current.value_or(WebhookConfig {}), desired, m_scope);
    connect(call, &ApiCall::finished, this, [this, call, desired](const ApiResult& result) {
        if (m_call != call)
            return;
        m_call = nullptr;
        emit busyChanged(false);
        finishApply(result, desired);
    });
    start(call, tr("Applying the webhook configuration"));
}

void WebhookController::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_reader)
        m_reader->cancel();
}

void WebhookController::reset()
{
    m_current.reset();
    m_webhook.reset();
    if (ScopeWebhookReader* reader = m_reader) {
        m_reader = nullptr;
        reader->cancel();
        emit busyChanged(false);
    }
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
        emit busyChanged(false);
    }
}

std::optional<WebhookConfig> WebhookController::readAnswer(const ApiResult& result, ApiResult* failure) const
{
    QString error;
    auto config = WebhookConfig::fromJson(result.json.object(), &error);
    if (!config) {
        *failure = result;
        failure->kind = ApiResult::Kind::BadAnswer;
        failure->message = tr("Konnect's answer could not be read: %1").arg(error);
    }
    return config;
}

void WebhookController::finishLoad(const ScopeWebhook& webhook, const ApiResult& result)
{
    if (!result.ok()) {
        emit loadFailed(result);
        return;
    }
    m_webhook = webhook;
    m_current = webhook.inlineWebhook;
    emit webhookRead(webhook);
    if (m_current)
        emit loaded(*m_current);
}

void WebhookController::finishApply(const ApiResult& result, const WebhookConfig& sent)
{
    if (!result.ok()) {
        emit applyFailed(result);
        return;
    }
    // "Nothing to change" answers with the current settings; a real update with what Konnect stored.
    ApiResult failure;
    auto stored = readAnswer(result, &failure);
    if (!stored) {
        emit applyFailed(failure);
        return;
    }
    if (stored->endpoint.isEmpty() && !sent.endpoint.isEmpty()) {
        // An empty 2xx body: Konnect took the settings without echoing them.
        stored = sent;
        stored->authorization.reset();
    }
    m_current = stored;
    if (m_webhook) {
        // An unbound region with an inline endpoint now uses the inline model: say so without another read.
        m_webhook->inlineWebhook = stored;
        if (m_webhook->model == ScopeWebhook::Model::None && !stored->endpoint.isEmpty())
            m_webhook->model = ScopeWebhook::Model::Inline;
        emit webhookRead(*m_webhook);
    }
    emit applied(*m_current, sent);
}
