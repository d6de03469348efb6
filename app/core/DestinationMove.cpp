#include "DestinationMove.h"

#include "ApiCall.h"
#include "KonnectClient.h"

#include <QRegularExpression>
#include <QTimer>

DestinationMove* DestinationMove::start(KonnectClient* client, const Scope& scope, const WebhookConfig& inlineWebhook,
                                        const QString& name, const QString& authorization, QObject* parent)
{
    auto* move = new DestinationMove(client, scope, inlineWebhook, parent ? parent : client);
    QTimer::singleShot(0, move, [move, name, authorization] { move->create(name, authorization); });
    return move;
}

AuditLogDestination DestinationMove::plannedDestination(const WebhookConfig& inlineWebhook, const QString& name)
{
    return AuditLogDestination::fromInlineWebhook(inlineWebhook, name);
}

DestinationMove::DestinationMove(KonnectClient* client, const Scope& scope, const WebhookConfig& inlineWebhook,
                                 QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(scope)
    , m_inline(inlineWebhook)
{
}

void DestinationMove::cancel()
{
    if (m_call)
        m_call->cancel();
}

void DestinationMove::create(const QString& name, const QString& authorization)
{
    if (m_scope.isPortal()) {
        return done(ApiResult::invalidInput(tr("A Dev Portal has no inline webhook to move: bind it to a destination "
                                               "instead.")));
    }
    AuditLogDestination planned = plannedDestination(m_inline, name);
    planned.settings.authorization = authorization;
    m_call = m_client->createDestination(planned);
    connect(m_call, &ApiCall::finished, this, &DestinationMove::onCreated);
    emit callStarted(m_call, tr("Creating the audit log destination \"%1\"").arg(name));
}

void DestinationMove::onCreated(const ApiResult& result)
{
    if (!result.ok())
        return done(result);
    QString problem;
    const std::optional<AuditLogDestination> created = AuditLogDestination::fromJson(result.json.object(), &problem);
    if (!created) {
        // Konnect said 2xx, so the destination probably exists; without its id we cannot bind it.
        ApiResult bad = result;
        bad.kind = ApiResult::Kind::BadAnswer;
        bad.message = tr("Konnect created the destination but its answer cannot be read (%1).").arg(problem);
        m_stage = Stage::Created;
        return done(bad);
    }
    m_destination = *created;
    m_stage = Stage::Created;
    WebhookBinding desired;
    desired.destinationId = m_destination.id;
    desired.enabled = m_inline.enabled;
    // The inline webhook is not a binding: send both fields, whatever v3 reports for the unbound region.
    WebhookBinding nothing;
    nothing.enabled = !desired.enabled;
    m_call = m_client->updateBinding(m_scope, nothing, desired);
    connect(m_call, &ApiCall::finished, this, &DestinationMove::onBound);
    emit callStarted(m_call, tr("Binding %1 to \"%2\"").arg(m_scope.describe(), m_destination.name));
}

void DestinationMove::onBound(const ApiResult& result)
{
    if (result.ok())
        m_stage = Stage::Bound;
    done(result);
}

void DestinationMove::done(const ApiResult& result)
{
    if (m_done)
        return;
    m_done = true;
    m_call = nullptr;
    emit finished(m_stage, m_destination, result, report(result));
    deleteLater();
}

QString DestinationMove::repeatOptionsFor(const QString& profileName, const QString& profileRegion, const Scope& scope)
{
    // Quoted for a shell when the name is more than letters, digits and . _ - (a quote itself closes and reopens).
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+$"));
    auto quoted = [](const QString& text) {
        return plain.match(text).hasMatch()
            ? text
            : QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    };
    QString options;
    if (!profileName.isEmpty())
        options += QStringLiteral(" --profile ") + quoted(profileName);
    if (!scope.region().isEmpty() && scope.region() != profileRegion)
        options += QStringLiteral(" --region ") + quoted(scope.region());
    if (scope.isPortal())
        options += QStringLiteral(" --portal ") + quoted(scope.portalId());
    return options;
}

QString DestinationMove::report(const ApiResult& result) const
{
    switch (m_stage) {
    case Stage::NotStarted:
        return tr("Nothing changed: the destination could not be created (%1). %2 still uses its inline webhook.")
            .arg(result.message, m_scope.describe());
    case Stage::Created:
        if (m_destination.id.isEmpty())
            return tr("The destination was probably created, but %1 was not bound to it and still uses its inline "
                      "webhook. Look for it with `destinations list%2`, then bind with `apply --destination ID%2`, "
                      "or delete it with `destinations delete ID --yes%2`.")
                .arg(m_scope.describe(), m_repeatOptions);
        return tr("Half done: the destination \"%1\" (%2) now exists, but binding %3 to it failed (%4). The region "
                  "still delivers through its inline webhook, unchanged. To finish: `apply --destination %2%5%6`; "
                  "to undo: `destinations delete %2 --yes%6`.")
            .arg(m_destination.name, m_destination.id, m_scope.describe(), result.message,
                 m_inline.enabled ? QStringLiteral(" --enable") : QString(), m_repeatOptions);
    case Stage::Bound:
        return tr("Moved: %1 now delivers through the destination \"%2\" (%3), with the same endpoint, format and TLS "
                  "setting%4.")
            .arg(m_scope.describe(), m_destination.name, m_destination.id,
                 m_inline.enabled ? tr(", enabled") : tr(", disabled as before"));
    }
    return {};
}
