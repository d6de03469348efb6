#pragma once

#include "EmulatedPortal.h"
#include "EmulatedScope.h"
#include "EmulatedWebhook.h"

#include <memory>
#include <vector>

// One Konnect region: its organization webhook, either inline (v2's EmulatedWebhook) or bound to a destination
// (v3's binding, which then wins), the status and replay job both versions share, and the region's Dev Portals.
class EmulatedRegion : public EmulatedScope
{
public:
    explicit EmulatedRegion(const QString& name);

    QString name() const { return regionName(); }
    EmulatedWebhook& webhook() { return m_webhook; }
    const EmulatedWebhook& webhook() const { return m_webhook; }

    // Bound: the binding's enabled; otherwise the inline webhook's (unconfigured until either is set).
    QJsonObject statusJson() const override;
    std::optional<QString> setStatus(const QJsonObject& fields) override { return m_webhook.setStatus(fields); }
    QString description() const override;

    EmulatedPortal& addPortal(const QString& id, const QString& name, const QString& displayName, const QDateTime& now);
    EmulatedPortal* findPortal(const QString& id) const;
    // In creation order.
    QList<EmulatedPortal*> portals() const;

private:
    EmulatedWebhook m_webhook;
    std::vector<std::unique_ptr<EmulatedPortal>> m_portals;
};
