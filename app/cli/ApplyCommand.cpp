#include "ApplyCommand.h"

#include "CommandContext.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "ProfileStore.h"
#include "RetryingRequest.h"
#include "ScopeWebhookReader.h"
#include "SecretInput.h"
#include "SecretRedactor.h"
#include "SiemOptions.h"

namespace {
const QString kEnable = QStringLiteral("enable");
const QString kDisable = QStringLiteral("disable");
const QString kDestination = QStringLiteral("destination");
const QString kUnbind = QStringLiteral("unbind");
const QString kPortal = QStringLiteral("portal");
} // namespace

FieldErrors ApplyCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;

    m_siem = SiemOptions::check(commandLine, m_context.options().tokenStdin, &errors);
    const SiemOptions& siem = m_siem;
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

    m_skipSslVerification = siem.skipSslVerification;

    const bool inlineSettings = commandLine.isSet(SiemOptions::endpointOption) || fromEnv || fromStdin
        || commandLine.isSet(SiemOptions::logFormatOption) || commandLine.isSet(SiemOptions::skipSslOption);
    if (commandLine.isSet(kDestination)) {
        m_destination = commandLine.value(kDestination).trimmed();
        if (m_destination->isEmpty())
            errors.append({QStringLiteral("--destination"),
                           QStringLiteral("Is empty: give the name or id of an audit log destination (see "
                                          "`destinations list`).")});
    }
    m_unbind = commandLine.isSet(kUnbind);
    if (m_unbind && m_destination)
        errors.append(
            {QStringLiteral("--unbind"), QStringLiteral("Give either --destination (bind) or --unbind, not both.")});
    if (m_unbind && m_enabled)
        errors.append({QStringLiteral("--unbind"),
                       QStringLiteral("--unbind also turns deliveries off: leave out --enable/--disable.")});
    if (inlineSettings && (m_destination || m_unbind))
        errors.append({QStringLiteral("--destination"),
                       QStringLiteral("--endpoint, the authorization, --log-format and --skip-ssl-verification "
                                      "belong to the inline (v2) webhook; a destination's settings change with "
                                      "`destinations update NAME|ID`. Give one or the other.")});
    if (inlineSettings && commandLine.isSet(kPortal))
        errors.append({QStringLiteral("--portal"),
                       QStringLiteral("A Dev Portal's webhook has no settings of its own: bind it with --destination "
                                      "NAME|ID, or change the destination with `destinations update`.")});

    if (errors.isEmpty() && !inlineSettings && !m_enabled && !m_destination && !m_unbind) {
        errors.append({QStringLiteral("apply"),
                       QStringLiteral("Nothing to apply: give at least one of --destination, --unbind, --enable, "
                                      "--disable, --endpoint, --authorization-env, --authorization-stdin, "
                                      "--log-format or --skip-ssl-verification.")});
    }
    m_inlineSettings = inlineSettings;
    return errors;
}

FieldErrors ApplyCommand::readSecrets()
{
    return m_siem.readStdinAuthorization(&m_authorization);
}

void ApplyCommand::run()
{
    withScope([this](const Scope& scope) {
        m_scope = scope;
        ScopeWebhookReader* reader = ScopeWebhookReader::read(&m_context.client(), scope, this);
        connect(reader, &ScopeWebhookReader::finished, this,
                [this](const ScopeWebhook& webhook, const ApiResult& result) {
                    if (!result.ok())
                        return failWith(result);
                    onCurrent(webhook);
                });
    });
}

void ApplyCommand::onCurrent(const ScopeWebhook& webhook)
{
    m_current = webhook;
    if (m_unbind)
        return unbind();
    if (m_destination)
        return resolveDestination();
    const bool v3Webhook = webhook.model == ScopeWebhook::Model::Destination || webhook.scope.isPortal();
    if (v3Webhook && m_inlineSettings) {
        return failInput(
            QStringLiteral("--endpoint"),
            QStringLiteral("%1 is bound to the audit log destination %2: its endpoint, authorization, format and TLS "
                           "setting are the destination's. Change them with `destinations update %3 ...`, or bind "
                           "another destination with --destination.")
                .arg(webhook.scope.describe(),
                     webhook.destination ? QStringLiteral("\"%1\"").arg(webhook.destination->name)
                                         : webhook.binding.destinationId,
                     webhook.binding.destinationId));
    }
    if (v3Webhook || (webhook.model == ScopeWebhook::Model::None && !m_inlineSettings)) {
        if (!webhook.binding.isBound() && m_enabled.value_or(false))
            return failInput(QStringLiteral("--enable"),
                             QStringLiteral("%1 is not bound to an audit log destination, so there is nothing to "
                                            "deliver to: add --destination NAME|ID (see `destinations list`).")
                                 .arg(webhook.scope.describe()));
        WebhookBinding desired = webhook.binding;
        if (m_enabled)
            desired.enabled = *m_enabled;
        return updateBinding(desired);
    }
    applyInline(webhook.inlineWebhook.value_or(WebhookConfig {}), webhook.inlineAnswer);
}

void ApplyCommand::resolveDestination()
{
    withDestination(*m_destination, QStringLiteral("--destination"), [this](const AuditLogDestination& chosen) {
        WebhookBinding desired = m_current.binding;
        desired.destinationId = chosen.id;
        if (m_enabled)
            desired.enabled = *m_enabled;
        m_current.destination = chosen;
        updateBinding(desired);
    });
}

void ApplyCommand::updateBinding(const WebhookBinding& desired)
{
    ApiCall* call = m_context.client().updateBinding(m_current.scope, m_current.binding, desired);
    connect(call, &ApiCall::finished, this, [this, desired](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        const bool unchanged = result.attempts.isEmpty();
        ScopeWebhook stored = m_current;
        stored.model = ScopeWebhook::Model::Destination;
        stored.binding = desired;
        if (const auto answered = WebhookBinding::fromJson(result.json.object()); answered && answered->isBound())
            stored.binding = *answered;
        if (stored.destination && stored.destination->id != stored.binding.destinationId)
            stored.destination.reset();
        printBinding(stored,
                     unchanged ? QStringLiteral("Nothing to change: Konnect already has these settings.")
                               : QStringLiteral("Saved. Konnect now has:"));
        finish(0);
    });
}

void ApplyCommand::unbind()
{
    if (!m_current.binding.isBound()) {
        printBinding(
            m_current,
            QStringLiteral("Nothing to change: %1 is not bound to a destination.").arg(m_current.scope.describe()));
        return finish(0);
    }
    ApiCall* call = m_context.client().unbind(m_current.scope);
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        ScopeWebhook stored = m_current;
        stored.model = ScopeWebhook::Model::None;
        stored.binding = {};
        stored.destination.reset();
        stored.inlineWebhook.reset();
        printBinding(stored, QStringLiteral("Unbound: %1 delivers nowhere now.").arg(stored.scope.describe()));
        finish(0);
    });
}

void ApplyCommand::printBinding(const ScopeWebhook& webhook, const QString& headline)
{
    if (m_context.out().isJson()) {
        m_context.out().json(webhook.toJson());
        return;
    }
    m_context.out().line(headline);
    m_context.out().fields(m_context.connectionFields(webhook.scope) + HumanFormatter::scopeWebhook(webhook));
    if (webhook.binding.isBound() && !webhook.binding.enabled)
        m_context.out().line(QStringLiteral("Deliveries are off: add --enable to start them."));
}

void ApplyCommand::applyInline(const WebhookConfig& currentConfig, const QJsonObject& answer)
{
    const std::optional<WebhookConfig> current = currentConfig;
    m_currentJson = answer;
    m_current.model = ScopeWebhook::Model::Inline; // what it is once this is stored

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
    ApiCall* call = client.updateWebhook(*current, desired, m_scope);
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
    m_context.out().fields(m_context.connectionFields(m_scope)
                           + Fields {{QStringLiteral("Model"), m_current.modelText()}}
                           + HumanFormatter::webhookConfig(config));
    if (!config.value(QLatin1String("enabled")).toBool())
        m_context.out().line(QStringLiteral("Deliveries are off: add --enable to start them."));
}
