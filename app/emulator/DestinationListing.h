#pragma once

#include "HttpResponse.h"

#include <QUrlQuery>
#include <optional>

class EmulatedOrganization;

// GET /v2|v3/audit-log-destinations: cursor pages in creation order (page[size] default 10, at most 100;
// page[after] / page[before] opaque cursors), filter[name][eq] and filter[name][contains] (both case-sensitive).
// meta.page.next and .previous are path-and-query links that repeat the size and the filters, or null.
class DestinationListing
{
public:
    static constexpr int defaultPageSize = 10;
    static constexpr int maxPageSize = 100;

    static HttpResponse answer(const EmulatedOrganization& organization, const QUrlQuery& query,
                               const QString& version);

    // The cursor names a destination's creation sequence, so it stays valid when destinations are deleted.
    static QString cursor(qint64 sequence);
    static std::optional<qint64> sequenceOf(const QString& cursor);
};
