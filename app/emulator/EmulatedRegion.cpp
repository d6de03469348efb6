#include "EmulatedRegion.h"

EmulatedRegion::EmulatedRegion(const QString& name)
    : EmulatedScope(name)
{
}

QJsonObject EmulatedRegion::statusJson() const
{
    if (!binding().isBound())
        return m_webhook.statusJson();
    return m_webhook.status().toJson(binding().enabled, true);
}

QString EmulatedRegion::description() const
{
    return QStringLiteral("organization webhook (region %1)").arg(name());
}

EmulatedPortal& EmulatedRegion::addPortal(const QString& id, const QString& name, const QString& displayName,
                                          const QDateTime& now)
{
    m_portals.push_back(std::make_unique<EmulatedPortal>(this->name(), id, name, displayName, now));
    return *m_portals.back();
}

EmulatedPortal* EmulatedRegion::findPortal(const QString& id) const
{
    for (const auto& portal : m_portals) {
        if (portal->id() == id)
            return portal.get();
    }
    return nullptr;
}

QList<EmulatedPortal*> EmulatedRegion::portals() const
{
    QList<EmulatedPortal*> result;
    for (const auto& portal : m_portals)
        result += portal.get();
    return result;
}
