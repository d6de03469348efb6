#include "AuditEventSamples.h"

#include <algorithm>
#include <optional>
#include <zlib.h>

namespace {

struct Field
{
    enum class Kind { String, Number, Boolean };
    QByteArray key;
    QByteArray value;
    Kind kind = Kind::String;
};

// One event in the neutral form both renderers read: CEF header parts plus extension fields in CEF order.
struct Event
{
    QByteArray eventClass;
    QByteArray name;
    int severity = 1;
    QList<Field> extensions;
    QByteArray product = "Konnect";
};

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Field text(const char* key, const QByteArray& value)
{
    return {key, value, Field::Kind::String};
}

Field number(const char* key, const QByteArray& value)
{
    return {key, value, Field::Kind::Number};
}

Field boolean(const char* key, bool value)
{
    return {key, value ? "true" : "false", Field::Kind::Boolean};
}

QList<Event> sampleEvents(const QDateTime& now)
{
    const QByteArray rt = QByteArray::number(now.toMSecsSinceEpoch());
    const QByteArray orgId = "5f0a9c42-3b1e-4d7a-9c61-2e8f7d4b1a90";
    const QByteArray principalId = "c3d9e2b7-81f4-4a5c-b0e6-7f2a9d13c845";
    // Konnect's trace ids are 63-bit decimal numbers, beyond what a double holds exactly: that is part of why a
    // JSON verifier must never re-serialise a line.
    const QByteArray traceId = QByteArray::number(4611686018427387904ULL + quint64(now.toMSecsSinceEpoch()));
    const QByteArray src = "203.0.113.24";
    const QByteArray browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    Event authentication {"AUTHENTICATION_TYPE_PAT",
                          "AUTHENTICATION_OUTCOME_SUCCESS",
                          0,
                          {number("rt", rt), text("src", src),
                           text("request", "/api/v1/personal-access-tokens/introspect"), text("success", "true"),
                           text("org_id", orgId), text("principal_id", principalId), number("trace_id", traceId),
                           text("user_agent", "grpc-go/1.64.0")}};
    Event authorization {"konnect",
                         "Authz.audit-logs",
                         1,
                         {number("rt", rt), text("src", "127.0.0.6"), text("action", "edit"), boolean("granted", true),
                          text("org_id", orgId), text("principal_id", principalId), number("trace_id", traceId),
                          text("user_agent", "grpc-node-js/1.12.4")}};
    Event access {"KongGateway",
                  "Ingress",
                  1,
                  {number("rt", rt), text("src", src), text("request", "/konnect-api/api/v2/audit-log-webhook"),
                   text("act", "PATCH"), number("status", "200"), text("org_id", orgId),
                   text("principal_id", principalId), text("user_agent", browser), number("trace_id", traceId),
                   text("query", "{\"region\":\"eu\"}")}};
    return {authentication, authorization, access};
}

// A developer signing in to a Dev Portal, once with success and once without: what a portal's webhook carries.
QList<Event> portalEvents(const QDateTime& now, const QByteArray& portalId)
{
    const QByteArray rt = QByteArray::number(now.toMSecsSinceEpoch());
    const QByteArray orgId = "5f0a9c42-3b1e-4d7a-9c61-2e8f7d4b1a90";
    const QByteArray developerId = "9a4e1f0c-6d2b-4c8e-a1f7-3b5d8e2c7f61";
    const QByteArray traceId = QByteArray::number(4611686018427387904ULL + quint64(now.toMSecsSinceEpoch()) + 1);
    const QByteArray src = "198.51.100.17";
    const QByteArray browser = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Safari/605.1.15";
    QList<Event> events;
    for (const bool success : {true, false}) {
        Event event {"AUTHENTICATION_TYPE_BASIC",
                     success ? "AUTHENTICATION_OUTCOME_SUCCESS" : "AUTHENTICATION_OUTCOME_INVALID_CREDENTIALS",
                     success ? 0 : 3,
                     {number("rt", rt), text("src", src), text("request", "/api/v3/developer/authenticate"),
                      text("success", success ? "true" : "false"), text("org_id", orgId), text("portal_id", portalId),
                      text("principal_id", developerId), number("trace_id", traceId), text("user_agent", browser)},
                     "Dev-Portal"};
        events += event;
    }
    return events;
}

QByteArray timestamp(const QDateTime& now)
{
    return now.toUTC().toString(Qt::ISODate).toLatin1();
}

// Konnect does not escape CEF extension values, and neither do we: a verifier must take the line as it comes.
QByteArray cefUnsigned(const Event& event, const QDateTime& now)
{
    QByteArray line = timestamp(now) + " konghq.com CEF:0|KongInc|" + event.product + "|1.0|" + event.eventClass + '|'
        + event.name + '|' + QByteArray::number(event.severity) + '|';
    for (qsizetype i = 0; i < event.extensions.size(); ++i) {
        if (i > 0)
            line += ' ';
        line += event.extensions.at(i).key + '=' + event.extensions.at(i).value;
    }
    return line;
}

QByteArray jsonString(const QByteArray& value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

// Built by hand rather than with QJsonDocument so that the bytes are fixed: key order, number spelling and
// escaping are exactly what was signed.
QByteArray jsonUnsigned(const Event& event, const QDateTime& now)
{
    QList<Field> fields = event.extensions;
    fields += {text("cef_version", "0"),
               text("event_class_id", event.eventClass),
               text("event_product", event.product),
               text("event_ts", timestamp(now)),
               text("event_vendor", "KongInc"),
               text("event_version", "1.0"),
               text("name", event.name),
               number("severity", QByteArray::number(event.severity))};
    std::sort(fields.begin(), fields.end(), [](const Field& a, const Field& b) { return a.key < b.key; });
    QByteArray json = "{";
    for (const Field& field : std::as_const(fields)) {
        if (json.size() > 1)
            json += ',';
        json += jsonString(field.key) + ':'
            + (field.kind == Field::Kind::String ? jsonString(field.value) : field.value);
    }
    return json + '}';
}

QByteArray signature(const QByteArray& payload, const Ed25519Key& key)
{
    return key.sign(payload).toBase64(base64Url);
}

QByteArray signedJson(const Event& event, const QDateTime& now, const Ed25519Key& key)
{
    QByteArray json = jsonUnsigned(event, now);
    const QByteArray sig = signature(json, key);
    json.chop(1);
    return json + ",\"sig\":\"" + sig + "\"}";
}

QByteArray signedLine(LogFormat format, const Event& event, const QDateTime& now, const Ed25519Key& key)
{
    switch (format) {
    case LogFormat::Cef: {
        const QByteArray line = cefUnsigned(event, now);
        return line + " sig=" + signature(line, key);
    }
    case LogFormat::Json:
        return signedJson(event, now, key);
    case LogFormat::Cps:
        return "{\"event\":" + signedJson(event, now, key) + '}';
    }
    return {};
}

QByteArray upper(const QJsonObject& record, const QString& key)
{
    return record.value(key).toString().toUpper().toUtf8();
}

// The record's fields in the neutral event form, at the record's own time (nullopt for an unknown type).
std::optional<Event> recordEvent(const QJsonObject& record, QDateTime* at)
{
    const auto value = [&record](const char* key) { return record.value(QLatin1String(key)).toString().toUtf8(); };
    *at = QDateTime::fromString(record.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs).toUTC();
    if (!at->isValid())
        return std::nullopt;
    const QByteArray type = value("type");
    QList<Field> fields {number("rt", QByteArray::number(at->toMSecsSinceEpoch())), text("src", value("client_ip"))};
    Event event;
    if (type == "authentication") {
        const bool success = record.value(QStringLiteral("successful")).toBool();
        event.eventClass = "AUTHENTICATION_TYPE_" + upper(record, QStringLiteral("authentication_type"));
        event.name = "AUTHENTICATION_OUTCOME_" + upper(record, QStringLiteral("outcome"));
        event.severity = success ? 0 : 3;
        fields += {text("request", value("uri")), text("success", success ? "true" : "false")};
    } else if (type == "authorization") {
        event.eventClass = "konnect";
        event.name = "Authz." + value("service");
        fields
            += {text("action", value("action")), boolean("granted", record.value(QStringLiteral("granted")).toBool())};
    } else if (type == "gateway_access") {
        event.eventClass = "KongGateway";
        event.name = "Ingress";
        fields += {text("request", value("uri")), text("act", value("method")),
                   number("status", QByteArray::number(record.value(QStringLiteral("status_code")).toInt()))};
    } else {
        return std::nullopt;
    }
    fields += text("org_id", value("org_id"));
    if (record.contains(QStringLiteral("portal_id"))) {
        fields += text("portal_id", value("portal_id"));
        event.product = "Dev-Portal";
    }
    if (record.contains(QStringLiteral("principal_id")))
        fields += text("principal_id", value("principal_id"));
    fields += {number("trace_id", value("trace_id")), text("user_agent", value("user_agent"))};
    if (type == "gateway_access" && !value("query").isEmpty())
        fields += text("query", value("query"));
    event.extensions = fields;
    return event;
}

} // namespace

QByteArray AuditEventSamples::recordLine(LogFormat format, const QJsonObject& record, const Ed25519Key& key)
{
    QDateTime at;
    const std::optional<Event> event = recordEvent(record, &at);
    return event ? signedLine(format, *event, at, key) : QByteArray();
}

QList<QByteArray> AuditEventSamples::lines(LogFormat format, const QDateTime& now, const Ed25519Key& key)
{
    const QDateTime utc = now.toUTC();
    QList<QByteArray> result;
    const QList<Event> events = sampleEvents(utc);
    for (const Event& event : events)
        result += signedLine(format, event, utc, key);
    return result;
}

QList<QByteArray> AuditEventSamples::portalLines(LogFormat format, const QDateTime& now, const Ed25519Key& key,
                                                 const QString& portalId)
{
    const QDateTime utc = now.toUTC();
    QList<QByteArray> result;
    const QList<Event> events = portalEvents(utc, portalId.toUtf8());
    for (const Event& event : events)
        result += signedLine(format, event, utc, key);
    return result;
}

QByteArray AuditEventSamples::gzipBody(const QList<QByteArray>& lines)
{
    const QByteArray plain = lines.join('\n');
    z_stream stream {};
    // 16 + MAX_WBITS asks zlib for a gzip wrapper (header and CRC trailer) instead of a zlib one.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(plain.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}
