#include "StatusCommand.h"

#include "Clock.h"
#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"

void StatusCommand::run()
{
    withScope([this](const Scope& scope) {
        ApiCall* call = m_context.client().getStatus(scope);
        connect(call, &ApiCall::finished, this, [this, scope](const ApiResult& result) {
            if (!result.ok())
                return failWith(result);
            const QJsonObject status = result.json.object();
            if (m_context.out().isJson())
                m_context.out().json(status);
            else
                m_context.out().fields(m_context.connectionFields(scope)
                                       + HumanFormatter::webhookStatus(status, m_context.clock()->now(), scope));
            finish(0);
        });
    });
}
