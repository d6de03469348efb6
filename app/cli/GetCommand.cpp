#include "GetCommand.h"

#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"

void GetCommand::run()
{
    ApiCall* call = m_context.client().getWebhook();
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        const QJsonObject config = result.json.object();
        if (m_context.out().isJson()) {
            m_context.out().json(config);
        } else {
            m_context.out().fields(m_context.connectionFields() + HumanFormatter::webhookConfig(config));
        }
        finish(0);
    });
}
