#pragma once

#include "FleetVerdict.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How a verdict shows in the window and the tray: an icon whose shape differs per level (check, triangle, octagon,
// question mark: resources/icons/verdict/), its word, and a light background tint. Never the colour alone.
class VerdictLook
{
    Q_DECLARE_TR_FUNCTIONS(VerdictLook)
public:
    static QIcon icon(FleetVerdict::Level level);
    static QString text(FleetVerdict::Level level); // "OK", "WARNING", ... in the user's language
    static QColor background(FleetVerdict::Level level);
};
