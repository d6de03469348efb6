#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <map>

class AuditLogRecord;

// The keys of the records seen lately (AuditLogRecordKey), to let each record through once. Memory stays bounded:
// forgetBefore(t) drops the keys of records older than t, which the caller does when it will never ask for records
// before t again. A record without a usable timestamp is filed under the time it was seen.
class AuditLogRecordKeySet
{
public:
    // True when the record was not seen before (and remembers it now).
    bool insert(const AuditLogRecord& record, const QDateTime& seenAt);
    void forgetBefore(const QDateTime& time);
    qsizetype size() const { return m_keys.size(); }
    void clear();

private:
    QHash<QByteArray, qint64> m_keys; // key -> the time it is filed under (ms since epoch)
    std::multimap<qint64, QByteArray> m_byTime;
};
