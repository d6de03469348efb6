#include "ApplyCommand.h"

#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "ProfileStore.h"
#include "RetryingRequest.h"
#include "SecretInput.h"
#include "SecretRedactor.h"
#include "SiemOptions.h"

namespace {
const QString kEnable = QStringLiteral("enable");
const QString kDisable = QStringLiteral("disable");
const QString kSkipSsl = QStringLiteral("skip-ssl-verification");
} // namespace

FieldErrors ApplyCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;

    const SiemOptions siem = SiemOptions::check(commandLine, m_context.options().tokenStdin, &errors);
    m_endpoint = siem.endpoint;
    m_logFormat = siem.logFormat;
    if (siem.authorizationFromEnv)
        m_authorization = *siem.authorizationFromEnv;
    const bool fromEnv = commandLine.isSet(SiemOptions::authorizationEnvOption);
    const bool fromStdin = siem.authorizationFromStdin;

    if (commandLine.isSet(kEnable) && commandLine.isSet(kDisable))
        errors.append({QStringLiteral("--enable"), QStringLiteral("Give either --enable or --disable, not both.")});
    else if (commandLine.isSet(kEnable))
        m_enabled = true;
    else if (commandLine.isSet(kDisable))
        m_enabled = false;

    if (commandLine.isSet(kSkipSsl)) {
        const QString value = commandLine.value(kSkipSsl);
        if (value == QLatin1String("true"))
            m_skipSslVerification = true;
        else if (value == QLatin1String("false"))
            m_skipSslVerification = false;
        else
            errors.append({QStringLiteral("--skip-ssl-verification"),
                           QStringLiteral("Must be true or false. true makes Konnect skip the endpoint's "
                                          "certificate check: use it only for self-signed certificates outside "
                                          "production.")});
    }

    if (errors.isEmpty() && !m_endpoint && !fromEnv && !fromStdin && !m_enabled && !m_logFormat
        && !m_skipSslVerification) {
        errors.append({QStringLiteral("apply"),
                       QStringLiteral("Nothing to apply: give at least one of --endpoint, --authorization-env, "
                                      "--authorization-stdin, --enable, --disable, --log-format or "
                                      "--skip-ssl-verification.")});
    }
    return errors;
}

FieldErrors ApplyCommand::readSecrets()
{
    if (!m_context.commandLine().isSet(SiemOptions::authorizationStdinOption))
        return {};
    const QString value
        = SecretInput::withoutFinalLineEnding(SecretInput::read(QStringLiteral("SIEM authorization (not shown): ")));
    SecretRedactor::registerSecret(value);
    if (const auto problem = WebhookConfig::checkAuthorization(value))
        return {{QStringLiteral("--authorization-stdin"), problem->message}};
    m_authorization = value;
    return {};
}

void ApplyCommand::run()
{
    ApiCall* call = m_context.client().getWebhook();
    connect(call, &ApiCall::finished, this, &ApplyCommand::onCurrentConfig);
}

void ApplyCommand::onCurrentConfig(const ApiResult& result)
{
    if (!result.ok())
        return failWith(result);
    m_currentJson = result.json.object();
    QString problem;
    const std::optional<WebhookConfig> current = WebhookConfig::fromJson(m_currentJson, &problem);
    if (!current) {
        ApiResult bad = result;
        bad.kind = ApiResult::Kind::BadAnswer;
        bad.message = problem;
        return failWith(bad);
    }

    if (current->endpoint.isEmpty()) {
        FieldErrors missing;
        if (!m_endpoint)
            missing.append({QStringLiteral("--endpoint"),
                            QStringLiteral("Konnect has no webhook in region %1 yet: the first configuration needs "
                                           "--endpoint URL.")
                                .arg(m_context.region())});
        if (!m_authorization)
            missing.append({QStringLiteral("--authorization-env"),
                            QStringLiteral("Konnect has no webhook in region %1 yet: the first configuration needs "
                                           "an authorization too; give --authorization-env VAR or "
                                           "--authorization-stdin.")
                                .arg(m_context.region())});
        if (!missing.isEmpty())
            return failInput(missing);
    }

    WebhookConfig desired = *current;
    if (m_endpoint)
        desired.endpoint = *m_endpoint;
    desired.authorization = m_authorization;
    if (m_enabled)
        desired.enabled = *m_enabled;
    if (m_logFormat)
        desired.logFormat = *m_logFormat;
    if (m_skipSslVerification)
        desired.skipSslVerification = *m_skipSslVerification;

    KonnectClient& client = m_context.client();
    client.setUpdateMethod(m_context.profile().updateMethod == Profile::UpdateMethod::Patch
                               ? KonnectClient::UpdateMethod::Patch
                               : KonnectClient::UpdateMethod::Put);
    connect(&client, &KonnectClient::updateMethodLearned, this, [this](KonnectClient::UpdateMethod method) {
        const Profile::UpdateMethod learned
            = method == KonnectClient::UpdateMethod::Patch ? Profile::UpdateMethod::Patch : Profile::UpdateMethod::Put;
        const QString error = m_context.profiles().setUpdateMethod(m_context.profileName(), learned);
        if (!error.isEmpty())
            m_context.out().note(QStringLiteral("Note: %1").arg(error));
        else if (m_context.options().verbose)
            m_context.out().verbose(QStringLiteral("Konnect refused PUT with 405 and accepted PATCH; profile \"%1\" "
                                                   "uses PATCH from now on.")
                                        .arg(m_context.profileName()));
    });
    m_desired = desired;
    m_desired.authorization.reset();
    ApiCall* call = client.updateWebhook(*current, desired);
    connect(call, &ApiCall::finished, this, &ApplyCommand::onUpdated);
}

void ApplyCommand::onUpdated(const ApiResult& result)
{
    if (!result.ok())
        return failWith(result);
    // KonnectClient answers without a request when the flags match what Konnect has.
    if (result.attempts.isEmpty()) {
        printConfig(m_currentJson, QStringLiteral("Nothing to change: Konnect already has these settings."));
        return finish(0);
    }
    QJsonObject stored = result.json.object();
    if (stored.isEmpty())
        stored = m_desired.toJson();
    printConfig(stored, QStringLiteral("Saved. Konnect now has:"));
    finish(0);
}

void ApplyCommand::printConfig(const QJsonObject& config, const QString& headline)
{
    if (m_context.out().isJson()) {
        m_context.out().json(config);
        return;
    }
    m_context.out().line(headline);
    m_context.out().fields(m_context.connectionFields() + HumanFormatter::webhookConfig(config));
    if (!config.value(QLatin1String("enabled")).toBool())
        m_context.out().line(QStringLiteral("Deliveries are off: add --enable to start them."));
}
