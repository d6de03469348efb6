#include "WebhookBinding.h"

#include <QJsonValue>

namespace {
const QString kDestinationId = QStringLiteral("audit_log_destination_id");
const QString kEnabled = QStringLiteral("enabled");
} // namespace

std::optional<WebhookBinding> WebhookBinding::fromJson(const QJsonObject& json, QString* error)
{
    WebhookBinding binding;
    const QJsonValue id = json.value(kDestinationId);
    if (!id.isUndefined() && !id.isNull()) {
        if (!id.isString()) {
            if (error)
                *error = QStringLiteral("Konnect's answer has an `%1` that is not a string.").arg(kDestinationId);
            return std::nullopt;
        }
        binding.destinationId = id.toString();
    }
    const QJsonValue enabled = json.value(kEnabled);
    if (!enabled.isUndefined() && !enabled.isNull()) {
        if (!enabled.isBool()) {
            if (error)
                *error = QStringLiteral("Konnect's answer has an `enabled` that is not true or false.");
            return std::nullopt;
        }
        binding.enabled = enabled.toBool();
    }
    return binding;
}

QJsonObject WebhookBinding::toJson() const
{
    return {{kDestinationId, destinationId}, {kEnabled, enabled}};
}

QJsonObject WebhookBinding::changesFrom(const WebhookBinding& current) const
{
    QJsonObject json;
    if (destinationId != current.destinationId)
        json.insert(kDestinationId, destinationId);
    if (enabled != current.enabled)
        json.insert(kEnabled, enabled);
    return json;
}
