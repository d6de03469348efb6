#pragma once

#include "ApiResult.h"
#include "DevPortal.h"
#include "Scope.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class KonnectClient;

// Whose webhook the window's pages act on: the organization's of the open region, or one of its Dev Portals'. Loads
// the region's portals (listPortals) and owns the current scope; every page follows scopeChanged().
class ScopeController : public QObject
{
    Q_OBJECT
public:
    explicit ScopeController(KonnectClient* client, QObject* parent = nullptr);

    const Scope& current() const { return m_current; }
    const DevPortals& portals() const { return m_portals; }
    // Every scope of the region: the organization first, then each portal.
    QList<Scope> scopes() const;
    QString region() const { return m_region; }

    // Another profile or region: back to the organization, no portals until load() answers. No scopeChanged(): the
    // window reloads everything for a new profile anyway.
    void reset(const QString& region);
    void load();
    // Chooses scopes().at(index).
    void choose(int index);
    void chooseScope(const Scope& scope);

signals:
    void portalsChanged();
    void scopeChanged(const Scope& scope);
    void portalsUnavailable(const QString& why);

private:
    void onPortals(const ApiResult& result);

    KonnectClient* m_client;
    QString m_region;
    Scope m_current;
    DevPortals m_portals;
    QPointer<ApiCall> m_call;
};
