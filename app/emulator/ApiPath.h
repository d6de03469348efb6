#pragma once

#include <QString>
#include <optional>

// Where an API request goes: [/<region>][/<any prefix>]/v2|v3/<resource>. A proxy-style prefix before the version
// is allowed (as it always was); when its first segment is a Konnect region name, it selects that region, so that
// one emulator can stand in for every regional host.
struct ApiPath
{
    QString region; // empty: the emulator's default region
    QString version; // "v2" or "v3"
    QString resource; // e.g. "/audit-log-webhook", without trailing slashes

    bool isV3() const { return version == QStringLiteral("v3"); }

    // nullopt when the path holds neither /v2/ nor /v3/.
    static std::optional<ApiPath> parse(const QString& path);
};
