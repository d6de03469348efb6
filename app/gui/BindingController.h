#pragma once

#include "ApiResult.h"
#include "AuditLogDestination.h"
#include "DestinationMove.h"
#include "Scope.h"
#include "WebhookBinding.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class KonnectClient;

// Changes which destination a scope's webhook delivers to (and whether), and moves a region's inline v2 webhook to a
// destination (DestinationMove), one at a time.
class BindingController : public QObject
{
    Q_OBJECT
public:
    explicit BindingController(KonnectClient* client, QObject* parent = nullptr);

    bool isBusy() const { return !m_call.isNull() || !m_move.isNull(); }
    void apply(const Scope& scope, const WebhookBinding& current, const WebhookBinding& desired);
    // Konnect's DELETE of the scope's webhook: no destination, no deliveries; the destination itself stays.
    void unbind(const Scope& scope);
    void move(const Scope& scope, const WebhookConfig& inlineWebhook, const QString& name, const QString& authorization,
              const QString& repeatOptions = {});
    void cancel();

signals:
    void callStarted(ApiCall* call, const QString& description);
    void busyChanged(bool busy);
    void applied(const WebhookBinding& stored);
    void applyFailed(const ApiResult& result);
    void moved(DestinationMove::Stage stage, const AuditLogDestination& destination, const ApiResult& result,
               const QString& report);

private:
    void track(ApiCall* call, const WebhookBinding& expected, const QString& description);

    KonnectClient* m_client;
    QPointer<ApiCall> m_call;
    QPointer<DestinationMove> m_move;
};
