#include "DestinationWriteCommand.h"

#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"
#include "SecretInput.h"
#include "SecretRedactor.h"

namespace {
const QString kName = QStringLiteral("name");
} // namespace

DestinationWriteCommand::DestinationWriteCommand(Mode mode, CommandContext& context, QObject* parent)
    : Command(context, parent)
    , m_mode(mode)
{
}

FieldErrors DestinationWriteCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;
    if (m_mode == Mode::Update) {
        const QStringList words = commandLine.arguments();
        if (words.size() != 1 || words.constFirst().trimmed().isEmpty())
            errors.append({QStringLiteral("destination"),
                           QStringLiteral("Give one destination, by name or id: `destinations update NAME|ID "
                                          "[--endpoint URL] ...`.")});
        else
            m_nameOrId = words.constFirst().trimmed();
    }
    m_siem = SiemOptions::check(commandLine, m_context.options().tokenStdin, &errors);
    if (m_siem.authorizationFromEnv)
        m_authorization = *m_siem.authorizationFromEnv;
    if (commandLine.isSet(kName)) {
        m_name = commandLine.value(kName);
        if (const auto problem = AuditLogDestination::checkName(*m_name))
            errors.append({QStringLiteral("--name"), problem->message});
    }
    if (m_mode == Mode::Create) {
        if (!m_name)
            errors.append({QStringLiteral("--name"),
                           QStringLiteral("A new destination needs a name: add --name "
                                          "NAME, e.g. --name \"Splunk production\".")});
        if (!commandLine.isSet(SiemOptions::endpointOption))
            errors.append({QStringLiteral("--endpoint"),
                           QStringLiteral("A new destination needs the SIEM's HTTPS URL: add --endpoint URL.")});
        if (!commandLine.isSet(SiemOptions::authorizationEnvOption) && !m_siem.authorizationFromStdin
            && !m_siem.authorizationFromKeychain)
            errors.append({QStringLiteral("--authorization-env"),
                           QStringLiteral("A new destination needs the authorization Konnect sends to the SIEM: "
                                          "give --authorization-env VAR, --authorization-stdin or "
                                          "--authorization-keychain.")});
    } else if (errors.isEmpty() && !m_name && !m_siem.endpoint
               && !commandLine.isSet(SiemOptions::authorizationEnvOption) && !m_siem.authorizationFromStdin
               && !m_siem.authorizationFromKeychain && !m_siem.logFormat && !m_siem.skipSslVerification) {
        errors.append({QStringLiteral("destinations update"),
                       QStringLiteral("Nothing to change: give at least one of --name, --endpoint, "
                                      "--authorization-env, --authorization-stdin, --authorization-keychain, "
                                      "--log-format or --skip-ssl-verification.")});
    }
    return errors;
}

FieldErrors DestinationWriteCommand::readSecrets()
{
    return m_siem.readStdinAuthorization(&m_authorization);
}

void DestinationWriteCommand::run()
{
    if (!m_siem.authorizationFromKeychain)
        return send();
    withRememberedAuthorization([this](const QString& authorization) {
        m_authorization = authorization;
        send();
    });
}

void DestinationWriteCommand::send()
{
    if (m_mode == Mode::Create)
        return create();
    withDestination(m_nameOrId, QStringLiteral("destination"),
                    [this](const AuditLogDestination& current) { update(current); });
}

void DestinationWriteCommand::create()
{
    AuditLogDestination destination;
    destination.name = *m_name;
    destination.settings.endpoint = *m_siem.endpoint;
    destination.settings.authorization = m_authorization;
    destination.settings.logFormat = m_siem.logFormat.value_or(LogFormat::Cef);
    destination.settings.skipSslVerification = m_siem.skipSslVerification.value_or(false);
    ApiCall* call = m_context.client().createDestination(destination);
    connect(call, &ApiCall::finished, this, [this, destination](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        printStored(result, destination, QStringLiteral("Created. Konnect now has:"));
    });
}

void DestinationWriteCommand::update(const AuditLogDestination& current)
{
    AuditLogDestination desired = current;
    if (m_name)
        desired.name = *m_name;
    if (m_siem.endpoint)
        desired.settings.endpoint = *m_siem.endpoint;
    desired.settings.authorization = m_authorization;
    if (m_siem.logFormat)
        desired.settings.logFormat = *m_siem.logFormat;
    if (m_siem.skipSslVerification)
        desired.settings.skipSslVerification = *m_siem.skipSslVerification;
    ApiCall* call = m_context.client().updateDestination(current, desired);
    connect(call, &ApiCall::finished, this, [this, desired](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        printStored(result, desired,
                    result.attempts.isEmpty() ? QStringLiteral("Nothing to change: Konnect already has these settings.")
                                              : QStringLiteral("Saved. Konnect now has:"));
    });
}

void DestinationWriteCommand::printStored(const ApiResult& result, const AuditLogDestination& fallback,
                                          const QString& headline)
{
    AuditLogDestination stored = fallback;
    if (const auto answered = AuditLogDestination::fromJson(result.json.object()))
        stored = *answered;
    stored.settings.authorization.reset();
    if (m_context.out().isJson()) {
        m_context.out().json(stored.toJson());
        return finish(0);
    }
    m_context.out().line(headline);
    m_context.out().fields(m_context.connectionFields() + HumanFormatter::destination(stored));
    if (m_mode == Mode::Create)
        m_context.out().line(QStringLiteral("Point a webhook at it with `apply --destination %1 --enable%2`.")
                                 .arg(stored.id, m_context.repeatOptions()));
    finish(0);
}
