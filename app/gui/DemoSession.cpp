#include "DemoSession.h"

#include "KonnectEmulator.h"
#include "SecretRedactor.h"

#include <QRandomGenerator>

DemoSession::DemoSession()
    : m_emulator(std::make_unique<KonnectEmulator>())
{
}

DemoSession::~DemoSession() = default;

bool DemoSession::start()
{
    if (!m_emulator->listen(0)) {
        m_error = m_emulator->errorString();
        return false;
    }
    // A fresh token per run, accepted only by this emulator: nothing to leak, but masked like any other.
    m_token = QStringLiteral("kpat_demo") + QString::number(QRandomGenerator::system()->generate64(), 36);
    SecretRedactor::registerSecret(m_token);
    m_emulator->setToken(m_token);
    return true;
}

Profile DemoSession::profile() const
{
    Profile profile;
    profile.name = QStringLiteral("demo");
    profile.region = QStringLiteral("global");
    profile.baseUrl = m_emulator->baseUrl();
    return profile;
}
