#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// What Konnect reports about one webhook's deliveries (GET .../audit-log-webhook/status). The test API and the
// emulator's own deliveries set it; whether the webhook is enabled and configured comes from its owner, since a
// region's webhook may be inline (v2) or bound to a destination (v3) and both answer with the same status.
class EmulatedWebhookStatus
{
public:
    // {webhook_enabled, webhook_status, last_attempt_at, last_response_code, last_response_message}
    QJsonObject toJson(bool enabled, bool configured) const;
    // Sets any of webhook_status, last_attempt_at, last_response_code, last_response_message; an error message
    // (and no change) when a field is of the wrong type or value.
    std::optional<QString> set(const QJsonObject& fields);

private:
    QString m_statusOverride;
    QDateTime m_lastAttemptAt;
    int m_lastResponseCode = 0;
    QString m_lastResponseMessage;
};
