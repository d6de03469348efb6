#pragma once

#include "Profile.h"
#include "ProfileSession.h"

#include <QList>
#include <optional>

class Clock;
class GuiSettings;
class KonnectClient;
class KonnectEmulator;
class SiemReceiver;
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

    // Demo mode: the in-memory profile and token, the emulator the Demo menu scripts, and the SIEM receiver the
    // connection test can deliver to (its events are listed in a panel).
    std::optional<Profile> inMemoryProfile;
    QString inMemoryToken;
    // More in-memory profiles beside that one (the demo's second organization): the Overview watches them all, and
    // the window opens each from there or from the profile list. Nothing of them is written anywhere.
    struct MemoryProfile
    {
        Profile profile;
        QString token;
    };
    QList<MemoryProfile> otherInMemoryProfiles;
    KonnectEmulator* demoEmulator = nullptr;
    SiemReceiver* demoReceiver = nullptr;
};
