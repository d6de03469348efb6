#include "DestinationsController.h"

#include "ApiCall.h"
#include "KonnectClient.h"

#include <QJsonArray>
#include <QJsonObject>

DestinationsController::DestinationsController(KonnectClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

std::optional<AuditLogDestination> DestinationsController::find(const QString& id) const
{
    for (const AuditLogDestination& destination : m_destinations) {
        if (destination.id == id)
            return destination;
    }
    return std::nullopt;
}

QList<Scope> DestinationsController::usedBy(const QString& id) const
{
    return m_usedBy.value(id);
}

void DestinationsController::reset()
{
    ++m_generation;
    if (ApiCall* call = m_listCall) {
        m_listCall = nullptr;
        call->cancel();
    }
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
        emit busyChanged(false);
    }
    m_pendingBindings = 0;
    m_destinations.clear();
    m_usedBy.clear();
}

void DestinationsController::load(const QList<Scope>& scopes)
{
    if (isLoading())
        return;
    const quint64 generation = ++m_generation;
    m_scopes = scopes;
    ApiCall* call = m_client->listDestinations();
    m_listCall = call;
    connect(call, &ApiCall::finished, this, [this, call, generation](const ApiResult& result) {
        if (generation != m_generation || m_listCall != call)
            return;
        m_listCall = nullptr;
        onListed(result);
    });
    emit callStarted(call, tr("Listing the audit log destinations"));
}

void DestinationsController::onListed(const ApiResult& result)
{
    if (!result.ok()) {
        emit listFailed(result);
        return;
    }
    m_destinations.clear();
    const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
    for (const QJsonValue& value : data) {
        if (auto destination = AuditLogDestination::fromJson(value.toObject()))
            m_destinations.append(*destination);
    }
    askBindings();
}

void DestinationsController::askBindings()
{
    m_usedBy.clear();
    m_pendingBindings = int(m_scopes.size());
    if (m_pendingBindings == 0) {
        emit listed();
        return;
    }
    const quint64 generation = m_generation;
    for (const Scope& scope : std::as_const(m_scopes)) {
        ApiCall* call = m_client->getBinding(scope);
        // A scope whose binding cannot be read (no v3 there) simply uses nothing.
        connect(call, &ApiCall::finished, this, [this, scope, generation](const ApiResult& result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                if (auto binding = WebhookBinding::fromJson(result.json.object()); binding && binding->isBound())
                    m_usedBy[binding->destinationId].append(scope);
            }
            if (--m_pendingBindings == 0)
                emit listed();
        });
    }
}

void DestinationsController::start(ApiCall* call, const QString& description)
{
    m_call = call;
    emit callStarted(call, description);
    emit busyChanged(true);
}

void DestinationsController::finish()
{
    m_call = nullptr;
    emit busyChanged(false);
}

void DestinationsController::create(const AuditLogDestination& destination)
{
    if (isBusy())
        return;
    ApiCall* call = m_client->createDestination(destination);
    connect(call, &ApiCall::finished, this, [this, call, destination](const ApiResult& result) {
        if (m_call != call)
            return;
        finish();
        if (!result.ok()) {
            emit saveFailed(result);
            return;
        }
        AuditLogDestination created = AuditLogDestination::fromJson(result.json.object()).value_or(destination);
        created.settings.authorization.reset();
        m_destinations.append(created);
        emit saved(created, true);
    });
    start(call, tr("Creating the audit log destination \"%1\"").arg(destination.name));
}

void DestinationsController::update(const AuditLogDestination& current, const AuditLogDestination& desired)
{
    if (isBusy())
        return;
    ApiCall* call = m_client->updateDestination(current, desired);
    connect(call, &ApiCall::finished, this, [this, call, desired](const ApiResult& result) {
        if (m_call != call)
            return;
        finish();
        if (!result.ok()) {
            emit saveFailed(result);
            return;
        }
        AuditLogDestination stored = AuditLogDestination::fromJson(result.json.object()).value_or(desired);
        if (stored.id.isEmpty())
            stored = desired;
        stored.settings.authorization.reset();
        for (AuditLogDestination& destination : m_destinations) {
            if (destination.id == stored.id)
                destination = stored;
        }
        emit saved(stored, false);
    });
    start(call, tr("Saving the audit log destination \"%1\"").arg(desired.name));
}

void DestinationsController::remove(const QString& id)
{
    if (isBusy())
        return;
    const QString name = find(id) ? find(id)->name : id;
    ApiCall* call = m_client->deleteDestination(id);
    connect(call, &ApiCall::finished, this, [this, call, id](const ApiResult& result) {
        if (m_call != call)
            return;
        finish();
        if (!result.ok()) {
            emit removeFailed(result);
            return;
        }
        m_destinations.removeIf([&id](const AuditLogDestination& destination) { return destination.id == id; });
        m_usedBy.remove(id);
        emit removed(id);
    });
    start(call, tr("Deleting the audit log destination \"%1\"").arg(name));
}

void DestinationsController::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_listCall)
        m_listCall->cancel();
}
