#include "MoveToDestinationCommand.h"

#include "CommandContext.h"
#include "DestinationMove.h"
#include "HumanFormatter.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"
#include "ScopeWebhookReader.h"
#include "SecretInput.h"
#include "SecretRedactor.h"

#include <QJsonObject>

FieldErrors MoveToDestinationCommand::checkOptions()
{
    FieldErrors errors;
    m_siem = SiemOptions::check(m_context.commandLine(), m_context.options().tokenStdin, &errors);
    if (m_siem.authorizationFromEnv)
        m_authorization = *m_siem.authorizationFromEnv;
    if (!m_context.commandLine().isSet(SiemOptions::authorizationEnvOption) && !m_siem.authorizationFromStdin
        && !m_siem.authorizationFromKeychain)
        errors.append({QStringLiteral("--authorization-env"),
                       QStringLiteral("Konnect never returns the SIEM authorization, so the new destination needs it "
                                      "again: give --authorization-env VAR, --authorization-stdin or "
                                      "--authorization-keychain.")});
    m_name = m_context.commandLine().isSet(QStringLiteral("name"))
        ? m_context.commandLine().value(QStringLiteral("name"))
        : QStringLiteral("Audit logs (%1)").arg(m_context.region());
    if (const auto problem = AuditLogDestination::checkName(m_name))
        errors.append({QStringLiteral("--name"), problem->message});
    return errors;
}

FieldErrors MoveToDestinationCommand::readSecrets()
{
    return m_siem.readStdinAuthorization(&m_authorization);
}

void MoveToDestinationCommand::run()
{
    auto read = [this]() {
        ScopeWebhookReader* reader
            = ScopeWebhookReader::read(&m_context.client(), Scope::organization(m_context.region()), this);
        connect(reader, &ScopeWebhookReader::finished, this,
                [this](const ScopeWebhook& webhook, const ApiResult& result) {
                    if (!result.ok())
                        return failWith(result);
                    onCurrent(webhook);
                });
    };
    if (!m_siem.authorizationFromKeychain)
        return read();
    withRememberedAuthorization([this, read](const QString& authorization) {
        m_authorization = authorization;
        read();
    });
}

void MoveToDestinationCommand::onCurrent(const ScopeWebhook& webhook)
{
    if (!webhook.canMoveToDestination()) {
        QString why;
        if (!webhook.v3Available)
            why = QStringLiteral("this Konnect API has no v3 (/v3/audit-log-webhook answered 404 or 405), so there "
                                 "are no destinations to move to; the inline webhook stays as it is.");
        else if (webhook.model == ScopeWebhook::Model::Destination)
            why = QStringLiteral("%1 already delivers through the destination %2.")
                      .arg(webhook.scope.describe(),
                           webhook.destination ? QStringLiteral("\"%1\"").arg(webhook.destination->name)
                                               : webhook.binding.destinationId);
        else
            why = QStringLiteral("%1 has no inline webhook to move: create a destination with `destinations create` "
                                 "and bind it with `apply --destination NAME|ID --enable`.")
                      .arg(webhook.scope.describe());
        return failInput(QStringLiteral("move-to-destination"), QStringLiteral("Nothing to move: %1").arg(why));
    }
    printPlan(webhook);
    confirm(QStringLiteral("Create the destination \"%1\" and bind %2 to it?").arg(m_name, webhook.scope.describe()),
            [this, webhook]() { move(webhook); });
}

void MoveToDestinationCommand::printPlan(const ScopeWebhook& webhook) const
{
    if (m_context.out().isJson())
        return;
    const AuditLogDestination planned = DestinationMove::plannedDestination(*webhook.inlineWebhook, m_name);
    m_context.out().fields(m_context.connectionFields(webhook.scope));
    m_context.out().line(QStringLiteral("\nThe plan:"));
    m_context.out().line(QStringLiteral("1. Create the audit log destination (what the inline webhook has now):"));
    Fields created = HumanFormatter::destination(planned);
    created.removeAt(1); // no id yet
    created.removeLast(); // no update time yet
    for (auto& field : created)
        field.first.prepend(QStringLiteral("   "));
    created[2].second = QStringLiteral("the one you gave (hidden)");
    m_context.out().fields(created);
    m_context.out().line(QStringLiteral("2. Bind %1 to it:").arg(webhook.scope.describe()));
    m_context.out().fields({{QStringLiteral("   Destination"), QStringLiteral("inline webhook -> \"%1\"").arg(m_name)},
                            {QStringLiteral("   Enabled"), HumanFormatter::yesNo(webhook.isEnabled())}});
    m_context.out().line(
        QStringLiteral("Until step 2 succeeds, the region keeps delivering through its inline webhook."));
}

void MoveToDestinationCommand::move(const ScopeWebhook& webhook)
{
    DestinationMove* move = DestinationMove::start(&m_context.client(), webhook.scope, *webhook.inlineWebhook, m_name,
                                                   *m_authorization, this);
    move->setRepeatOptions(m_context.repeatOptions());
    connect(move, &DestinationMove::finished, this,
            [this](DestinationMove::Stage stage, const AuditLogDestination& destination, const ApiResult& result,
                   const QString& report) {
                if (stage != DestinationMove::Stage::Bound) {
                    ApiResult failed = result;
                    failed.message = report;
                    if (m_context.out().isJson() && stage == DestinationMove::Stage::Created) {
                        // A script must learn the id that now exists, even on failure.
                        failed.fieldErrors.prepend({QStringLiteral("created_destination_id"), destination.id});
                    }
                    return failWith(failed);
                }
                if (m_context.out().isJson())
                    m_context.out().json(QJsonObject {{QStringLiteral("moved"), true},
                                                      {QStringLiteral("destination"), destination.toJson()}});
                else
                    m_context.out().line(report);
                finish(0);
            });
}
