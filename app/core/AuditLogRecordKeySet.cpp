#include "AuditLogRecordKeySet.h"

#include "AuditLogRecord.h"
#include "AuditLogRecordKey.h"

bool AuditLogRecordKeySet::insert(const AuditLogRecord& record, const QDateTime& seenAt)
{
    QByteArray key = AuditLogRecordKey::of(record);
    if (m_keys.contains(key))
        return false;
    const qint64 time = (record.timestamp.isValid() ? record.timestamp : seenAt).toMSecsSinceEpoch();
    m_keys.insert(key, time);
    m_byTime.emplace(time, std::move(key));
    return true;
}

void AuditLogRecordKeySet::forgetBefore(const QDateTime& time)
{
    if (!time.isValid())
        return;
    const auto end = m_byTime.lower_bound(time.toMSecsSinceEpoch());
    for (auto it = m_byTime.begin(); it != end; ++it)
        m_keys.remove(it->second);
    m_byTime.erase(m_byTime.begin(), end);
}

void AuditLogRecordKeySet::clear()
{
    m_keys.clear();
    m_byTime.clear();
}
