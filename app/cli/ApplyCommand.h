#pragma once

#include "Command.h"
#include "WebhookConfig.h"

#include <QJsonObject>
#include <optional>

// `apply`: changes the webhook. Every flag is checked first; then the current configuration is read, the flags are
// laid over it and only the difference is sent (PUT or PATCH, as the profile has learned).
class ApplyCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    FieldErrors checkOptions() override;
    FieldErrors readSecrets() override;
    void run() override;

private:
    void onCurrentConfig(const ApiResult& result);
    void onUpdated(const ApiResult& result);
    void printConfig(const QJsonObject& config, const QString& headline);

    std::optional<QString> m_endpoint;
    std::optional<QString> m_authorization;
    std::optional<bool> m_enabled;
    std::optional<LogFormat> m_logFormat;
    std::optional<bool> m_skipSslVerification;
    QJsonObject m_currentJson;
    WebhookConfig m_desired; // without the authorization, to show when Konnect answers without a body
};
