#pragma once

#include "ApiResult.h"
#include "ScopeWebhook.h"
#include "WebhookConfig.h"

#include <QObject>
#include <QPointer>
#include <optional>

class ApiCall;
class KonnectClient;
class ScopeWebhookReader;

// Loads the chosen scope's webhook in whichever model it uses (ScopeWebhookReader) and applies the inline v2 one
// through the KonnectClient, one call at a time, and keeps
// what Konnect last reported. Widgets never touch the network: they ask this controller and follow its signals.
class WebhookController : public QObject
{
    Q_OBJECT
public:
    explicit WebhookController(KonnectClient* client, QObject* parent = nullptr);

    // What Konnect reported last; empty before the first successful load of this profile.
    const std::optional<WebhookConfig>& current() const { return m_current; }
    // What the last load found: the model, the binding, the destination, the inline webhook.
    const std::optional<ScopeWebhook>& webhook() const { return m_webhook; }
    bool isBusy() const { return !m_call.isNull() || !m_reader.isNull(); }

    void setScope(const Scope& scope) { m_scope = scope; }
    const Scope& scope() const { return m_scope; }
    void load();
    // Sends `desired` (its authorization only when it is to change).
    void apply(const WebhookConfig& desired);
    void cancel();
    // A different profile: forget what Konnect reported and drop any call in flight without a result.
    void reset();

signals:
    // A call started; follow its attempts and waits, or cancel it through cancel().
    void callStarted(ApiCall* call, const QString& description);
    void busyChanged(bool busy);
    // Every successful load, before loaded() (which only comes when there is an inline webhook to edit), and every
    // successful apply of the inline webhook, before applied().
    void webhookRead(const ScopeWebhook& webhook);
    void loaded(const WebhookConfig& current);
    void loadFailed(const ApiResult& result);
    void applied(const WebhookConfig& stored, const WebhookConfig& sent);
    void applyFailed(const ApiResult& result);

private:
    void start(ApiCall* call, const QString& description);
    void finishLoad(const ScopeWebhook& webhook, const ApiResult& result);
    void finishApply(const ApiResult& result, const WebhookConfig& sent);
    std::optional<WebhookConfig> readAnswer(const ApiResult& result, ApiResult* failure) const;

    KonnectClient* m_client;
    QPointer<ApiCall> m_call;
    QPointer<ScopeWebhookReader> m_reader;
    Scope m_scope;
    std::optional<WebhookConfig> m_current;
    std::optional<ScopeWebhook> m_webhook;
};
