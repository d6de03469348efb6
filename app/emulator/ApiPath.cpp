#include "ApiPath.h"

#include "Region.h"

std::optional<ApiPath> ApiPath::parse(const QString& path)
{
    const qsizetype v2At = path.indexOf(QStringLiteral("/v2/"));
    const qsizetype v3At = path.indexOf(QStringLiteral("/v3/"));
    qsizetype versionAt = v2At;
    if (v3At >= 0 && (v2At < 0 || v3At < v2At))
        versionAt = v3At;
    if (versionAt < 0)
        return std::nullopt;
    ApiPath result;
    result.version = path.mid(versionAt + 1, 2);
    result.resource = path.mid(versionAt + 3);
    while (result.resource.size() > 1 && result.resource.endsWith(QLatin1Char('/')))
        result.resource.chop(1);
    const QString first = path.left(versionAt).section(QLatin1Char('/'), 1, 1);
    if (Region::isValid(first))
        result.region = first;
    return result;
}
