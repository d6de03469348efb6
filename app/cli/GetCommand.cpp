#include "GetCommand.h"

#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"
#include "ScopeWebhookReader.h"

void GetCommand::run()
{
    withScope([this](const Scope& scope) {
        ScopeWebhookReader* reader = ScopeWebhookReader::read(&m_context.client(), scope, this);
        connect(reader, &ScopeWebhookReader::finished, this,
                [this](const ScopeWebhook& webhook, const ApiResult& result) {
                    if (!result.ok())
                        return failWith(result);
                    if (m_context.out().isJson())
                        m_context.out().json(jsonOf(webhook));
                    else
                        m_context.out().fields(m_context.connectionFields(webhook.scope)
                                               + HumanFormatter::scopeWebhook(webhook) + hints(webhook));
                    finish(0);
                });
    });
}

QJsonObject GetCommand::jsonOf(const ScopeWebhook& webhook)
{
    // The inline webhook keeps the shape it always had (Konnect's v2 answer), with the model beside it.
    if (webhook.model != ScopeWebhook::Model::Destination && webhook.inlineWebhook) {
        QJsonObject json = webhook.toJson().value(QLatin1String("inline_webhook")).toObject();
        json.insert(QStringLiteral("model"), webhook.modelKey());
        json.insert(QStringLiteral("v3_available"), webhook.v3Available);
        if (webhook.v3Available)
            json.insert(QStringLiteral("binding"), webhook.binding.toJson());
        return json;
    }
    return webhook.toJson();
}

Fields GetCommand::hints(const ScopeWebhook& webhook) const
{
    const QString options = m_context.repeatOptions();
    if (webhook.canMoveToDestination())
        return {{QStringLiteral("Next"),
                 QStringLiteral("`konnect-audit-webhook move-to-destination%1` turns it into "
                                "an audit log destination (Konnect's current model)")
                     .arg(options)}};
    if (webhook.model == ScopeWebhook::Model::None && webhook.v3Available
        && (!webhook.inlineWebhook || webhook.inlineWebhook->endpoint.isEmpty()))
        return {{QStringLiteral("Next"),
                 // repeatOptions() already carries the --portal that was given.
                 QStringLiteral("`konnect-audit-webhook apply --destination NAME|ID --enable%1` "
                                "binds it to a destination (see `destinations list`)")
                     .arg(options)}};
    return {};
}
