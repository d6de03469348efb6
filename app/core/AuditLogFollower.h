#pragma once

#include "ApiResult.h"
#include "AuditLogQuery.h"
#include "AuditLogRecord.h"
#include "AuditLogRecordKeySet.h"
#include "Clock.h"
#include "Scope.h"

#include <QDateTime>
#include <QObject>

class AuditLogPuller;
class KonnectClient;

// Follows the organization's audit logs: catches up (an ordinary pull of the query's window), then polls every
// pollIntervalMs for the records from (the newest timestamp seen − overlapMs) to Konnect's now (no end is sent, and
// only Konnect's timestamps move the start, so a clock of ours that differs from Konnect's loses nothing), so that
// an event Konnect makes visible up to overlapMs after its own timestamp is still found. Records that come again in
// the overlap are recognised by AuditLogRecordKey and not handed on twice; keys of records older than the next
// poll's start are forgotten, so memory holds only the overlap's records, however long the follow runs.
//
// Every page is read under Konnect's retry rule (AuditLogPuller). A pull whose retries are exhausted (network,
// 429/5xx, a page that does not parse) does not end the follow: pollFailed() reports it, and the next poll, at the
// usual interval, starts again from where the failed one started, so nothing in between is lost. Only what another
// poll cannot mend ends it: a refused token (401/403), a 400 or a query that fails its own check. cancel() ends it
// cleanly, with finished(Cancelled): at once while waiting for a poll, once the request is aborted during one.
// Polls are timed by the client's Clock (KonnectClient::clock()), so tests skip the waits.
class AuditLogFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultPollIntervalMs = 10000;
    // kongctl's overlap. Konnect does not document how late an event may become visible.
    static constexpr qint64 defaultOverlapMs = 60000;

    explicit AuditLogFollower(KonnectClient& client, QObject* parent = nullptr);
    ~AuditLogFollower() override;

    void setPollIntervalMs(qint64 ms) { m_pollIntervalMs = ms; }
    qint64 pollIntervalMs() const { return m_pollIntervalMs; }
    void setOverlapMs(qint64 ms) { m_overlapMs = ms; }
    qint64 overlapMs() const { return m_overlapMs; }

    // The catch-up is `query` as given (an invalid end means now); every poll uses its type and page size. An
    // invalid query finishes with InvalidInput, nothing sent. Calling it while following restarts: the running
    // follow finishes with Cancelled first.
    void start(const AuditLogQuery& query, const Scope& regionScope = {});
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCaughtUp() const { return m_caughtUp; }

    // When the next poll starts, while waiting for it; invalid while a pull runs.
    QDateTime nextPollAt() const { return m_nextPollAt; }
    // The start of the next poll's window (newest seen − overlap).
    QDateTime nextFrom() const { return m_from; }
    QDateTime newestSeen() const { return m_newest; }
    int polls() const { return m_polls; } // pulls finished, the catch-up included
    int failedPolls() const { return m_failedPolls; }
    int pagesRead() const { return m_pages; }
    qint64 recordsNew() const { return m_new; } // handed on by recordsArrived
    qint64 duplicatesSkipped() const { return m_duplicates; }
    qsizetype keysHeld() const { return m_keys.size(); }

signals:
    // Only records not handed on before, in the order Konnect served them.
    void recordsArrived(const AuditLogRecords& records);
    void pageArrived(int pagesSoFar, qint64 newRecordsSoFar);
    // Once, when the catch-up window has been read to its end.
    void caughtUp();
    // A pull of [from, to] starts (from invalid: Konnect's default, 7 days before to; to invalid: Konnect's now,
    // as every poll after the catch-up asks).
    void pollStarted(const QDateTime& from, const QDateTime& to);
    // Waiting until `at` for the next poll.
    void waitingUntil(const QDateTime& at);
    // A pull failed after its retries; the follow goes on, the next poll at `nextPollAt` covers its window again.
    void pollFailed(const ApiResult& result, const QDateTime& nextPollAt);
    // Once: Cancelled after cancel(); otherwise the failure that another poll cannot mend.
    void finished(const ApiResult& result);

private:
    void pull(const QDateTime& from);
    void onRecords(const AuditLogRecords& records);
    void onPulled(const ApiResult& result);
    void scheduleNextPoll();
    void stop(const ApiResult& result);
    static bool isFinal(const ApiResult& result);

    KonnectClient& m_client;
    AuditLogQuery m_query;
    Scope m_scope;
    qint64 m_pollIntervalMs = defaultPollIntervalMs;
    qint64 m_overlapMs = defaultOverlapMs;
    AuditLogPuller* m_puller = nullptr;
    Clock::TimerId m_timer = 0;
    AuditLogRecordKeySet m_keys;
    bool m_running = false;
    bool m_caughtUp = false;
    QDateTime m_from; // the running or next pull's start
    QDateTime m_to; // the running pull's end, or our clock when it started
    QDateTime m_nextPollAt;
    QDateTime m_newest;
    int m_polls = 0;
    int m_failedPolls = 0;
    int m_pages = 0;
    qint64 m_new = 0;
    qint64 m_duplicates = 0;
};
