#include "AuditLogRecordFormatter.h"

#include <QList>
#include <QPair>

namespace {
// CEF extension values as Konnect writes them (unescaped), kept on one line.
QByteArray cefValue(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('\n', ' ').replace('\r', ' ');
    return bytes;
}

QByteArray upper(const QString& text)
{
    return text.toUpper().toUtf8();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Quoted when it must be; a cell that a spreadsheet would run as a formula (= + - @ first) gets a leading
// apostrophe, since user agents and URIs come from whoever called Konnect.
QByteArray csvCell(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.isEmpty() && QByteArrayView("=+-@").contains(bytes.front()))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

QByteArray AuditLogRecordFormatter::cef(const AuditLogRecord& record, const QString& verdictKey)
{
    QByteArray eventClass;
    const QByteArray name = record.eventName().toUtf8();
    int severity = 1;
    QList<QPair<QByteArray, QString>> fields;
    if (record.timestamp.isValid())
        fields.append({"rt", QString::number(record.timestamp.toMSecsSinceEpoch())});
    fields.append({"src", record.clientIp});
    fields.append({"request", record.uri});
    if (record.type == QLatin1String("authentication")) {
        eventClass = "AUTHENTICATION_TYPE_" + upper(record.authenticationType);
        const bool success = record.successful.value_or(record.outcome == QLatin1String("success"));
        severity = success ? 0 : 3;
        fields.append({"success", boolText(success)});
    } else if (record.type == QLatin1String("authorization")) {
        eventClass = record.service.isEmpty() ? QByteArray("konnect") : record.service.toUtf8();
        severity = record.granted.value_or(true) ? 1 : 3;
        fields.append({"act", record.action});
        fields.append({"resource", record.resource});
        if (record.granted)
            fields.append({"granted", boolText(*record.granted)});
    } else {
        eventClass = "KongGateway";
        severity = record.statusCode >= 500 ? 10 : record.statusCode >= 400 ? 3 : 1;
        fields.append({"act", record.method});
        if (record.statusCode > 0)
            fields.append({"status", QString::number(record.statusCode)});
        fields.append({"query", record.query});
    }
    fields.append({"org_id", record.orgId});
    fields.append({"portal_id", record.portalId});
    fields.append({"principal_id", record.principalId});
    fields.append({"actor_id", record.actorId});
    fields.append({"trace_id", record.traceId});
    fields.append({"user_agent", record.userAgent});
    if (record.kongInitiated)
        fields.append({"kong_initiated", boolText(*record.kongInitiated)});
    fields.append({"signature", record.signature});
    if (!verdictKey.isEmpty())
        fields.append({"signatureVerdict", verdictKey});
    const QByteArray product = record.portalId.isEmpty() ? "Konnect" : "Dev-Portal";
    QByteArray line = cefValue(record.tsText) + " konghq.com CEF:0|KongInc|" + product + "|1.0|" + eventClass + '|'
        + name + '|' + QByteArray::number(severity) + '|';
    bool first = true;
    for (const auto& [key, value] : std::as_const(fields)) {
        if (value.isEmpty())
            continue;
        if (!first)
            line += ' ';
        first = false;
        line += key + '=' + cefValue(value);
    }
    return line + '\n';
}

QByteArray AuditLogRecordFormatter::csvHeader()
{
    return "ts,type,what,principal_id,client_ip,target,status,kong_initiated,trace_id,signature_verdict\r\n";
}

QByteArray AuditLogRecordFormatter::csv(const AuditLogRecord& record, const QString& verdictKey)
{
    const QList<QString> cells {record.tsText,
                                record.type,
                                record.what(),
                                record.principalId,
                                record.clientIp,
                                record.target(),
                                record.statusCode > 0 ? QString::number(record.statusCode) : QString(),
                                record.kongInitiated ? boolText(*record.kongInitiated) : QString(),
                                record.traceId,
                                verdictKey};
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvCell(cells.at(i));
    }
    return line + "\r\n";
}
