#pragma once

#include "AuditLogDestination.h"
#include "WebhookBinding.h"
#include "WebhookConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One changed setting, ready to show: secrets already masked.
struct ConfigChange
{
    QString field; // the API's name, e.g. "log_format"
    QString label; // for people, e.g. "Log format"
    QString current;
    QString proposed;
};

// What applying `desired` would change in Konnect's `current` configuration, field by field.
class ConfigDiff
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDiff)
public:
    // endpointIsSecret: the endpoint carries a key (in its query or path), so neither value is shown.
    static QList<ConfigChange> between(const WebhookConfig& current, const WebhookConfig& desired,
                                       bool endpointIsSecret);
    // A destination's name and delivery settings (no `enabled`: that belongs to each binding). `current` without an
    // id: a new destination.
    static QList<ConfigChange> betweenDestinations(const AuditLogDestination& current,
                                                   const AuditLogDestination& desired, bool endpointIsSecret);
    // Which destination a webhook delivers to, and whether; destinations are shown by name.
    static QList<ConfigChange> betweenBindings(const WebhookBinding& current, const QString& currentName,
                                               const WebhookBinding& desired, const QString& desiredName);
    // "Endpoint: a → b" lines, for the confirmation summary and for tests.
    static QString asText(const QList<ConfigChange>& changes);
};
