#include "Scope.h"

#include <QCoreApplication>

Scope Scope::organization(const QString& region)
{
    Scope scope;
    scope.m_region = region;
    return scope;
}

Scope Scope::portal(const QString& region, const QString& portalId, const QString& portalName)
{
    Scope scope;
    scope.m_region = region;
    scope.m_portalId = portalId;
    scope.m_portalName = portalName;
    return scope;
}

QString Scope::webhookPath(int version) const
{
    if (isPortal())
        return QStringLiteral("/v3/portals/%1/audit-log-webhook").arg(m_portalId);
    return QStringLiteral("/v%1/audit-log-webhook").arg(version);
}

QString Scope::statusPath(int version) const
{
    return webhookPath(version) + QStringLiteral("/status");
}

QString Scope::replayJobPath(int version) const
{
    if (isPortal())
        return QStringLiteral("/v3/portals/%1/audit-log-replay-job").arg(m_portalId);
    return QStringLiteral("/v%1/audit-log-replay-job").arg(version);
}

QString Scope::describe() const
{
    if (isPortal())
        return QCoreApplication::translate("Scope", "Dev Portal \"%1\" (region %2)").arg(portalName(), m_region);
    return QCoreApplication::translate("Scope", "the organization's webhook in region %1").arg(m_region);
}

QString Scope::label() const
{
    return isPortal() ? portalName() : QCoreApplication::translate("Scope", "Organization");
}

QString Scope::key() const
{
    return isPortal() ? m_region + QLatin1Char('/') + m_portalId : m_region;
}
