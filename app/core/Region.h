#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Konnect's regions and the API roots they map to. Each region has its own audit-log webhook, so the region is
// always explicit; a --base-url overrides the root (a proxy, or the local emulator on loopback).
class Region
{
public:
    static QString defaultRegion(); // "global", as in the seed's flow
    static QStringList all(); // global, us, eu, au, me, in, sg
    static bool isValid(const QString& region);
    // Empty when valid; otherwise a message naming --region and listing the choices.
    static QString checkRegion(const QString& region);
    // https://<region>.api.konghq.com/v2 (no trailing slash); invalid QUrl for an unknown region.
    static QUrl apiRoot(const QString& region);

    // Empty when the URL may be used as an API root; otherwise a message naming --base-url and saying how to fix it.
    // Never echoes the URL: it could carry a password in its user-info part.
    static QString checkBaseUrl(const QUrl& url);
    // True for 127.0.0.0/8, ::1 and localhost, where plain http cannot leave the machine.
    static bool isLoopbackHost(const QString& host);
    // The URL without trailing slashes on its path, ready to append endpoint paths to.
    static QUrl normalizedBaseUrl(const QUrl& url);
};
