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
    // https://<region>.api.konghq.com, the API host root as Kong's own tools take it (kongctl --base-url, decK
    // konnect-addr): the version (/v2, /v3) belongs to each call. Invalid QUrl for an unknown region.
    static QUrl apiRoot(const QString& region);
    // Where audit log destinations live: the global host for Konnect's own roots (as Kong's how-tos and kongctl
    // address them), the root itself for a custom base URL (a proxy or the emulator serves everything).
    static QUrl destinationsRoot(const QUrl& apiRoot);
    // The region whose standard root `root` is, or empty for a custom base URL.
    static QString regionOfRoot(const QUrl& root);
    // The root that serves `region` when `root` serves another: the region's standard root for a standard root; for
    // a custom base URL that names its region, by a last path segment (http://127.0.0.1:8099/eu, the emulator's
    // path prefix) or a first host label (https://eu.konnect-proxy.example.com), the same URL naming `region`
    // instead. Invalid for a custom base URL that names no region: it serves only the one it serves.
    static QUrl regionalRoot(const QUrl& root, const QString& region);
    // The region a root serves by that rule: a standard root's, or the one a custom base URL names; empty otherwise.
    static QString regionNamedBy(const QUrl& root);

    // Empty when the URL may be used as an API root; otherwise a message naming --base-url and saying how to fix it.
    // Never echoes the URL: it could carry a password in its user-info part.
    static QString checkBaseUrl(const QUrl& url);
    // True for 127.0.0.0/8, ::1 and localhost, where plain http cannot leave the machine.
    static bool isLoopbackHost(const QString& host);
    // The host root: trailing slashes and a trailing version segment (/v2, /v3) removed, so that a base URL from
    // before the version moved into each call keeps working. Ready to append /v2/... or /v3/... to.
    static QUrl normalizedBaseUrl(const QUrl& url);
};
