#include "EmulatedWebhook.h"

#include "Rfc3339.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrl>

namespace {

const QString blank = QStringLiteral("cannot be blank");
const QString requiredMissing = QStringLiteral("Required field missing");

// A field of the body, decoded as Go's encoding/json would into a pointer: absent or null means "not given",
// a value of the wrong JSON type makes the whole body unparsable.
template<typename T> struct Given
{
    bool present = false;
    T value {};
};

bool readString(const QJsonObject& object, const QString& key, Given<QString>& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    out = {true, value.toString()};
    return true;
}

bool readBool(const QJsonObject& object, const QString& key, Given<bool>& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool())
        return false;
    out = {true, value.toBool()};
    return true;
}

} // namespace

std::optional<BadRequest> EmulatedWebhook::replace(const QByteArray& body, const QDateTime& now)
{
    return apply(body, true, now);
}

std::optional<BadRequest> EmulatedWebhook::update(const QByteArray& body, const QDateTime& now)
{
    return apply(body, false, now);
}

std::optional<BadRequest> EmulatedWebhook::apply(const QByteArray& body, bool replace, const QDateTime& now)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return BadRequest::unparsableBody();
    const QJsonObject object = document.object();
    Given<QString> endpoint, authorization, logFormat;
    Given<bool> enabled, skipSsl;
    if (!readString(object, QStringLiteral("endpoint"), endpoint)
        || !readString(object, QStringLiteral("authorization"), authorization)
        || !readString(object, QStringLiteral("log_format"), logFormat)
        || !readBool(object, QStringLiteral("enabled"), enabled)
        || !readBool(object, QStringLiteral("skip_ssl_verification"), skipSsl))
        return BadRequest::unparsableBody();

    const bool needsAll = replace || !m_configured;
    BadRequest bad;
    if (endpoint.present || needsAll) {
        if (endpoint.value.trimmed().isEmpty())
            bad.add(QStringLiteral("endpoint"), blank, requiredMissing);
        else if (!isAcceptableEndpoint(endpoint.value))
            bad.add(QStringLiteral("endpoint"), QStringLiteral("must be a valid URL"),
                    QStringLiteral("Invalid endpoint"));
    }
    if ((authorization.present || needsAll) && authorization.value.trimmed().isEmpty())
        bad.add(QStringLiteral("authorization"), blank, requiredMissing);
    std::optional<LogFormat> format = LogFormat::Cef;
    if (logFormat.present) {
        format = logFormatFromString(logFormat.value);
        if (!format)
            bad.add(QStringLiteral("log_format"), QStringLiteral("must be one of: cef, json, cps"),
                    QStringLiteral("Invalid log_format"));
    }
    if (!bad.invalidParameters.isEmpty())
        return bad;

    if (replace) {
        m_enabled = false;
        m_logFormat = LogFormat::Cef;
        m_skipSslVerification = false;
    }
    if (endpoint.present)
        m_endpoint = endpoint.value;
    if (authorization.present)
        m_authorization = authorization.value;
    if (enabled.present)
        m_enabled = enabled.value;
    if (logFormat.present)
        m_logFormat = *format;
    if (skipSsl.present)
        m_skipSslVerification = skipSsl.value;
    m_configured = true;
    m_updatedAt = now;
    return std::nullopt;
}

bool EmulatedWebhook::isAcceptableEndpoint(const QString& endpoint)
{
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || endpoint.contains(QLatin1Char(' ')))
        return false;
    if (url.scheme() == QStringLiteral("https"))
        return true;
    if (url.scheme() != QStringLiteral("http"))
        return false;
    const QString host = url.host();
    return host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QJsonObject EmulatedWebhook::configJson() const
{
    return {{QStringLiteral("endpoint"), m_endpoint},
            {QStringLiteral("enabled"), m_enabled},
            {QStringLiteral("log_format"), toString(m_logFormat)},
            {QStringLiteral("skip_ssl_verification"), m_skipSslVerification},
            {QStringLiteral("updated_at"), m_updatedAt.isValid() ? Rfc3339::format(m_updatedAt) : Rfc3339::zeroTime()}};
}

QJsonObject EmulatedWebhook::statusJson() const
{
    QString status = m_configured ? QStringLiteral("active") : QStringLiteral("unconfigured");
    if (!m_statusOverride.isEmpty())
        status = m_statusOverride;
    return {{QStringLiteral("webhook_enabled"), m_enabled},
            {QStringLiteral("webhook_status"), status},
            {QStringLiteral("last_attempt_at"),
             m_lastAttemptAt.isValid() ? Rfc3339::format(m_lastAttemptAt) : Rfc3339::zeroTime()},
            {QStringLiteral("last_response_code"), m_lastResponseCode},
            {QStringLiteral("last_response_message"), m_lastResponseMessage}};
}

std::optional<QString> EmulatedWebhook::setStatus(const QJsonObject& fields)
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
