#pragma once

#include "OutputPrinter.h"

#include <QJsonObject>

// Turns Konnect's answers into the labelled lines people read. Konnect's field names stay in --json output;
// here they become words, and combinations (enabled + status) get their meaning spelled out.
class HumanFormatter
{
public:
    static Fields webhookConfig(const QJsonObject& config);
    static Fields webhookStatus(const QJsonObject& status);
    static Fields replayJob(const QJsonObject& job);
    static QList<Fields> jwksKeys(const QJsonObject& jwks);

    // The table in konnect-facts.md: what an enabled flag and a delivery status mean together.
    static QString statusMeaning(bool enabled, const QString& status);
    static QString replayStatusMeaning(const QString& status);
    static QString yesNo(bool value);
};
