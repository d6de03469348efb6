#pragma once

#include <QByteArray>

class AuditLogRecord;

// A stable identity for a pulled audit-log record, to recognise it when a later page or poll serves it again.
// Kong's contract gives audit-log records no `id` (their schemas list type, ts, principal_id, trace_id, ...,
// signature), so the key is a SHA-256 of the record's raw bytes as Konnect sent them: two servings of one record
// are the same bytes. Should Konnect ever re-serialise a record differently, it would be seen twice (a
// duplicate, never a loss).
class AuditLogRecordKey
{
public:
    static QByteArray of(const AuditLogRecord& record);
};
