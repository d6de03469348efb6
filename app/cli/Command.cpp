#include "Command.h"

#include "CommandContext.h"
#include "DevPortal.h"
#include "KonnectClient.h"
#include "NameOrIdMatch.h"
#include "RetryingRequest.h"
#include "SecretInput.h"
#include "SecretRedactor.h"
#include "TokenStore.h"
#include "WebhookConfig.h"

#include <QJsonArray>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Command::Command(CommandContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

void Command::start()
{
    if (!talksToKonnect()) {
        const FieldErrors errors = checkOptions();
        if (!errors.isEmpty())
            return failInput(errors);
        return run();
    }

    FieldErrors errors = m_context.checkConnectionOptions();
    errors += checkOptions();
    if (!errors.isEmpty())
        return failInput(errors);
    if (const QString problem = m_context.ensureProfile(); !problem.isEmpty())
        return failInput(QStringLiteral("--profile"), problem);

    std::optional<QString> tokenFromStdin;
    if (m_context.options().tokenStdin)
        tokenFromStdin = SecretInput::read(QStringLiteral("Konnect token (not shown): "));
    if (const FieldErrors secretErrors = readSecrets(); !secretErrors.isEmpty())
        return failInput(secretErrors);

    m_context.resolveToken(tokenFromStdin, [this](const TokenResolver::Resolution& resolution) {
        onTokenReady(resolution.ok, resolution.token, resolution.error, resolution.notes);
    });
}

void Command::onTokenReady(bool ok, const QString& token, const QString& error, const QStringList& notes)
{
    // E.g. "the keychain is unavailable" while KONNECT_TOKEN is set: worth knowing, too noisy for every CI run.
    if (m_context.options().verbose) {
        for (const QString& note : notes)
            m_context.out().verbose(QStringLiteral("Note: %1").arg(note));
    }
    if (!ok)
        return failInput(QStringLiteral("token"), error);
    m_context.client().setToken(token);
    run();
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void Command::failWith(const ApiResult& result)
{
    const int code = result.exitCode() == 0 ? 4 : result.exitCode();
    m_context.out().error(result.message, result.fieldErrors, code);
    finish(code);
}

void Command::failInput(const FieldErrors& errors)
{
    QString message;
    if (errors.size() == 1) {
        const FieldError& only = errors.constFirst();
        // Messages from core often name the option themselves ("--region must be one of ...").
        const bool prefix = only.field.startsWith(QLatin1String("--")) && !only.message.startsWith(only.field);
        message = prefix ? QStringLiteral("%1: %2").arg(only.field, only.message) : only.message;
    } else {
        message = QStringLiteral("%1 problems with the input; nothing was sent.").arg(errors.size());
    }
    m_context.out().error(message, errors, 2);
    finish(2);
}

void Command::withScope(std::function<void(const Scope&)> then)
{
    const QString region = m_context.region();
    if (!m_context.commandLine().isSet(QStringLiteral("portal")))
        return then(Scope::organization(region));
    const QString wanted = m_context.commandLine().value(QStringLiteral("portal"));
    ApiCall* call = m_context.client().listPortals(Scope::organization(region));
    connect(call, &ApiCall::finished, this, [this, region, wanted, then = std::move(then)](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
        DevPortals portals;
        QList<NameOrIdMatch::Item> items;
        for (const QJsonValue& value : data) {
            if (const std::optional<DevPortal> portal = DevPortal::fromJson(value.toObject())) {
                portals.append(*portal);
                items.append({portal->id, {portal->displayName, portal->name}, {}});
            }
        }
        FieldError error;
        const std::optional<int> index
            = NameOrIdMatch::find(items, wanted, QStringLiteral("--portal"), QStringLiteral("Dev Portal"), &error);
        if (!index)
            return failInput(error.field, error.message + QStringLiteral(" (Dev Portals of region %1)").arg(region));
        const DevPortal& portal = portals.at(*index);
        then(Scope::portal(region, portal.id, portal.shownName()));
    });
}

void Command::withRememberedAuthorization(std::function<void(const QString&)> then)
{
    TokenStore& store = m_context.tokenStore();
    const TokenStore::RequestId id = store.read(m_context.profileName(), SecretKind::SiemAuthorization);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &store, &TokenStore::finished, this,
        [this, id, connection, then = std::move(then)](const TokenStore::Result& result) {
            if (result.requestId != id)
                return;
            QObject::disconnect(*connection);
            if (result.state != TokenStore::State::Found) {
                return failInput(QStringLiteral("--authorization-keychain"),
                                 QStringLiteral("Profile \"%1\" has no SIEM authorization in the keychain "
                                                "(%2). The window remembers one when you tick \"Remember in "
                                                "the keychain\"; otherwise give --authorization-env VAR or "
                                                "--authorization-stdin.")
                                     .arg(m_context.profileName(),
                                          result.message.isEmpty() ? QStringLiteral("none stored") : result.message));
            }
            SecretRedactor::registerSecret(result.secret);
            if (const auto problem = WebhookConfig::checkAuthorization(result.secret))
                return failInput(QStringLiteral("--authorization-keychain"), problem->message);
            then(result.secret);
        });
}

void Command::confirm(const QString& question, std::function<void()> then)
{
    if (m_context.commandLine().isSet(QStringLiteral("yes")))
        return then();
    bool interactive = false;
#ifdef Q_OS_UNIX
    interactive = isatty(STDIN_FILENO) && isatty(STDERR_FILENO) && !m_context.options().json;
#endif
    if (!interactive)
        return failInput(QStringLiteral("--yes"),
                         QStringLiteral("Nothing was changed: %1 In a script, add --yes to "
                                        "confirm.")
                             .arg(question));
    const QByteArray prompt = (question + QStringLiteral(" [y/N] ")).toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
        return failInput(QStringLiteral("--yes"), QStringLiteral("Nothing was changed: not confirmed."));
    then();
}

void Command::withDestination(const QString& nameOrId, const QString& field,
                              std::function<void(const AuditLogDestination&)> then)
{
    ApiCall* call = m_context.client().listDestinations();
    connect(call, &ApiCall::finished, this, [this, nameOrId, field, then = std::move(then)](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        AuditLogDestinations all;
        QList<NameOrIdMatch::Item> items;
        const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue& value : data) {
            if (const auto destination = AuditLogDestination::fromJson(value.toObject())) {
                all.append(*destination);
                items.append({destination->id, {destination->name}, destination->settings.endpoint});
            }
        }
        FieldError error;
        const std::optional<int> index
            = NameOrIdMatch::find(items, nameOrId, field, QStringLiteral("audit log destination"), &error);
        if (!index)
            return failInput(error.field, error.message);
        then(all.at(*index));
    });
}
