#include "ProfileSession.h"

#include "GuiSettings.h"
#include "KonnectClient.h"
#include "ProfileStore.h"
#include "Region.h"
#include "SecretRedactor.h"
#include "TokenValidator.h"

ProfileSession::ProfileSession(KonnectClient* client, ProfileStore* profiles, TokenStore* tokens, GuiSettings* settings,
                               QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_tokens(tokens)
    , m_settings(settings)
{
    if (m_tokens) {
        m_resolver = new TokenResolver(m_tokens, this);
        connect(m_resolver, &TokenResolver::resolved, this, &ProfileSession::onResolved);
        connect(m_tokens, &TokenStore::finished, this, &ProfileSession::onStoreFinished);
    }
    connect(m_client, &KonnectClient::updateMethodLearned, this, [this](KonnectClient::UpdateMethod method) {
        m_profile.updateMethod
            = method == KonnectClient::UpdateMethod::Patch ? Profile::UpdateMethod::Patch : Profile::UpdateMethod::Put;
        if (m_profiles && m_profiles->contains(m_profile.name))
            m_profiles->setUpdateMethod(m_profile.name, m_profile.updateMethod);
    });
}

ProfileSession::~ProfileSession() = default;

QString ProfileSession::start(const StartOptions& options)
{
    if (!m_profiles)
        return tr("No profile store.");
    const QString name = options.profile.isEmpty() ? m_profiles->currentProfile() : options.profile;
    const ProfileStore::EnsureResult ensured = m_profiles->ensure(name);
    if (!ensured.error.isEmpty())
        return ensured.error;
    Profile profile = m_profiles->profile(name);
    if (!options.region.isEmpty()) {
        if (const QString error = Region::checkRegion(options.region); !error.isEmpty())
            return error;
        profile.region = options.region;
    }
    if (!options.baseUrl.isEmpty()) {
        if (const QString error = Region::checkBaseUrl(options.baseUrl); !error.isEmpty())
            return error;
        profile.baseUrl = options.baseUrl;
    }
    if (ensured.created)
        emit profilesChanged();
    openProfile(profile, options.tokenForThisRun);
    return {};
}

void ProfileSession::startInMemory(const Profile& profile, const QString& token)
{
    m_memoryToken = token;
    openProfile(profile, std::nullopt);
}

void ProfileSession::addInMemoryProfile(const Profile& profile, const QString& token)
{
    if (!isInMemory() || profile.name.isEmpty() || profile.name == m_profile.name)
        return;
    for (const Profile& other : std::as_const(m_otherMemoryProfiles)) {
        if (other.name == profile.name)
            return;
    }
    m_otherMemoryProfiles.append(profile);
    m_otherMemoryTokens.insert(profile.name, token);
    emit profilesChanged();
}

QStringList ProfileSession::profileNames() const
{
    if (!m_profiles) {
        QStringList names {m_profile.name};
        for (const Profile& other : m_otherMemoryProfiles)
            names.append(other.name);
        names.sort();
        return names;
    }
    QStringList names = m_profiles->names();
    if (!names.contains(m_profile.name) && !m_profile.name.isEmpty())
        names.append(m_profile.name);
    names.sort();
    return names;
}

bool ProfileSession::hasToken() const
{
    return m_client->hasToken();
}

QString ProfileSession::tokenStateText() const
{
    switch (m_tokenState) {
    case TokenState::Checking:
        return tr("checking the system keychain…");
    case TokenState::Keychain:
        return tr("stored in the system keychain");
    case TokenState::ThisRun:
        return tr("given for this run only (not stored)");
    case TokenState::Environment:
        return tr("from the environment variable KONNECT_TOKEN (not stored)");
    case TokenState::Memory:
        return tr("held in memory for this session only");
    case TokenState::None:
        break;
    }
    return tr("none");
}

void ProfileSession::setTokenState(TokenState state, const QString& note, const QString& details)
{
    m_tokenState = state;
    m_tokenNote = SecretRedactor::redact(note);
    m_tokenNoteDetails = SecretRedactor::redact(details);
    emit tokenStateChanged();
}

void ProfileSession::useToken(const QString& token)
{
    m_token = token;
    m_client->setToken(token);
}

void ProfileSession::openProfile(const Profile& profile, const std::optional<QString>& tokenForThisRun)
{
    m_profile = profile;
    m_savedRegion = profile.region;
    m_client->setApiRoot(profile.apiRoot());
    m_client->setUpdateMethod(profile.updateMethod == Profile::UpdateMethod::Patch ? KonnectClient::UpdateMethod::Patch
                                                                                   : KonnectClient::UpdateMethod::Put);
    useToken(QString());
    m_authorization.clear();
    m_authorizationReadId = 0;
    m_pendingToken.clear();
    if (m_profiles && m_profiles->contains(profile.name))
        m_profiles->setCurrentProfile(profile.name);

    if (!m_tokens) {
        useToken(m_memoryToken);
        setTokenState(m_memoryToken.isEmpty() ? TokenState::None : TokenState::Memory);
        emit profileOpened();
        QMetaObject::invokeMethod(this, &ProfileSession::tokenSettled, Qt::QueuedConnection);
        return;
    }
    setTokenState(TokenState::Checking);
    m_resolveId = m_resolver->resolve(profile.name, tokenForThisRun);
    if (m_settings->remembersAuthorization(profile.name))
        m_authorizationReadId = m_tokens->read(profile.name, SecretKind::SiemAuthorization);
    emit profileOpened();
}

void ProfileSession::onResolved(const TokenResolver::Resolution& resolution)
{
    if (resolution.requestId != m_resolveId)
        return; // an earlier profile's answer
    if (!resolution.ok) {
        useToken(QString());
        QString note = resolution.source == TokenResolver::Source::None
            ? tr("No Konnect token for this profile: set one with Set token.")
            : tr("The token could not be used: %1").arg(resolution.error);
        QString details;
        if (resolution.source == TokenResolver::Source::None && !resolution.error.isEmpty()
            && !resolution.error.startsWith(QLatin1String("No Konnect token"))) {
            // The keychain could not be asked. Its own words (D-Bus object paths, often twice) go to Details.
            note = tr("The system keychain could not be read; set the token again or check the keychain.");
            details = resolution.error;
        }
        setTokenState(TokenState::None, note, details);
    } else {
        useToken(resolution.token);
        switch (resolution.source) {
        case TokenResolver::Source::Stdin:
            setTokenState(TokenState::ThisRun, resolution.notes.join(QLatin1Char(' ')));
            break;
        case TokenResolver::Source::Environment:
            setTokenState(TokenState::Environment, resolution.notes.join(QLatin1Char(' ')));
            break;
        case TokenResolver::Source::Keychain:
        case TokenResolver::Source::None:
            setTokenState(TokenState::Keychain, resolution.notes.join(QLatin1Char(' ')));
            break;
        }
    }
    emit tokenSettled();
}

QString ProfileSession::open(const QString& name)
{
    if (!m_profiles) {
        if (name == m_profile.name)
            return {};
        for (qsizetype i = 0; i < m_otherMemoryProfiles.size(); ++i) {
            if (m_otherMemoryProfiles.at(i).name != name)
                continue;
            // The open one (with a region or token changed in this run) goes back among the others.
            const Profile next = m_otherMemoryProfiles.takeAt(i);
            const QString nextToken = m_otherMemoryTokens.take(name);
            m_otherMemoryProfiles.append(m_profile);
            m_otherMemoryTokens.insert(m_profile.name, m_memoryToken);
            m_memoryToken = nextToken;
            openProfile(next, std::nullopt);
            return {};
        }
        return tr("Demo mode has only its own profile.");
    }
    if (const QString error = ProfileStore::checkName(name); !error.isEmpty())
        return error;
    if (!m_profiles->contains(name))
        return tr("There is no profile with this name.");
    openProfile(m_profiles->profile(name), std::nullopt);
    return {};
}

QString ProfileSession::addProfile(const Profile& profile)
{
    if (!m_profiles)
        return tr("Demo mode has only its own profile.");
    if (const QString error = ProfileStore::checkName(profile.name); !error.isEmpty())
        return error;
    if (m_profiles->contains(profile.name))
        return tr("A profile with this name exists already: choose another name.");
    if (const QString error = m_profiles->save(profile); !error.isEmpty())
        return error;
    emit profilesChanged();
    openProfile(m_profiles->profile(profile.name), std::nullopt);
    return {};
}

QString ProfileSession::editProfile(const QString& region, const QUrl& baseUrl, Keep keep)
{
    Profile changed = m_profile;
    changed.region = region;
    changed.baseUrl = baseUrl;
    if (const QString error = Region::checkRegion(region); !error.isEmpty())
        return error;
    if (!baseUrl.isEmpty()) {
        if (const QString error = Region::checkBaseUrl(baseUrl); !error.isEmpty())
            return error;
    }
    if (m_profiles && keep == Keep::Saved) {
        if (const QString error = m_profiles->save(changed); !error.isEmpty())
            return error;
    }
    // The token stays: it belongs to the profile, not to the region.
    m_profile = changed;
    if (keep == Keep::Saved)
        m_savedRegion = changed.region;
    m_client->setApiRoot(changed.apiRoot());
    emit profileOpened();
    emit tokenSettled();
    return {};
}

QString ProfileSession::setRegion(const QString& region)
{
    return editProfile(region, m_profile.baseUrl);
}

QString ProfileSession::renameProfile(const QString& newName)
{
    if (!m_profiles)
        return tr("Demo mode has only its own profile.");
    const QString from = m_profile.name;
    if (const QString error = m_profiles->rename(from, newName); !error.isEmpty())
        return error;
    m_settings->renameProfile(from, newName);
    m_profile.name = newName;
    // Keychain entries are keyed by profile name: move them. The TokenStore carries out calls in order.
    if (m_tokens) {
        if (m_tokenState == TokenState::Keychain && !m_token.isEmpty()) {
            m_tokens->write(newName, m_token, SecretKind::KonnectToken);
            m_tokens->remove(from, SecretKind::KonnectToken);
        }
        if (!m_authorization.isEmpty()) {
            m_tokens->write(newName, m_authorization, SecretKind::SiemAuthorization);
            m_tokens->remove(from, SecretKind::SiemAuthorization);
        }
    }
    emit profilesChanged();
    return {};
}

QString ProfileSession::removeProfile()
{
    if (!m_profiles)
        return tr("Demo mode has only its own profile.");
    const QString name = m_profile.name;
    if (const QString error = m_profiles->remove(name); !error.isEmpty())
        return error;
    m_settings->removeProfile(name);
    if (m_tokens) {
        m_tokens->remove(name, SecretKind::KonnectToken);
        m_tokens->remove(name, SecretKind::SiemAuthorization);
    }
    emit profilesChanged();
    const QStringList remaining = m_profiles->names();
    const QString next = remaining.isEmpty() ? ProfileStore::defaultProfileName() : remaining.constFirst();
    m_profiles->ensure(next);
    openProfile(m_profiles->profile(next), std::nullopt);
    return {};
}

QString ProfileSession::setToken(const QString& raw)
{
    const TokenValidator::Result checked = TokenValidator::check(raw);
    if (!checked.ok)
        return checked.error;
    SecretRedactor::registerSecret(checked.token);
    if (!m_tokens) {
        m_memoryToken = checked.token;
        useToken(checked.token);
        setTokenState(TokenState::Memory);
        QMetaObject::invokeMethod(this, &ProfileSession::tokenSettled, Qt::QueuedConnection);
        return {};
    }
    m_pendingToken = checked.token;
    m_tokenWriteId = m_tokens->write(m_profile.name, checked.token, SecretKind::KonnectToken);
    return {};
}

void ProfileSession::removeToken()
{
    if (!m_tokens) {
        m_memoryToken.clear();
        useToken(QString());
        setTokenState(TokenState::None, tr("No Konnect token: set one with Set token."));
        return;
    }
    m_tokenRemoveId = m_tokens->remove(m_profile.name, SecretKind::KonnectToken);
}

QString ProfileSession::importCandidate(const ImportCandidate& candidate, const QString& profileName)
{
    if (!m_profiles || !m_tokens)
        return tr("Demo mode does not import tokens.");
    if (!candidate.importable)
        return candidate.problem;
    if (const QString error = ProfileStore::checkName(profileName); !error.isEmpty())
        return error;
    Profile profile = m_profiles->profile(profileName);
    profile.name = profileName;
    profile.region = candidate.region;
    profile.baseUrl = candidate.baseUrl;
    if (const QString error = m_profiles->save(profile); !error.isEmpty())
        return error;
    emit profilesChanged();
    SecretRedactor::registerSecret(candidate.token);
    openProfile(m_profiles->profile(profileName), std::nullopt);
    // The keychain write is queued after the read openProfile() started, so the read may find nothing; the write's
    // answer settles the token state either way.
    m_pendingToken = candidate.token;
    m_tokenWriteId = m_tokens->write(profileName, candidate.token, SecretKind::KonnectToken);
    m_resolveId = 0; // the write decides
    return {};
}

void ProfileSession::storeAuthorization(const QString& authorization)
{
    if (!m_tokens || authorization.isEmpty())
        return;
    SecretRedactor::registerSecret(authorization);
    m_authorization = authorization;
    m_tokens->write(m_profile.name, authorization, SecretKind::SiemAuthorization);
}

void ProfileSession::forgetAuthorization()
{
    m_authorization.clear();
    if (m_tokens)
        m_tokens->remove(m_profile.name, SecretKind::SiemAuthorization);
}

void ProfileSession::onStoreFinished(const TokenStore::Result& result)
{
    if (result.profile != m_profile.name)
        return;
    if (result.requestId == m_tokenWriteId) {
        m_tokenWriteId = 0;
        const QString token = m_pendingToken;
        m_pendingToken.clear();
        useToken(token);
        if (result.state == TokenStore::State::Written) {
            setTokenState(TokenState::Keychain);
        } else {
            // One sentence; the keychain's own words (D-Bus names and paths) go to Details.
            setTokenState(TokenState::Memory,
                          tr("The system keychain could not store the token, so it is kept for this session only."),
                          result.message);
            emit problem(m_tokenNote);
        }
        emit tokenSettled();
        return;
    }
    if (result.requestId == m_tokenRemoveId) {
        m_tokenRemoveId = 0;
        if (result.state == TokenStore::State::Removed) {
            useToken(QString());
            setTokenState(TokenState::None, tr("No Konnect token for this profile: set one with Set token."));
        } else {
            emit problem(tr("The token could not be removed from the system keychain: %1").arg(result.message));
        }
        return;
    }
    if (result.requestId == m_authorizationReadId) {
        m_authorizationReadId = 0;
        if (result.state == TokenStore::State::Found) {
            SecretRedactor::registerSecret(result.secret);
            m_authorization = result.secret;
            emit authorizationRecalled(result.secret);
        }
        return;
    }
    if (result.kind == SecretKind::SiemAuthorization && result.operation == TokenStore::Operation::Write
        && result.state != TokenStore::State::Written)
        emit problem(tr("The SIEM authorization could not be stored in the system keychain: %1").arg(result.message));
}
