#include "AuditLogPuller.h"

#include "ApiCall.h"
#include "AuditLogPage.h"
#include "Clock.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTimer>

namespace {
QString count(qint64 n, const char* noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun), n == 1 ? QString() : QStringLiteral("s"));
}
} // namespace

AuditLogPuller::AuditLogPuller(KonnectClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_readPool.setMaxThreadCount(1);
}

AuditLogPuller::~AuditLogPuller()
{
    if (m_call) {
        // Cancelling reports back; this object is already going and must not hear it.
        m_call->disconnect(this);
        m_call->cancel();
    }
}

QString AuditLogPuller::cursorOf(const QString& link)
{
    // Kong's links encode the brackets (page%5Bafter%5D) or not: decode each item by itself.
    const qsizetype question = link.indexOf(QLatin1Char('?'));
    if (question < 0)
        return {};
    const QByteArray linkQuery = link.toUtf8().mid(question + 1);
    for (const QByteArray& item : linkQuery.split('&')) {
        const qsizetype equals = item.indexOf('=');
        if (equals > 0 && QByteArray::fromPercentEncoding(item.left(equals)) == "page[after]")
            return QString::fromUtf8(QByteArray::fromPercentEncoding(item.mid(equals + 1)));
    }
    return {};
}

void AuditLogPuller::start(const AuditLogQuery& query, const Scope& regionScope)
{
    m_query = query;
    m_scope = regionScope;
    m_cursor.clear();
    m_seenCursors.clear();
    m_pages = 0;
    m_records = 0;
    m_oldest = m_newest = m_first = QDateTime();
    m_newestFirst = false;
    m_cancelled = false;
    m_running = true;
    m_reading = false;
    m_arrived.clear();
    ++m_generation;
    const FieldErrors errors = query.check(m_client.clock()->now());
    if (!errors.isEmpty()) {
        // From the event loop, like every other finish, so that callers may connect after start().
        const ApiResult invalid = ApiResult::invalidInput(errors.constFirst().message, errors);
        QTimer::singleShot(0, this, [this, invalid]() { stop(invalid); });
        return;
    }
    requestPage({});
}

void AuditLogPuller::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_emitting || m_reading)
        return; // onRead stops once the page is read and its receivers are done
    if (m_call) {
        m_call->cancel();
        return;
    }
    stop(cancelledResult());
}

ApiResult AuditLogPuller::cancelledResult()
{
    ApiResult cancelled;
    cancelled.kind = ApiResult::Kind::Cancelled;
    cancelled.message = QStringLiteral("Cancelled.");
    return cancelled;
}

void AuditLogPuller::requestPage(const QString& cursor)
{
    QUrlQuery query = m_query.toQuery();
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("page[after]"), cursor);
    m_requestedCursor = cursor;
    m_call = m_client.getAuditLogPage(query, m_scope);
    connect(m_call, &ApiCall::finished, this, &AuditLogPuller::onPage);
}

void AuditLogPuller::onPage(const ApiResult& page)
{
    m_call = nullptr;
    if (!m_running)
        return;
    // Waits while the page before is still being read: whether this one was the right one to ask for is known then.
    m_arrived.append({page, m_requestedCursor});
    askAhead(page);
    readNext();
}

void AuditLogPuller::askAhead(const ApiResult& page)
{
    // The next page is asked for as soon as a page is here, on the cursor its `meta` seems to give, so that Konnect
    // prepares it while pages are read (on another thread) and written; once read, each page says whether that was
    // the right cursor. At most two answers wait to be read.
    if (m_call || !m_running || m_cancelled || !page.ok() || m_arrived.size() >= 2)
        return;
    QString cursor;
    const std::optional<QByteArray> guess = AuditLogPage::guessMeta(page.body);
    if (guess && !nextStep(page, guess, 0, &cursor) && cursor != m_requestedCursor)
        requestPage(cursor);
}

void AuditLogPuller::readNext()
{
    if (m_reading || m_arrived.isEmpty() || !m_running)
        return;
    const ApiResult& failed = m_arrived.constFirst().page;
    if (!failed.ok() || m_cancelled)
        return stop(m_cancelled && failed.ok() ? cancelledResult() : ApiResult(failed));
    startReading();
}

void AuditLogPuller::startReading()
{
    if (m_reading || m_arrived.isEmpty() || !m_running || m_cancelled || !m_arrived.constFirst().page.ok())
        return;
    const ApiResult page = m_arrived.takeFirst().page;
    askAhead(page);
    m_reading = true;
    const quint64 generation = m_generation;
    const AuditLogRecord::Detail detail = m_detail;
    m_readPool.start([this, generation, detail, page]() {
        AuditLogPage read = AuditLogPage::read(page.body, detail);
        // Posted to this object: its destructor waits for the pool, and posted events die with the object.
        QMetaObject::invokeMethod(
            this, [this, generation, page, read = std::move(read)]() mutable { onRead(generation, page, read); },
            Qt::QueuedConnection);
    });
}

void AuditLogPuller::onRead(quint64 generation, const ApiResult& page, AuditLogPage& read)
{
    // A page's records are freed on the thread that made them, not on the event loop (thousands of small blocks).
    const auto freeOnPool = qScopeGuard([this, &read]() { m_readPool.start([dead = std::move(read)]() {}); });
    if (generation != m_generation)
        return;
    m_reading = false;
    if (!m_running)
        return;
    if (m_cancelled) {
        dropPrefetch();
        return stop(cancelledResult());
    }
    ApiResult result = page;
    if (!read.problem.isEmpty()) {
        dropPrefetch();
        result.kind = ApiResult::Kind::BadAnswer;
        result.message = QStringLiteral("Page %1 of %2 is not an audit-log page: %3.")
                             .arg(m_pages + 1)
                             .arg(result.path, read.problem);
        return stop(result);
    }
    const AuditLogRecords& records = read.records;
    QString cursor;
    const std::optional<ApiResult> last = nextStep(result, read.meta, records.size(), &cursor);
    if (last) {
        dropPrefetch(); // a guess that the page's own `meta` does not bear out
    } else {
        const QString* askedNext = !m_arrived.isEmpty() ? &m_arrived.constFirst().cursor
            : m_call                                    ? &m_requestedCursor
                                                        : nullptr;
        const bool guessedRight = askedNext && *askedNext == cursor;
        if (!guessedRight) {
            dropPrefetch();
            requestPage(cursor);
        }
        m_seenCursors.insert(cursor);
        m_cursor = cursor;
        // The next page (when it is here) is read while this one's records are handed on; a failed one waits for
        // readNext, after them.
        startReading();
    }

    for (const AuditLogRecord& record : records) {
        if (record.timestamp.isValid()) {
            if (!m_first.isValid())
                m_first = record.timestamp;
            if (!m_oldest.isValid() || record.timestamp < m_oldest)
                m_oldest = record.timestamp;
            if (!m_newest.isValid() || record.timestamp > m_newest)
                m_newest = record.timestamp;
            m_newestFirst = record.timestamp < m_first;
        }
    }
    ++m_pages;
    m_records += records.size();
    m_emitting = true;
    if (!records.isEmpty())
        emit recordsArrived(records);
    emit pageArrived(m_pages, m_records);
    m_emitting = false;
    if (m_cancelled) { // a receiver cancelled (e.g. a --limit was reached): the page asked for ahead is dropped
        dropPrefetch();
        return stop(cancelledResult());
    }
    if (!m_running)
        return dropPrefetch();
    if (last)
        return stop(*last);
    readNext();
}

std::optional<ApiResult> AuditLogPuller::nextStep(const ApiResult& page, const std::optional<QByteArray>& rawMeta,
                                                  qint64 recordsInPage, QString* cursorOut) const
{
    ApiResult result = page;
    const QJsonObject metaObject = rawMeta ? QJsonDocument::fromJson(*rawMeta).object() : QJsonObject();
    const QJsonValue pageMeta = metaObject.value(QLatin1String("page"));
    const QJsonObject meta = pageMeta.isObject() ? pageMeta.toObject() : metaObject;
    const QString link = meta.value(QLatin1String("next")).toString();
    const int pages = m_pages + 1; // with the page being read
    if (link.isEmpty()) {
        result.json = QJsonDocument();
        result.body.clear();
        result.message
            = QStringLiteral("%1 in %2.").arg(count(m_records + recordsInPage, "record"), count(pages, "page"));
        return result;
    }
    result.kind = ApiResult::Kind::BadAnswer;
    const QString cursor = cursorOf(link);
    if (cursor.isEmpty()) {
        result.message = QStringLiteral("Page %1 of %2 is not an audit-log page: its next link has no page[after] "
                                        "cursor.")
                             .arg(pages)
                             .arg(result.path);
        return result;
    }
    if (m_seenCursors.contains(cursor) || cursor == m_cursor) {
        result.message
            = QStringLiteral("Konnect returned the same page cursor twice for %1: the pull would never end, so it was "
                             "stopped after %2 pages.")
                  .arg(result.path)
                  .arg(pages);
        return result;
    }
    if (pages >= maxPages) {
        result.message = QStringLiteral("The pull of %1 went on past %2 pages; it was stopped there.")
                             .arg(result.path)
                             .arg(maxPages);
        return result;
    }
    *cursorOut = cursor;
    return std::nullopt;
}

void AuditLogPuller::dropPrefetch()
{
    m_arrived.clear();
    if (!m_call)
        return;
    disconnect(m_call, nullptr, this, nullptr);
    m_call->cancel();
    m_call = nullptr;
}

void AuditLogPuller::stop(ApiResult result)
{
    if (!m_running)
        return;
    m_running = false;
    m_arrived.clear();
    if (!result.ok() && result.kind != ApiResult::Kind::InvalidInput && m_pages > 0) {
        const QDateTime resume = resumePoint();
        if (resume.isValid())
            result.message
                += QStringLiteral(" Got %1 in %2 before that, up to %3.")
                       .arg(count(m_records, "record"), count(m_pages, "page"), ReplayWindow::toRfc3339WithMs(resume));
    }
    result.body.clear();
    emit finished(result);
}
