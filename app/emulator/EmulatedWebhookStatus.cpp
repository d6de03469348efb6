#include "EmulatedWebhookStatus.h"

#include "Rfc3339.h"

QJsonObject EmulatedWebhookStatus::toJson(bool enabled, bool configured) const
{
    QString status = configured ? QStringLiteral("active") : QStringLiteral("unconfigured");
    if (!m_statusOverride.isEmpty())
        status = m_statusOverride;
    return {{QStringLiteral("webhook_enabled"), enabled},
            {QStringLiteral("webhook_status"), status},
            {QStringLiteral("last_attempt_at"),
             m_lastAttemptAt.isValid() ? Rfc3339::format(m_lastAttemptAt) : Rfc3339::zeroTime()},
            {QStringLiteral("last_response_code"), m_lastResponseCode},
            {QStringLiteral("last_response_message"), m_lastResponseMessage}};
}

std::optional<QString> EmulatedWebhookStatus::set(const QJsonObject& fields)
{
    QString status = m_statusOverride;
    QDateTime lastAttemptAt = m_lastAttemptAt;
    int lastResponseCode = m_lastResponseCode;
    QString lastResponseMessage = m_lastResponseMessage;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QStringLiteral("webhook_status")) {
            status = value.toString();
            if (status != QStringLiteral("active") && status != QStringLiteral("inactive")
                && status != QStringLiteral("unconfigured"))
                return QStringLiteral("webhook_status must be active, inactive or unconfigured");
        } else if (key == QStringLiteral("last_attempt_at")) {
            const auto time = Rfc3339::parse(value.toString());
            if (!time)
                return QStringLiteral("last_attempt_at must be an RFC 3339 date-time");
            lastAttemptAt = *time;
        } else if (key == QStringLiteral("last_response_code")) {
            if (!value.isDouble())
                return QStringLiteral("last_response_code must be a number");
            lastResponseCode = value.toInt();
        } else if (key == QStringLiteral("last_response_message")) {
            if (!value.isString())
                return QStringLiteral("last_response_message must be a string");
            lastResponseMessage = value.toString();
        } else {
            return QStringLiteral("unknown status field: ") + key;
        }
    }
    m_statusOverride = status;
    m_lastAttemptAt = lastAttemptAt;
    m_lastResponseCode = lastResponseCode;
    m_lastResponseMessage = lastResponseMessage;
    return std::nullopt;
}
