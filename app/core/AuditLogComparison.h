#pragma once

#include "AuditLogRecord.h"
#include "ExportedAuditEvent.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <atomic>
#include <optional>
#include <vector>

// Reconciles a SIEM export with what Konnect keeps: which events of a time window Konnect has that the export lacks
// (missing), and which of the export's lines in that window Konnect does not know (extra).
//
// Feed the export first (addExportLine, every line), then the window (setWindow), then Konnect's records for it as
// they are pulled (addKonnectRecords), then finish(). A record matches an export event when
// - their trace ids are equal (as written; both empty counts as equal),
// - their times differ by at most timeToleranceMs (a JSON export's event_ts has whole seconds only), and
// - the event's name belongs to the record's type: AUTHENTICATION_OUTCOME_* for authentication, Authz.* for
//   authorization, Ingress for gateway_access. Konnect documents these naming families, not how a pulled record's
//   fields make the exact name, so the exact name (AuditLogRecord::eventName) is only preferred when several
//   events of one trace id qualify (one API call's authentication, authorization and access events share it).
// Each event matches one record at most. Export events outside the window are not compared (counted aside).
//
// Memory: the export's events are held (trace id, name, time, line number), Konnect's records are not, except the
// missing ones.
class AuditLogComparison
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogComparison)
public:
    static constexpr qint64 timeToleranceMs = 1000;

    // Every line of a SIEM export file (AuditLogReader: plain or gzip, "-" for standard input), synchronously.
    // False with *error set when the file cannot be read to its end. `cancel` (may be null), looked at before each
    // megabyte, lets another thread end the read early: false then too, with a message that says so.
    bool readExport(const QString& path, QString* error, const std::atomic_bool* cancel = nullptr);
    // A line that is no audit event (blank, or neither CEF nor JSON with a name and a time) is counted, not held.
    void addExportLine(QByteArrayView line, qint64 lineNumber);
    qint64 exportEvents() const { return qint64(m_events.size()); }
    qint64 unreadableLines() const { return m_unreadable; }
    // The export's own time span; invalid while it has no event.
    QDateTime exportFirst() const { return m_exportFirst; }
    QDateTime exportLast() const { return m_exportLast; }

    enum class ExportSpan { Ok, NoEvent, OlderThanRetention };
    // The window to pull when none is given: the export's own span, widened by the match tolerance, inside what
    // Konnect keeps (a minute inside its 7 days, so that the pull is not refused while it runs). Sets *start and
    // *end only with Ok.
    ExportSpan exportWindow(const QDateTime& now, QDateTime* start, QDateTime* end) const;
    void setWindow(const QDateTime& start, const QDateTime& end);
    QDateTime windowStart() const { return m_start; }
    QDateTime windowEnd() const { return m_end; }
    void addKonnectRecords(const AuditLogRecords& records);
    // Settles the extra events: the export's events inside the window that no record matched.
    void finish();

    qint64 konnectRecords() const { return m_konnectRecords; }
    qint64 matched() const { return m_matched; }
    const AuditLogRecords& missing() const { return m_missing; }
    const QList<ExportedAuditEvent>& extra() const { return m_extra; }
    qint64 exportOutsideWindow() const { return m_outside; }

    // The smallest window, in whole seconds, that covers every missing event (start rounded down, end up, at least
    // one second long), the end not after `notAfter` when that is given: what a replay must re-send. nullopt when
    // nothing is missing.
    std::optional<std::pair<QDateTime, QDateTime>> missingWindow(const QDateTime& notAfter = {}) const;

    // "412 of 415 events matched; 3 missing from the export, 1 extra." for a person.
    QString summary() const;

private:
    bool matches(const ExportedAuditEvent& event, const AuditLogRecord& record, const QByteArray& traceId) const;

    std::vector<ExportedAuditEvent> m_events;
    std::vector<bool> m_used;
    QHash<QByteArray, QList<qsizetype>> m_byTrace;
    qint64 m_unreadable = 0;
    QDateTime m_exportFirst;
    QDateTime m_exportLast;
    QDateTime m_start;
    QDateTime m_end;
    qint64 m_konnectRecords = 0;
    qint64 m_matched = 0;
    qint64 m_outside = 0;
    AuditLogRecords m_missing;
    QList<ExportedAuditEvent> m_extra;
};
