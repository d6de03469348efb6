#include "AuditLogRecordKey.h"

#include "AuditLogRecord.h"

#include <QCryptographicHash>

QByteArray AuditLogRecordKey::of(const AuditLogRecord& record)
{
    return QCryptographicHash::hash(record.raw, QCryptographicHash::Sha256);
}
