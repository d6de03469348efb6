#include "EmulatedPortal.h"

#include "Rfc3339.h"

EmulatedPortal::EmulatedPortal(const QString& region, const QString& id, const QString& name,
                               const QString& displayName, const QDateTime& now)
    : EmulatedScope(region)
    , m_id(id)
    , m_name(name)
    , m_displayName(displayName)
    , m_createdAt(now)
{
}

QJsonObject EmulatedPortal::toJson() const
{
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("display_name"), m_displayName},
            {QStringLiteral("created_at"), Rfc3339::format(m_createdAt)},
            {QStringLiteral("updated_at"), Rfc3339::format(m_createdAt)}};
}

QJsonObject EmulatedPortal::statusJson() const
{
    return m_status.toJson(binding().enabled, binding().isBound());
}

QString EmulatedPortal::description() const
{
    return QStringLiteral("Dev Portal \"%1\" (region %2)").arg(m_name, regionName());
}
