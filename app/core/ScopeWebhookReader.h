#pragma once

#include "ApiResult.h"
#include "ScopeWebhook.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class KonnectClient;

// Reads what a scope's webhook is, v3 first: the binding, then the bound destination; for the organization, the
// inline v2 webhook when the region is not bound (or the API has no v3: 404/405 on /v3/audit-log-webhook). Emits
// finished() once, then deletes itself. The result is ok, or the first call that failed.
class ScopeWebhookReader : public QObject
{
    Q_OBJECT
public:
    static ScopeWebhookReader* read(KonnectClient* client, const Scope& scope, QObject* parent = nullptr);

    void cancel();
    // The call in flight, for a progress widget.
    ApiCall* currentCall() const { return m_call; }

signals:
    void callStarted(ApiCall* call, const QString& description);
    void finished(const ScopeWebhook& webhook, const ApiResult& result);

private:
    ScopeWebhookReader(KonnectClient* client, const Scope& scope, QObject* parent);
    void start();
    void onBinding(const ApiResult& result);
    void onDestination(const ApiResult& result);
    void readInline();
    void onInline(const ApiResult& result);
    void follow(ApiCall* call, const QString& description, void (ScopeWebhookReader::*next)(const ApiResult&));
    void done(const ApiResult& result);

    KonnectClient* m_client;
    ScopeWebhook m_webhook;
    QPointer<ApiCall> m_call;
    bool m_done = false;
};
