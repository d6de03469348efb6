#include "DestinationUsageScan.h"

#include "ApiCall.h"
#include "DevPortal.h"
#include "KonnectClient.h"
#include "WebhookBinding.h"

#include <QJsonArray>
#include <QTimer>

DestinationUsageScan* DestinationUsageScan::start(KonnectClient* client, const QStringList& regions, QObject* parent)
{
    auto* scan = new DestinationUsageScan(client, parent ? parent : client);
    QTimer::singleShot(0, scan, [scan, regions] {
        scan->started();
        for (const QString& region : regions)
            scan->scanRegion(region);
        scan->ended();
    });
    return scan;
}

DestinationUsageScan::DestinationUsageScan(KonnectClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void DestinationUsageScan::started()
{
    ++m_pending;
}

void DestinationUsageScan::ended()
{
    if (--m_pending > 0)
        return;
    emit finished();
    deleteLater();
}

void DestinationUsageScan::scanRegion(const QString& region)
{
    m_regionsRead.append(region);
    readBinding(Scope::organization(region));
    started();
    ApiCall* portals = m_client->listPortals(Scope::organization(region));
    connect(portals, &ApiCall::finished, this, [this, region](const ApiResult& result) {
        onPortals(region, result);
        ended();
    });
}

void DestinationUsageScan::onPortals(const QString& region, const ApiResult& result)
{
    if (!result.ok()) {
        // A Konnect without Dev Portals (or without v3) has none to bind.
        if (result.httpStatus != 404)
            m_problems.append(tr("The Dev Portals of region %1 could not be listed: %2").arg(region, result.message));
        return;
    }
    const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
    for (const QJsonValue& value : data) {
        if (const std::optional<DevPortal> portal = DevPortal::fromJson(value.toObject()))
            readBinding(Scope::portal(region, portal->id, portal->shownName()));
    }
}

void DestinationUsageScan::readBinding(const Scope& scope)
{
    started();
    ApiCall* call = m_client->getBinding(scope);
    connect(call, &ApiCall::finished, this, [this, scope](const ApiResult& result) {
        if (result.ok()) {
            if (const std::optional<WebhookBinding> binding = WebhookBinding::fromJson(result.json.object());
                binding && binding->isBound()) {
                m_users[binding->destinationId].append(scope);
                m_enabled.insert(scope.key(), binding->enabled);
            }
        } else if (scope.isPortal() || (result.httpStatus != 404 && result.httpStatus != 405)) {
            // An organization's 404/405 is a Konnect without v3: nothing can be bound there.
            m_problems.append(tr("%1 could not be read: %2").arg(scope.describe(), result.message));
        }
        ended();
    });
}

QString DestinationUsageScan::describeUser(const Scope& scope, bool enabled)
{
    const QString state = enabled ? tr("enabled") : tr("disabled");
    if (scope.isPortal())
        return tr("Dev Portal \"%1\" (region %2, %3)").arg(scope.portalName(), scope.region(), state);
    return tr("organization webhook (region %1, %2)").arg(scope.region(), state);
}

QStringList DestinationUsageScan::describeUsersOf(const QString& destinationId) const
{
    QStringList users;
    for (const Scope& scope : usersOf(destinationId))
        users.append(describeUser(scope, m_enabled.value(scope.key())));
    return users;
}
