#include "VerdictLook.h"

#include "GuiResources.h"

QIcon VerdictLook::icon(FleetVerdict::Level level)
{
    GuiResources::ensureLoaded();
    switch (level) {
    case FleetVerdict::Level::Ok:
        return QIcon(QStringLiteral(":/icons/verdict/ok.svg"));
    case FleetVerdict::Level::Warning:
        return QIcon(QStringLiteral(":/icons/verdict/warning.svg"));
    case FleetVerdict::Level::Critical:
        return QIcon(QStringLiteral(":/icons/verdict/critical.svg"));
    case FleetVerdict::Level::Unknown:
        break;
    }
    return QIcon(QStringLiteral(":/icons/verdict/unknown.svg"));
}

QString VerdictLook::text(FleetVerdict::Level level)
{
    switch (level) {
    case FleetVerdict::Level::Ok:
        return tr("OK");
    case FleetVerdict::Level::Warning:
        return tr("WARNING");
    case FleetVerdict::Level::Critical:
        return tr("CRITICAL");
    case FleetVerdict::Level::Unknown:
        break;
    }
    return tr("UNKNOWN");
}

QColor VerdictLook::background(FleetVerdict::Level level)
{
    // Light tints, so that the text stays readable in a light theme; the icon and word carry the meaning.
    switch (level) {
    case FleetVerdict::Level::Ok:
        return QColor(0xe8, 0xf5, 0xe9);
    case FleetVerdict::Level::Warning:
        return QColor(0xff, 0xf8, 0xe1);
    case FleetVerdict::Level::Critical:
        return QColor(0xff, 0xeb, 0xee);
    case FleetVerdict::Level::Unknown:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}
