#include "DevPortal.h"

std::optional<DevPortal> DevPortal::fromJson(const QJsonObject& json, QString* error)
{
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("Konnect's answer has a Dev Portal without an `id`.");
        return std::nullopt;
    }
    DevPortal portal;
    portal.id = id.toString();
    portal.name = json.value(QLatin1String("name")).toString();
    portal.displayName = json.value(QLatin1String("display_name")).toString();
    return portal;
}

QJsonObject DevPortal::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("display_name"), displayName}};
}
