#pragma once

#include "FieldError.h"
#include "LogFormat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// The audit-log webhook as Konnect's v2 API describes it. Konnect never returns the authorization, so it is
// only ever set on a configuration that is about to be sent.
class WebhookConfig
{
public:
    QString endpoint;
    std::optional<QString> authorization;
    bool enabled = false;
    LogFormat logFormat = LogFormat::Cef;
    bool skipSslVerification = false;
    QDateTime updatedAt;

    // Reads Konnect's answer. Missing fields keep their defaults; wrong types are an error.
    static std::optional<WebhookConfig> fromJson(const QJsonObject& json, QString* error = nullptr);
    // The full body (PUT); the authorization only when set.
    QJsonObject toJson() const;
    // Only what differs from `current`, plus the authorization when set (PATCH).
    QJsonObject changesFrom(const WebhookConfig& current) const;
    bool sameSettingsAs(const WebhookConfig& other) const;

    FieldErrors validate() const;
    static std::optional<FieldError> checkEndpoint(const QString& endpoint);
    static std::optional<FieldError> checkAuthorization(const QString& authorization);
};
