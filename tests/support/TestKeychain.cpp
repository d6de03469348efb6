#include "TestKeychain.h"

#include <QSignalSpy>

TestKeychain::~TestKeychain()
{
    removeAll();
}

QString TestKeychain::unavailableReason()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        && qEnvironmentVariable("KAW_PRIVATE_KEYRING") == QLatin1String("1"))
        return {};
    return QStringLiteral("tokens come from the keychain only: run the tests through scripts/with-private-keyring.sh, "
                          "so that your own keychain is never touched.");
}

bool TestKeychain::store(const QString& profile, const QString& token)
{
    QSignalSpy done(&m_tokens, &TokenStore::finished);
    m_tokens.write(profile, token);
    if (!done.wait(10000))
        return false;
    m_stored.append(profile);
    return done.first().first().value<TokenStore::Result>().state == TokenStore::State::Written;
}

void TestKeychain::removeAll()
{
    for (const QString& profile : std::as_const(m_stored)) {
        QSignalSpy done(&m_tokens, &TokenStore::finished);
        m_tokens.remove(profile);
        done.wait(10000);
    }
    m_stored.clear();
}

bool TestKeychain::remove(const QString& profile)
{
    QSignalSpy done(&m_tokens, &TokenStore::finished);
    m_tokens.remove(profile);
    if (!done.wait(10000))
        return false;
    m_stored.removeAll(profile);
    return done.first().first().value<TokenStore::Result>().state == TokenStore::State::Removed;
}
