#include "AuditLogFollower.h"

#include "AuditLogPuller.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"

#include <algorithm>

namespace {
// How far inside Konnect's 7 days a poll's start is kept, so that a follow running for days never asks for more
// than Konnect keeps (which it would refuse with a 400).
constexpr qint64 retentionMarginMs = 60 * 1000;

ApiResult cancelledResult()
{
    ApiResult cancelled;
    cancelled.kind = ApiResult::Kind::Cancelled;
    cancelled.message = QStringLiteral("Cancelled.");
    return cancelled;
}
} // namespace

AuditLogFollower::AuditLogFollower(KonnectClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

AuditLogFollower::~AuditLogFollower()
{
    if (m_timer)
        m_client.clock()->cancel(m_timer);
}

void AuditLogFollower::start(const AuditLogQuery& query, const Scope& regionScope)
{
    if (m_running) {
        // A restart: the follow so far ends first, with finished(Cancelled).
        if (m_puller)
            m_puller->cancel();
        m_puller = nullptr;
        stop(cancelledResult());
    }
    m_query = query;
    m_scope = regionScope;
    m_keys.clear();
    m_running = true;
    m_caughtUp = false;
    m_newest = m_nextPollAt = QDateTime();
    m_polls = m_failedPolls = m_pages = 0;
    m_new = m_duplicates = 0;
    m_from = query.start;
    pull(query.start);
}

void AuditLogFollower::cancel()
{
    if (!m_running)
        return;
    if (m_puller)
        return m_puller->cancel(); // its finished(Cancelled) ends the follow
    stop(cancelledResult());
}

void AuditLogFollower::pull(const QDateTime& from)
{
    const QDateTime now = m_client.clock()->now();
    AuditLogQuery query = m_query;
    query.start = from;
    if (from.isValid() && m_caughtUp)
        query.start
            = std::max(from, now.addMSecs(-qint64(ReplayWindow::retentionDays) * 24 * 3600 * 1000 + retentionMarginMs));
    // The catch-up keeps its own end, if it has one. Polls leave the end to Konnect (its now): a clock of ours
    // ahead of Konnect's must not ask for the future, which Konnect refuses.
    query.end = m_caughtUp ? QDateTime() : m_query.end;
    m_to = query.end.isValid() ? query.end : now;
    m_nextPollAt = QDateTime();
    // A puller that a restart left behind may still report: only the current one counts.
    AuditLogPuller* puller = new AuditLogPuller(m_client, this);
    m_puller = puller;
    connect(puller, &AuditLogPuller::recordsArrived, this, [this, puller](const AuditLogRecords& records) {
        if (puller == m_puller)
            onRecords(records);
    });
    connect(puller, &AuditLogPuller::pageArrived, this, [this, puller]() {
        if (puller == m_puller)
            emit pageArrived(++m_pages, m_new);
    });
    connect(puller, &AuditLogPuller::finished, this, [this, puller](const ApiResult& result) {
        puller->deleteLater();
        if (puller == m_puller)
            onPulled(result);
    });
    emit pollStarted(query.start, query.end);
    puller->start(query, m_scope);
}

void AuditLogFollower::onRecords(const AuditLogRecords& records)
{
    const QDateTime now = m_client.clock()->now();
    AuditLogRecords fresh;
    for (const AuditLogRecord& record : records) {
        if (record.timestamp.isValid() && (!m_newest.isValid() || record.timestamp > m_newest))
            m_newest = record.timestamp;
        if (m_keys.insert(record, now))
            fresh.append(record);
        else
            ++m_duplicates;
    }
    m_new += fresh.size();
    if (!fresh.isEmpty())
        emit recordsArrived(fresh);
}

void AuditLogFollower::onPulled(const ApiResult& result)
{
    m_puller = nullptr;
    if (!m_running)
        return;
    ++m_polls;
    if (result.kind == ApiResult::Kind::Cancelled || isFinal(result))
        return stop(result);
    if (!result.ok()) {
        // The window is read again from the same start at the next poll; the keys of what arrived before the
        // failure are still held, so those records are not handed on twice.
        ++m_failedPolls;
        scheduleNextPoll();
        emit pollFailed(result, m_nextPollAt);
        return;
    }
    // Only Konnect's own timestamps move the window's start: a clock of ours ahead of Konnect's would otherwise
    // skip records. Until a record has been seen, the catch-up's end stands in for them.
    const QDateTime reached = m_newest.isValid() ? m_newest : m_caughtUp ? QDateTime() : m_to;
    const QDateTime from = reached.isValid() ? reached.addMSecs(-m_overlapMs) : QDateTime();
    if (from.isValid() && (!m_from.isValid() || from > m_from))
        m_from = from;
    m_keys.forgetBefore(m_from); // never asked for again
    scheduleNextPoll();
    if (!m_caughtUp) {
        m_caughtUp = true;
        emit caughtUp();
    }
}

void AuditLogFollower::scheduleNextPoll()
{
    Clock* clock = m_client.clock();
    m_nextPollAt = clock->now().addMSecs(m_pollIntervalMs);
    m_timer = clock->callAfter(m_pollIntervalMs, this, [this]() {
        m_timer = 0;
        if (m_running)
            pull(m_from);
    });
    emit waitingUntil(m_nextPollAt);
}

bool AuditLogFollower::isFinal(const ApiResult& result)
{
    switch (result.kind) {
    case ApiResult::Kind::InvalidInput:
    case ApiResult::Kind::BadRequest:
    case ApiResult::Kind::Unauthorized:
    case ApiResult::Kind::Forbidden:
        return true;
    default:
        return false;
    }
}

void AuditLogFollower::stop(const ApiResult& result)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_timer) {
        m_client.clock()->cancel(m_timer);
        m_timer = 0;
    }
    m_nextPollAt = QDateTime();
    emit finished(result);
}
