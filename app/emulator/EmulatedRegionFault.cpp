#include "EmulatedRegionFault.h"

#include "Region.h"

std::optional<EmulatedRegionFault> EmulatedRegionFault::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<EmulatedRegionFault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(
            QStringLiteral("Give REGION:unavailable, REGION:slow=SECONDS or REGION:read-only, e.g. eu:slow=20."));
    EmulatedRegionFault fault;
    fault.region = text.left(colon);
    if (!Region::isValid(fault.region))
        return fail(QStringLiteral("The region must be one of %1.").arg(Region::all().join(QStringLiteral(", "))));
    const QString what = text.mid(colon + 1);
    if (what == QStringLiteral("unavailable"))
        return fault;
    if (what == QStringLiteral("read-only")) {
        fault.kind = Kind::ReadOnly;
        return fault;
    }
    if (!what.startsWith(QStringLiteral("slow=")))
        return fail(QStringLiteral("The fault must be unavailable, slow=SECONDS or read-only, e.g. eu:slow=20."));
    bool ok = false;
    const double seconds = what.mid(5).toDouble(&ok);
    if (!ok || seconds < 0 || seconds > maxDelaySeconds)
        return fail(QStringLiteral("slow= takes seconds from 0 to %1, e.g. eu:slow=20.").arg(maxDelaySeconds));
    fault.kind = Kind::Slow;
    fault.delayMs = int(seconds * 1000);
    return fault;
}
