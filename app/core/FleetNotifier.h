#pragma once

#include "FleetNotice.h"

// Where the watch's notices go: the window's tray balloon (TrayNotifier), or anything else that shows them. Kept to
// one call so that a test can record exactly what a user would have been told.
class FleetNotifier
{
public:
    virtual ~FleetNotifier();
    virtual void notify(const FleetNotice& notice) = 0;
};
