#include "AuditLogComparison.h"

#include "AuditLogReader.h"
#include "ReplayWindow.h"

#include <cstdlib>

bool AuditLogComparison::readExport(const QString& path, QString* error, const std::atomic_bool* cancel)
{
    AuditLogReader reader(path);
    if (!reader.open()) {
        *error = reader.error();
        return false;
    }
    AuditLogReader::Chunk chunk;
    while (reader.next(chunk, 1024 * 1024)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *error = tr("the reading was cancelled");
            return false;
        }
        if (chunk.overlong) {
            ++m_unreadable;
            continue;
        }
        qint64 number = chunk.firstLine;
        qsizetype from = 0;
        while (from < chunk.data.size()) {
            qsizetype end = chunk.data.indexOf('\n', from);
            if (end < 0)
                end = chunk.data.size();
            QByteArrayView line = QByteArrayView(chunk.data).sliced(from, end - from);
            if (line.endsWith('\r'))
                line.chop(1);
            addExportLine(line, number++);
            from = end + 1;
        }
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return false;
    }
    return true;
}

void AuditLogComparison::addExportLine(QByteArrayView line, qint64 lineNumber)
{
    std::optional<ExportedAuditEvent> event = ExportedAuditEvent::fromLine(line, lineNumber);
    if (!event) {
        if (!line.trimmed().isEmpty())
            ++m_unreadable;
        return;
    }
    if (!m_exportFirst.isValid() || event->time < m_exportFirst)
        m_exportFirst = event->time;
    if (!m_exportLast.isValid() || event->time > m_exportLast)
        m_exportLast = event->time;
    m_byTrace[event->traceId].append(qsizetype(m_events.size()));
    m_events.push_back(std::move(*event));
    m_used.push_back(false);
}

void AuditLogComparison::setWindow(const QDateTime& start, const QDateTime& end)
{
    m_start = start;
    m_end = end;
}

bool AuditLogComparison::matches(const ExportedAuditEvent& event, const AuditLogRecord& record,
                                 const QByteArray& traceId) const
{
    if (event.traceId != traceId || !record.timestamp.isValid())
        return false;
    if (std::llabs(event.time.msecsTo(record.timestamp)) > timeToleranceMs)
        return false;
    const QString prefix = AuditLogRecord::namePrefix(record.type);
    return !prefix.isEmpty() && QString::fromUtf8(event.name).startsWith(prefix);
}

void AuditLogComparison::addKonnectRecords(const AuditLogRecords& records)
{
    for (const AuditLogRecord& record : records) {
        ++m_konnectRecords;
        const QByteArray traceId
            = record.traceId.isEmpty() ? ExportedAuditEvent::jsonTraceId(record.raw) : record.traceId.toUtf8();
        const QByteArray exactName = record.eventName().toUtf8();
        qsizetype best = -1;
        for (const qsizetype index : m_byTrace.value(traceId)) {
            const ExportedAuditEvent& event = m_events[size_t(index)];
            if (m_used[size_t(index)] || !matches(event, record, traceId))
                continue;
            if (best < 0 || (event.name == exactName && m_events[size_t(best)].name != exactName))
                best = index;
            if (event.name == exactName)
                break;
        }
        if (best < 0) {
            m_missing.append(record);
            continue;
        }
        m_used[size_t(best)] = true;
        ++m_matched;
    }
}

void AuditLogComparison::finish()
{
    m_extra.clear();
    m_outside = 0;
    for (size_t i = 0; i < m_events.size(); ++i) {
        if (m_used[i]) // matched, even if just outside the window (a record just inside, within the tolerance)
            continue;
        const ExportedAuditEvent& event = m_events[i];
        const bool inside = (!m_start.isValid() || event.time >= m_start) && (!m_end.isValid() || event.time <= m_end);
        if (!inside)
            ++m_outside;
        else
            m_extra.append(event);
    }
}

AuditLogComparison::ExportSpan AuditLogComparison::exportWindow(const QDateTime& now, QDateTime* start,
                                                                QDateTime* end) const
{
    if (!m_exportFirst.isValid())
        return ExportSpan::NoEvent;
    constexpr qint64 retentionMarginMs = 60 * 1000;
    const QDateTime oldest = now.toUTC().addDays(-ReplayWindow::retentionDays).addMSecs(retentionMarginMs);
    const QDateTime from = std::max(oldest, m_exportFirst.addMSecs(-timeToleranceMs));
    const QDateTime to = std::min(now.toUTC(), m_exportLast.addMSecs(timeToleranceMs));
    if (to <= from)
        return ExportSpan::OlderThanRetention;
    *start = from;
    *end = to;
    return ExportSpan::Ok;
}

std::optional<std::pair<QDateTime, QDateTime>> AuditLogComparison::missingWindow(const QDateTime& notAfter) const
{
    QDateTime first, last;
    for (const AuditLogRecord& record : m_missing) {
        if (!record.timestamp.isValid())
            continue;
        if (!first.isValid() || record.timestamp < first)
            first = record.timestamp;
        if (!last.isValid() || record.timestamp > last)
            last = record.timestamp;
    }
    if (!first.isValid())
        return std::nullopt;
    const qint64 startS = first.toMSecsSinceEpoch() / 1000;
    const qint64 endS = (last.toMSecsSinceEpoch() + 999) / 1000;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(startS, Qt::UTC);
    QDateTime end = QDateTime::fromSecsSinceEpoch(std::max(endS, startS + 1), Qt::UTC);
    if (notAfter.isValid() && end > notAfter)
        end = std::max(notAfter, last);
    return std::make_pair(start, end);
}

QString AuditLogComparison::summary() const
{
    return tr("%1 of %2 events Konnect has for the window are in the export; %3 missing from the export, %4 extra "
              "in it.")
        .arg(m_matched)
        .arg(m_konnectRecords)
        .arg(m_missing.size())
        .arg(m_extra.size());
}
