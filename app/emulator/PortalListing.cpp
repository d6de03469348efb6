#include "PortalListing.h"

#include "EmulatedRegion.h"
#include "PageQuery.h"

#include <QJsonArray>
#include <limits>

HttpResponse PortalListing::answer(const EmulatedRegion& region, const QUrlQuery& query)
{
    BadRequest bad;
    const int size = PageQuery::positive(query, QStringLiteral("page[size]"), defaultPageSize, maxPageSize, bad);
    const int number
        = PageQuery::positive(query, QStringLiteral("page[number]"), 1, std::numeric_limits<int>::max(), bad);
    if (!bad.invalidParameters.isEmpty())
        return bad.toResponse();
    const QList<EmulatedPortal*> portals = region.portals();
    QJsonArray data;
    const qint64 first = qint64(number - 1) * size;
    for (qint64 i = first; i < std::min<qint64>(portals.size(), first + size); ++i)
        data.append(portals.at(qsizetype(i))->toJson());
    const QJsonObject page {
        {QStringLiteral("number"), number}, {QStringLiteral("size"), size}, {QStringLiteral("total"), portals.size()}};
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("data"), data},
                                   {QStringLiteral("meta"), QJsonObject {{QStringLiteral("page"), page}}}}));
}
