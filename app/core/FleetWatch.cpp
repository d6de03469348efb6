#include "FleetWatch.h"

#include "FleetNotifier.h"
#include "TokenStore.h"

#include <QSet>

namespace {
QString keyOf(const FleetRow& row)
{
    return row.profile + QLatin1Char('\n') + row.scope.key();
}

bool isProblem(FleetVerdict::Level level)
{
    return level == FleetVerdict::Level::Warning || level == FleetVerdict::Level::Critical;
}
} // namespace

FleetWatch::FleetWatch(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, FleetNotifier* notifier,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
    , m_tokens(tokens)
    , m_notifier(notifier)
{
}

FleetWatch::~FleetWatch()
{
    stop();
    // Cancelling emits finished; nothing listening may hear it while the watch (or its owner) is being torn down.
    if (m_scan) {
        m_scan->disconnect(this);
        m_scan->cancel();
    }
}

void FleetWatch::setIntervalMs(qint64 intervalMs)
{
    m_intervalMs = qMax<qint64>(1000, intervalMs);
    if (m_watching && !m_scan) {
        m_clock->cancel(m_timer);
        planNext();
    }
}

void FleetWatch::start()
{
    if (m_watching)
        return;
    m_watching = true;
    scanNow();
}

void FleetWatch::stop()
{
    m_watching = false;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

void FleetWatch::scanNow()
{
    if (m_scan)
        return;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    FleetScan* scan = FleetScan::start(m_network, m_clock, m_tokens, m_settings, this);
    m_scan = scan;
    connect(scan, &FleetScan::rowReady, this, &FleetWatch::rowReady);
    connect(scan, &FleetScan::finished, this, [this, scan] { onScanFinished(scan->rows()); });
    emit scanStarted();
}

void FleetWatch::onScanFinished(const QList<FleetRow>& rows)
{
    m_scan = nullptr;
    m_rows = rows;
    ++m_scans;
    // A profile without a usable answer lists no portals: its scopes keep their last known verdict. Every other
    // scope that is gone (a removed profile or portal) is forgotten, so the map never grows past the fleet.
    QSet<QString> seen;
    QSet<QString> unknownProfiles;
    for (const FleetRow& row : rows) {
        if (row.verdict.level == FleetVerdict::Level::Unknown)
            unknownProfiles.insert(row.profile);
        seen.insert(keyOf(row));
        judgeTransition(row);
    }
    for (auto it = m_known.begin(); it != m_known.end();) {
        const QString profile = it.key().section(QLatin1Char('\n'), 0, 0);
        if (seen.contains(it.key()) || unknownProfiles.contains(profile))
            ++it;
        else
            it = m_known.erase(it);
    }
    emit scanFinished();
    planNext();
}

void FleetWatch::judgeTransition(const FleetRow& row)
{
    const FleetVerdict::Level now = row.verdict.level;
    if (now == FleetVerdict::Level::Unknown)
        return;
    const QString key = keyOf(row);
    const auto known = m_known.constFind(key);
    const bool wasKnown = known != m_known.constEnd();
    const FleetVerdict::Level before = wasKnown ? *known : now;
    m_known.insert(key, now);
    // The first verdict of a scope is shown in the window and the tray, not announced: it is no change.
    if (!wasKnown || m_quiet || !m_notifier)
        return;
    if (before == FleetVerdict::Level::Ok && isProblem(now))
        m_notifier->notify(noticeFor(row, FleetNotice::Kind::Problem));
    else if (isProblem(before) && now == FleetVerdict::Level::Ok)
        m_notifier->notify(noticeFor(row, FleetNotice::Kind::Recovered));
}

void FleetWatch::planNext()
{
    if (!m_watching)
        return;
    m_timer = m_clock->callAfter(m_intervalMs, this, [this] {
        m_timer = 0;
        scanNow();
    });
}

FleetVerdict::Level FleetWatch::worst() const
{
    if (m_rows.isEmpty())
        return FleetVerdict::Level::Unknown;
    FleetVerdict::Level worst = FleetVerdict::Level::Ok;
    for (const FleetRow& row : m_rows)
        worst = FleetVerdict::worst(worst, row.verdict.level);
    return worst;
}

QString FleetWatch::summaryText() const
{
    if (!hasScanned())
        return tr("Not checked yet.");
    if (m_rows.isEmpty())
        return tr("No profiles to watch.");
    int counts[4] = {0, 0, 0, 0};
    for (const FleetRow& row : m_rows)
        ++counts[int(row.verdict.level)];
    QStringList parts;
    for (FleetVerdict::Level level : {FleetVerdict::Level::Critical, FleetVerdict::Level::Warning,
                                      FleetVerdict::Level::Unknown, FleetVerdict::Level::Ok}) {
        if (counts[int(level)] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[int(level)]).arg(FleetVerdict::levelName(level));
    }
    return tr("%n scope(s): %1", nullptr, int(m_rows.size())).arg(parts.join(QStringLiteral(", ")));
}

FleetNotice FleetWatch::noticeFor(const FleetRow& row, FleetNotice::Kind kind)
{
    FleetNotice notice;
    notice.kind = kind;
    notice.level = row.verdict.level;
    notice.profile = row.profile;
    notice.scopeKey = row.scope.key();
    const QString where = row.scope.isPortal()
        ? tr("profile %1, Dev Portal \"%2\" (region %3)").arg(row.profile, row.scope.portalName(), row.scope.region())
        : tr("profile %1, region %2").arg(row.profile, row.scope.region());
    if (kind == FleetNotice::Kind::Recovered) {
        notice.title = tr("Audit logs reach the SIEM again: %1").arg(where);
        notice.message = row.verdict.reason;
        return notice;
    }
    notice.title = tr("Audit logs %1: %2").arg(FleetVerdict::levelName(row.verdict.level), where);
    notice.message = row.verdict.action.isEmpty() ? row.verdict.reason
                                                  : row.verdict.reason + QLatin1Char(' ') + row.verdict.action;
    return notice;
}
