#pragma once

#include "Profile.h"

#include <QString>
#include <memory>

class KonnectEmulator;

// `--demo`: the Konnect emulator in this process on a free loopback port, a random demo token it accepts, and a
// profile that lives in memory only, so the user's keychain, profiles and settings are never touched.
class DemoSession
{
public:
    DemoSession();
    ~DemoSession();

    // False (with errorString()) when no loopback port could be opened.
    bool start();
    QString errorString() const { return m_error; }

    KonnectEmulator* emulator() const { return m_emulator.get(); }
    Profile profile() const;
    QString token() const { return m_token; }

private:
    std::unique_ptr<KonnectEmulator> m_emulator;
    QString m_token;
    QString m_error;
};
