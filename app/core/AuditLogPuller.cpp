#include "AuditLogPuller.h"

#include "ApiCall.h"
#include "Clock.h"
#include "JsonArraySplitter.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    const FieldErrors errors = query.check(m_client.clock()->now());
    if (!errors.isEmpty()) {
        // From the event loop, like every other finish, so that callers may connect after start().
        const ApiResult invalid = ApiResult::invalidInput(errors.constFirst().message, errors);
        QTimer::singleShot(0, this, [this, invalid]() { stop(invalid); });
        return;
    }
    requestPage();
}

void AuditLogPuller::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_emitting)
        return; // onPage stops once the receivers are done, with the page's own result
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

void AuditLogPuller::requestPage()
{
    QUrlQuery query = m_query.toQuery();
    if (!m_cursor.isEmpty())
        query.addQueryItem(QStringLiteral("page[after]"), m_cursor);
    m_call = m_client.getAuditLogPage(query, m_scope);
    connect(m_call, &ApiCall::finished, this, &AuditLogPuller::onPage);
}

void AuditLogPuller::onPage(const ApiResult& page)
{
    m_call = nullptr;
    if (!m_running)
        return;
    ApiResult result = page;
    if (!result.ok() || m_cancelled)
        return stop(result);

    auto bad = [this, &result](const QString& why) {
        result.kind = ApiResult::Kind::BadAnswer;
        result.message
            = QStringLiteral("Page %1 of %2 is not an audit-log page: %3.").arg(m_pages + 1).arg(result.path, why);
        stop(result);
    };
    // The page is read raw (KonnectClient does not parse it): `data` is cut into its records, each of which
    // AuditLogRecord parses, and only the small `meta` is parsed as a whole.
    // One walk over the page finds both and cuts `data` into its records (each further walk would cost as much).
    QString error;
    std::optional<QByteArrayView> rawData;
    std::optional<QByteArrayView> rawMeta;
    QList<QByteArrayView> elementsFound;
    JsonArraySplitter::forEachMember(
        result.body,
        [&rawData, &rawMeta](QByteArrayView name, QByteArrayView value) {
            if (name == "data" && !rawData)
                rawData = value;
            else if (name == "meta" && !rawMeta)
                rawMeta = value;
            return !rawData || !rawMeta;
        },
        &error, "data", &elementsFound);
    if (!rawData || !rawData->startsWith('['))
        return bad(error.isEmpty() ? QStringLiteral("it has no `data` list") : error);
    const QList<QByteArrayView>* elements = &elementsFound;

    // The next page is asked for before this one's records are handed on, so that Konnect prepares it while they
    // are written; what ends the pull (no next page, a repeated cursor, the page cap) is said after them.
    std::optional<ApiResult> last = nextStep(result, rawMeta, elements->size());
    if (!last)
        requestPage();

    AuditLogRecords records;
    records.reserve(elements->size());
    for (const QByteArrayView element : *elements) {
        std::optional<AuditLogRecord> record = AuditLogRecord::fromRaw(element.toByteArray(), m_detail);
        if (!record) {
            dropPrefetch();
            return bad(QStringLiteral("record %1 is not a JSON object").arg(records.size() + 1));
        }
        if (record->timestamp.isValid()) {
            if (!m_first.isValid())
                m_first = record->timestamp;
            if (!m_oldest.isValid() || record->timestamp < m_oldest)
                m_oldest = record->timestamp;
            if (!m_newest.isValid() || record->timestamp > m_newest)
                m_newest = record->timestamp;
            m_newestFirst = record->timestamp < m_first;
        }
        records.append(std::move(*record));
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
        stop(*last);
}

std::optional<ApiResult> AuditLogPuller::nextStep(const ApiResult& page, std::optional<QByteArrayView> rawMeta,
                                                  qint64 recordsInPage)
{
    ApiResult result = page;
    const QJsonObject metaObject = rawMeta ? QJsonDocument::fromJson(rawMeta->toByteArray()).object() : QJsonObject();
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
    m_seenCursors.insert(cursor);
    m_cursor = cursor;
    return std::nullopt;
}

void AuditLogPuller::dropPrefetch()
{
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
