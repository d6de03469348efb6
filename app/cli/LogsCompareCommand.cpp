#include "LogsCompareCommand.h"

#include "AuditLogPuller.h"
#include "Clock.h"
#include "CommandCatalog.h"
#include "CommandContext.h"
#include "KonnectClient.h"
#include "LogsCommand.h"
#include "ReplayWindow.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QString rfc3339(const QDateTime& time)
{
    return ReplayWindow::toRfc3339WithMs(time);
}
} // namespace

FieldErrors LogsCompareCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;
    m_path = commandLine.value(QStringLiteral("compare"));
    if (m_path.isEmpty())
        errors.append({QStringLiteral("--compare"), QStringLiteral("Give the SIEM export to compare with.")});
    // The comparison needs every record of the window on both sides: filters or a limit would make up differences.
    for (const char* option : {"follow", "poll-interval", "limit", "type", "principal", "grep", "verify", "out"}) {
        const QString name = QLatin1String(option);
        if (commandLine.isSet(name))
            errors.append({QStringLiteral("--") + name,
                           QStringLiteral("Not with --compare, which compares every record of the window.")});
    }
    const QString output = commandLine.isSet(QStringLiteral("output"))
        ? commandLine.value(QStringLiteral("output"))
        : (m_context.options().json ? QStringLiteral("json") : QStringLiteral("text"));
    if (output != QLatin1String("text") && output != QLatin1String("json"))
        errors.append({QStringLiteral("--output"), QStringLiteral("With --compare: text or json.")});
    m_json = output == QLatin1String("json");
    m_query.pageSize = AuditLogQuery::maxPageSize;
    if (commandLine.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        m_query.pageSize = commandLine.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok)
            m_query.pageSize = 0;
    }
    const QDateTime now = m_context.clock()->now().toUTC();
    m_sinceGiven = commandLine.isSet(QStringLiteral("since"));
    m_windowGiven
        = m_sinceGiven || commandLine.isSet(QStringLiteral("start")) || commandLine.isSet(QStringLiteral("end"));
    errors += LogsCommand::readWindow(commandLine, now, 0, m_query);
    if (!m_windowGiven)
        m_query.start = now.addSecs(-60); // stands in until the export says; only the page size is checked here
    errors += LogsCommand::checkQuery(m_query, now, m_sinceGiven);
    return errors;
}

void LogsCompareCommand::run()
{
    QString error;
    if (!m_comparison.readExport(m_path, &error))
        return failInput(QStringLiteral("--compare"), QStringLiteral("Cannot read %1: %2").arg(m_path, error));
    if (!m_windowGiven) {
        switch (m_comparison.exportWindow(m_context.clock()->now(), &m_query.start, &m_query.end)) {
        case AuditLogComparison::ExportSpan::Ok:
            break;
        case AuditLogComparison::ExportSpan::NoEvent:
            return failInput(QStringLiteral("--compare"),
                             QStringLiteral("%1 has no audit event (CEF, JSON or CPS lines with a name and a time), "
                                            "so it has no time span to compare; give --since or --start/--end.")
                                 .arg(m_path));
        case AuditLogComparison::ExportSpan::OlderThanRetention:
            return failInput(QStringLiteral("--compare"),
                             QStringLiteral("Every event of %1 (%2 to %3) is older than the 7 days Konnect keeps: "
                                            "there is nothing to compare it with.")
                                 .arg(m_path, rfc3339(m_comparison.exportFirst()), rfc3339(m_comparison.exportLast())));
        }
    }
    m_comparison.setWindow(m_query.start.isValid() ? m_query.start : m_query.end.addDays(-ReplayWindow::retentionDays),
                           m_query.end);
    m_puller = new AuditLogPuller(m_context.client(), this);
    connect(m_puller, &AuditLogPuller::recordsArrived, this,
            [this](const AuditLogRecords& records) { m_comparison.addKonnectRecords(records); });
    connect(m_puller, &AuditLogPuller::finished, this, &LogsCompareCommand::onFinished);
    m_puller->start(m_query, Scope::organization(m_context.region()));
}

QString LogsCompareCommand::replayCommand() const
{
    const auto window = m_comparison.missingWindow(m_context.clock()->now().toUTC());
    if (!window)
        return {};
    return QStringLiteral("%1 replay --start %2 --end %3%4")
        .arg(CommandCatalog::programName(), rfc3339(window->first), rfc3339(window->second), m_context.repeatOptions());
}

void LogsCompareCommand::onFinished(const ApiResult& result)
{
    if (!result.ok()) {
        ApiResult failed = result;
        failed.message += QStringLiteral(" The comparison needs every record of the window, so it was not made.");
        return failWith(failed);
    }
    m_comparison.finish();
    if (m_json)
        printJson();
    else
        printText();
    finish(m_comparison.missing().isEmpty() ? 0 : exitSomeMissing);
}

void LogsCompareCommand::printText() const
{
    const OutputPrinter& out = m_context.out();
    out.line(QStringLiteral("Compared %1 (%2 events%3) with Konnect's records from %4 to %5.")
                 .arg(m_path)
                 .arg(m_comparison.exportEvents())
                 .arg(m_comparison.unreadableLines() > 0
                          ? QStringLiteral(", %1 lines that are no audit event").arg(m_comparison.unreadableLines())
                          : QString(),
                      rfc3339(m_comparison.windowStart()), rfc3339(m_comparison.windowEnd())));
    if (!m_comparison.missing().isEmpty()) {
        out.line(QStringLiteral("Missing from the export (Konnect has them): %1").arg(m_comparison.missing().size()));
        for (const AuditLogRecord& record : m_comparison.missing())
            out.line(QStringLiteral("  %1  %2  %3  trace %4")
                         .arg(record.tsText, record.type.leftJustified(14), record.eventName(),
                              record.traceId.isEmpty() ? QStringLiteral("-") : record.traceId));
    }
    if (!m_comparison.extra().isEmpty()) {
        out.line(
            QStringLiteral("Extra in the export (Konnect does not know them): %1").arg(m_comparison.extra().size()));
        for (const ExportedAuditEvent& event : m_comparison.extra())
            out.line(QStringLiteral("  line %1  %2  %3  trace %4")
                         .arg(event.lineNumber)
                         .arg(rfc3339(event.time), QString::fromUtf8(event.name),
                              event.traceId.isEmpty() ? QStringLiteral("-") : QString::fromUtf8(event.traceId)));
    }
    if (m_comparison.exportOutsideWindow() > 0)
        out.line(QStringLiteral("%1 events of the export lie outside the window and were not compared.")
                     .arg(m_comparison.exportOutsideWindow()));
    out.line(m_comparison.summary());
    if (const QString replay = replayCommand(); !replay.isEmpty())
        out.line(QStringLiteral("Re-send the missing window to the webhook: %1").arg(replay));
}

void LogsCompareCommand::printJson() const
{
    QJsonArray missing;
    for (const AuditLogRecord& record : m_comparison.missing())
        missing.append(QJsonObject {{QStringLiteral("ts"), record.tsText},
                                    {QStringLiteral("type"), record.type},
                                    {QStringLiteral("name"), record.eventName()},
                                    {QStringLiteral("trace_id"), record.traceId},
                                    {QStringLiteral("record"), QString::fromUtf8(record.raw)}});
    QJsonArray extra;
    for (const ExportedAuditEvent& event : m_comparison.extra())
        extra.append(QJsonObject {{QStringLiteral("line"), event.lineNumber},
                                  {QStringLiteral("time"), rfc3339(event.time)},
                                  {QStringLiteral("name"), QString::fromUtf8(event.name)},
                                  {QStringLiteral("trace_id"), QString::fromUtf8(event.traceId)}});
    QJsonObject object {{QStringLiteral("export"), m_path},
                        {QStringLiteral("window"),
                         QJsonObject {{QStringLiteral("start"), rfc3339(m_comparison.windowStart())},
                                      {QStringLiteral("end"), rfc3339(m_comparison.windowEnd())}}},
                        {QStringLiteral("export_events"), m_comparison.exportEvents()},
                        {QStringLiteral("export_unreadable_lines"), m_comparison.unreadableLines()},
                        {QStringLiteral("export_outside_window"), m_comparison.exportOutsideWindow()},
                        {QStringLiteral("konnect_records"), m_comparison.konnectRecords()},
                        {QStringLiteral("matched"), m_comparison.matched()},
                        {QStringLiteral("missing_count"), m_comparison.missing().size()},
                        {QStringLiteral("extra_count"), m_comparison.extra().size()},
                        {QStringLiteral("missing"), missing},
                        {QStringLiteral("extra"), extra},
                        {QStringLiteral("exit_code"), m_comparison.missing().isEmpty() ? 0 : exitSomeMissing}};
    if (const auto window = m_comparison.missingWindow(m_context.clock()->now().toUTC())) {
        object.insert(QStringLiteral("missing_window"),
                      QJsonObject {{QStringLiteral("start"), rfc3339(window->first)},
                                   {QStringLiteral("end"), rfc3339(window->second)}});
        object.insert(QStringLiteral("replay_command"), replayCommand());
    }
    m_context.out().json(object);
}
