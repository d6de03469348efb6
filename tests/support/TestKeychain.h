#pragma once

#include "TokenStore.h"

#include <QStringList>

// Konnect tokens a test puts into the keychain for its profiles (a private Secret Service: scripts/with-private-
// keyring.sh), removed again by removeAll() or at destruction, as the keychain outlives the test's HOME.
class TestKeychain
{
public:
    ~TestKeychain();

    // Empty when the private keyring is there; else why the test cannot run.
    static QString unavailableReason();
    TokenStore* tokens() { return &m_tokens; }
    bool store(const QString& profile, const QString& token);
    // Makes sure `profile` has no token (what a test of a missing token needs).
    bool remove(const QString& profile);
    void removeAll();

private:
    TokenStore m_tokens;
    QStringList m_stored;
};
