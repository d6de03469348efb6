#include "FleetRow.h"

QString FleetRow::modelText() const
{
    if (observation.access != FleetObservation::Access::Read)
        return {};
    switch (observation.webhook.model) {
    case ScopeWebhook::Model::Destination:
        return QStringLiteral("v3");
    case ScopeWebhook::Model::Inline:
        return QStringLiteral("v2");
    case ScopeWebhook::Model::None:
        break;
    }
    return QStringLiteral("none");
}

qint64 FleetRow::lastAttemptAgeSeconds() const
{
    if (!observation.status || !observation.status->hasAttempt())
        return -1;
    return qMax<qint64>(0, observation.status->lastAttemptAt.secsTo(observedAt));
}

QJsonObject FleetRow::toJson() const
{
    QJsonObject json {
        {QStringLiteral("profile"), profile},
        {QStringLiteral("region"), scope.region()},
        {QStringLiteral("portal_id"), scope.isPortal() ? QJsonValue(scope.portalId()) : QJsonValue()},
        {QStringLiteral("portal"), scope.isPortal() ? QJsonValue(scope.portalName()) : QJsonValue()},
        {QStringLiteral("verdict"), FleetVerdict::levelName(verdict.level)},
        {QStringLiteral("rule"), FleetVerdict::ruleName(verdict.rule)},
        {QStringLiteral("reason"), verdict.reason},
        {QStringLiteral("action"), verdict.action},
    };
    if (observation.access != FleetObservation::Access::Read)
        return json;
    json.insert(QStringLiteral("model"), observation.webhook.modelKey());
    json.insert(QStringLiteral("destination"), observation.destinationText());
    json.insert(QStringLiteral("endpoint"), observation.endpoint());
    json.insert(QStringLiteral("skip_ssl_verification"), observation.skipsTlsVerification());
    if (observation.status) {
        const WebhookStatus& status = *observation.status;
        json.insert(QStringLiteral("enabled"), status.enabled);
        json.insert(QStringLiteral("status"), status.status);
        json.insert(QStringLiteral("last_attempt_at"),
                    status.hasAttempt() ? QJsonValue(status.lastAttemptAt.toUTC().toString(Qt::ISODate))
                                        : QJsonValue());
        json.insert(QStringLiteral("last_attempt_age_seconds"),
                    status.hasAttempt() ? QJsonValue(double(lastAttemptAgeSeconds())) : QJsonValue());
        json.insert(QStringLiteral("last_response_code"), status.lastResponseCode);
        json.insert(QStringLiteral("last_response_message"), status.lastResponseMessage);
    }
    return json;
}
