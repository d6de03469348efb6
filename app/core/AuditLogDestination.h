#pragma once

#include "FieldError.h"
#include "WebhookConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// An audit log destination of Konnect's current model: a named SIEM endpoint with its authorization, log format and
// TLS setting, that the organization's regional webhooks and the Dev Portals' webhooks point at. The delivery
// settings are a WebhookConfig (its `enabled` is unused: enabling belongs to each webhook's binding), so the
// inline webhook's validation, presets and form serve destinations as they are.
class AuditLogDestination
{
public:
    static constexpr int maxNameLength = 255;

    QString id;
    QString name;
    WebhookConfig settings;
    QDateTime createdAt;

    static std::optional<AuditLogDestination> fromJson(const QJsonObject& json, QString* error = nullptr);
    // The record as Konnect lists it (never an authorization), for --json output.
    QJsonObject toJson() const;
    // POST body: name, endpoint, log_format, skip_ssl_verification and the authorization (required on create).
    QJsonObject toCreateJson() const;
    // PATCH body: only what differs from `current`, plus the authorization when set.
    QJsonObject changesFrom(const AuditLogDestination& current) const;

    // Checks before anything is sent; fields are `name`, `endpoint`, `authorization`. A new destination needs an
    // authorization; an update without one keeps the stored one.
    FieldErrors validate(bool creating) const;
    static std::optional<FieldError> checkName(const QString& name);
    // The setting of an inline v2 webhook as a destination: same endpoint, format and TLS setting.
    static AuditLogDestination fromInlineWebhook(const WebhookConfig& inlineWebhook, const QString& name);
};

using AuditLogDestinations = QList<AuditLogDestination>;
