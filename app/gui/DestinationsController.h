#pragma once

#include "ApiResult.h"
#include "AuditLogDestination.h"
#include "Scope.h"
#include "WebhookBinding.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiCall;
class KonnectClient;

// The organization's audit log destinations and which webhooks point at each: lists them, then asks the binding of
// every scope it is given (the region's organization webhook and each Dev Portal's); creates, edits and deletes
// them one call at a time. Widgets never touch the network: they follow its signals.
class DestinationsController : public QObject
{
    Q_OBJECT
public:
    explicit DestinationsController(KonnectClient* client, QObject* parent = nullptr);

    const AuditLogDestinations& destinations() const { return m_destinations; }
    std::optional<AuditLogDestination> find(const QString& id) const;
    // The scopes whose webhook is bound to `id`, as far as the last load found out.
    QList<Scope> usedBy(const QString& id) const;
    bool isLoading() const { return !m_listCall.isNull() || m_pendingBindings > 0; }
    bool isBusy() const { return !m_call.isNull(); }

    // Lists the destinations, then the bindings of `scopes`.
    void load(const QList<Scope>& scopes);
    void create(const AuditLogDestination& destination);
    void update(const AuditLogDestination& current, const AuditLogDestination& desired);
    void remove(const QString& id);
    void cancel();
    void reset();

signals:
    void callStarted(ApiCall* call, const QString& description);
    void busyChanged(bool busy);
    void listed();
    void listFailed(const ApiResult& result);
    void saved(const AuditLogDestination& destination, bool created);
    void saveFailed(const ApiResult& result);
    void removed(const QString& id);
    void removeFailed(const ApiResult& result);

private:
    void onListed(const ApiResult& result);
    void askBindings();
    void start(ApiCall* call, const QString& description);
    void finish();

    KonnectClient* m_client;
    QPointer<ApiCall> m_listCall;
    QPointer<ApiCall> m_call;
    AuditLogDestinations m_destinations;
    QList<Scope> m_scopes;
    QHash<QString, QList<Scope>> m_usedBy;
    int m_pendingBindings = 0;
    quint64 m_generation = 0; // a reset() or a new load() drops the answers of the one before
};
