#include "ScopeController.h"

#include "ApiCall.h"
#include "ErrorText.h"
#include "KonnectClient.h"

#include <QJsonArray>
#include <QJsonObject>

ScopeController::ScopeController(KonnectClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

QList<Scope> ScopeController::scopes() const
{
    QList<Scope> all {Scope::organization(m_region)};
    for (const DevPortal& portal : m_portals)
        all.append(Scope::portal(m_region, portal.id, portal.shownName()));
    return all;
}

void ScopeController::reset(const QString& region)
{
    if (m_call) {
        ApiCall* call = m_call;
        m_call = nullptr;
        call->cancel();
    }
    m_region = region;
    m_portals.clear();
    m_current = Scope::organization(region);
    emit portalsChanged();
}

void ScopeController::load()
{
    if (m_call || !m_client->hasToken())
        return;
    ApiCall* call = m_client->listPortals(Scope::organization(m_region));
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult& result) {
        if (m_call != call)
            return; // dropped by reset()
        m_call = nullptr;
        onPortals(result);
    });
}

void ScopeController::onPortals(const ApiResult& result)
{
    m_portals.clear();
    if (result.ok()) {
        const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue& value : data) {
            if (auto portal = DevPortal::fromJson(value.toObject()))
                m_portals.append(*portal);
        }
    }
    emit portalsChanged();
    if (!result.ok() && result.kind != ApiResult::Kind::Cancelled)
        emit portalsUnavailable(ErrorText::describe(result));
    // The chosen portal may be gone: then the organization again.
    if (m_current.isPortal() && !scopes().contains(m_current))
        chooseScope(Scope::organization(m_region));
}

void ScopeController::choose(int index)
{
    const QList<Scope> all = scopes();
    if (index >= 0 && index < all.size())
        chooseScope(all.at(index));
}

void ScopeController::chooseScope(const Scope& scope)
{
    if (scope == m_current && scope.portalName() == m_current.portalName())
        return;
    m_current = scope;
    emit scopeChanged(m_current);
}
