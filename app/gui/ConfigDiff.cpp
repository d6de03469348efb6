#include "ConfigDiff.h"

#include "ErrorText.h"
#include "SecretRedactor.h"

namespace {
QString yesNo(bool value)
{
    return value ? ConfigDiff::tr("yes") : ConfigDiff::tr("no");
}

QString tlsText(bool skip)
{
    return skip ? ConfigDiff::tr("skipped") : ConfigDiff::tr("verified");
}
} // namespace

QList<ConfigChange> ConfigDiff::between(const WebhookConfig& current, const WebhookConfig& desired,
                                        bool endpointIsSecret)
{
    QList<ConfigChange> changes;
    auto add = [&changes](const QString& field, const QString& current, const QString& proposed) {
        changes.append({field, ErrorText::fieldLabel(field), current, proposed});
    };
    const bool configured = !current.endpoint.isEmpty();
    if (desired.endpoint != current.endpoint) {
        if (endpointIsSecret)
            add(QStringLiteral("endpoint"), configured ? tr("%1 (hidden)").arg(SecretRedactor::mask()) : tr("none"),
                tr("%1 (new, hidden: the URL holds a key)").arg(SecretRedactor::mask()));
        else
            add(QStringLiteral("endpoint"), configured ? SecretRedactor::redact(current.endpoint) : tr("none"),
                SecretRedactor::redact(desired.endpoint));
    }
    if (desired.authorization)
        add(QStringLiteral("authorization"), configured ? tr("set, hidden by Konnect") : tr("not set"),
            tr("%1 (new value, hidden)").arg(SecretRedactor::mask()));
    if (desired.enabled != current.enabled)
        add(QStringLiteral("enabled"), yesNo(current.enabled), yesNo(desired.enabled));
    if (desired.logFormat != current.logFormat)
        add(QStringLiteral("log_format"), toString(current.logFormat).toUpper(), toString(desired.logFormat).toUpper());
    if (desired.skipSslVerification != current.skipSslVerification)
        add(QStringLiteral("skip_ssl_verification"), tlsText(current.skipSslVerification),
            tlsText(desired.skipSslVerification));
    return changes;
}

QList<ConfigChange> ConfigDiff::betweenDestinations(const AuditLogDestination& current,
                                                    const AuditLogDestination& desired, bool endpointIsSecret)
{
    QList<ConfigChange> changes;
    if (desired.name != current.name)
        changes.append(
            {QStringLiteral("name"), tr("Name"), current.id.isEmpty() ? tr("none") : current.name, desired.name});
    WebhookConfig settings = desired.settings;
    settings.enabled = current.settings.enabled;
    changes.append(between(current.settings, settings, endpointIsSecret));
    return changes;
}

QList<ConfigChange> ConfigDiff::betweenBindings(const WebhookBinding& current, const QString& currentName,
                                                const WebhookBinding& desired, const QString& desiredName)
{
    QList<ConfigChange> changes;
    auto shown = [](const WebhookBinding& binding, const QString& name) {
        if (!binding.isBound())
            return tr("not bound");
        return name.isEmpty() ? binding.destinationId : tr("%1 (%2)").arg(name, binding.destinationId);
    };
    if (desired.destinationId != current.destinationId)
        changes.append({QStringLiteral("audit_log_destination_id"), tr("Destination"), shown(current, currentName),
                        shown(desired, desiredName)});
    if (desired.enabled != current.enabled)
        changes.append({QStringLiteral("enabled"), ErrorText::fieldLabel(QStringLiteral("enabled")),
                        yesNo(current.enabled), yesNo(desired.enabled)});
    return changes;
}

QString ConfigDiff::asText(const QList<ConfigChange>& changes)
{
    QStringList lines;
    for (const ConfigChange& change : changes)
        lines << tr("%1: %2 → %3").arg(change.label, change.current, change.proposed);
    return lines.join(QLatin1Char('\n'));
}
