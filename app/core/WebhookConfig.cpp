#include "WebhookConfig.h"

#include "Region.h"

#include <QJsonValue>
#include <QUrl>

namespace {
const QString kEndpoint = QStringLiteral("endpoint");
const QString kAuthorization = QStringLiteral("authorization");
const QString kEnabled = QStringLiteral("enabled");
const QString kLogFormat = QStringLiteral("log_format");
const QString kSkipSsl = QStringLiteral("skip_ssl_verification");
const QString kUpdatedAt = QStringLiteral("updated_at");

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

std::optional<WebhookConfig> WebhookConfig::fromJson(const QJsonObject& json, QString* error)
{
    WebhookConfig config;
    auto fail = [error](const QString& field, const char* type) {
        if (error)
            *error = QStringLiteral("Konnect's answer has a `%1` that is not %2.").arg(field, QLatin1String(type));
        return std::nullopt;
    };
    const QJsonValue endpoint = json.value(kEndpoint);
    if (!endpoint.isUndefined() && !endpoint.isNull()) {
        if (!endpoint.isString())
            return fail(kEndpoint, "a string");
        config.endpoint = endpoint.toString();
    }
    const QJsonValue enabled = json.value(kEnabled);
    if (!enabled.isUndefined() && !enabled.isNull()) {
        if (!enabled.isBool())
            return fail(kEnabled, "true or false");
        config.enabled = enabled.toBool();
    }
    const QJsonValue format = json.value(kLogFormat);
    if (!format.isUndefined() && !format.isNull()) {
        const auto parsed = logFormatFromString(format.toString());
        if (!format.isString() || !parsed)
            return fail(kLogFormat, "cef, json or cps");
        config.logFormat = *parsed;
    }
    const QJsonValue skip = json.value(kSkipSsl);
    if (!skip.isUndefined() && !skip.isNull()) {
        if (!skip.isBool())
            return fail(kSkipSsl, "true or false");
        config.skipSslVerification = skip.toBool();
    }
    const QJsonValue updated = json.value(kUpdatedAt);
    if (updated.isString())
        config.updatedAt = QDateTime::fromString(updated.toString(), Qt::ISODateWithMs);
    return config;
}

QJsonObject WebhookConfig::toJson() const
{
    QJsonObject json {
        {kEndpoint, endpoint},
        {kEnabled, enabled},
        {kLogFormat, toString(logFormat)},
        {kSkipSsl, skipSslVerification},
    };
    if (authorization)
        json.insert(kAuthorization, *authorization);
    return json;
}

QJsonObject WebhookConfig::changesFrom(const WebhookConfig& current) const
{
    QJsonObject json;
    if (endpoint != current.endpoint)
        json.insert(kEndpoint, endpoint);
    if (enabled != current.enabled)
        json.insert(kEnabled, enabled);
    if (logFormat != current.logFormat)
        json.insert(kLogFormat, toString(logFormat));
    if (skipSslVerification != current.skipSslVerification)
        json.insert(kSkipSsl, skipSslVerification);
    if (authorization)
        json.insert(kAuthorization, *authorization);
    return json;
}

bool WebhookConfig::sameSettingsAs(const WebhookConfig& other) const
{
    return endpoint == other.endpoint && enabled == other.enabled && logFormat == other.logFormat
        && skipSslVerification == other.skipSslVerification;
}

FieldErrors WebhookConfig::validate() const
{
    FieldErrors errors;
    if (auto e = checkEndpoint(endpoint))
        errors.append(*e);
    if (authorization) {
        if (auto e = checkAuthorization(*authorization))
            errors.append(*e);
    }
    return errors;
}

std::optional<FieldError> WebhookConfig::checkEndpoint(const QString& endpoint)
{
    auto error = [](const QString& message) { return FieldError {kEndpoint, message}; };
    if (endpoint.trimmed().isEmpty())
        return error(QStringLiteral("The endpoint is empty: enter the HTTPS URL your SIEM receives audit logs on."));
    if (hasControlCharacter(endpoint) || endpoint != endpoint.trimmed() || endpoint.contains(QLatin1Char(' ')))
        return error(QStringLiteral("The endpoint contains spaces or control characters: paste the URL again "
                                    "without them."));
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return error(QStringLiteral("The endpoint is not an absolute URL: it must look like "
                                    "https://siem.example.com/path."));
    const QString scheme = url.scheme();
    if (url.host().isEmpty())
        return error(QStringLiteral("The endpoint has no host name: it must look like https://siem.example.com/path."));
    if (scheme == QLatin1String("http")) {
        if (!Region::isLoopbackHost(url.host()))
            return error(QStringLiteral("Konnect delivers only over HTTPS: change the endpoint to start with "
                                        "https://."));
    } else if (scheme != QLatin1String("https")) {
        return error(QStringLiteral("The endpoint must start with https:// (Konnect delivers only over HTTPS)."));
    }
    // QUrl already refuses ports past 65535 and non-numeric ones; 0 parses but cannot be connected to.
    if (url.port() == 0)
        return error(QStringLiteral("The endpoint's port is not valid: use a number from 1 to 65535, or none."));
    return std::nullopt;
}

std::optional<FieldError> WebhookConfig::checkAuthorization(const QString& authorization)
{
    auto error = [](const QString& message) { return FieldError {kAuthorization, message}; };
    if (authorization.trimmed().isEmpty())
        return error(QStringLiteral("The authorization is empty: enter the header value your SIEM expects, for "
                                    "example \"Splunk <token>\" or \"Bearer <token>\"."));
    if (authorization.contains(QLatin1Char('\r')) || authorization.contains(QLatin1Char('\n')))
        return error(QStringLiteral("The authorization contains a line break: paste it again on one line."));
    for (QChar c : authorization) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return error(QStringLiteral("The authorization may only hold printable ASCII characters (it is sent as "
                                        "an HTTP header): remove tabs, control or non-ASCII characters."));
    }
    return std::nullopt;
}
