#pragma once

#include "AuditLogRecord.h"

#include <QByteArray>
#include <QString>

// The shapes a pulled audit-log record is written in besides its own JSON bytes, shared by `logs --output cef` and
// the window's export: CEF in the webhook's line shape, so that a file can be fed to a SIEM, and CSV for a
// spreadsheet. `verdictKey` (PulledRecordSignature::verdictKey) is added when the signatures were checked.
class AuditLogRecordFormatter
{
public:
    // "{ts} konghq.com CEF:0|KongInc|Konnect|1.0|class|name|severity|k=v ...\n". The record's signature is carried
    // as signature=..., not sig=: it signs the JSON record, not the CEF line.
    static QByteArray cef(const AuditLogRecord& record, const QString& verdictKey = {});

    // RFC 4180: a header line, then one line per record with the columns the window shows.
    static QByteArray csvHeader();
    static QByteArray csv(const AuditLogRecord& record, const QString& verdictKey = {});
};
