#include "DestinationDeleteCommand.h"

#include "CommandContext.h"
#include "DestinationListCommand.h"
#include "DestinationUsageScan.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"

#include <QJsonObject>

FieldErrors DestinationDeleteCommand::checkOptions()
{
    const QStringList words = m_context.commandLine().arguments();
    if (words.size() != 1 || words.constFirst().trimmed().isEmpty())
        return {{QStringLiteral("destination"),
                 QStringLiteral("Give one destination, by name or id: `destinations delete NAME|ID --yes`.")}};
    m_nameOrId = words.constFirst().trimmed();
    return {};
}

void DestinationDeleteCommand::run()
{
    withDestination(m_nameOrId, QStringLiteral("destination"), [this](const AuditLogDestination& destination) {
        DestinationUsageScan* scan
            = DestinationUsageScan::start(&m_context.client(), DestinationListCommand::usageRegions(m_context), this);
        connect(scan, &DestinationUsageScan::finished, this, [this, scan, destination]() {
            const QStringList users = scan->describeUsersOf(destination.id);
            const QString question = users.isEmpty()
                ? QStringLiteral("Delete the audit log destination \"%1\" (%2)?").arg(destination.name, destination.id)
                : QStringLiteral("Delete the audit log destination \"%1\" (%2)? It is used by %3, so Konnect will "
                                 "refuse until they are unbound.")
                      .arg(destination.name, destination.id, users.join(QStringLiteral(", ")));
            confirm(question, [this, destination, users]() { remove(destination, users); });
        });
    });
}

void DestinationDeleteCommand::remove(const AuditLogDestination& destination, const QStringList& users)
{
    ApiCall* call = m_context.client().deleteDestination(destination.id);
    connect(call, &ApiCall::finished, this, [this, destination, users](const ApiResult& result) {
        if (result.httpStatus == 409) {
            ApiResult inUse = result;
            inUse.message
                = QStringLiteral("Konnect refused to delete \"%1\" (%2): it is still in use%3.%4 Unbind "
                                 "them first (`apply --unbind`, with --portal for a Dev Portal), or point "
                                 "them at another destination.")
                      .arg(destination.name, destination.id,
                           users.isEmpty() ? QString() : QStringLiteral(" by ") + users.join(QStringLiteral(", ")),
                           result.problem.isEmpty()
                               ? QString()
                               : QStringLiteral(" Konnect says: %1").arg(result.problem.summary()));
            return failWith(inUse);
        }
        if (!result.ok())
            return failWith(result);
        if (m_context.out().isJson())
            m_context.out().json(QJsonObject {{QStringLiteral("deleted"), destination.toJson()}});
        else
            m_context.out().line(
                QStringLiteral("Deleted the audit log destination \"%1\" (%2).").arg(destination.name, destination.id));
        finish(0);
    });
}
