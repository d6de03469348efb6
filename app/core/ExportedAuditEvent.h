#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <optional>

// The fields of one line of a SIEM export (what Konnect's webhook delivered, in CEF, JSON or CPS, as `verify`
// reads them) that a pulled record shares: the trace id, the event's time and its name. Read without checking the
// signature, and without re-serialising anything: Konnect's trace ids are 63-bit numbers, beyond a double, so the
// trace id is taken from the line's bytes as written.
//
// Time: CEF's and JSON's `rt` (ms since epoch) when present, else the CEF line's leading timestamp or JSON's
// `event_ts` (RFC 3339).
class ExportedAuditEvent
{
public:
    QByteArray traceId;
    QByteArray name; // AUTHENTICATION_OUTCOME_SUCCESS, Authz.audit-logs, Ingress, ...
    QDateTime time;
    qint64 lineNumber = 0;

    // nullopt for a blank line or one that is neither a CEF nor a JSON audit event (no name or no usable time).
    static std::optional<ExportedAuditEvent> fromLine(QByteArrayView line, qint64 lineNumber);
    // The value of a JSON member "trace_id" (a string's content or a number's digits) in `json`, as written; empty
    // when there is none.
    static QByteArray jsonTraceId(QByteArrayView json);
};
