#include "EmulatedWebhook.h"

#include "GivenField.h"
#include "Rfc3339.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrl>

namespace {

const QString blank = QStringLiteral("cannot be blank");
const QString requiredMissing = QStringLiteral("Required field missing");

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
    GivenString endpoint, authorization, logFormat;
    GivenBool enabled, skipSsl;
    if (!GivenString::readString(object, QStringLiteral("endpoint"), endpoint)
        || !GivenString::readString(object, QStringLiteral("authorization"), authorization)
        || !GivenString::readString(object, QStringLiteral("log_format"), logFormat)
        || !GivenBool::readBool(object, QStringLiteral("enabled"), enabled)
        || !GivenBool::readBool(object, QStringLiteral("skip_ssl_verification"), skipSsl))
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
    return m_status.toJson(m_enabled, m_configured);
}

std::optional<QString> EmulatedWebhook::setStatus(const QJsonObject& fields)
{
    return m_status.set(fields);
}
