#include "EmulatedOrganization.h"

#include "Region.h"
#include "Rfc3339.h"

#include <QUuid>
#include <algorithm>

QList<EmulatedDestination*> EmulatedOrganization::destinations() const
{
    QList<EmulatedDestination*> result;
    for (const auto& destination : m_destinations)
        result += destination.get();
    return result;
}

EmulatedDestination* EmulatedOrganization::findDestination(const QString& id) const
{
    for (const auto& destination : m_destinations) {
        if (destination->id() == id)
            return destination.get();
    }
    return nullptr;
}

EmulatedDestination& EmulatedOrganization::createDestination(const QDateTime& now)
{
    m_destinations.push_back(std::make_unique<EmulatedDestination>(newId(), m_nextSequence++, now));
    return *m_destinations.back();
}

void EmulatedOrganization::removeDestination(const QString& id)
{
    m_destinations.erase(std::remove_if(m_destinations.begin(), m_destinations.end(),
                                        [&](const auto& destination) { return destination->id() == id; }),
                         m_destinations.end());
}

EmulatedRegion& EmulatedOrganization::region(const QString& name)
{
    auto& slot = m_regions[name];
    if (!slot)
        slot = std::make_unique<EmulatedRegion>(name);
    return *slot;
}

const EmulatedRegion* EmulatedOrganization::findRegion(const QString& name) const
{
    const auto it = m_regions.find(name);
    return it == m_regions.end() ? nullptr : it->second.get();
}

QList<EmulatedRegion*> EmulatedOrganization::regions() const
{
    QList<EmulatedRegion*> result;
    for (const QString& name : Region::all()) {
        const auto it = m_regions.find(name);
        if (it != m_regions.end())
            result += it->second.get();
    }
    return result;
}

EmulatedPortal* EmulatedOrganization::findPortal(const QString& id) const
{
    for (const EmulatedRegion* region : regions()) {
        if (EmulatedPortal* portal = region->findPortal(id))
            return portal;
    }
    return nullptr;
}

QList<EmulatedScope*> EmulatedOrganization::scopesBoundTo(const QString& destinationId) const
{
    QList<EmulatedScope*> result;
    for (EmulatedRegion* region : regions()) {
        if (region->binding().destinationId == destinationId)
            result += region;
        for (EmulatedPortal* portal : region->portals()) {
            if (portal->binding().destinationId == destinationId)
                result += portal;
        }
    }
    return result;
}

QJsonObject EmulatedOrganization::effectiveWebhookJson(const EmulatedRegion& region) const
{
    const EmulatedDestination* destination = findDestination(region.binding().destinationId);
    if (!destination)
        return region.webhook().configJson();
    const QDateTime updatedAt = std::max(destination->updatedAt(), region.bindingUpdatedAt());
    return {{QStringLiteral("endpoint"), destination->endpoint()},
            {QStringLiteral("enabled"), region.binding().enabled},
            {QStringLiteral("log_format"), toString(destination->logFormat())},
            {QStringLiteral("skip_ssl_verification"), destination->skipsSslVerification()},
            {QStringLiteral("updated_at"), Rfc3339::format(updatedAt)}};
}

QString EmulatedOrganization::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
