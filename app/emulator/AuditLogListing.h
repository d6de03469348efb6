#pragma once

#include "HttpResponse.h"

#include <QDateTime>
#include <QUrlQuery>
#include <optional>

class EmulatedAuditLogHistory;

// GET /v3/audit-logs over an EmulatedAuditLogHistory, as Kong's contract describes it: filter[ts][gte] and
// filter[ts][lte] (RFC 3339, inclusive; lte defaults to now, gte to 7 days before lte; either outside the last 7
// days, unparsable, or gte after lte: 400), filter[type] (authentication, authorization, gateway_access; else 400),
// page[size] (default 20, at most 1000; else 400), page[after] / page[before] (opaque cursors from a previous page;
// else 400). Records come oldest first. The answer is {data:[...], meta:{page:{next, previous, size}}}, next and
// previous being path-and-query links that repeat the size and the filters, or null. Records are served as their
// stored bytes; the body is assembled from them, never re-serialised.
class AuditLogListing
{
public:
    static constexpr int defaultPageSize = 20;
    static constexpr int maxPageSize = 1000;
    // How far a bound may lie outside the last 7 days (or in the future) for clock skew between client and server.
    static constexpr qint64 skewToleranceMs = 60 * 1000;

    static HttpResponse answer(const EmulatedAuditLogHistory& history, const QUrlQuery& query, const QDateTime& now);

    static QString cursor(qint64 sequence);
    static std::optional<qint64> sequenceOf(const QString& cursor);
};
