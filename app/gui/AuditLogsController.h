#pragma once

#include "ApiResult.h"
#include "AuditLogFollower.h"
#include "AuditLogPuller.h"
#include "AuditLogQuery.h"
#include "PulledRecordSignature.h"
#include "Scope.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <optional>

class ApiCall;
class AuditLogTableModel;
class KonnectClient;

// Pulls a window of the organization's audit logs into an AuditLogTableModel, page by page (AuditLogPuller), and
// checks each record's signature against Konnect's JWKS in batches on a worker thread, so the rows show at once and
// their verdicts follow. A pull that stops (cancelled, or a page that failed after the retry
// rule) keeps the rows it loaded. Widgets never touch the network: they follow its signals.
class AuditLogsController : public QObject
{
    Q_OBJECT
public:
    // Pages of this many records: each page is parsed on the event loop, so a smaller page is a shorter pause.
    static constexpr int pageSize = 100;
    // Rows are added in slices of this long, each on its own turn of the event loop. This slice, the model's filter
    // slice, a page's arrival and a repaint can fall into one turn: together they stay under a frame (16 ms).
    static constexpr int sliceMs = 2;
    // Signatures are checked this many at a time on a worker (tens of milliseconds of Ed25519).
    static constexpr int verifyBatch = 256;
    // Batches run on all cores but one, which stays with the event loop: at least one worker.
    static int defaultVerifyThreads();

    explicit AuditLogsController(KonnectClient* client, QObject* parent = nullptr);
    ~AuditLogsController() override;

    AuditLogTableModel* model() const { return m_model; }
    // Until the pull ended and every record it brought is in the model.
    bool isLoading() const;
    qint64 recordsLoaded() const;
    int pagesLoaded() const;
    // Until every loaded record has its verdict in the view.
    // Records still waiting to go into the table will be verified too: a caller waiting for verdicts waits for them.
    bool isVerifying() const
    {
        return !m_pending.isEmpty() || m_verifyTimer.isActive() || m_batchesRunning > 0
            || m_verdictShowTimer.isActive();
    }

    // Forgets what was loaded and pulls `query` (its page size set here). An invalid query finishes with
    // InvalidInput, nothing sent.
    void load(AuditLogQuery query, const Scope& regionScope = {});
    // As load(), then goes on following (AuditLogFollower, polls every pollIntervalMs on the client's clock): new
    // records join the end of the table, each once, until stopFollowing(). A poll that fails after the retry rule
    // is reported (pollFailed) and the follow goes on; a refused token or a 400 ends it (finished).
    void follow(AuditLogQuery query, const Scope& regionScope, qint64 pollIntervalMs);
    bool isFollowing() const;
    // Ends the follow; the rows stay. finished(Cancelled) follows.
    void stopFollowing();
    AuditLogFollower* follower() const { return m_follower; }
    // How many batches may be verified at once (defaultVerifyThreads() unless set).
    void setVerifyThreads(int threads);
    int verifyThreads() const { return m_verifyPool.maxThreadCount(); }
    void cancel();
    void reset();

signals:
    void loadingChanged(bool loading);
    void pageArrived(int pages, qint64 records);
    void finished(const ApiResult& result);
    // While following: the window has been read to its end; the next poll is at `at`; a poll failed.
    void caughtUp();
    void waitingForPoll(const QDateTime& at);
    void pollFailed(const ApiResult& result, const QDateTime& nextPollAt);
    // The JWKS could not be read: the signatures stay "not checked".
    void signaturesUnavailable(const QString& why);

private:
    void askForKeys();
    void takeRecords(const AuditLogRecords& records);
    void onJwks(const ApiResult& result);
    void onFinished(const ApiResult& result);
    void verifySome();
    void onVerified(quint64 generation, qsizetype from, const QList<quint8>& verdicts);
    void showVerdicts();
    void appendSome();
    void finish();

    KonnectClient* m_client;
    AuditLogTableModel* m_model;
    QPointer<AuditLogPuller> m_puller;
    QPointer<AuditLogFollower> m_follower;
    QPointer<ApiCall> m_jwksCall;
    std::optional<PulledRecordSignature> m_signatures; // the keys of this session
    bool m_signaturesUnavailable = false;
    qsizetype m_dispatched = 0; // records handed to a batch, from the first
    qsizetype m_verified = 0; // records whose verdict is in the model (batches may end in any order)
    QTimer m_verifyTimer; // starts the next batches on a later turn
    int m_batchesRunning = 0;
    quint64 m_generation = 0; // of the pull: a batch of an earlier pull is dropped
    // Verdicts reach the view at most this often while records arrive: each showing repaints the visible rows.
    static constexpr int verdictShowMs = 100;
    QTimer m_verdictShowTimer;
    QList<AuditLogRecords> m_pending; // pages not yet in the model
    qsizetype m_pendingAt = 0; // in the first of them
    bool m_caughtUpPending = false; // the follower caught up; its last records are still going in
    QTimer m_appendTimer;
    std::optional<ApiResult> m_finishedResult; // the pull's end, told once its records are in
    // Last: destroyed first, it waits for the batches it runs (whose answer, posted to this object, dies with it).
    QThreadPool m_verifyPool;
};
