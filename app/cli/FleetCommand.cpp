#include "FleetCommand.h"

#include "Clock.h"
#include "CommandContext.h"
#include "DeliveryVerdict.h"
#include "FleetPrometheusText.h"
#include "FleetScan.h"
#include "LogsCommand.h"
#include "ProfileStore.h"
#include "Region.h"
#include "TokenStore.h"
#include "WebhookStatusExplanation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <algorithm>

namespace {
const QString kAllRegions = QStringLiteral("all-regions");
const QString kCheck = QStringLiteral("check");
const QString kPrometheus = QStringLiteral("prometheus");
const QString kWarnAfter = QStringLiteral("warn-after");
const QString kProfile = QStringLiteral("profile");
// The monitoring plugins' UNKNOWN: what --check exits with when it cannot judge at all.
constexpr int kCheckUnknown = 3;

const QString kDash = QStringLiteral("-");

QString portalText(const FleetRow& row)
{
    return row.scope.isPortal() ? row.scope.portalName() : kDash;
}

QString where(const FleetRow& row)
{
    QString text = row.profile + QLatin1Char('/') + row.scope.region();
    if (row.scope.isPortal())
        text += QLatin1Char('/') + row.scope.portalName();
    return text;
}

int counts(const QList<FleetRow>& rows, FleetVerdict::Level level)
{
    return int(
        std::count_if(rows.begin(), rows.end(), [level](const FleetRow& row) { return row.verdict.level == level; }));
}

FleetVerdict::Level worstOf(const QList<FleetRow>& rows)
{
    FleetVerdict::Level worst = FleetVerdict::Level::Ok;
    for (const FleetRow& row : rows)
        worst = FleetVerdict::worst(worst, row.verdict.level);
    return worst;
}
} // namespace

QString FleetCommand::summary()
{
    return QStringLiteral("Show every profile's regions and Dev Portals at a glance, with a verdict");
}

QList<QCommandLineOption> FleetCommand::options()
{
    return {QCommandLineOption(kAllRegions), QCommandLineOption(kCheck),
            QCommandLineOption(kPrometheus, QString(), QStringLiteral("FILE")),
            QCommandLineOption(kWarnAfter, QString(), QStringLiteral("DURATION"))};
}

const char* FleetCommand::help()
{
    return R"HELP(Usage: konnect-audit-webhook fleet [--profile P]... [--all-regions] [--json] [--check]
                             [--prometheus FILE] [--warn-after DURATION]

Reads, for every profile (or each one named with --profile, which may be repeated), every region it
uses and every Dev Portal in them, the audit-log webhook and Konnect's delivery status, all at once,
and judges each:
  OK        delivering (or turned off on purpose: Konnect sends nothing, nothing fails)
  WARNING   enabled, but no delivery attempt for longer than --warn-after (or none yet); the last
            answer was one Konnect retries (429, 5xx but 501, no HTTP answer); TLS check skipped
  CRITICAL  inactive (the last delivery failed); the SIEM refused the last delivery with an answer
            Konnect does not retry (3xx, 4xx but 429, 501): that batch is lost; enabled with nothing
            configured (or a destination Konnect no longer has)
  UNKNOWN   no token in the keychain for the profile, the token refused (401, 403), or the API not
            reachable after Konnect's retries
Each row shows profile, region, portal, model (v3 destination, v2 inline), destination, enabled,
status, last attempt, last response, the verdict and its reason; what to do follows the table.

Tokens come from the keychain only (`token set --profile P`); KONNECT_TOKEN and --token-stdin are
not used. A profile without a token is UNKNOWN, not an error. Every request runs at the same time,
each under Konnect's retry rule, so a slow region holds up only its own rows. --region and --base-url
apply to every profile of this run.

Options:
  --profile P             A profile to read (repeatable). Default: every profile, else the current.
  --all-regions           All seven regions of each profile, not only its own. A custom base URL
                          takes part when it names its region, by a last path segment
                          (http://127.0.0.1:8099/eu) or a first host label (https://eu.proxy.example);
                          otherwise it serves its own region only.
  --check                 The monitoring plugins' convention (Nagios, Icinga, Zabbix, a cron mail):
                          one summary line first, e.g.
                            FLEET CRITICAL - 1 critical, 2 warning, 7 ok | ok=7 warning=2 ...
                          then one line per scope, the worst first; the exit code is the worst
                          verdict: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (also for invalid options).
  --prometheus FILE       Also write node_exporter's textfile format to FILE, atomically: the gauges
                          konnect_audit_webhook_status (0-3, as --check), _last_attempt_age_seconds
                          and _last_response_code, labelled profile, region and portal.
  --warn-after DURATION   How long without a delivery attempt is a WARNING: 90s, 30m, 6h, 2d
                          (default 24h).
  --json                  One JSON object: {"summary": {...}, "rows": [{profile, region, portal,
                          model, destination, enabled, status, last_attempt_at, verdict, reason, ...}]}.

Exit codes: without --check, 0 when the fleet was read (whatever the verdicts) and 2 for invalid
options; with --check, the worst verdict as above. 4 when --prometheus FILE could not be written
(3 with --check).

Examples:
  konnect-audit-webhook fleet
  konnect-audit-webhook fleet --profile prod --profile staging --all-regions
  konnect-audit-webhook fleet --check --warn-after 6h
  konnect-audit-webhook fleet --prometheus /var/lib/node_exporter/textfile/konnect.prom
)HELP";
}

FieldErrors FleetCommand::check()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;
    m_allRegions = commandLine.isSet(kAllRegions);
    m_warnAfterSeconds = FleetVerdict::defaultWarnAfterSeconds;
    if (commandLine.isSet(kWarnAfter)) {
        const std::optional<qint64> seconds = LogsCommand::parseDuration(commandLine.value(kWarnAfter));
        if (!seconds || *seconds <= 0)
            errors.append(
                {QStringLiteral("--warn-after"), QStringLiteral("Give a duration such as 90s, 30m, 6h or 2d.")});
        else
            m_warnAfterSeconds = *seconds;
    }
    if (m_context.options().tokenStdin)
        errors.append({QStringLiteral("--token-stdin"),
                       QStringLiteral("fleet reads each profile's token from the keychain: store them with "
                                      "`token set --profile P`.")});
    if (commandLine.isSet(kPrometheus)) {
        m_prometheusPath = commandLine.value(kPrometheus);
        const QFileInfo file(m_prometheusPath);
        if (m_prometheusPath.isEmpty() || file.isDir())
            errors.append({QStringLiteral("--prometheus"),
                           QStringLiteral("Give the file to write, e.g. "
                                          "/var/lib/node_exporter/textfile/"
                                          "konnect.prom.")});
        else if (!file.absoluteDir().exists())
            errors.append({QStringLiteral("--prometheus"),
                           QStringLiteral("The folder %1 does not exist.").arg(file.absolutePath())});
    }
    const GlobalOptions& global = m_context.options();
    if (global.region) {
        if (const QString problem = Region::checkRegion(*global.region); !problem.isEmpty())
            errors.append({QStringLiteral("--region"), problem});
    }
    if (global.baseUrl) {
        if (const QString problem = Region::checkBaseUrl(QUrl(*global.baseUrl)); !problem.isEmpty())
            errors.append({QStringLiteral("--base-url"), problem});
    }

    ProfileStore& store = m_context.profiles();
    QStringList names = commandLine.values(kProfile);
    if (names.isEmpty())
        names = store.names();
    if (names.isEmpty())
        names = {store.currentProfile()};
    names.removeDuplicates();
    m_profiles.clear();
    for (const QString& name : std::as_const(names)) {
        if (const QString problem = ProfileStore::checkName(name); !problem.isEmpty()) {
            errors.append({QStringLiteral("--profile"), problem});
            continue;
        }
        // A name not saved yet reads with the defaults, as every command creates profiles on first use: its
        // keychain entry decides (no token: UNKNOWN).
        Profile profile = store.profile(name);
        if (global.region)
            profile.region = *global.region;
        if (global.baseUrl)
            profile.baseUrl = Region::normalizedBaseUrl(QUrl(*global.baseUrl));
        m_profiles.append(profile);
    }
    return errors;
}

void FleetCommand::run()
{
    m_check = m_context.commandLine().isSet(kCheck);
    const FieldErrors errors = check();
    if (errors.isEmpty())
        return scan();
    if (!m_check)
        return failInput(errors);
    // A check that cannot run is UNKNOWN to the monitoring system, never CRITICAL (2).
    QStringList problems;
    for (const FieldError& error : errors)
        problems.append(error.field + QStringLiteral(": ") + error.message);
    if (m_context.out().isJson())
        m_context.out().error(problems.join(QLatin1Char(' ')), errors, kCheckUnknown);
    else
        m_context.out().line(QStringLiteral("FLEET UNKNOWN - invalid options: ") + problems.join(QLatin1Char(' ')));
    finish(kCheckUnknown);
}

void FleetCommand::scan()
{
    m_network = new QNetworkAccessManager(this);
    // The Bearer token must never follow a redirect to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    FleetScan::Settings settings;
    settings.profiles = m_profiles;
    settings.allRegions = m_allRegions;
    settings.warnAfterSeconds = m_warnAfterSeconds;
    FleetScan* scan = FleetScan::start(m_network, m_context.clock(), &m_context.tokenStore(), settings, this);
    auto* elapsed = new QElapsedTimer;
    elapsed->start();
    if (m_context.options().verbose) {
        connect(scan, &FleetScan::rowReady, this, [this, elapsed](const FleetRow& row) {
            m_context.out().verbose(QStringLiteral("%1 ms: %2 %3")
                                        .arg(elapsed->elapsed())
                                        .arg(where(row), FleetVerdict::levelName(row.verdict.level)));
        });
    }
    connect(scan, &FleetScan::finished, this, [this, scan, elapsed]() {
        delete elapsed;
        report(scan->rows());
    });
}

void FleetCommand::report(QList<FleetRow> rows)
{
    // Profile, region in Konnect's order, the organization before its portals; --check puts the worst first.
    const QStringList regionOrder = Region::all();
    std::stable_sort(rows.begin(), rows.end(), [&](const FleetRow& a, const FleetRow& b) {
        if (m_check && a.verdict.level != b.verdict.level)
            return int(a.verdict.level) > int(b.verdict.level);
        if (a.profile != b.profile)
            return a.profile < b.profile;
        if (a.scope.region() != b.scope.region())
            return regionOrder.indexOf(a.scope.region()) < regionOrder.indexOf(b.scope.region());
        if (a.scope.isPortal() != b.scope.isPortal())
            return !a.scope.isPortal();
        return a.scope.portalName() < b.scope.portalName();
    });
    const FleetVerdict::Level worst = worstOf(rows);

    QString writeProblem;
    if (!m_prometheusPath.isEmpty())
        writeProblem = FleetPrometheusText::write(m_prometheusPath, rows);

    if (m_context.out().isJson()) {
        QJsonArray data;
        for (const FleetRow& row : std::as_const(rows))
            data.append(row.toJson());
        QJsonObject out {{QStringLiteral("summary"), summaryJson(rows, worst)}, {QStringLiteral("rows"), data}};
        if (!writeProblem.isEmpty())
            out.insert(QStringLiteral("error"),
                       QStringLiteral("The Prometheus file could not be written: %1").arg(writeProblem));
        m_context.out().json(out);
    } else {
        m_context.out().line(m_check ? checkText(rows, worst) : tableText(rows));
        if (!writeProblem.isEmpty())
            m_context.out().note(
                QStringLiteral("Error: --prometheus: %1 could not be written: %2").arg(m_prometheusPath, writeProblem));
    }
    if (!writeProblem.isEmpty())
        return finish(m_check ? kCheckUnknown : 4);
    finish(m_check ? FleetVerdict::exitCode(worst) : 0);
}

QString FleetCommand::tableText(const QList<FleetRow>& rows) const
{
    const QDateTime now = m_context.clock()->now();
    QList<QStringList> table {{QStringLiteral("PROFILE"), QStringLiteral("REGION"), QStringLiteral("PORTAL"),
                               QStringLiteral("MODEL"), QStringLiteral("DESTINATION"), QStringLiteral("ENABLED"),
                               QStringLiteral("STATUS"), QStringLiteral("LAST ATTEMPT"),
                               QStringLiteral("LAST RESPONSE"), QStringLiteral("VERDICT"), QStringLiteral("REASON")}};
    for (const FleetRow& row : rows) {
        const std::optional<WebhookStatus>& status = row.observation.status;
        const bool read = row.observation.access == FleetObservation::Access::Read && status;
        const QString destination = read ? row.observation.destinationText() : QString();
        table.append(
            {row.profile, row.scope.region(), portalText(row), read ? row.modelText() : kDash,
             destination.isEmpty() ? kDash : destination,
             read ? (status->enabled ? QStringLiteral("yes") : QStringLiteral("no")) : kDash,
             read ? status->status : kDash,
             read && status->hasAttempt() ? WebhookStatusExplanation::relativeTime(status->lastAttemptAt, now) : kDash,
             read && status->lastResponseCode > 0 ? DeliveryVerdict::statusText(status->lastResponseCode) : kDash,
             FleetVerdict::levelName(row.verdict.level), row.verdict.reason});
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList& cells : std::as_const(table)) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = qMax(widths[i], cells.at(i).size());
    }
    QStringList lines;
    for (const QStringList& cells : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths[i] + 2) : cells.at(i);
        lines.append(line);
    }
    QStringList todo;
    for (const FleetRow& row : rows) {
        if (row.verdict.level != FleetVerdict::Level::Ok && !row.verdict.action.isEmpty())
            todo.append(QStringLiteral("  %1 (%2): %3")
                            .arg(where(row), FleetVerdict::levelName(row.verdict.level), row.verdict.action));
    }
    if (!todo.isEmpty())
        lines += QStringList {QString(), QStringLiteral("What to do:")} + todo;
    return lines.join(QLatin1Char('\n'));
}

QString FleetCommand::checkText(const QList<FleetRow>& rows, FleetVerdict::Level worst) const
{
    const int ok = counts(rows, FleetVerdict::Level::Ok);
    const int warning = counts(rows, FleetVerdict::Level::Warning);
    const int critical = counts(rows, FleetVerdict::Level::Critical);
    const int unknown = counts(rows, FleetVerdict::Level::Unknown);
    QStringList parts;
    if (unknown > 0)
        parts.append(QStringLiteral("%1 unknown").arg(unknown));
    if (critical > 0)
        parts.append(QStringLiteral("%1 critical").arg(critical));
    if (warning > 0)
        parts.append(QStringLiteral("%1 warning").arg(warning));
    parts.append(QStringLiteral("%1 ok").arg(ok));
    QStringList lines {QStringLiteral("FLEET %1 - %2 | ok=%3 warning=%4 critical=%5 unknown=%6")
                           .arg(FleetVerdict::levelName(worst), parts.join(QStringLiteral(", ")))
                           .arg(ok)
                           .arg(warning)
                           .arg(critical)
                           .arg(unknown)};
    for (const FleetRow& row : rows) {
        QString line = QStringLiteral("%1 %2: %3")
                           .arg(FleetVerdict::levelName(row.verdict.level), where(row), row.verdict.reason);
        if (row.verdict.level != FleetVerdict::Level::Ok && !row.verdict.action.isEmpty())
            line += QLatin1Char(' ') + row.verdict.action;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject FleetCommand::summaryJson(const QList<FleetRow>& rows, FleetVerdict::Level worst) const
{
    return {{QStringLiteral("verdict"), FleetVerdict::levelName(worst)},
            {QStringLiteral("ok"), counts(rows, FleetVerdict::Level::Ok)},
            {QStringLiteral("warning"), counts(rows, FleetVerdict::Level::Warning)},
            {QStringLiteral("critical"), counts(rows, FleetVerdict::Level::Critical)},
            {QStringLiteral("unknown"), counts(rows, FleetVerdict::Level::Unknown)},
            {QStringLiteral("scopes"), int(rows.size())},
            {QStringLiteral("warn_after_seconds"), double(m_warnAfterSeconds)}};
}
