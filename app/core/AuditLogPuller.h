#pragma once

#include "ApiResult.h"
#include "AuditLogPage.h"
#include "AuditLogQuery.h"
#include "AuditLogRecord.h"
#include "Scope.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <optional>

class ApiCall;
class KonnectClient;

// Reads GET /v3/audit-logs page by page on the client's network access manager, each page under Konnect's retry
// rule, and hands every page's records on as it arrives: nothing is accumulated, so memory does not grow with the
// window. It follows meta.page.next (its page[after] cursor, with the query's own filters) until there is none, and
// stops with a clear message on a cursor seen before or a page that does not parse. Records keep their bytes
// exactly as Konnect sent them (each element of `data` is cut out of the raw answer, never re-serialised).
//
// The order of records is Konnect's to choose; the puller notices it (oldest or newest first) so that a pull cut
// off part-way can say where to resume: after the newest record seen (--start) when the pages run forward in time,
// before the oldest (--end) when they run backward.
class AuditLogPuller : public QObject
{
    Q_OBJECT
public:
    // A bound on pages, so that a server that keeps handing out new cursors cannot keep us busy forever.
    static constexpr int maxPages = 100000;

    explicit AuditLogPuller(KonnectClient& client, QObject* parent = nullptr);
    ~AuditLogPuller() override;

    // Checks the query against the client's clock first: an invalid one finishes with InvalidInput, nothing sent.
    void start(const AuditLogQuery& query, const Scope& regionScope = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // How much of each record to read (all fields by default); see AuditLogRecord::Detail.
    void setRecordDetail(AuditLogRecord::Detail detail) { m_detail = detail; }

    int pagesRead() const { return m_pages; }
    qint64 recordsRead() const { return m_records; }
    // The oldest and newest record timestamps seen so far (invalid before the first record).
    QDateTime oldestSeen() const { return m_oldest; }
    QDateTime newestSeen() const { return m_newest; }
    // Whether the pages ran newest first (seen from the records so far; false while it cannot be told).
    bool newestFirst() const { return m_newestFirst; }
    // Where a pull cut off here would resume: the newest timestamp seen (or the oldest, when newest first).
    QDateTime resumePoint() const { return m_newestFirst ? m_oldest : m_newest; }

    // The page[after] cursor of a `next` link ("/v3/audit-logs?page%5Bafter%5D=...&..."); empty when it has none.
    static QString cursorOf(const QString& link);

signals:
    void recordsArrived(const AuditLogRecords& records);
    void pageArrived(int pageNumber, qint64 recordsSoFar);
    // Once: Ok after the last page; otherwise why it stopped. The message says how far it got.
    void finished(const ApiResult& result);

private:
    struct ArrivedPage
    {
        ApiResult page;
        QString cursor; // the page[after] it was asked for with
    };

    void requestPage(const QString& cursor);
    void onPage(const ApiResult& result);
    void askAhead(const ApiResult& page);
    void readNext();
    void startReading();
    void onRead(quint64 generation, const ApiResult& page, AuditLogPage& read);
    void stop(ApiResult result);
    // After `page`, whose `meta` is `rawMeta`: nullopt when there is a next page (its cursor in *cursorOut), else
    // how the pull ends.
    std::optional<ApiResult> nextStep(const ApiResult& page, const std::optional<QByteArray>& rawMeta,
                                      qint64 recordsInPage, QString* cursorOut) const;
    // Forgets the page asked for ahead, in flight or arrived.
    void dropPrefetch();
    static ApiResult cancelledResult();

    KonnectClient& m_client;
    AuditLogQuery m_query;
    Scope m_scope;
    QPointer<ApiCall> m_call;
    QString m_requestedCursor; // of m_call
    QList<ArrivedPage> m_arrived; // answers not read yet, in the order asked for (at most two)
    bool m_reading = false; // a page is being read on m_readPool
    quint64 m_generation = 0; // a page read for an earlier start() is ignored
    QString m_cursor;
    QSet<QString> m_seenCursors;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_emitting = false;
    int m_pages = 0;
    qint64 m_records = 0;
    QDateTime m_oldest;
    QDateTime m_newest;
    QDateTime m_first;
    bool m_newestFirst = false;
    AuditLogRecord::Detail m_detail = AuditLogRecord::Detail::AllFields;
    // Last, so that it is destroyed first: its destructor waits for a page being read, which posts back to this.
    QThreadPool m_readPool;
};
