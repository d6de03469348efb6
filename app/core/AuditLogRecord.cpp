#include "AuditLogRecord.h"

#include "ReplayWindow.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    // Konnect's trace ids are strings in the contract; a number is kept as its integer digits.
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return {};
}

std::optional<bool> flag(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

} // namespace

std::optional<AuditLogRecord> AuditLogRecord::fromRaw(const QByteArray& raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    AuditLogRecord record;
    record.raw = raw;
    record.type = text(object, "type");
    record.tsText = text(object, "ts");
    record.timestamp = ReplayWindow::parseRfc3339(record.tsText);
    record.principalId = text(object, "principal_id");
    record.actorId = text(object, "actor_id");
    record.clientIp = text(object, "client_ip");
    record.uri = text(object, "uri");
    record.resource = text(object, "resource");
    record.service = text(object, "service");
    record.action = text(object, "action");
    record.granted = flag(object, "granted");
    record.outcome = text(object, "outcome");
    record.authenticationType = text(object, "authentication_type");
    record.successful = flag(object, "successful");
    record.method = text(object, "method");
    record.query = text(object, "query");
    record.statusCode = object.value(QLatin1String("status_code")).toInt();
    record.kongInitiated = flag(object, "kong_initiated");
    record.traceId = text(object, "trace_id");
    record.userAgent = text(object, "user_agent");
    record.orgId = text(object, "org_id");
    record.portalId = text(object, "portal_id");
    record.signature = text(object, "signature");
    return record;
}

QString AuditLogRecord::what() const
{
    if (type == QLatin1String("authentication")) {
        QString words = outcome.isEmpty()
            ? (successful.value_or(false) ? QStringLiteral("success") : QStringLiteral("failed"))
            : outcome;
        if (!authenticationType.isEmpty())
            words += QStringLiteral(" (%1)").arg(authenticationType);
        return words;
    }
    if (type == QLatin1String("authorization")) {
        QStringList words;
        if (!service.isEmpty())
            words += service;
        if (!action.isEmpty())
            words += action;
        if (granted)
            words += *granted ? QStringLiteral("granted") : QStringLiteral("denied");
        return words.join(QLatin1Char(' '));
    }
    if (type == QLatin1String("gateway_access"))
        return statusCode > 0 ? QStringLiteral("%1 %2").arg(method).arg(statusCode) : method;
    return {};
}

QString AuditLogRecord::namePrefix(const QString& type)
{
    if (type == QLatin1String("authentication"))
        return QStringLiteral("AUTHENTICATION_OUTCOME_");
    if (type == QLatin1String("authorization"))
        return QStringLiteral("Authz.");
    if (type == QLatin1String("gateway_access"))
        return QStringLiteral("Ingress");
    return {};
}

QString AuditLogRecord::eventName() const
{
    if (type == QLatin1String("authentication"))
        return namePrefix(type) + outcome.toUpper();
    if (type == QLatin1String("authorization"))
        return namePrefix(type) + action;
    return namePrefix(type);
}

QString AuditLogRecord::target() const
{
    return type == QLatin1String("authorization") && !resource.isEmpty() ? resource : uri;
}
