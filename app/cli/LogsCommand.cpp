#include "LogsCommand.h"

#include "AuditLogPuller.h"
#include "AuditLogRecordFormatter.h"
#include "Clock.h"
#include "CommandCatalog.h"
#include "CommandContext.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <cstdio>
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
            value(kPageSize, QStringLiteral("N"))};
}

const char* LogsCommand::help()
{
    return R"HELP(Usage: konnect-audit-webhook logs [--since DURATION | --start TIME [--end TIME]]
                            [--type T]... [--principal ID] [--grep TEXT] [--limit N]
                            [--output text|json|jsonl|cef] [--out FILE] [--verify]
                            [--page-size N] [global options]

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
  --page-size N      Records per request, 1-1000 (default 100).

Signatures: Konnect does not document how a pulled record's "signature" is computed. --verify tries
the documented rule for JSON events on the record's bytes (remove ,"signature":"<value>" byte for
byte, then Ed25519 with each key of the JWKS) and reports "verified", "not verified by the
documented rules" (which does not mean forged: real Konnect may sign another way) or "unsigned". The
emulator signs its records with that rule, so its records verify.

A summary (records, time range, signatures) goes to standard error, or into the JSON document.
While standard error is a terminal, a progress line shows how far the pull got.

A pull cut off part-way (the network, Konnect, a page that does not parse) ends with exit code 4 and
says the timestamp of the last record it got. Resume by running the command again with --start at
that time and the same --end (it prints that command); records at exactly that time come again.

Examples:
  konnect-audit-webhook logs --since 15m
  konnect-audit-webhook logs --since 24h --type authentication --grep invalid_password
  konnect-audit-webhook logs --start 2026-11-24T08:00:00Z --end 2026-11-24T09:00:00Z --output jsonl \
      --out audit-2026-11-24T08.jsonl
  konnect-audit-webhook logs --since 7d --principal c3d9e2b7-81f4-4a5c-b0e6-7f2a9d13c845 --verify
  konnect-audit-webhook logs --since 1h --output cef | logger -t konnect
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
    if (m_sinceGiven && (commandLine.isSet(kStart) || commandLine.isSet(kEnd))) {
        errors.append({QStringLiteral("--since"),
                       QStringLiteral("Give either --since (counting back from now) or --start/--end, not both.")});
        return errors;
    }
    m_query.end = now;
    if (m_sinceGiven) {
        const std::optional<qint64> seconds = parseDuration(commandLine.value(kSince));
        if (!seconds || *seconds <= 0 || *seconds > maxSinceSeconds)
            errors.append({QStringLiteral("--since"),
                           QStringLiteral("Must be a duration such as 15m, 6h or 7d (s, m, h or d), at most 7d: "
                                          "Konnect keeps audit logs for 7 days.")});
        // The whole 7 days is Konnect's own default for a missing start, which stays inside its retention.
        else if (*seconds < maxSinceSeconds)
            m_query.start = now.addSecs(-*seconds);
    } else if (!commandLine.isSet(kStart) && !commandLine.isSet(kEnd)) {
        m_query.start = now.addSecs(-defaultSinceSeconds);
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
            m_query.start = time;
        else
            m_query.end = time;
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
    if (commandLine.isSet(kOut)) {
        m_outPath = commandLine.value(kOut);
        if (m_outPath.isEmpty())
            errors.append({QStringLiteral("--out"), QStringLiteral("Give the file to write.")});
    }
    m_verify = commandLine.isSet(kVerify);

    for (const FieldError& error : m_query.check(now)) {
        QString flag = QStringLiteral("--") + error.field;
        if (error.field == QLatin1String("start") && m_sinceGiven)
            flag = QStringLiteral("--since");
        else if (error.field == QLatin1String("page_size"))
            flag = QStringLiteral("--page-size");
        else if (error.field == QLatin1String("type"))
            continue; // named above
        errors.append({flag, error.message});
    }
    return errors;
}

void LogsCommand::run()
{
    if (!m_outPath.isEmpty()) {
        m_file = std::make_unique<QSaveFile>(m_outPath);
        if (!m_file->open(QIODevice::WriteOnly))
            return failInput(QStringLiteral("--out"),
                             QStringLiteral("Cannot write %1: %2").arg(m_outPath, m_file->errorString()));
    }
#ifdef Q_OS_UNIX
    m_progress = isatty(STDERR_FILENO) && !m_context.options().verbose;
#endif
    if (!m_verify)
        return startPull();
    ApiCall* call = m_context.client().getJwks();
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
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

void LogsCommand::startPull()
{
    if (m_output == Output::Json)
        write("{\"records\":[");
    m_puller = new AuditLogPuller(m_context.client(), this);
    connect(m_puller, &AuditLogPuller::recordsArrived, this, &LogsCommand::onRecords);
    connect(m_puller, &AuditLogPuller::pageArrived, this, &LogsCommand::onPage);
    connect(m_puller, &AuditLogPuller::finished, this, &LogsCommand::onFinished);
    m_puller->start(m_query, Scope::organization(m_context.region()));
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
        chunk += render(record, verdict);
        ++m_written;
        if (!m_firstWritten.isValid())
            m_firstWritten = record.timestamp;
        m_lastWritten = record.timestamp;
        if (m_limit > 0 && m_written >= m_limit)
            m_limitReached = true;
    }
    write(chunk);
    if (m_limitReached || m_writeFailed)
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
    if (m_file) {
        if (m_file->write(bytes) != bytes.size())
            m_writeFailed = true;
        return;
    }
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        m_writeFailed = true;
    std::fflush(stdout);
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
    if (m_puller)
        text += QStringLiteral(" (%1 pulled in %2 page%3)")
                    .arg(m_puller->recordsRead())
                    .arg(m_puller->pagesRead())
                    .arg(m_puller->pagesRead() == 1 ? "" : "s");
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
        {QStringLiteral("pulled"), m_puller ? m_puller->recordsRead() : 0},
        {QStringLiteral("pages"), m_puller ? m_puller->pagesRead() : 0},
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
    if (m_writeFailed) {
        result.kind = ApiResult::Kind::NetworkError;
        result.message = m_file ? QStringLiteral("Could not write %1: %2").arg(m_outPath, m_file->errorString())
                                : QStringLiteral("Could not write to standard output.");
    }
    const bool ok = result.ok() || (m_limitReached && !m_writeFailed);
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
    if (result.kind != ApiResult::Kind::InvalidInput && result.kind != ApiResult::Kind::BadRequest)
        result.message += resumeHint();
    // With --json and the document on standard output, its summary already carries the error.
    if (m_output == Output::Json && m_context.out().isJson() && !m_file) {
        const int code = result.exitCode() == 0 ? 4 : result.exitCode();
        return finish(code);
    }
    failWith(result);
}
