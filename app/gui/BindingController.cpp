#include "BindingController.h"

#include "ApiCall.h"
#include "KonnectClient.h"

BindingController::BindingController(KonnectClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void BindingController::apply(const Scope& scope, const WebhookBinding& current, const WebhookBinding& desired)
{
    if (isBusy())
        return;
    track(m_client->updateBinding(scope, current, desired), desired, tr("Binding %1").arg(scope.describe()));
}

void BindingController::unbind(const Scope& scope)
{
    if (isBusy())
        return;
    track(m_client->unbind(scope), WebhookBinding {}, tr("Unbinding %1").arg(scope.describe()));
}

void BindingController::track(ApiCall* call, const WebhookBinding& expected, const QString& description)
{
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, expected](const ApiResult& result) {
        if (m_call != call)
            return;
        m_call = nullptr;
        emit busyChanged(false);
        if (!result.ok()) {
            emit applyFailed(result);
            return;
        }
        // A DELETE answers 204 with no body: what was asked for is what Konnect now has.
        emit applied(WebhookBinding::fromJson(result.json.object()).value_or(expected));
    });
    emit callStarted(call, description);
    emit busyChanged(true);
}

void BindingController::move(const Scope& scope, const WebhookConfig& inlineWebhook, const QString& name,
                             const QString& authorization, const QString& repeatOptions)
{
    if (isBusy())
        return;
    DestinationMove* move = DestinationMove::start(m_client, scope, inlineWebhook, name, authorization, this);
    move->setRepeatOptions(repeatOptions);
    m_move = move;
    connect(move, &DestinationMove::callStarted, this, &BindingController::callStarted);
    connect(move, &DestinationMove::finished, this,
            [this](DestinationMove::Stage stage, const AuditLogDestination& destination, const ApiResult& result,
                   const QString& report) {
                m_move = nullptr;
                emit busyChanged(false);
                emit moved(stage, destination, result, report);
            });
    emit busyChanged(true);
}

void BindingController::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_move)
        m_move->cancel();
}
