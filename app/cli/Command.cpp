#include "Command.h"

#include "CommandContext.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"
#include "SecretInput.h"

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
