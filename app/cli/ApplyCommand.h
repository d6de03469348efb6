#pragma once

#include "Command.h"
#include "ScopeWebhook.h"
#include "SiemOptions.h"
#include "WebhookConfig.h"

#include <QJsonObject>
#include <optional>

// `apply`: changes a scope's webhook in the model its region uses. Every flag is checked first; then what the scope
// has now is read (v3 first). --destination binds (v3), --unbind unbinds, --enable/--disable act on either model,
// and the inline settings change the v2 webhook: the flags are laid over it and only the difference is sent (PUT
// or PATCH, as the profile has learned).
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
    void onCurrent(const ScopeWebhook& webhook);
    void resolveDestination();
    void updateBinding(const WebhookBinding& desired);
    void unbind();
    void printBinding(const ScopeWebhook& webhook, const QString& headline);
    void applyInline(const WebhookConfig& current, const QJsonObject& answer);
    void onUpdated(const ApiResult& result);
    void printConfig(const QJsonObject& config, const QString& headline);

    std::optional<QString> m_endpoint;
    std::optional<QString> m_authorization;
    std::optional<bool> m_enabled;
    std::optional<LogFormat> m_logFormat;
    std::optional<bool> m_skipSslVerification;
    std::optional<QString> m_destination;
    bool m_unbind = false;
    bool m_inlineSettings = false;
    SiemOptions m_siem;
    Scope m_scope;
    ScopeWebhook m_current;
    QJsonObject m_currentJson;
    WebhookConfig m_desired; // without the authorization, to show when Konnect answers without a body
};
