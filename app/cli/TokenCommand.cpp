#include "TokenCommand.h"

#include "CommandContext.h"
#include "ProfileStore.h"
#include "SecretInput.h"
#include "SecretRedactor.h"
#include "TokenResolver.h"
#include "TokenValidator.h"

#include <QJsonObject>

namespace {
QString kindText(TokenValidator::Kind kind)
{
    return kind == TokenValidator::Kind::SystemAccountToken ? QStringLiteral("system account token (spat_)")
                                                            : QStringLiteral("personal access token (kpat_)");
}

QString kindKey(TokenValidator::Kind kind)
{
    return kind == TokenValidator::Kind::SystemAccountToken ? QStringLiteral("system_account_token")
                                                            : QStringLiteral("personal_access_token");
}
} // namespace

TokenCommand::TokenCommand(Action action, CommandContext& context, QObject* parent)
    : Command(context, parent)
    , m_action(action)
{
}

FieldErrors TokenCommand::checkOptions()
{
    FieldErrors errors;
    if (const auto& profile = m_context.options().profile) {
        if (const QString problem = ProfileStore::checkName(*profile); !problem.isEmpty())
            errors.append({QStringLiteral("--profile"), problem});
    }
    // `token set` always reads standard input; the others never need a token.
    if (m_action != Action::Set && m_context.options().tokenStdin)
        errors.append({QStringLiteral("--token-stdin"),
                       QStringLiteral("`token status` and `token delete` read no token: leave --token-stdin out.")});
    return errors;
}

void TokenCommand::run()
{
    switch (m_action) {
    case Action::Set:
        return store();
    case Action::Status:
        return whenStored(m_context.tokenStore().read(m_context.profileName()),
                          [this](const TokenStore::Result& result) { showStatus(result); });
    case Action::Delete:
        return whenStored(m_context.tokenStore().read(m_context.profileName()),
                          [this](const TokenStore::Result& result) { removeIfStored(result); });
    }
}

void TokenCommand::whenStored(TokenStore::RequestId id, std::function<void(const TokenStore::Result&)> then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_context.tokenStore(), &TokenStore::finished, this,
                          [id, connection, then = std::move(then)](const TokenStore::Result& result) {
                              if (result.requestId != id)
                                  return;
                              QObject::disconnect(*connection);
                              if (result.state == TokenStore::State::Found)
                                  SecretRedactor::registerSecret(result.secret);
                              then(result);
                          });
}

void TokenCommand::failKeychain(const TokenStore::Result& result)
{
    m_context.out().error(result.message, {}, 4);
    finish(4);
}

void TokenCommand::store()
{
    const TokenValidator::Result checked
        = TokenValidator::check(SecretInput::read(QStringLiteral("Konnect token (not shown): ")));
    if (!checked.ok)
        return failInput(QStringLiteral("token"), checked.error + QStringLiteral(" Nothing was stored."));
    SecretRedactor::registerSecret(checked.token);
    if (const QString problem = m_context.ensureProfile(); !problem.isEmpty())
        return failInput(QStringLiteral("--profile"), problem);

    const QString profile = m_context.profileName();
    const TokenValidator::Kind kind = checked.kind;
    whenStored(m_context.tokenStore().write(profile, checked.token),
               [this, profile, kind](const TokenStore::Result& result) {
                   if (result.state != TokenStore::State::Written)
                       return failKeychain(result);
                   if (m_context.out().isJson()) {
                       m_context.out().json(QJsonObject {{QStringLiteral("profile"), profile},
                                                         {QStringLiteral("stored"), true},
                                                         {QStringLiteral("token_kind"), kindKey(kind)}});
                   } else {
                       m_context.out().line(QStringLiteral("Stored the %1 for profile \"%2\" in the system keychain.")
                                                .arg(kindText(kind), profile));
                   }
                   finish(0);
               });
}

void TokenCommand::showStatus(const TokenStore::Result& keychain)
{
    const QString profile = m_context.profileName();
    const QString environmentName = TokenResolver::environmentVariable();
    const QString environmentValue = qEnvironmentVariable(environmentName.toLatin1().constData());
    SecretRedactor::registerSecret(environmentValue);

    QString keychainText;
    QString keychainState;
    QJsonObject json {{QStringLiteral("profile"), profile}};
    bool keychainUsable = false;
    switch (keychain.state) {
    case TokenStore::State::Found: {
        const TokenValidator::Result checked = TokenValidator::check(keychain.secret);
        keychainState = QStringLiteral("stored");
        keychainUsable = checked.ok;
        keychainText = checked.ok
            ? QStringLiteral("a %1 is stored").arg(kindText(checked.kind))
            : QStringLiteral("an entry is stored, but it is not a Konnect token: %1").arg(checked.error);
        if (checked.ok)
            json.insert(QStringLiteral("keychain_token_kind"), kindKey(checked.kind));
        break;
    }
    case TokenStore::State::NotFound:
        keychainState = QStringLiteral("none");
        keychainText = QStringLiteral("none stored");
        break;
    default:
        keychainState = QStringLiteral("unavailable");
        keychainText = QStringLiteral("unavailable: %1").arg(keychain.message);
        break;
    }
    json.insert(QStringLiteral("keychain"), keychainState);

    const TokenValidator::Result fromEnvironment = TokenValidator::check(environmentValue);
    QString environmentText = QStringLiteral("not set");
    if (!environmentValue.isEmpty()) {
        environmentText = fromEnvironment.ok ? QStringLiteral("set, a %1").arg(kindText(fromEnvironment.kind))
                                             : QStringLiteral("set, but not a Konnect token");
    }
    json.insert(QStringLiteral("environment"), !environmentValue.isEmpty());

    // The same order as every command that talks to Konnect: the keychain first, then the environment.
    QString source = QStringLiteral("none");
    QString usedText = QStringLiteral("none: store one with `token set`, or set %1").arg(environmentName);
    int exitCode = 2;
    if (keychain.state == TokenStore::State::Found) {
        source = QStringLiteral("keychain");
        usedText = QStringLiteral("the system keychain");
        exitCode = keychainUsable ? 0 : 2;
    } else if (!environmentValue.isEmpty()) {
        source = QStringLiteral("environment");
        usedText = QStringLiteral("the environment variable %1").arg(environmentName);
        exitCode = fromEnvironment.ok ? 0 : 2;
    } else if (keychain.state != TokenStore::State::NotFound) {
        exitCode = 4;
    }
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("usable"), exitCode == 0);

    if (m_context.out().isJson()) {
        m_context.out().json(json);
    } else {
        m_context.out().fields({{QStringLiteral("Profile"), profile},
                                {QStringLiteral("Keychain"), keychainText},
                                {environmentName, environmentText},
                                {QStringLiteral("Used"), usedText}});
    }
    finish(exitCode);
}

void TokenCommand::removeIfStored(const TokenStore::Result& keychain)
{
    const QString profile = m_context.profileName();
    auto report = [this, profile](bool removed) {
        if (m_context.out().isJson()) {
            m_context.out().json(
                QJsonObject {{QStringLiteral("profile"), profile}, {QStringLiteral("removed"), removed}});
        } else {
            m_context.out().line(removed ? QStringLiteral("Removed the Konnect token of profile \"%1\" from the "
                                                          "system keychain.")
                                               .arg(profile)
                                         : QStringLiteral("No Konnect token was stored for profile \"%1\"; nothing "
                                                          "to remove.")
                                               .arg(profile));
        }
        finish(0);
    };
    if (keychain.state == TokenStore::State::NotFound)
        return report(false);
    if (keychain.state != TokenStore::State::Found)
        return failKeychain(keychain);
    whenStored(m_context.tokenStore().remove(profile), [this, report](const TokenStore::Result& result) {
        if (result.state != TokenStore::State::Removed)
            return failKeychain(result);
        report(true);
    });
}
