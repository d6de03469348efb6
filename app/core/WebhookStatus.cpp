#include "WebhookStatus.h"

#include "ReplayWindow.h"

std::optional<WebhookStatus> WebhookStatus::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<WebhookStatus> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    WebhookStatus status;
    const QJsonValue enabled = json.value(QLatin1String("webhook_enabled"));
    if (!enabled.isUndefined() && !enabled.isNull()) {
        if (!enabled.isBool())
            return fail(QStringLiteral("webhook_enabled is not true or false"));
        status.enabled = enabled.toBool();
    }
    const QJsonValue state = json.value(QLatin1String("webhook_status"));
    if (!state.isUndefined() && !state.isNull() && !state.isString())
        return fail(QStringLiteral("webhook_status is not a string"));
    status.status = state.toString(QStringLiteral("unconfigured"));

    const QJsonValue attempt = json.value(QLatin1String("last_attempt_at"));
    if (!attempt.isUndefined() && !attempt.isNull()) {
        if (!attempt.isString())
            return fail(QStringLiteral("last_attempt_at is not a string"));
        if (!attempt.toString().isEmpty()) {
            const QDateTime time = ReplayWindow::parseRfc3339(attempt.toString());
            if (!time.isValid())
                return fail(QStringLiteral("last_attempt_at is not an RFC 3339 time"));
            // Go's zero time (year 1) is Konnect's "never"; nothing real happened before Konnect existed.
            if (time.date().year() > 2000)
                status.lastAttemptAt = time;
        }
    }
    const QJsonValue code = json.value(QLatin1String("last_response_code"));
    if (!code.isUndefined() && !code.isNull()) {
        if (!code.isDouble())
            return fail(QStringLiteral("last_response_code is not a number"));
        status.lastResponseCode = code.toInt();
    }
    const QJsonValue message = json.value(QLatin1String("last_response_message"));
    if (!message.isUndefined() && !message.isNull()) {
        if (!message.isString())
            return fail(QStringLiteral("last_response_message is not a string"));
        status.lastResponseMessage = message.toString();
    }
    return status;
}
