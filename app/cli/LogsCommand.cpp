#include "LogsCommand.h"

#include "AuditLogFollower.h"
#include "AuditLogPuller.h"
#include "AuditLogRecordFormatter.h"
#include "Clock.h"
#include "CommandCatalog.h"
#include "CommandContext.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"
#include "TerminationSignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
const QString kSince = QStringLiteral("since");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kType = QStringLiteral("type");
const QString kPrincipal = QStringLiteral("principal");
const QString kGrep = QStringLiteral("grep");
const QString kLimit = QStringLiteral("limit");
const QString kOutput = QStringLiteral("output");
const QString kOut = QStringLiteral("out");
const QString kVerify = QStringLiteral("verify");
const QString kPageSize = QStringLiteral("page-size");
const QString kFollow = QStringLiteral("follow");
const QString kPollInterval = QStringLiteral("poll-interval");
const QString kCompare = QStringLiteral("compare");

using Verdict = PulledRecordSignature::Verdict;
} // namespace

LogsCommand::~LogsCommand() = default;

QString LogsCommand::summary()
{
    return QStringLiteral("Pull the organization's audit logs of the last 7 days (GET /v3/audit-logs)");
}

QList<QCommandLineOption> LogsCommand::options()
{
    auto value
        = [](const QString& name, const QString& valueName) { return QCommandLineOption(name, QString(), valueName); };
    return {value(kSince, QStringLiteral("DURATION")), value(kStart, QStringLiteral("TIME")),
            value(kEnd, QStringLiteral("TIME")),       value(kType, QStringLiteral("T")),
            value(kPrincipal, QStringLiteral("ID")),   value(kGrep, QStringLiteral("TEXT")),
            value(kLimit, QStringLiteral("N")),        value(kOutput, QStringLiteral("F")),
            value(kOut, QStringLiteral("FILE")),       QCommandLineOption(kVerify),
            value(kPageSize, QStringLiteral("N")),     QCommandLineOption(kFollow),
            value(kPollInterval, QStringLiteral("S")), value(kCompare, QStringLiteral("FILE"))};
}

const char* LogsCommand::help()
{
    return R"HELP(Usage: konnect-audit-webhook logs [--since DURATION | --start TIME [--end TIME]]
                            [--type T]... [--principal ID] [--grep TEXT] [--limit N]
                            [--output text|json|jsonl|cef] [--out FILE] [--verify]
                            [--page-size N] [--follow [--poll-interval S]] [global options]
       konnect-audit-webhook logs --compare FILE [--since DURATION | --start TIME [--end TIME]]
                            [--output text|json] [global options]

Pulls the organization's audit-log records from Konnect (GET /v3/audit-logs on the region's host):
authentication, authorization and gateway_access records of a time window inside the last 7 days
(Konnect keeps them that long). Pages are followed to the end and written as they arrive; nothing is
held in memory, so a window of any size can be pulled. The end of the window is fixed when the pull
starts (now, unless --end says otherwise), so records arriving meanwhile do not make it longer.

Options:
  --since DURATION   The last 15m, 6h, 7d, ... (s, m, h or d; at most 7d). Default: 1h.
  --start TIME       Start of the window (inclusive), RFC 3339: 2026-11-24T08:00:00Z or
                     2026-11-24T10:00:00+02:00. Without --end, the window ends now.
  --end TIME         End of the window (inclusive), RFC 3339; not in the future. Without --start,
                     Konnect starts 7 days before it.
  --type T           authentication, authorization or gateway_access; repeat it for several. Konnect
                     filters by one type per request, so one --type is filtered by Konnect, several
                     are read as one stream and filtered here (every type is then transferred).
  --principal ID     Only records whose principal_id (or actor_id) is ID (filtered here).
  --grep TEXT        Only records whose raw JSON contains TEXT, ignoring case (filtered here).
  --limit N          Stop after N records have been written.
  --output F         text (default): one readable line per record, in local time;
                     jsonl: each record byte for byte as Konnect sent it, one per line;
                     json: one object {"records": [...], "summary": {...}}, the records byte for byte;
                     cef: one line per record in the webhook's CEF shape ("{ts} konghq.com
                     CEF:0|KongInc|Konnect|1.0|class|name|severity|k=v ..."). The record's signature
                     is carried as signature=..., not sig=: it signs the JSON record, not the CEF line.
                     --json (global) without --output means --output json.
  --out FILE         Write to FILE instead of standard output. FILE appears only when the pull
                     completes (it is written aside and renamed): a failed pull leaves no partial file
                     and keeps an existing FILE as it was.
  --verify           Check each record's signature against Konnect's JWKS and say per record (text:
                     "signature: ...", cef: signatureVerdict=..., json/jsonl: each record wrapped as
                     {"signature_verdict": "...", "record": <the record byte for byte>}), then how many
                     the rule verified.
  --page-size N      Records per request, 1-1000 (default 100; 1000 with --compare).
  --follow           Catch up on the window, then keep polling for new records until Ctrl+C or
                     SIGTERM, which end it with a summary and exit code 0. Each poll asks from the
                     newest record seen minus 60 s, so events Konnect shows late are still found;
                     records seen again are recognised (by a hash of their bytes) and written once.
                     A poll that fails after the retries is reported on standard error and the
                     follow goes on: the next poll reads its window again. A refused token (exit 3)
                     ends it. With --out, records are appended to FILE and flushed after every page
                     (no temporary file: a follow never completes). Not with --end or --output json.
  --poll-interval S  Seconds between polls with --follow, 1-3600 (default 10).
  --compare FILE     Compare a SIEM export with Konnect's records, instead of printing them. FILE
                     is what the webhook delivered, in any format `verify` reads (CEF, JSON or
                     CPS lines; gzip recognised by content; "-" for standard input). Events are
                     matched by trace id, time (within 1 s) and name (its family:
                     AUTHENTICATION_OUTCOME_*, Authz.*, Ingress). Lists the events Konnect has
                     that FILE lacks (missing) and FILE's events Konnect does not know (extra),
                     then the `replay` command that re-sends the smallest window covering the
                     missing ones. The window is FILE's own time span inside the last 7 days,
                     unless --since, --start or --end say otherwise. Exit 0 when nothing is
                     missing, 5 when something is. --output text (default) or json; not with
                     --type, --principal, --grep, --limit, --verify, --out or --follow.

Signatures: Konnect does not document how a pulled record's "signature" is computed. --verify tries
the documented rule for JSON events on the record's bytes (remove ,"signature":"<value>" byte for
byte, then Ed25519 with each key of the JWKS) and reports "verified", "not verified by the
documented rules" (which does not mean forged: real Konnect may sign another way) or "unsigned". The
emulator signs its records with that rule, so its records verify.

A summary (records, time range, signatures) goes to standard error, or into the JSON document.
While standard error is a terminal, a progress line shows how far the pull got.

A pull cut off part-way (the network, Konnect, a page that does not parse, Ctrl+C or SIGTERM; a
second Ctrl+C stops at once) ends with exit code 4 and says the timestamp of the last record it got. Resume by running the command again with --start at
that time and the same --end (it prints that command); records at exactly that time come again.

Examples:
  konnect-audit-webhook logs --since 15m
  konnect-audit-webhook logs --since 24h --type authentication --grep invalid_password
  konnect-audit-webhook logs --start 2026-11-24T08:00:00Z --end 2026-11-24T09:00:00Z --output jsonl \
      --out audit-2026-11-24T08.jsonl
  konnect-audit-webhook logs --since 7d --principal c3d9e2b7-81f4-4a5c-b0e6-7f2a9d13c845 --verify
  konnect-audit-webhook logs --since 1h --output cef | logger -t konnect
  konnect-audit-webhook logs --since 15m --follow --output jsonl --out audit.jsonl
  konnect-audit-webhook logs --compare siem-export.log.gz
)HELP";
}

std::optional<qint64> LogsCommand::parseDuration(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,9})([smhd])$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == QLatin1Char('s') ? 1
        : unit == QLatin1Char('m')                 ? 60
        : unit == QLatin1Char('h')                 ? 3600
                                                   : 86400;
    return amount * factor;
}

FieldErrors LogsCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;
    const QDateTime now = m_context.clock()->now().toUTC();

    m_sinceGiven = commandLine.isSet(kSince);
    m_follow = commandLine.isSet(kFollow);
    if (m_follow && commandLine.isSet(kEnd))
        errors.append({QStringLiteral("--end"),
                       QStringLiteral("A follow has no end: it runs until Ctrl+C. Give --since or --start only.")});
    errors += readWindow(commandLine, now, defaultSinceSeconds, m_query);
    if (commandLine.isSet(kPollInterval)) {
        bool ok = false;
        const int seconds = commandLine.value(kPollInterval).toInt(&ok);
        if (!m_follow)
            errors.append({QStringLiteral("--poll-interval"), QStringLiteral("Only with --follow.")});
        else if (!ok || seconds < 1 || seconds > maxPollIntervalSeconds)
            errors.append({QStringLiteral("--poll-interval"),
                           QStringLiteral("Must be a whole number of seconds from 1 to %1 (default %2).")
                               .arg(maxPollIntervalSeconds)
                               .arg(AuditLogFollower::defaultPollIntervalMs / 1000)});
        else
            m_pollIntervalMs = seconds * qint64(1000);
    }

    QStringList types;
    for (const QString& type : commandLine.values(kType)) {
        if (!AuditLogQuery::types().contains(type))
            errors.append({QStringLiteral("--type"),
                           QStringLiteral("\"%1\" is no audit-log type: use %2.")
                               .arg(type, AuditLogQuery::types().join(QStringLiteral(", ")))});
        else if (!types.contains(type))
            types.append(type);
    }
    if (types.size() == 1)
        m_query.type = types.constFirst();
    else if (types.size() < AuditLogQuery::types().size())
        m_types = types;

    if (commandLine.isSet(kPageSize)) {
        bool ok = false;
        m_query.pageSize = commandLine.value(kPageSize).toInt(&ok);
        if (!ok)
            m_query.pageSize = 0;
    }
    if (commandLine.isSet(kLimit)) {
        bool ok = false;
        m_limit = commandLine.value(kLimit).toLongLong(&ok);
        if (!ok || m_limit < 1)
            errors.append({QStringLiteral("--limit"), QStringLiteral("Must be a positive number of records.")});
    }
    if (commandLine.isSet(kPrincipal)) {
        m_principal = commandLine.value(kPrincipal).trimmed();
        if (m_principal.isEmpty())
            errors.append({QStringLiteral("--principal"), QStringLiteral("Give the principal's id.")});
    }
    if (commandLine.isSet(kGrep)) {
        m_grep = commandLine.value(kGrep);
        if (m_grep.isEmpty())
            errors.append({QStringLiteral("--grep"), QStringLiteral("Give the text to look for.")});
    }
    const QString output = commandLine.isSet(kOutput)
        ? commandLine.value(kOutput)
        : (m_context.options().json ? QStringLiteral("json") : QStringLiteral("text"));
    if (output == QLatin1String("text"))
        m_output = Output::Text;
    else if (output == QLatin1String("json"))
        m_output = Output::Json;
    else if (output == QLatin1String("jsonl"))
        m_output = Output::Jsonl;
    else if (output == QLatin1String("cef"))
        m_output = Output::Cef;
    else
        errors.append({QStringLiteral("--output"), QStringLiteral("Must be text, json, jsonl or cef.")});
    if (m_follow && m_output == Output::Json)
        errors.append({QStringLiteral("--output"),
                       QStringLiteral("json is one document, which a follow never completes: use jsonl, text or cef "
                                      "with --follow.")});
    if (commandLine.isSet(kOut)) {
        m_outPath = commandLine.value(kOut);
        if (m_outPath.isEmpty())
            errors.append({QStringLiteral("--out"), QStringLiteral("Give the file to write.")});
    }
    m_verify = commandLine.isSet(kVerify);

    errors += checkQuery(m_query, now, m_sinceGiven);
    return errors;
}

FieldErrors LogsCommand::readWindow(const ParsedCommandLine& commandLine, const QDateTime& now, qint64 defaultSeconds,
                                    AuditLogQuery& query)
{
    FieldErrors errors;
    const bool sinceGiven = commandLine.isSet(kSince);
    if (sinceGiven && (commandLine.isSet(kStart) || commandLine.isSet(kEnd))) {
        errors.append({QStringLiteral("--since"),
                       QStringLiteral("Give either --since (counting back from now) or --start/--end, not both.")});
        return errors;
    }
    query.end = now;
    if (sinceGiven) {
        const std::optional<qint64> seconds = parseDuration(commandLine.value(kSince));
        if (!seconds || *seconds <= 0 || *seconds > maxSinceSeconds)
            errors.append({QStringLiteral("--since"),
                           QStringLiteral("Must be a duration such as 15m, 6h or 7d (s, m, h or d), at most 7d: "
                                          "Konnect keeps audit logs for 7 days.")});
        // The whole 7 days is Konnect's own default for a missing start, which stays inside its retention.
        else if (*seconds < maxSinceSeconds)
            query.start = now.addSecs(-*seconds);
    } else if (!commandLine.isSet(kStart) && !commandLine.isSet(kEnd) && defaultSeconds > 0) {
        query.start = now.addSecs(-defaultSeconds);
    }
    for (const QString& key : {kStart, kEnd}) {
        if (!commandLine.isSet(key))
            continue;
        const QDateTime time = ReplayWindow::parseRfc3339(commandLine.value(key));
        if (!time.isValid())
            errors.append({QStringLiteral("--") + key,
                           QStringLiteral("Not an RFC 3339 time: write it like %1 or %2.")
                               .arg(key == kStart ? QStringLiteral("2026-11-24T08:00:00Z")
                                                  : QStringLiteral("2026-11-24T09:00:00Z"),
                                    key == kStart ? QStringLiteral("2026-11-24T10:00:00+02:00")
                                                  : QStringLiteral("2026-11-24T11:00:00+02:00"))});
        else if (key == kStart)
            query.start = time;
        else
            query.end = time;
    }
    return errors;
}

FieldErrors LogsCommand::checkQuery(const AuditLogQuery& query, const QDateTime& now, bool sinceGiven)
{
    FieldErrors errors;
    for (const FieldError& error : query.check(now)) {
        QString flag = QStringLiteral("--") + error.field;
        if (error.field == QLatin1String("start") && sinceGiven)
            flag = QStringLiteral("--since");
        else if (error.field == QLatin1String("page_size"))
            flag = QStringLiteral("--page-size");
        else if (error.field == QLatin1String("type"))
            continue; // named by the caller
        errors.append({flag, error.message});
    }
    return errors;
}

void LogsCommand::run()
{
    if (!m_outPath.isEmpty() && m_follow) {
        // A follow never completes, so there is no moment to rename a temporary file: it appends to FILE directly.
        m_appendFile = std::make_unique<QFile>(m_outPath);
        if (!m_appendFile->open(QIODevice::WriteOnly | QIODevice::Append))
            return failInput(QStringLiteral("--out"),
                             QStringLiteral("Cannot write %1: %2").arg(m_outPath, m_appendFile->errorString()));
    } else if (!m_outPath.isEmpty()) {
        m_file = std::make_unique<QSaveFile>(m_outPath);
        if (!m_file->open(QIODevice::WriteOnly))
            return failInput(QStringLiteral("--out"),
                             QStringLiteral("Cannot write %1: %2").arg(m_outPath, m_file->errorString()));
    }
    m_signals = new TerminationSignals(this);
    connect(m_signals, &TerminationSignals::terminationRequested, this, &LogsCommand::onTerminationRequested);
#ifdef Q_OS_UNIX
    m_progress = isatty(STDERR_FILENO) && !m_context.options().verbose;
#endif
    if (!m_verify)
        return startPull();
    ApiCall* call = m_context.client().getJwks();
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!m_interruptedBy.isEmpty())
            return; // already finished
        if (!result.ok()) {
            if (m_file)
                m_file->cancelWriting();
            return failWith(result);
        }
        QString error;
        const Jwks jwks = Jwks::fromObject(result.json.object(), &error);
        if (jwks.isEmpty()) {
            if (m_file)
                m_file->cancelWriting();
            ApiResult bad = result;
            bad.kind = ApiResult::Kind::BadAnswer;
            bad.message = QStringLiteral("Konnect's JWKS has no usable Ed25519 key (%1), so --verify cannot check "
                                         "anything.")
                              .arg(error);
            return failWith(bad);
        }
        m_signatures.emplace(jwks);
        startPull();
    });
}

void LogsCommand::onTerminationRequested(int signalNumber)
{
    if (!m_interruptedBy.isEmpty()) {
        // A second signal while the first is still being handled (a request that does not end): do not wait.
        m_context.out().note(QStringLiteral("Stopped at once by a second signal."));
        return finish(4);
    }
    m_interruptedBy = signalNumber == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT");
    if (m_follower)
        return m_follower->cancel();
    if (m_puller)
        return m_puller->cancel();
    // Still reading the JWKS: nothing was pulled yet.
    if (m_file)
        m_file->cancelWriting();
    ApiResult stopped;
    stopped.kind = ApiResult::Kind::Cancelled;
    stopped.message = QStringLiteral("Stopped by %1 before any record was pulled.").arg(m_interruptedBy);
    failWith(stopped);
}

void LogsCommand::startPull()
{
    if (m_follow)
        return startFollow();
    if (m_output == Output::Json)
        write("{\"records\":[");
    m_puller = new AuditLogPuller(m_context.client(), this);
    // Records written as Konnect sent them, with no filter that reads their fields: only type and time are needed.
    if (m_output == Output::Jsonl && m_principal.isEmpty() && m_grep.isEmpty() && !m_verify)
        m_puller->setRecordDetail(AuditLogRecord::Detail::TypeAndTime);
    connect(m_puller, &AuditLogPuller::recordsArrived, this, &LogsCommand::onRecords);
    connect(m_puller, &AuditLogPuller::pageArrived, this, &LogsCommand::onPage);
    connect(m_puller, &AuditLogPuller::finished, this, &LogsCommand::onFinished);
    m_puller->start(m_query, Scope::organization(m_context.region()));
}

void LogsCommand::startFollow()
{
    m_follower = new AuditLogFollower(m_context.client(), this);
    if (m_pollIntervalMs > 0)
        m_follower->setPollIntervalMs(m_pollIntervalMs);
    connect(m_follower, &AuditLogFollower::recordsArrived, this, &LogsCommand::onRecords);
    connect(m_follower, &AuditLogFollower::pageArrived, this, &LogsCommand::showFollowProgress);
    connect(m_follower, &AuditLogFollower::waitingUntil, this, &LogsCommand::showFollowProgress);
    connect(m_follower, &AuditLogFollower::pollFailed, this, &LogsCommand::onPollFailed);
    connect(m_follower, &AuditLogFollower::finished, this, &LogsCommand::onFinished);
    m_follower->start(m_query, Scope::organization(m_context.region()));
}

void LogsCommand::onPollFailed(const ApiResult& result, const QDateTime& nextPollAt)
{
    clearProgress();
    m_context.out().note(QStringLiteral("A poll failed: %1 Following on: the poll at %2 reads its window again.")
                             .arg(result.message, ReplayWindow::toRfc3339(nextPollAt)));
}

void LogsCommand::showFollowProgress()
{
    if (!m_progress)
        return;
    const QDateTime newest = m_follower->newestSeen();
    const QDateTime next = m_follower->nextPollAt();
    const QString text
        = QStringLiteral("\r\033[KFollowing: %1 records written%2%3")
              .arg(m_written)
              .arg(newest.isValid() ? QStringLiteral(", newest ") + ReplayWindow::toRfc3339(newest) : QString(),
                   next.isValid()
                       ? QStringLiteral("; next poll at ") + next.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                       : QStringLiteral("; polling"));
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

int LogsCommand::pagesRead() const
{
    return m_follower ? m_follower->pagesRead() : m_puller ? m_puller->pagesRead() : 0;
}

qint64 LogsCommand::recordsRead() const
{
    return m_follower ? m_follower->recordsNew() : m_puller ? m_puller->recordsRead() : 0;
}

QFileDevice* LogsCommand::outFile() const
{
    if (m_appendFile)
        return m_appendFile.get();
    return m_file.get();
}

bool LogsCommand::keeps(const AuditLogRecord& record) const
{
    if (!m_types.isEmpty() && !m_types.contains(record.type))
        return false;
    if (!m_principal.isEmpty() && record.principalId != m_principal && record.actorId != m_principal)
        return false;
    if (!m_grep.isEmpty() && !QString::fromUtf8(record.raw).contains(m_grep, Qt::CaseInsensitive))
        return false;
    return true;
}

void LogsCommand::onRecords(const AuditLogRecords& records)
{
    QByteArray chunk;
    if (!records.isEmpty())
        chunk.reserve(records.size() * (records.constFirst().raw.size() + 64));
    for (const AuditLogRecord& record : records) {
        if (m_limitReached)
            break;
        if (!keeps(record))
            continue;
        std::optional<PulledRecordSignature::Result> verdict;
        if (m_signatures) {
            verdict = m_signatures->check(record.raw);
            ++m_verdictCounts[int(verdict->verdict)];
        }
        if (m_output == Output::Json && m_written > 0)
            chunk += ',';
        if (m_output == Output::Jsonl && !verdict) { // the common bulk case, without a copy per record
            chunk += record.raw;
            chunk += '\n';
        } else {
            chunk += render(record, verdict);
        }
        ++m_written;
        if (!m_firstWritten.isValid())
            m_firstWritten = record.timestamp;
        m_lastWritten = record.timestamp;
        if (m_limit > 0 && m_written >= m_limit)
            m_limitReached = true;
    }
    write(chunk);
    if (m_appendFile && !m_writeFailed && !m_appendFile->flush())
        m_writeFailed = true;
    if (!m_limitReached && !m_writeFailed)
        return;
    if (m_follower)
        m_follower->cancel();
    else
        m_puller->cancel();
}

QByteArray LogsCommand::render(const AuditLogRecord& record,
                               const std::optional<PulledRecordSignature::Result>& verdict)
{
    const QString verdictKey = verdict ? PulledRecordSignature::verdictKey(verdict->verdict) : QString();
    switch (m_output) {
    case Output::Jsonl:
    case Output::Json: {
        QByteArray out = verdict
            ? "{\"signature_verdict\":\"" + verdictKey.toLatin1() + "\",\"record\":" + record.raw + '}'
            : record.raw;
        return m_output == Output::Jsonl ? out + '\n' : out;
    }
    case Output::Text: {
        const QString time = record.timestamp.isValid()
            ? record.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"))
            : record.tsText;
        QString line = QStringLiteral("%1  %2  %3  by %4  from %5  %6")
                           .arg(time, record.type.leftJustified(14), record.what(),
                                record.principalId.isEmpty() ? QStringLiteral("-") : record.principalId,
                                record.clientIp.isEmpty() ? QStringLiteral("-") : record.clientIp, record.target());
        if (record.kongInitiated.value_or(false))
            line += QStringLiteral("  [kong-initiated]");
        if (!record.traceId.isEmpty())
            line += QStringLiteral("  trace %1").arg(record.traceId);
        if (verdict)
            line += QStringLiteral("  signature: %1").arg(PulledRecordSignature::verdictText(verdict->verdict));
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return line.toUtf8() + '\n';
    }
    case Output::Cef:
        return AuditLogRecordFormatter::cef(record, verdictKey);
    }
    return {};
}

void LogsCommand::write(const QByteArray& bytes)
{
    if (bytes.isEmpty() || m_writeFailed)
        return;
    if (QFileDevice* file = outFile()) {
        if (file->write(bytes) != bytes.size())
            m_writeFailed = true;
        else if (m_file)
            startWriteback(*m_file);
        return;
    }
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        m_writeFailed = true;
    std::fflush(stdout);
}

void LogsCommand::startWriteback(QFileDevice& file)
{
    // The commit syncs the file to disk before renaming it (so that a crash never leaves a renamed, empty file).
    // Starting the disk writes of each page as it is written, without waiting for them, leaves that sync little
    // to wait for at the end (for 100,000 records it was a sixth of the whole pull).
    if (!file.flush())
        return;
    const qint64 written = file.pos();
    if (written > m_writebackStarted) {
        ::sync_file_range(file.handle(), m_writebackStarted, written - m_writebackStarted, SYNC_FILE_RANGE_WRITE);
        m_writebackStarted = written;
    }
}

void LogsCommand::onPage(int pages, qint64 records)
{
    if (!m_progress)
        return;
    const QDateTime reached = m_puller->resumePoint();
    const QString text
        = QStringLiteral("\r\033[KPulled %1 records in %2 pages%3, %4 written")
              .arg(records)
              .arg(pages)
              .arg(reached.isValid() ? QStringLiteral(", up to ") + ReplayWindow::toRfc3339(reached) : QString())
              .arg(m_written);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void LogsCommand::clearProgress()
{
    if (!m_progressShown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_progressShown = false;
}

QString LogsCommand::summaryText() const
{
    QString text = QStringLiteral("%1 record%2 written").arg(m_written).arg(m_written == 1 ? "" : "s");
    if (m_firstWritten.isValid())
        text += QStringLiteral(", %1 to %2")
                    .arg(ReplayWindow::toRfc3339WithMs(m_firstWritten), ReplayWindow::toRfc3339WithMs(m_lastWritten));
    if (m_follower)
        text += QStringLiteral(" (followed: %1 poll%2, %3 page%4, %5 record%6 seen again in the overlap, %7 failed "
                               "poll%8)")
                    .arg(m_follower->polls())
                    .arg(m_follower->polls() == 1 ? "" : "s")
                    .arg(m_follower->pagesRead())
                    .arg(m_follower->pagesRead() == 1 ? "" : "s")
                    .arg(m_follower->duplicatesSkipped())
                    .arg(m_follower->duplicatesSkipped() == 1 ? "" : "s")
                    .arg(m_follower->failedPolls())
                    .arg(m_follower->failedPolls() == 1 ? "" : "s");
    else if (m_puller)
        text += QStringLiteral(" (%1 pulled in %2 page%3)")
                    .arg(recordsRead())
                    .arg(pagesRead())
                    .arg(pagesRead() == 1 ? "" : "s");
    if (!m_interruptedBy.isEmpty())
        text += QStringLiteral("; stopped by %1").arg(m_interruptedBy);
    if (m_limitReached)
        text += QStringLiteral("; stopped at --limit %1").arg(m_limit);
    text += QLatin1Char('.');
    if (m_signatures) {
        text += QStringLiteral("\nSignatures: %1 verified by %2; %3 not verified by the documented rules; %4 unsigned. "
                               "Konnect does not document how pulled records are signed, so \"not verified\" does "
                               "not mean forged.")
                    .arg(m_verdictCounts[int(Verdict::Verified)])
                    .arg(PulledRecordSignature::ruleText())
                    .arg(m_verdictCounts[int(Verdict::NotVerified)])
                    .arg(m_verdictCounts[int(Verdict::Unsigned)]);
    }
    return text;
}

QJsonObject LogsCommand::summaryJson(const ApiResult& result) const
{
    QJsonObject summary {
        {QStringLiteral("records"), m_written},
        {QStringLiteral("pulled"), recordsRead()},
        {QStringLiteral("pages"), pagesRead()},
        {QStringLiteral("start"),
         m_query.start.isValid() ? QJsonValue(ReplayWindow::toRfc3339WithMs(m_query.start)) : QJsonValue()},
        {QStringLiteral("end"), ReplayWindow::toRfc3339WithMs(m_query.end)},
        {QStringLiteral("complete"), result.ok() || m_limitReached},
        {QStringLiteral("limit_reached"), m_limitReached}};
    if (m_firstWritten.isValid()) {
        summary.insert(QStringLiteral("first_ts"), ReplayWindow::toRfc3339WithMs(m_firstWritten));
        summary.insert(QStringLiteral("last_ts"), ReplayWindow::toRfc3339WithMs(m_lastWritten));
    }
    if (m_signatures)
        summary.insert(QStringLiteral("signatures"),
                       QJsonObject {{QStringLiteral("verified"), m_verdictCounts[int(Verdict::Verified)]},
                                    {QStringLiteral("not_verified"), m_verdictCounts[int(Verdict::NotVerified)]},
                                    {QStringLiteral("unsigned"), m_verdictCounts[int(Verdict::Unsigned)]},
                                    {QStringLiteral("rule"), PulledRecordSignature::ruleText()}});
    if (!result.ok() && !m_limitReached) {
        QJsonObject error {{QStringLiteral("message"), result.message},
                           {QStringLiteral("exit_code"), result.exitCode() == 0 ? 4 : result.exitCode()}};
        const QDateTime resume = m_puller ? m_puller->resumePoint() : QDateTime();
        if (resume.isValid())
            error.insert(m_puller->newestFirst() ? QStringLiteral("resume_end") : QStringLiteral("resume_start"),
                         ReplayWindow::toRfc3339WithMs(resume));
        summary.insert(QStringLiteral("error"), error);
    }
    return summary;
}

QString LogsCommand::resumeHint() const
{
    if (m_follower) {
        const QDateTime newest = m_follower->newestSeen();
        return newest.isValid()
            ? QStringLiteral(" Follow on with: %1 logs --follow --start %2%3 (and the same other "
                             "options; records at exactly that time come again).")
                  .arg(CommandCatalog::programName(), ReplayWindow::toRfc3339WithMs(newest), m_context.repeatOptions())
            : QString();
    }
    const QDateTime resume = m_puller ? m_puller->resumePoint() : QDateTime();
    if (!resume.isValid())
        return {};
    const QString window = m_puller->newestFirst()
        ? QStringLiteral("%1--end %2")
              .arg(m_query.start.isValid()
                       ? QStringLiteral("--start %1 ").arg(ReplayWindow::toRfc3339WithMs(m_query.start))
                       : QString(),
                   ReplayWindow::toRfc3339WithMs(resume))
        : QStringLiteral("--start %1 --end %2")
              .arg(ReplayWindow::toRfc3339WithMs(resume), ReplayWindow::toRfc3339WithMs(m_query.end));
    return QStringLiteral(" Resume with: %1 logs %2%3 (and the same other options; records at exactly %4 come "
                          "again).")
        .arg(CommandCatalog::programName(), window, m_context.repeatOptions(), ReplayWindow::toRfc3339WithMs(resume));
}

void LogsCommand::onFinished(const ApiResult& pulled)
{
    clearProgress();
    ApiResult result = pulled;
    const bool interrupted = !m_interruptedBy.isEmpty() && result.kind == ApiResult::Kind::Cancelled;
    if (interrupted && result.message.startsWith(QLatin1String("Cancelled.")))
        result.message.replace(0, 10, QStringLiteral("Stopped by %1.").arg(m_interruptedBy));
    if (m_writeFailed) {
        result.kind = ApiResult::Kind::NetworkError;
        result.message = outFile() ? QStringLiteral("Could not write %1: %2").arg(m_outPath, outFile()->errorString())
                                   : QStringLiteral("Could not write to standard output.");
    }
    // A follow ends by Ctrl+C (or SIGTERM) when all is well: that is a success.
    const bool ok = result.ok() || (!m_writeFailed && (m_limitReached || (m_follower && interrupted)));
    if (m_output == Output::Json)
        write("],\"summary\":" + QJsonDocument(summaryJson(result)).toJson(QJsonDocument::Compact) + "}\n");
    else
        m_context.out().note(summaryText());

    if (ok) {
        if (m_file && !m_file->commit()) {
            ApiResult failed;
            failed.kind = ApiResult::Kind::NetworkError;
            failed.message = QStringLiteral("Could not write %1: %2").arg(m_outPath, m_file->errorString());
            return failWith(failed);
        }
        return finish(0);
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file->commit(); // discards the temporary file: nothing partial appears
        result.message += QStringLiteral(" Nothing was written to %1.").arg(m_outPath);
    }
    if (m_appendFile)
        result.message += QStringLiteral(" What was written to %1 stays there.").arg(m_outPath);
    if (result.kind != ApiResult::Kind::InvalidInput && result.kind != ApiResult::Kind::BadRequest)
        result.message += resumeHint();
    // With --json and the document on standard output, its summary already carries the error.
    if (m_output == Output::Json && m_context.out().isJson() && !m_file) {
        const int code = result.exitCode() == 0 ? 4 : result.exitCode();
        return finish(code);
    }
    failWith(result);
}
