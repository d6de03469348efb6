#include "TokenResolver.h"

#include "TokenValidator.h"

QString TokenResolver::environmentVariable()
{
    return QStringLiteral("KONNECT_TOKEN");
}

QString TokenResolver::describe(Source source)
{
    switch (source) {
    case Source::Stdin:
        return QStringLiteral("standard input (--token-stdin)");
    case Source::Keychain:
        return QStringLiteral("the system keychain");
    case Source::Environment:
        return QStringLiteral("the environment variable %1").arg(environmentVariable());
    case Source::None:
        break;
    }
    return QStringLiteral("nowhere");
}

TokenResolver::TokenResolver(TokenStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<TokenResolver::Resolution>();
    connect(m_store, &TokenStore::finished, this, &TokenResolver::onStoreFinished);
}

QString TokenResolver::setTokenHint(const QString& profile)
{
    return QStringLiteral("Store one with `konnect-audit-webhook token set --profile %1` (it reads the token from "
                          "standard input), set %2, or pass it for this run with --token-stdin.")
        .arg(profile, environmentVariable());
}

TokenResolver::RequestId TokenResolver::resolve(const QString& profile, const std::optional<QString>& tokenForThisRun)
{
    Resolution resolution;
    resolution.requestId = m_nextId++;
    resolution.profile = profile;
    if (tokenForThisRun) {
        accept(resolution, *tokenForThisRun, Source::Stdin);
        return resolution.requestId;
    }
    m_waitingForKeychain.emplace(m_store->read(profile, SecretKind::KonnectToken), resolution);
    return resolution.requestId;
}

void TokenResolver::onStoreFinished(const TokenStore::Result& result)
{
    const auto it = m_waitingForKeychain.find(result.requestId);
    if (it == m_waitingForKeychain.end())
        return; // someone else's request
    Resolution resolution = it->second;
    m_waitingForKeychain.erase(it);

    switch (result.state) {
    case TokenStore::State::Found:
        accept(resolution, result.secret, Source::Keychain);
        return;
    case TokenStore::State::NotFound:
        useEnvironment(resolution);
        return;
    case TokenStore::State::NoKeychain:
    case TokenStore::State::Error:
    case TokenStore::State::Written:
    case TokenStore::State::Removed:
        break;
    }
    // The keychain could not be asked. The environment still counts, but say why the keychain was skipped, since a
    // token stored there would otherwise be silently ignored.
    const bool environmentHasToken = !qEnvironmentVariable(qPrintable(environmentVariable())).isEmpty();
    if (environmentHasToken) {
        resolution.notes << result.message;
        useEnvironment(resolution);
        return;
    }
    resolution.error = result.message;
    if (result.state == TokenStore::State::NoKeychain)
        resolution.error += QStringLiteral(" Or set %1 for this run.").arg(environmentVariable());
    else
        resolution.error += QStringLiteral(" Or pass the token with --token-stdin, or set %1, for this run.")
                                .arg(environmentVariable());
    emitLater(resolution);
}

void TokenResolver::useEnvironment(Resolution resolution)
{
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(environmentVariable()));
    if (!fromEnvironment.isEmpty()) {
        accept(resolution, fromEnvironment, Source::Environment);
        return;
    }
    resolution.error = QStringLiteral("No Konnect token for profile \"%1\". %2")
                           .arg(resolution.profile, setTokenHint(resolution.profile));
    emitLater(resolution);
}

void TokenResolver::accept(Resolution resolution, const QString& raw, Source source)
{
    const TokenValidator::Result checked = TokenValidator::check(raw);
    resolution.source = source;
    if (checked.ok) {
        resolution.ok = true;
        resolution.token = checked.token;
    } else {
        if (source == Source::Keychain) {
            resolution.error = QStringLiteral("Refused the token stored in the system keychain for profile \"%1\": "
                                              "%2 %3")
                                   .arg(resolution.profile, checked.error, setTokenHint(resolution.profile));
        } else {
            resolution.error = QStringLiteral("Refused the token from %1: %2").arg(describe(source), checked.error);
        }
    }
    emitLater(resolution);
}

void TokenResolver::emitLater(const Resolution& resolution)
{
    // Queued even when the answer is known at once, so the caller can always connect after resolve() returns.
    QMetaObject::invokeMethod(
        this, [this, resolution] { Q_EMIT resolved(resolution); }, Qt::QueuedConnection);
}
