#pragma once

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
    // "Endpoint: a → b" lines, for the confirmation summary and for tests.
    static QString asText(const QList<ConfigChange>& changes);
};
