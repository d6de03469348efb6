#pragma once

#include "HttpResponse.h"

#include <QUrlQuery>

class EmulatedRegion;

// GET /v3/portals: the region's Dev Portals in creation order, in numbered pages (page[size] default 10, at most
// 100; page[number] from 1), with meta.page {number, size, total}, as Kong's Portal Management API pages.
class PortalListing
{
public:
    static constexpr int defaultPageSize = 10;
    static constexpr int maxPageSize = 100;

    static HttpResponse answer(const EmulatedRegion& region, const QUrlQuery& query);
};
