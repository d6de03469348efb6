#pragma once

#include "EmulatedDestination.h"
#include "EmulatedRegion.h"

#include <map>
#include <memory>
#include <vector>

// The organization the emulator stands in for: its audit log destinations, which are organization-wide (any
// region's API addresses the same set), and its regions, each created on first use.
class EmulatedOrganization
{
public:
    // How the emulator's --org names it; empty for the single organization of a plain emulator.
    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    // In creation order.
    QList<EmulatedDestination*> destinations() const;
    EmulatedDestination* findDestination(const QString& id) const;
    // A new destination with a fresh uuid, not yet configured: callers apply() or set() it.
    EmulatedDestination& createDestination(const QDateTime& now);
    void removeDestination(const QString& id);

    // Created on first use; `name` must be a Konnect region name (Region::isValid).
    EmulatedRegion& region(const QString& name);
    const EmulatedRegion* findRegion(const QString& name) const;
    // Regions in Konnect's order (Region::all), only those already used.
    QList<EmulatedRegion*> regions() const;
    // A portal of any region.
    EmulatedPortal* findPortal(const QString& id) const;
    // Every organization and portal webhook bound to the destination, whether enabled or not.
    QList<EmulatedScope*> scopesBoundTo(const QString& destinationId) const;

    // What v2's GET /audit-log-webhook answers for a bound region: the destination's endpoint, format and TLS
    // check with the binding's enabled, updated at the later of the two changes.
    QJsonObject effectiveWebhookJson(const EmulatedRegion& region) const;

    static QString newId();

private:
    QString m_name;
    std::vector<std::unique_ptr<EmulatedDestination>> m_destinations;
    std::map<QString, std::unique_ptr<EmulatedRegion>> m_regions;
    qint64 m_nextSequence = 1;
};
