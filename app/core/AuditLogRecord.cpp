#include "AuditLogRecord.h"

#include "AuditLogQuery.h"
#include "JsonArraySplitter.h"
#include "ReplayWindow.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    // Konnect's trace ids are strings in the contract; a number is kept as its integer digits.
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return {};
}

std::optional<bool> flag(const QJsonValue& value)
{
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QString* textField(AuditLogRecord& record, const QString& key)
{
    static const QHash<QString, QString AuditLogRecord::*> fields {
        {QStringLiteral("type"), &AuditLogRecord::type},
        {QStringLiteral("ts"), &AuditLogRecord::tsText},
        {QStringLiteral("principal_id"), &AuditLogRecord::principalId},
        {QStringLiteral("actor_id"), &AuditLogRecord::actorId},
        {QStringLiteral("client_ip"), &AuditLogRecord::clientIp},
        {QStringLiteral("uri"), &AuditLogRecord::uri},
        {QStringLiteral("resource"), &AuditLogRecord::resource},
        {QStringLiteral("service"), &AuditLogRecord::service},
        {QStringLiteral("action"), &AuditLogRecord::action},
        {QStringLiteral("outcome"), &AuditLogRecord::outcome},
        {QStringLiteral("authentication_type"), &AuditLogRecord::authenticationType},
        {QStringLiteral("method"), &AuditLogRecord::method},
        {QStringLiteral("query"), &AuditLogRecord::query},
        {QStringLiteral("trace_id"), &AuditLogRecord::traceId},
        {QStringLiteral("user_agent"), &AuditLogRecord::userAgent},
        {QStringLiteral("org_id"), &AuditLogRecord::orgId},
        {QStringLiteral("portal_id"), &AuditLogRecord::portalId},
        {QStringLiteral("signature"), &AuditLogRecord::signature},
    };
    const auto found = fields.constFind(key);
    return found == fields.constEnd() ? nullptr : &(record.*found.value());
}

std::optional<bool>* boolField(AuditLogRecord& record, const QString& key)
{
    if (key == QLatin1String("granted"))
        return &record.granted;
    if (key == QLatin1String("successful"))
        return &record.successful;
    if (key == QLatin1String("kong_initiated"))
        return &record.kongInitiated;
    return nullptr;
}

int digits(const QString& text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Konnect's own shape, 2026-11-24T08:00:00.123Z (or without the milliseconds), read directly; any other RFC 3339
// time by ReplayWindow's general rule. Both give the same instant in UTC.
QDateTime timestampOf(const QString& text)
{
    const qsizetype size = text.size();
    const bool withMs = size == 24 && text.at(19) == QLatin1Char('.');
    if ((size == 20 || withMs) && text.at(size - 1) == QLatin1Char('Z') && text.at(4) == QLatin1Char('-')
        && text.at(7) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':')
        && text.at(16) == QLatin1Char(':')) {
        const int ms = withMs ? digits(text, 20, 3) : 0;
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        if (date.isValid() && ms >= 0 && QTime::isValid(hour, minute, second, ms))
            return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC);
    }
    return ReplayWindow::parseRfc3339(text);
}

// The contract's three types as shared strings: a pull of 100,000s of records then allocates none for them.
bool knownType(QByteArrayView quoted, QString& type)
{
    static const QStringList types = AuditLogQuery::types();
    static const QList<QByteArray> quotedTypes = [] {
        QList<QByteArray> all;
        for (const QString& known : types)
            all.append('"' + known.toLatin1() + '"');
        return all;
    }();
    for (qsizetype i = 0; i < quotedTypes.size(); ++i) {
        if (quoted == quotedTypes.at(i)) {
            type = types.at(i);
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<AuditLogRecord> AuditLogRecord::fromRaw(const QByteArray& raw, Detail detail)
{
    AuditLogRecord record;
    if (!read(raw, record, detail))
        return std::nullopt;
    return record;
}

bool AuditLogRecord::read(const QByteArray& raw, AuditLogRecord& record, Detail detail)
{
    if (detail == Detail::TypeAndTime) {
        bool escaped = false;
        const bool wellFormed
            = JsonArraySplitter::forEachMember(raw, [&record, &escaped](QByteArrayView name, QByteArrayView value) {
                  QString* field = name == "type" ? &record.type : name == "ts" ? &record.tsText : nullptr;
                  if (!field)
                      return true;
                  if (field == &record.type && knownType(value, record.type))
                      return record.tsText.isEmpty();
                  if (value.size() >= 2 && value.front() == '"' && !value.contains('\\'))
                      *field = QString::fromUtf8(value.sliced(1, value.size() - 2));
                  else
                      escaped = true; // an escape or a non-string: the full reading decides
                  return escaped || record.type.isEmpty() || record.tsText.isEmpty();
              });
        if (!wellFormed)
            return false;
        if (!escaped) {
            record.raw = raw;
            record.timestamp = timestampOf(record.tsText);
            return true;
        }
        record.type.clear();
        record.tsText.clear();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    record.raw = raw;
    // One walk over the members: a lookup per field would search the object once for each (a pull reads 100,000s).
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (QString* field = textField(record, key))
            *field = text(value);
        else if (std::optional<bool>* flagField = boolField(record, key))
            *flagField = flag(value);
        else if (key == QLatin1String("status_code"))
            record.statusCode = value.toInt();
    }
    record.timestamp = timestampOf(record.tsText);
    return true;
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
