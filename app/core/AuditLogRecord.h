#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// One record of Konnect's audit-log pull (GET /v3/audit-logs): the bytes exactly as Konnect sent them, and the
// fields a person or a filter looks at, read from those bytes. `type` selects the contract's schema
// (authentication, authorization, gateway_access); fields a type does not have stay empty.
class AuditLogRecord
{
public:
    QByteArray raw; // the element of `data`, byte for byte
    QString type;
    QString tsText; // `ts` as written
    QDateTime timestamp; // invalid when `ts` is missing or not RFC 3339
    QString principalId;
    QString actorId;
    QString clientIp;
    QString uri;
    QString resource; // authorization: the KRN
    QString service; // authorization
    QString action; // authorization
    std::optional<bool> granted; // authorization
    QString outcome; // authentication
    QString authenticationType; // authentication
    std::optional<bool> successful; // authentication
    QString method; // gateway_access
    QString query; // gateway_access
    int statusCode = 0; // gateway_access; 0 when absent
    std::optional<bool> kongInitiated;
    QString traceId;
    QString userAgent;
    QString orgId;
    QString portalId;
    QString signature; // empty when the record has none

    // How much of a record to read: every field, or only `type` and `ts` for a consumer that passes the bytes on as
    // they are (a jsonl pull of 100,000s of records would otherwise spend most of its time building fields nobody
    // reads). The shallow read checks the record's structure (an object, strings terminated, brackets balanced),
    // not the full JSON grammar of values it does not read.
    enum class Detail { AllFields, TypeAndTime };

    // nullopt when `raw` is not a JSON object.
    static std::optional<AuditLogRecord> fromRaw(const QByteArray& raw, Detail detail = Detail::AllFields);
    // The same into a new (default) record, which a reader of 100,000s of records builds in place; false when `raw`
    // is not a JSON object, and `into` is then left half-read.
    static bool read(const QByteArray& raw, AuditLogRecord& into, Detail detail = Detail::AllFields);

    // What happened, in a few words: "success (sso)", "servicehub kong.gateway.request granted", "POST 201".
    QString what() const;
    // The name a webhook event of this record carries, by the facts file's naming families:
    // AUTHENTICATION_OUTCOME_<OUTCOME>, Authz.<action>, Ingress. How Konnect names the webhook event of a pulled
    // record exactly is not documented; the family (namePrefix) is what can be relied on.
    QString eventName() const;
    // AUTHENTICATION_OUTCOME_, Authz. or Ingress for the record's type; empty for an unknown type.
    static QString namePrefix(const QString& type);
    // The URI or, for authorization, the resource.
    QString target() const;
};

using AuditLogRecords = QList<AuditLogRecord>;
