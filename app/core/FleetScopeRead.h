#pragma once

#include "FleetObservation.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class ApiResult;
class KonnectClient;
class ScopeWebhookReader;

// Reads one scope for a fleet scan: its webhook (ScopeWebhookReader: v3 first, v2 fallback) and its delivery status,
// both at once, each under the retry rule. Emits finished() once with what it saw, then deletes itself.
class FleetScopeRead : public QObject
{
    Q_OBJECT
public:
    static FleetScopeRead* start(KonnectClient* client, const Scope& scope, QObject* parent);
    void cancel();

    // The access a failed call means: the token refused (401/403), or unreachable (anything else).
    static FleetObservation::Access accessAfter(const ApiResult& result);

signals:
    void finished(const FleetObservation& observation);

private:
    FleetScopeRead(QObject* parent);
    void fail(const ApiResult& result);
    void finishIfDone();

    FleetObservation m_observation;
    QPointer<ScopeWebhookReader> m_reader;
    QPointer<ApiCall> m_status;
    bool m_webhookRead = false;
    bool m_statusRead = false;
    bool m_done = false;
};
