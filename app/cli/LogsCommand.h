#pragma once

#include "AuditLogQuery.h"
#include "AuditLogRecord.h"
#include "Command.h"
#include "PulledRecordSignature.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <optional>

class AuditLogFollower;
class AuditLogPuller;
class ParsedCommandLine;
class QFileDevice;
class TerminationSignals;

// `logs`: pulls the organization's audit logs (GET /v3/audit-logs) for a time window inside the last 7 days and
// writes them as they arrive, page by page (nothing is held in memory): readable lines, the records byte for byte
// (jsonl), one JSON document, or CEF lines. Optionally filters by principal or text and checks each record's
// signature against the JWKS. A pull cut off part-way (or stopped by Ctrl+C) says how far it got, so it can be
// resumed with --start. With --follow it catches up, then keeps polling (AuditLogFollower) until Ctrl+C/SIGTERM.
class LogsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ~LogsCommand() override;

    static QString summary();
    static QList<QCommandLineOption> options();
    static const char* help();

    enum class Output { Text, Json, Jsonl, Cef };
    // The longest --since (Konnect keeps audit logs 7 days) and the default window without --since/--start.
    static constexpr qint64 maxSinceSeconds = 7 * 24 * 3600;
    static constexpr qint64 defaultSinceSeconds = 3600;
    // "15m", "6h", "7d", "90s" in seconds; nullopt when it is none of these.
    static std::optional<qint64> parseDuration(const QString& text);
    static constexpr int maxPollIntervalSeconds = 3600;

    // --since/--start/--end into query.start and query.end (end: now unless --end); without any of them, the window
    // is the last defaultSeconds (0: start left unset). Shared with `logs --compare`.
    static FieldErrors readWindow(const ParsedCommandLine& commandLine, const QDateTime& now, qint64 defaultSeconds,
                                  AuditLogQuery& query);
    // The query's own check, its fields named as the options that set them.
    static FieldErrors checkQuery(const AuditLogQuery& query, const QDateTime& now, bool sinceGiven);

protected:
    FieldErrors checkOptions() override;
    void run() override;

private:
    void startPull();
    void startFollow();
    void onTerminationRequested(int signalNumber);
    void onPollFailed(const ApiResult& result, const QDateTime& nextPollAt);
    void showFollowProgress();
    int pagesRead() const;
    qint64 recordsRead() const;
    QFileDevice* outFile() const;
    void onRecords(const AuditLogRecords& records);
    void onPage(int pages, qint64 records);
    void onFinished(const ApiResult& result);
    bool keeps(const AuditLogRecord& record) const;
    QByteArray render(const AuditLogRecord& record, const std::optional<PulledRecordSignature::Result>& verdict);
    void write(const QByteArray& bytes);
    void startWriteback(QFileDevice& file);
    QJsonObject summaryJson(const ApiResult& result) const;
    QString summaryText() const;
    QString resumeHint() const;
    void clearProgress();

    AuditLogQuery m_query;
    bool m_sinceGiven = false;
    QStringList m_types; // several --type: filtered here, since the API takes one type per request
    QString m_principal;
    QString m_grep;
    qint64 m_limit = 0;
    Output m_output = Output::Text;
    QString m_outPath;
    bool m_verify = false;
    bool m_follow = false;
    qint64 m_pollIntervalMs = 0;

    std::unique_ptr<QSaveFile> m_file; // a pull: written aside, renamed when complete
    std::unique_ptr<QFile> m_appendFile; // a follow: appended to and flushed per page
    TerminationSignals* m_signals = nullptr;
    QString m_interruptedBy; // "SIGINT" or "SIGTERM" once one arrived
    std::optional<PulledRecordSignature> m_signatures;
    AuditLogPuller* m_puller = nullptr;
    AuditLogFollower* m_follower = nullptr;
    bool m_progress = false;
    bool m_progressShown = false;
    bool m_limitReached = false;
    bool m_writeFailed = false;
    qint64 m_writebackStarted = 0;
    qint64 m_written = 0;
    qint64 m_verdictCounts[3] = {0, 0, 0};
    QDateTime m_firstWritten;
    QDateTime m_lastWritten;
};
