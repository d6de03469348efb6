#pragma once

#include "FleetVerdict.h"

#include <QString>

// What the watch tells the user when a scope changes for the worse or recovers: one title and one message that name
// the profile (the organization), the region or Dev Portal, what is the case and what to do.
struct FleetNotice
{
    enum class Kind { Problem, Recovered };

    Kind kind = Kind::Problem;
    FleetVerdict::Level level = FleetVerdict::Level::Ok;
    QString profile;
    QString scopeKey; // Scope::key(), to tell two notices of one profile apart
    QString title;
    QString message;
};
