#include "Region.h"

#include <QHostAddress>
#include <QRegularExpression>

QString Region::defaultRegion()
{
    return QStringLiteral("global");
}

QStringList Region::all()
{
    return {QStringLiteral("global"), QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("au"),
            QStringLiteral("me"),     QStringLiteral("in"), QStringLiteral("sg")};
}

bool Region::isValid(const QString& region)
{
    return all().contains(region);
}

QString Region::checkRegion(const QString& region)
{
    if (isValid(region))
        return {};
    if (region.isEmpty())
        return QStringLiteral("--region is empty: give one of %1.").arg(all().join(QStringLiteral(", ")));
    // Region names are lower case; say so when that is the only problem.
    if (isValid(region.toLower()))
        return QStringLiteral("--region must be lower case: use %1.").arg(region.toLower());
    return QStringLiteral("--region must be one of %1 (Konnect has no other regions).")
        .arg(all().join(QStringLiteral(", ")));
}

QUrl Region::apiRoot(const QString& region)
{
    if (!isValid(region))
        return {};
    return QUrl(QStringLiteral("https://%1.api.konghq.com").arg(region));
}

QString Region::regionOfRoot(const QUrl& root)
{
    const QUrl normalized = normalizedBaseUrl(root);
    for (const QString& region : all()) {
        if (normalized == apiRoot(region))
            return region;
    }
    return {};
}

QUrl Region::regionalRoot(const QUrl& root, const QString& region)
{
    const QUrl normalized = normalizedBaseUrl(root);
    if (!isValid(region))
        return {};
    if (!regionOfRoot(normalized).isEmpty())
        return apiRoot(region);
    QUrl result = normalized;
    QStringList segments = normalized.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty() && isValid(segments.last())) {
        segments.last() = region;
        result.setPath(QLatin1Char('/') + segments.join(QLatin1Char('/')));
        return result;
    }
    QStringList labels = normalized.host().split(QLatin1Char('.'));
    if (labels.size() > 1 && isValid(labels.first())) {
        labels.first() = region;
        result.setHost(labels.join(QLatin1Char('.')));
        return result;
    }
    return {};
}

QString Region::regionNamedBy(const QUrl& root)
{
    const QUrl normalized = normalizedBaseUrl(root);
    const QString standard = regionOfRoot(normalized);
    if (!standard.isEmpty())
        return standard;
    const QStringList segments = normalized.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty() && isValid(segments.last()))
        return segments.last();
    const QStringList labels = normalized.host().split(QLatin1Char('.'));
    if (labels.size() > 1 && isValid(labels.first()))
        return labels.first();
    return {};
}

QUrl Region::destinationsRoot(const QUrl& apiRoot)
{
    const QUrl normalized = normalizedBaseUrl(apiRoot);
    return regionOfRoot(normalized).isEmpty() ? normalized : Region::apiRoot(QStringLiteral("global"));
}

bool Region::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

QString Region::checkBaseUrl(const QUrl& url)
{
    static const QString example = QStringLiteral("https://eu.api.konghq.com");
    if (url.isEmpty())
        return QStringLiteral("--base-url is empty: give the API root, e.g. %1.").arg(example);
    if (!url.isValid())
        return QStringLiteral("--base-url is not a valid URL: give the API root, e.g. %1.").arg(example);
    if (url.isRelative() || url.host().isEmpty())
        return QStringLiteral("--base-url must be an absolute URL with a scheme and a host, e.g. %1.").arg(example);
    if (!url.userInfo().isEmpty())
        return QStringLiteral("--base-url must not contain a user name or password: remove the part before \"@\"; "
                              "the Konnect token is kept in the keychain (token set) instead.");
    if (url.hasQuery())
        return QStringLiteral("--base-url must not have a query (\"?...\"): give only the API root, e.g. %1.")
            .arg(example);
    if (url.hasFragment())
        return QStringLiteral("--base-url must not have a fragment (\"#...\"): give only the API root, e.g. %1.")
            .arg(example);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return QStringLiteral("--base-url must use https: plain http is allowed only for a loopback host "
                                  "(127.0.0.1, ::1, localhost), where nothing leaves this machine.");
    } else if (scheme != QLatin1String("https")) {
        return QStringLiteral("--base-url must use https (or http on a loopback host), e.g. %1.").arg(example);
    }
    // The root is the API host (with an optional proxy prefix); a trailing /v2 or /v3 is accepted and dropped.
    // An endpoint path is refused: requests would go to <it>/v3/..., which is never Konnect's API.
    static const QRegularExpression endpointPath(QStringLiteral("/v[0-9]+/.*[^/]"));
    if (endpointPath.match(url.path()).hasMatch())
        return QStringLiteral("--base-url must be the API root, not an endpoint: remove everything after the host "
                              "(and any proxy prefix), e.g. %1.")
            .arg(example);
    return {};
}

QUrl Region::normalizedBaseUrl(const QUrl& url)
{
    QUrl normalized = url;
    QString path = normalized.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QRegularExpression versionSuffix(QStringLiteral("/v[0-9]+$"));
    path.remove(versionSuffix);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    return normalized;
}
