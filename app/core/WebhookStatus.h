#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// What GET /audit-log-webhook/status reports: whether the webhook is enabled, Konnect's delivery status, and the
// outcome of its last delivery attempt. Konnect writes Go's zero time for "never"; that reads as no attempt.
struct WebhookStatus
{
    bool enabled = false;
    QString status; // "active", "inactive", "unconfigured" (or whatever a newer Konnect says)
    QDateTime lastAttemptAt; // UTC; invalid when Konnect has not attempted a delivery yet
    int lastResponseCode = 0; // 0 when there was no HTTP answer (or no attempt)
    QString lastResponseMessage;

    bool hasAttempt() const { return lastAttemptAt.isValid(); }

    // Missing fields keep their defaults; wrong types are an error.
    static std::optional<WebhookStatus> fromJson(const QJsonObject& json, QString* error = nullptr);
};
