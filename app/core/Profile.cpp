#include "Profile.h"

#include "Region.h"

QUrl Profile::apiRoot() const
{
    if (!baseUrl.isEmpty())
        return Region::normalizedBaseUrl(baseUrl);
    return Region::apiRoot(region.isEmpty() ? Region::defaultRegion() : region);
}

QString Profile::updateMethodName(UpdateMethod method)
{
    return method == UpdateMethod::Patch ? QStringLiteral("patch") : QStringLiteral("put");
}

bool Profile::parseUpdateMethod(const QString& name, UpdateMethod* method)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("put")) {
        *method = UpdateMethod::Put;
        return true;
    }
    if (lower == QLatin1String("patch")) {
        *method = UpdateMethod::Patch;
        return true;
    }
    return false;
}
