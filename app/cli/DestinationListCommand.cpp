#include "DestinationListCommand.h"

#include "CommandContext.h"
#include "DestinationUsageScan.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "Region.h"
#include "RetryingRequest.h"

#include <QJsonArray>

namespace {
const QString kName = QStringLiteral("name");
const QString kAllRegions = QStringLiteral("all-regions");
} // namespace

DestinationListCommand::DestinationListCommand(Mode mode, CommandContext& context, QObject* parent)
    : Command(context, parent)
    , m_mode(mode)
{
}

FieldErrors DestinationListCommand::checkOptions()
{
    if (m_mode == Mode::List)
        return {};
    const QStringList words = m_context.commandLine().arguments();
    if (words.size() != 1 || words.constFirst().trimmed().isEmpty())
        return {{QStringLiteral("destination"),
                 QStringLiteral("Give one destination, by name or id: `destinations show NAME|ID`.")}};
    m_nameOrId = words.constFirst().trimmed();
    return {};
}

QStringList DestinationListCommand::usageRegions(CommandContext& context)
{
    if (context.commandLine().declares(kAllRegions) && context.commandLine().isSet(kAllRegions)
        && !context.client().hasCustomRoot())
        return Region::all();
    return {context.region()};
}

void DestinationListCommand::run()
{
    if (m_mode == Mode::Show) {
        return withDestination(m_nameOrId, QStringLiteral("destination"),
                               [this](const AuditLogDestination& destination) { print({destination}); });
    }
    const QString contains = m_context.commandLine().value(kName);
    ApiCall* call = m_context.client().listDestinations({}, contains);
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        AuditLogDestinations destinations;
        const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue& value : data) {
            QString problem;
            const auto destination = AuditLogDestination::fromJson(value.toObject(), &problem);
            if (!destination) {
                ApiResult bad = result;
                bad.kind = ApiResult::Kind::BadAnswer;
                bad.message = problem;
                return failWith(bad);
            }
            destinations.append(*destination);
        }
        print(destinations);
    });
}

QJsonObject DestinationListCommand::usageJson(const DestinationUsageScan& scan)
{
    return {{QStringLiteral("regions_read"), QJsonArray::fromStringList(scan.regionsRead())},
            {QStringLiteral("problems"), QJsonArray::fromStringList(scan.problems())}};
}

void DestinationListCommand::print(const AuditLogDestinations& destinations)
{
    DestinationUsageScan* scan = DestinationUsageScan::start(&m_context.client(), usageRegions(m_context), this);
    connect(scan, &DestinationUsageScan::finished, this, [this, scan, destinations]() {
        if (m_context.out().isJson()) {
            QJsonArray data;
            for (const AuditLogDestination& destination : destinations) {
                QJsonObject json = destination.toJson();
                QJsonArray users;
                for (const Scope& scope : scan->usersOf(destination.id)) {
                    QJsonObject user {{QStringLiteral("region"), scope.region()}};
                    if (scope.isPortal())
                        user.insert(QStringLiteral("portal"),
                                    QJsonObject {{QStringLiteral("id"), scope.portalId()},
                                                 {QStringLiteral("name"), scope.portalName()}});
                    users.append(user);
                }
                json.insert(QStringLiteral("used_by"), users);
                data.append(json);
            }
            QJsonObject out {{QStringLiteral("usage"), usageJson(*scan)}};
            if (m_mode == Mode::Show)
                out.insert(QStringLiteral("destination"), data.first());
            else
                out.insert(QStringLiteral("data"), data);
            m_context.out().json(out);
            return finish(0);
        }
        m_context.out().fields(m_context.connectionFields());
        if (destinations.isEmpty())
            m_context.out().line(QStringLiteral("\nNo audit log destinations%1. Create one with `destinations create`.")
                                     .arg(m_context.commandLine().isSet(kName) ? QStringLiteral(" match") : QString()));
        for (const AuditLogDestination& destination : destinations) {
            m_context.out().line();
            const QStringList users = scan->describeUsersOf(destination.id);
            m_context.out().fields(HumanFormatter::destination(destination)
                                   + Fields {{QStringLiteral("Used by"),
                                              users.isEmpty() ? QStringLiteral("nothing in region %1")
                                                                    .arg(scan->regionsRead().join(QStringLiteral(", ")))
                                                              : users.join(QStringLiteral("; "))}});
        }
        m_context.out().line();
        m_context.out().line(QStringLiteral("\"Used by\" covers the webhooks of region %1%2.")
                                 .arg(scan->regionsRead().join(QStringLiteral(", ")),
                                      scan->regionsRead().size() == 1 && !m_context.client().hasCustomRoot()
                                          ? QStringLiteral(" (add --all-regions for every region)")
                                          : QString()));
        for (const QString& problem : scan->problems())
            m_context.out().note(QStringLiteral("Warning: %1 \"Used by\" may be incomplete.").arg(problem));
        finish(0);
    });
}
