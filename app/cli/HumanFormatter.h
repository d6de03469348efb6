#pragma once

#include "OutputPrinter.h"

#include <QDateTime>
#include <QJsonObject>

// Turns Konnect's answers into the labelled lines people read. Konnect's field names stay in --json output;
// here they become words, and combinations (enabled + status) get their meaning spelled out.
class HumanFormatter
{
public:
    static Fields webhookConfig(const QJsonObject& config);
    static Fields webhookStatus(const QJsonObject& status, const QDateTime& now);
    static Fields replayJob(const QJsonObject& job);
    static QList<Fields> jwksKeys(const QJsonObject& jwks);

    static QString replayStatusMeaning(const QString& status);
    static QString yesNo(bool value);
};
