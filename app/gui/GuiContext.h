#pragma once

#include "Profile.h"
#include "ProfileSession.h"

#include <optional>

class Clock;
class GuiSettings;
class KonnectClient;
class KonnectEmulator;
class ProfileStore;
class TokenStore;

// What the main window works with, made by GuiApp (or by a test, which injects a ManualClock, its own settings
// files and an emulator). The window owns none of it.
struct GuiContext
{
    Clock* clock = nullptr; // null: the system clock
    KonnectClient* client = nullptr; // required
    GuiSettings* settings = nullptr; // required
    ProfileStore* profiles = nullptr; // null (with tokens null): one profile in memory, as in demo mode
    TokenStore* tokens = nullptr;
    ProfileSession::StartOptions startOptions;

    // Demo mode: the in-memory profile and token, and the emulator the Demo menu scripts.
    std::optional<Profile> inMemoryProfile;
    QString inMemoryToken;
    KonnectEmulator* demoEmulator = nullptr;
};
