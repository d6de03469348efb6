#include "JwksCommand.h"

#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"

void JwksCommand::run()
{
    ApiCall* call = m_context.client().getJwks();
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        const QJsonObject jwks = result.json.object();
        if (m_context.out().isJson()) {
            m_context.out().json(jwks);
            return finish(0);
        }
        const QList<Fields> keys = HumanFormatter::jwksKeys(jwks);
        m_context.out().fields(m_context.connectionFields()
                               + Fields {{QStringLiteral("Signing keys"), QString::number(keys.size())}});
        for (const Fields& key : keys) {
            m_context.out().line();
            m_context.out().fields(key);
        }
        finish(0);
    });
}
