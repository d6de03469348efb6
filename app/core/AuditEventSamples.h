#pragma once

#include "Ed25519Key.h"
#include "LogFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// Realistic Konnect audit events, signed like Konnect signs them, for the emulator, demos and tests: one
// authentication event, one authorization event and one access event of the same API call (they share a trace_id).
//
// Signing, per format (a verifier undoes exactly this):
// - CEF: the line ends with " sig=<base64url>"; the signed payload is the line without that suffix.
// - JSON: compact JSON, keys in Konnect's order (sorted, "sig" last); the signed payload is the line with
//   `,"sig":"<base64url>"` removed, byte for byte.
// - CPS: `{"event":<the JSON line>}`; the inner JSON event is signed as in JSON, so removing `,"sig":"<value>"`
//   from the CPS line leaves `{"event":<signed payload>}`.
class AuditEventSamples
{
public:
    // `now` makes the output deterministic: the same time and key give the same bytes (Ed25519 is deterministic).
    static QList<QByteArray> lines(LogFormat format, const QDateTime& now, const Ed25519Key& key);
    // What a Dev Portal's own webhook delivers: Dev Portal events are authentication events only, with the CEF
    // product "Dev-Portal" and the portal's `portal_id`; signed the same way.
    static QList<QByteArray> portalLines(LogFormat format, const QDateTime& now, const Ed25519Key& key,
                                         const QString& portalId);
    // The webhook event of one pulled audit-log record (the shape GET /v3/audit-logs serves: type, ts, client_ip,
    // uri, ...), signed the same way, as a replay re-sends it; empty for a record of another type. Konnect documents
    // neither how a webhook event maps to a pulled record nor the reverse: the event carries the record's fields
    // under the CEF names the sample events use (rt = ts, src = client_ip, request = uri, act = method, ...), and
    // a record with a portal_id is a Dev Portal event.
    static QByteArray recordLine(LogFormat format, const QJsonObject& record, const Ed25519Key& key);
    // What Konnect posts: the lines joined with '\n' and gzip-compressed (with a real gzip header).
    static QByteArray gzipBody(const QList<QByteArray>& lines);
};
