#pragma once

#include "ApiResult.h"
#include "AuditLogFollower.h"
#include "AuditLogPuller.h"
#include "AuditLogQuery.h"
#include "PulledRecordSignature.h"
#include "Scope.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class ApiCall;
class AuditLogTableModel;
class KonnectClient;

// Pulls a window of the organization's audit logs into an AuditLogTableModel, page by page (AuditLogPuller), and
// checks each record's signature against Konnect's JWKS in slices of a few milliseconds on the event loop, so the
// rows show at once and their verdicts follow. A pull that stops (cancelled, or a page that failed after the retry
// rule) keeps the rows it loaded. Widgets never touch the network: they follow its signals.
class AuditLogsController : public QObject
{
    Q_OBJECT
public:
    // Pages of this many records: each page is parsed on the event loop, so a smaller page is a shorter pause.
    static constexpr int pageSize = 100;
    // Rows are added and signatures checked in slices of this long, each on its own turn of the event loop. Both
    // slices, the model's filter slice, a page's arrival and a repaint can fall into one turn: together they stay
    // under a frame (16 ms).
    static constexpr int sliceMs = 2;

    explicit AuditLogsController(KonnectClient* client, QObject* parent = nullptr);
    ~AuditLogsController() override;

    AuditLogTableModel* model() const { return m_model; }
    // Until the pull ended and every record it brought is in the model.
    bool isLoading() const;
    qint64 recordsLoaded() const;
    int pagesLoaded() const;
    bool isVerifying() const { return m_verifyTimer.isActive(); }

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
    void appendSome();
    void finish();

    KonnectClient* m_client;
    AuditLogTableModel* m_model;
    QPointer<AuditLogPuller> m_puller;
    QPointer<AuditLogFollower> m_follower;
    QPointer<ApiCall> m_jwksCall;
    std::optional<PulledRecordSignature> m_signatures; // the keys of this session
    bool m_signaturesUnavailable = false;
    qsizetype m_verified = 0;
    QTimer m_verifyTimer;
    // Verdicts reach the view at most this often: each showing repaints the visible rows (text layout for every
    // cell), which with the slices of one turn would go past a frame.
    static constexpr int verdictShowMs = 100;
    QTimer m_verdictShowTimer;
    QList<AuditLogRecords> m_pending; // pages not yet in the model
    qsizetype m_pendingAt = 0; // in the first of them
    QTimer m_appendTimer;
    std::optional<ApiResult> m_finishedResult; // the pull's end, told once its records are in
};
