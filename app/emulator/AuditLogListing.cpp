#include "AuditLogListing.h"

#include "BadRequest.h"
#include "EmulatedAuditLogHistory.h"
#include "PageQuery.h"
#include "Rfc3339.h"

#include <algorithm>

namespace {

const QString sizeKey = QStringLiteral("page[size]");
const QString afterKey = QStringLiteral("page[after]");
const QString beforeKey = QStringLiteral("page[before]");
const QString gteKey = QStringLiteral("filter[ts][gte]");
const QString lteKey = QStringLiteral("filter[ts][lte]");
const QString typeKey = QStringLiteral("filter[type]");
const QByteArray cursorTag = "audit-log:";
constexpr qint64 retentionMs = qint64(7) * 24 * 3600 * 1000;

QByteArray link(int size, const QString& cursorKey, const QString& cursor, const QUrlQuery& request)
{
    QUrlQuery query;
    auto add = [&query](const QString& key, const QString& value) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(sizeKey, QString::number(size));
    add(cursorKey, cursor);
    for (const QString& key : {gteKey, lteKey, typeKey}) {
        if (const auto value = PageQuery::value(request, key))
            add(key, *value);
    }
    // Percent-encoded throughout, so the link needs no JSON escaping.
    return "\"/v3/audit-logs?" + query.toString(QUrl::FullyEncoded).toLatin1() + '"';
}

std::optional<QDateTime> bound(const QUrlQuery& query, const QString& key, BadRequest& bad)
{
    const auto text = PageQuery::value(query, key);
    if (!text)
        return std::nullopt;
    const auto time = Rfc3339::parse(*text);
    if (!time)
        bad.add(key, QStringLiteral("must be an RFC 3339 date-time, e.g. 2026-11-24T08:00:00Z"),
                QStringLiteral("Invalid query parameter"));
    return time;
}

} // namespace

QString AuditLogListing::cursor(qint64 sequence)
{
    return QString::fromLatin1((cursorTag + QByteArray::number(sequence))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> AuditLogListing::sequenceOf(const QString& cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(cursorTag))
        return std::nullopt;
    bool ok = false;
    const qint64 sequence = decoded.decoded.mid(cursorTag.size()).toLongLong(&ok);
    if (!ok || sequence < 0)
        return std::nullopt;
    return sequence;
}

HttpResponse AuditLogListing::answer(const EmulatedAuditLogHistory& history, const QUrlQuery& query,
                                     const QDateTime& now)
{
    BadRequest bad;
    const int size = PageQuery::positive(query, sizeKey, defaultPageSize, maxPageSize, bad);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 oldestMs = nowMs - retentionMs;
    const auto gte = bound(query, gteKey, bad);
    const auto lte = bound(query, lteKey, bad);
    const QString outside = QStringLiteral("must lie within the last 7 days (Konnect keeps audit logs that long)");
    for (const auto& [key, time] : {std::pair {gteKey, gte}, std::pair {lteKey, lte}}) {
        if (time
            && (time->toMSecsSinceEpoch() < oldestMs - skewToleranceMs
                || time->toMSecsSinceEpoch() > nowMs + skewToleranceMs))
            bad.add(key, outside, QStringLiteral("Invalid query parameter"));
    }
    if (gte && lte && *gte > *lte)
        bad.add(gteKey, QStringLiteral("must not be after filter[ts][lte]"), QStringLiteral("Invalid query parameter"));

    std::optional<EmulatedAuditLogHistory::Type> type;
    if (const auto text = PageQuery::value(query, typeKey)) {
        for (const auto candidate :
             {EmulatedAuditLogHistory::Type::Authentication, EmulatedAuditLogHistory::Type::Authorization,
              EmulatedAuditLogHistory::Type::GatewayAccess}) {
            if (EmulatedAuditLogHistory::typeName(candidate) == *text)
                type = candidate;
        }
        if (!type)
            bad.add(typeKey, QStringLiteral("must be one of authentication, authorization, gateway_access"),
                    QStringLiteral("Invalid query parameter"));
    }
    std::optional<qint64> after, before;
    for (const auto& [key, out] : {std::pair {afterKey, &after}, std::pair {beforeKey, &before}}) {
        if (const auto text = PageQuery::value(query, key)) {
            *out = sequenceOf(*text);
            if (!*out)
                bad.add(key, QStringLiteral("must be a cursor from a previous page"),
                        QStringLiteral("Invalid page cursor"));
        }
    }
    if (after && before)
        bad.add(beforeKey, QStringLiteral("cannot be combined with page[after]"),
                QStringLiteral("Invalid query parameter"));
    if (!bad.invalidParameters.isEmpty())
        return bad.toResponse();

    const qint64 lteMs = lte ? lte->toMSecsSinceEpoch() : nowMs;
    const qint64 gteMs = gte ? gte->toMSecsSinceEpoch() : std::max(lteMs - retentionMs, oldestMs);
    const std::vector<qint32>& list = history.sequences(type ? &*type : nullptr);
    auto byTime = [&history](qint32 sequence, qint64 ms) { return history.timeMs(sequence) < ms; };
    const auto windowBegin = std::lower_bound(list.begin(), list.end(), gteMs, byTime);
    const auto windowEnd = std::lower_bound(windowBegin, list.end(), lteMs + 1, byTime);

    auto first = windowBegin;
    if (after) {
        first = std::upper_bound(windowBegin, windowEnd, qint32(std::min<qint64>(*after, INT32_MAX)));
    } else if (before) {
        const auto end = std::lower_bound(windowBegin, windowEnd, qint32(std::min<qint64>(*before, INT32_MAX)));
        first = end - std::min<qsizetype>(size, qsizetype(end - windowBegin));
    }
    const auto last = first + std::min<qsizetype>(size, qsizetype(windowEnd - first));

    history.signAhead(list.data() + (first - list.begin()), list.data() + (last - list.begin()));
    QByteArray body;
    body.reserve(qsizetype(last - first) * 700 + 256);
    body += "{\"data\":[";
    for (auto it = first; it != last; ++it) {
        if (it != first)
            body += ',';
        body += history.bytes(*it);
    }
    body += "],\"meta\":{\"page\":{\"next\":";
    body += last < windowEnd ? link(size, afterKey, cursor(*(last - 1)), query) : QByteArray("null");
    body += ",\"previous\":";
    body += first > windowBegin ? link(size, beforeKey, cursor(*first), query) : QByteArray("null");
    body += ",\"size\":" + QByteArray::number(size) + "}}}";
    return HttpResponse::text(200, body, "application/json");
}
