#pragma once

#include "ApiResult.h"
#include "AuditLogDestination.h"
#include "Scope.h"
#include "WebhookConfig.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class KonnectClient;

// Turns a region's inline v2 webhook into an audit log destination with the same endpoint, format and TLS setting,
// then binds the region's webhook to it (enabled as the inline webhook was). Two steps, in that order, so that the
// region keeps its working inline webhook until the binding is stored. When the second step fails, report() says
// exactly what exists now and how to finish or undo it. Emits finished() once, then deletes itself.
class DestinationMove : public QObject
{
    Q_OBJECT
public:
    enum class Stage { NotStarted, Created, Bound };

    // `authorization` is the SIEM's (Konnect never returns it); the inline webhook's settings come from Konnect.
    static DestinationMove* start(KonnectClient* client, const Scope& scope, const WebhookConfig& inlineWebhook,
                                  const QString& name, const QString& authorization, QObject* parent = nullptr);

    // What the move sends, for a diff before it starts.
    static AuditLogDestination plannedDestination(const WebhookConfig& inlineWebhook, const QString& name);

    void cancel();
    // The global options (" --profile P --base-url U") that make the report's commands act where this move did.
    void setRepeatOptions(const QString& options) { m_repeatOptions = options; }
    // Those options for a profile and one of its scopes, as the window knows them: " --profile P", then
    // " --region R" when the scope is in another region than the profile's, " --portal ID" for a Dev Portal.
    static QString repeatOptionsFor(const QString& profileName, const QString& profileRegion, const Scope& scope);

signals:
    void callStarted(ApiCall* call, const QString& description);
    // `result` is ok when both steps succeeded, else the failed step's. `report` says what exists now.
    void finished(DestinationMove::Stage stage, const AuditLogDestination& destination, const ApiResult& result,
                  const QString& report);

private:
    DestinationMove(KonnectClient* client, const Scope& scope, const WebhookConfig& inlineWebhook, QObject* parent);
    void create(const QString& name, const QString& authorization);
    void onCreated(const ApiResult& result);
    void onBound(const ApiResult& result);
    void done(const ApiResult& result);
    QString report(const ApiResult& result) const;

    KonnectClient* m_client;
    Scope m_scope;
    WebhookConfig m_inline;
    QString m_repeatOptions;
    AuditLogDestination m_destination;
    Stage m_stage = Stage::NotStarted;
    QPointer<ApiCall> m_call;
    bool m_done = false;
};
