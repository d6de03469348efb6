#include "EmulatedDestination.h"

#include "EmulatedWebhook.h"
#include "GivenField.h"
#include "Rfc3339.h"

#include <QJsonDocument>

namespace {
const QString blank = QStringLiteral("cannot be blank");
const QString requiredMissing = QStringLiteral("Required field missing");
} // namespace

EmulatedDestination::EmulatedDestination(const QString& id, qint64 sequence, const QDateTime& now)
    : m_id(id)
    , m_sequence(sequence)
    , m_createdAt(now)
    , m_updatedAt(now)
{
}

std::optional<BadRequest> EmulatedDestination::apply(const QByteArray& body, bool create, const QDateTime& now,
                                                     bool* deliveryChanged)
{
    if (deliveryChanged)
        *deliveryChanged = false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return BadRequest::unparsableBody();
    const QJsonObject object = document.object();
    GivenString name, endpoint, authorization, logFormat;
    GivenBool skipSsl;
    if (!GivenString::readString(object, QStringLiteral("name"), name)
        || !GivenString::readString(object, QStringLiteral("endpoint"), endpoint)
        || !GivenString::readString(object, QStringLiteral("authorization"), authorization)
        || !GivenString::readString(object, QStringLiteral("log_format"), logFormat)
        || !GivenBool::readBool(object, QStringLiteral("skip_ssl_verification"), skipSsl))
        return BadRequest::unparsableBody();

    BadRequest bad;
    if ((name.present || create) && name.value.trimmed().isEmpty())
        bad.add(QStringLiteral("name"), blank, requiredMissing);
    if (endpoint.present || create) {
        if (endpoint.value.trimmed().isEmpty())
            bad.add(QStringLiteral("endpoint"), blank, requiredMissing);
        else if (!EmulatedWebhook::isAcceptableEndpoint(endpoint.value))
            bad.add(QStringLiteral("endpoint"), QStringLiteral("must be a valid URL"),
                    QStringLiteral("Invalid endpoint"));
    }
    if ((authorization.present || create) && authorization.value.trimmed().isEmpty())
        bad.add(QStringLiteral("authorization"), blank, requiredMissing);
    std::optional<LogFormat> format;
    if (logFormat.present || create) {
        format = logFormatFromString(logFormat.value);
        if (logFormat.value.isEmpty())
            bad.add(QStringLiteral("log_format"), blank, requiredMissing);
        else if (!format)
            bad.add(QStringLiteral("log_format"), QStringLiteral("must be one of: cef, json, cps"),
                    QStringLiteral("Invalid log_format"));
    }
    if (!bad.invalidParameters.isEmpty())
        return bad;

    const bool changesDelivery = (endpoint.present && endpoint.value != m_endpoint)
        || (authorization.present && authorization.value != m_authorization) || (format && *format != m_logFormat)
        || (skipSsl.present && skipSsl.value != m_skipSslVerification);
    if (deliveryChanged)
        *deliveryChanged = changesDelivery;
    if (name.present)
        m_name = name.value;
    if (endpoint.present)
        m_endpoint = endpoint.value;
    if (authorization.present)
        m_authorization = authorization.value;
    if (format)
        m_logFormat = *format;
    if (skipSsl.present)
        m_skipSslVerification = skipSsl.value;
    m_updatedAt = now;
    return std::nullopt;
}

void EmulatedDestination::set(const QString& name, const QString& endpoint, const QString& authorization,
                              LogFormat format, bool skipSslVerification)
{
    m_name = name;
    m_endpoint = endpoint;
    m_authorization = authorization;
    m_logFormat = format;
    m_skipSslVerification = skipSslVerification;
}

QJsonObject EmulatedDestination::toJson() const
{
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("endpoint"), m_endpoint},
            {QStringLiteral("log_format"), toString(m_logFormat)},
            {QStringLiteral("skip_ssl_verification"), m_skipSslVerification},
            {QStringLiteral("created_at"), Rfc3339::format(m_createdAt)},
            {QStringLiteral("updated_at"), Rfc3339::format(m_updatedAt)}};
}
