#include "AuditLogDestination.h"

#include <QJsonValue>

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kEnabled = QStringLiteral("enabled");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kUpdatedAt = QStringLiteral("updated_at");
} // namespace

std::optional<AuditLogDestination> AuditLogDestination::fromJson(const QJsonObject& json, QString* error)
{
    const QJsonValue id = json.value(kId);
    const QJsonValue name = json.value(kName);
    if (!id.isString() || id.toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("Konnect's answer has a destination without an `id`.");
        return std::nullopt;
    }
    if (!name.isUndefined() && !name.isNull() && !name.isString()) {
        if (error)
            *error = QStringLiteral("Konnect's answer has a destination `name` that is not a string.");
        return std::nullopt;
    }
    QJsonObject settingsJson = json;
    settingsJson.remove(kEnabled);
    const std::optional<WebhookConfig> settings = WebhookConfig::fromJson(settingsJson, error);
    if (!settings)
        return std::nullopt;
    AuditLogDestination destination;
    destination.id = id.toString();
    destination.name = name.toString();
    destination.settings = *settings;
    destination.settings.enabled = false;
    destination.createdAt = QDateTime::fromString(json.value(kCreatedAt).toString(), Qt::ISODateWithMs);
    return destination;
}

QJsonObject AuditLogDestination::toJson() const
{
    WebhookConfig shown = settings;
    shown.authorization.reset();
    QJsonObject json = shown.toJson();
    json.remove(kEnabled);
    json.insert(kId, id);
    json.insert(kName, name);
    if (createdAt.isValid())
        json.insert(kCreatedAt, createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (settings.updatedAt.isValid())
        json.insert(kUpdatedAt, settings.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

QJsonObject AuditLogDestination::toCreateJson() const
{
    QJsonObject json = settings.toJson();
    json.remove(kEnabled);
    json.insert(kName, name);
    return json;
}

QJsonObject AuditLogDestination::changesFrom(const AuditLogDestination& current) const
{
    WebhookConfig desired = settings;
    desired.enabled = current.settings.enabled;
    QJsonObject json = desired.changesFrom(current.settings);
    if (name != current.name)
        json.insert(kName, name);
    return json;
}

FieldErrors AuditLogDestination::validate(bool creating) const
{
    FieldErrors errors;
    if (auto e = checkName(name))
        errors.append(*e);
    errors += settings.validate();
    if (creating && !settings.authorization)
        errors.append({QStringLiteral("authorization"),
                       QStringLiteral("A new destination needs the authorization Konnect sends to the SIEM, for "
                                      "example \"Splunk <token>\" or \"Bearer <token>\".")});
    return errors;
}

std::optional<FieldError> AuditLogDestination::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return FieldError {kName,
                           QStringLiteral("The name is empty: give the destination a name people recognise, "
                                          "such as \"Splunk production\".")};
    if (name.size() > maxNameLength)
        return FieldError {kName,
                           QStringLiteral("The name is longer than %1 characters: shorten it.").arg(maxNameLength)};
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return FieldError {kName, QStringLiteral("The name contains control characters: type it again without them.")};
    return std::nullopt;
}

AuditLogDestination AuditLogDestination::fromInlineWebhook(const WebhookConfig& inlineWebhook, const QString& name)
{
    AuditLogDestination destination;
    destination.name = name;
    destination.settings = inlineWebhook;
    destination.settings.enabled = false;
    destination.settings.updatedAt = {};
    return destination;
}
