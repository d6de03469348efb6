#include "ReplayCommand.h"

#include "Clock.h"
#include "CommandCatalog.h"
#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"
#include "RetryingRequest.h"

namespace {
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");

QString flagFor(const QString& field)
{
    return field == QLatin1String("end_at") ? QStringLiteral("--end") : QStringLiteral("--start");
}
} // namespace

FieldErrors ReplayCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    const bool hasStart = commandLine.isSet(kStart);
    const bool hasEnd = commandLine.isSet(kEnd);
    if (!hasStart && !hasEnd)
        return {};
    m_starting = true;
    FieldErrors errors;
    if (!hasStart)
        errors.append({QStringLiteral("--start"),
                       QStringLiteral("A replay needs both --start and --end: add --start "
                                      "TIME, e.g. --start 2026-11-24T08:00:00Z.")});
    if (!hasEnd)
        errors.append({QStringLiteral("--end"),
                       QStringLiteral("A replay needs both --start and --end: add --end "
                                      "TIME, e.g. --end 2026-11-24T09:00:00Z.")});
    if (!errors.isEmpty())
        return errors;

    m_start = ReplayWindow::parseRfc3339(commandLine.value(kStart));
    m_end = ReplayWindow::parseRfc3339(commandLine.value(kEnd));
    if (!m_start.isValid())
        errors.append({QStringLiteral("--start"),
                       QStringLiteral("Not an RFC 3339 time: write it like "
                                      "2026-11-24T08:00:00Z or 2026-11-24T10:00:00+02:00.")});
    if (!m_end.isValid())
        errors.append({QStringLiteral("--end"),
                       QStringLiteral("Not an RFC 3339 time: write it like "
                                      "2026-11-24T09:00:00Z or 2026-11-24T11:00:00+02:00.")});
    if (!errors.isEmpty())
        return errors;
    for (const FieldError& error : ReplayWindow::check(m_start, m_end, m_context.clock()->now()))
        errors.append({flagFor(error.field), error.message});
    return errors;
}

void ReplayCommand::run()
{
    withScope([this](const Scope& scope) {
        m_scope = scope;
        if (m_starting)
            startJob();
        else
            showJob();
    });
}

void ReplayCommand::showJob()
{
    ApiCall* call = m_context.client().getReplayJob(m_scope);
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        const QJsonObject job = result.json.object();
        if (m_context.out().isJson())
            m_context.out().json(job);
        else
            m_context.out().fields(m_context.connectionFields(m_scope) + HumanFormatter::replayJob(job));
        finish(0);
    });
}

void ReplayCommand::startJob()
{
    ApiCall* call = m_context.client().startReplayJob(m_start, m_end, m_scope);
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        QJsonObject job = result.json.object();
        if (job.isEmpty()) {
            // A 202 may come without a body; show what was asked for.
            job = QJsonObject {{QStringLiteral("start_at"), ReplayWindow::toRfc3339(m_start)},
                               {QStringLiteral("end_at"), ReplayWindow::toRfc3339(m_end)},
                               {QStringLiteral("status"), QStringLiteral("accepted")}};
        }
        if (m_context.out().isJson()) {
            m_context.out().json(job);
            return finish(0);
        }
        m_context.out().line(QStringLiteral("Konnect accepted the replay job."));
        m_context.out().fields(m_context.connectionFields(m_scope) + HumanFormatter::replayJob(job));
        m_context.out().line();
        m_context.out().line(QStringLiteral("Follow it with: %1 replay%2")
                                 .arg(CommandCatalog::programName(), m_context.repeatOptions()));
        finish(0);
    });
}
