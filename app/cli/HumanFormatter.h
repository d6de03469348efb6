#pragma once

#include "AuditLogDestination.h"
#include "OutputPrinter.h"
#include "ScopeWebhook.h"

#include <QDateTime>
#include <QJsonObject>

// Turns Konnect's answers into the labelled lines people read. Konnect's field names stay in --json output;
// here they become words, and combinations (enabled + status) get their meaning spelled out.
class HumanFormatter
{
public:
    static Fields webhookConfig(const QJsonObject& config);
    // Name, id, endpoint, format, TLS, times; the authorization as Konnect keeps it (write-only).
    static Fields destination(const AuditLogDestination& destination);
    // The model first, then the binding and its destination, or the inline webhook.
    static Fields scopeWebhook(const ScopeWebhook& webhook);
    static Fields webhookStatus(const QJsonObject& status, const QDateTime& now, const Scope& scope = Scope());
    static Fields replayJob(const QJsonObject& job);
    static QList<Fields> jwksKeys(const QJsonObject& jwks);

    static QString replayStatusMeaning(const QString& status);
    static QString yesNo(bool value);
};
