#include "HumanFormatter.h"

#include "WebhookStatusExplanation.h"

#include <QJsonArray>

namespace {
// Konnect's backend writes an unset time as Go's zero time.
bool isZeroTime(const QString& text)
{
    return text.startsWith(QLatin1String("0001-01-01"));
}

QString text(const QJsonObject& object, const QString& key, const QString& fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isString() && !value.toString().isEmpty() && !isZeroTime(value.toString()))
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return HumanFormatter::yesNo(value.toBool());
    return fallback;
}
} // namespace

QString HumanFormatter::yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

Fields HumanFormatter::webhookConfig(const QJsonObject& config)
{
    const QString endpoint = config.value(QLatin1String("endpoint")).toString();
    const bool configured = !endpoint.isEmpty();
    const bool skipSsl = config.value(QLatin1String("skip_ssl_verification")).toBool();
    return {
        {QStringLiteral("Endpoint"), configured ? endpoint : QStringLiteral("not configured")},
        // Konnect never returns it; a stored endpoint could only be saved together with one.
        {QStringLiteral("Authorization"),
         configured ? QStringLiteral("set, hidden by Konnect") : QStringLiteral("not set")},
        {QStringLiteral("Enabled"), yesNo(config.value(QLatin1String("enabled")).toBool())},
        {QStringLiteral("Log format"), text(config, QStringLiteral("log_format"), QStringLiteral("cef"))},
        {QStringLiteral("Skip SSL verification"),
         skipSsl ? QStringLiteral("yes (the endpoint's certificate is not checked: not for production)")
                 : QStringLiteral("no")},
        {QStringLiteral("Updated at"), text(config, QStringLiteral("updated_at"), QStringLiteral("never"))},
    };
}

Fields HumanFormatter::webhookStatus(const QJsonObject& json, const QDateTime& now, const Scope& scope)
{
    const auto status = WebhookStatus::fromJson(json);
    if (!status)
        return {{QStringLiteral("Status"), QStringLiteral("Konnect's answer could not be read")}};
    const WebhookStatusExplanation explanation = WebhookStatusExplanation::explain(*status, now, scope);
    Fields fields {
        {QStringLiteral("Enabled"), yesNo(json.value(QLatin1String("webhook_enabled")).toBool())},
        {QStringLiteral("Status"), text(json, QStringLiteral("webhook_status"), QStringLiteral("unconfigured"))},
        {QStringLiteral("Meaning"), explanation.meaning},
        {QStringLiteral("Last attempt"), explanation.lastAttempt},
        {QStringLiteral("Last response"), explanation.lastResponse},
    };
    if (!explanation.advice.isEmpty())
        fields.append({QStringLiteral("What to do"), explanation.advice});
    return fields;
}

QString HumanFormatter::replayStatusMeaning(const QString& status)
{
    if (status == QLatin1String("unconfigured"))
        return QStringLiteral("no replay job has run in this region");
    if (status == QLatin1String("accepted"))
        return QStringLiteral("Konnect accepted the job; it starts soon");
    if (status == QLatin1String("pending"))
        return QStringLiteral("waiting to run");
    if (status == QLatin1String("running"))
        return QStringLiteral("sending the range's audit logs to the webhook again");
    if (status == QLatin1String("completed"))
        return QStringLiteral("all audit logs of the range were sent again");
    if (status == QLatin1String("failed"))
        return QStringLiteral("the replay failed: check the webhook with `status`");
    return QStringLiteral("a status this tool does not know; see Konnect's documentation");
}

Fields HumanFormatter::replayJob(const QJsonObject& job)
{
    const QString status = text(job, QStringLiteral("status"), QStringLiteral("unconfigured"));
    return {
        {QStringLiteral("Replay job"), status},
        {QStringLiteral("Meaning"), replayStatusMeaning(status)},
        {QStringLiteral("Start"), text(job, QStringLiteral("start_at"), QStringLiteral("-"))},
        {QStringLiteral("End"), text(job, QStringLiteral("end_at"), QStringLiteral("-"))},
        {QStringLiteral("Updated at"), text(job, QStringLiteral("updated_at"), QStringLiteral("-"))},
    };
}

QList<Fields> HumanFormatter::jwksKeys(const QJsonObject& jwks)
{
    QList<Fields> keys;
    const QJsonArray array = jwks.value(QLatin1String("keys")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject key = value.toObject();
        keys.append({
            {QStringLiteral("Key ID"), text(key, QStringLiteral("kid"), QStringLiteral("-"))},
            {QStringLiteral("Algorithm"), text(key, QStringLiteral("alg"), QStringLiteral("-"))},
            {QStringLiteral("Curve"), text(key, QStringLiteral("crv"), QStringLiteral("-"))},
        });
    }
    return keys;
}

Fields HumanFormatter::destination(const AuditLogDestination& destination)
{
    const WebhookConfig& settings = destination.settings;
    return {
        {QStringLiteral("Name"), destination.name},
        {QStringLiteral("ID"), destination.id},
        {QStringLiteral("Endpoint"), settings.endpoint},
        {QStringLiteral("Authorization"), QStringLiteral("set, hidden by Konnect")},
        {QStringLiteral("Log format"), toString(settings.logFormat)},
        {QStringLiteral("Skip SSL verification"),
         settings.skipSslVerification
             ? QStringLiteral("yes (the endpoint's certificate is not checked: not for production)")
             : QStringLiteral("no")},
        {QStringLiteral("Updated at"),
         settings.updatedAt.isValid() && settings.updatedAt.date().year() > 1
             ? settings.updatedAt.toUTC().toString(Qt::ISODate)
             : QStringLiteral("never")},
    };
}

Fields HumanFormatter::scopeWebhook(const ScopeWebhook& webhook)
{
    Fields fields {{QStringLiteral("Model"), webhook.modelText()}};
    if (webhook.model == ScopeWebhook::Model::Destination) {
        fields.append({QStringLiteral("Enabled"), yesNo(webhook.binding.enabled)});
        if (webhook.destination) {
            Fields destination = HumanFormatter::destination(*webhook.destination);
            destination.first().first = QStringLiteral("Destination");
            destination[1].first = QStringLiteral("Destination ID");
            fields += destination;
        } else {
            fields.append({QStringLiteral("Destination"),
                           QStringLiteral("%1, which Konnect no longer has: bind the webhook to another "
                                          "destination")
                               .arg(webhook.binding.destinationId)});
        }
        return fields;
    }
    if (webhook.inlineWebhook) {
        fields += webhookConfig(webhook.inlineAnswer);
    } else {
        fields.append({QStringLiteral("Enabled"), yesNo(webhook.binding.enabled)});
        fields.append({QStringLiteral("Destination"), QStringLiteral("none")});
    }
    return fields;
}
