#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// A v3 webhook (the organization's in a region, or a Dev Portal's): which audit log destination it delivers to, and
// whether it does. An empty destination id means the webhook is not bound.
class WebhookBinding
{
public:
    QString destinationId;
    bool enabled = false;

    bool isBound() const { return !destinationId.isEmpty(); }

    // Reads Konnect's answer; an absent, null or empty destination id is "not bound".
    static std::optional<WebhookBinding> fromJson(const QJsonObject& json, QString* error = nullptr);
    QJsonObject toJson() const;
    // PATCH body: only what differs from `current`.
    QJsonObject changesFrom(const WebhookBinding& current) const;
    bool operator==(const WebhookBinding& other) const
    {
        return destinationId == other.destinationId && enabled == other.enabled;
    }
};
