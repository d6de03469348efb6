#pragma once

#include "Ed25519Key.h"
#include "EmulatedReplayJob.h"
#include "EmulatedWebhook.h"
#include "EmulatorFault.h"
#include "EmulatorRequestLog.h"
#include "LogFormat.h"

#include <QObject>
#include <QUrl>

class Clock;
class EmulatedDelivery;
class HttpExchange;
class HttpServer;
struct HttpRequest;
struct HttpResponse;

// A stand-in for Konnect's v2 audit-log API on loopback, for tests, demos and the CLI's `emulator` command.
// API under <prefix>/v2/...: audit-log-webhook (GET, PUT, PATCH), audit-log-webhook/status,
// audit-log-webhook/jwks.json (no token needed), audit-log-replay-job (GET, PUT).
// Scripting endpoints under /_emulator/ (loopback peers only, no token): POST/DELETE faults, GET/DELETE requests,
// GET sample-events?format= (default: the webhook's log_format), PUT status, POST replay-fail, POST rotate-key.
// The same controls exist as methods. Replay jobs move one step on each GET (see EmulatedReplayJob).
// The configured token and any received authorization are never printed or logged.
class KonnectEmulator : public QObject
{
    Q_OBJECT
public:
    explicit KonnectEmulator(QObject* parent = nullptr);
    ~KonnectEmulator() override;

    // Loopback only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v2
    QString errorString() const;
    HttpServer* httpServer() const { return m_server; }

    // The Bearer token the API accepts. Until one is set, any well-formed Bearer token is accepted.
    void setToken(const QString& token);
    // A token of a user who is not an organization admin: the API answers it with 403.
    void setForbiddenToken(const QString& token);
    // Off: PUT /audit-log-webhook answers 405 (Allow: GET, PATCH), like Kong's current contract.
    void setPutAllowed(bool allowed);
    // The source of "now" (updated_at, replay window checks, sample events). Not owned; the system clock by default.
    void setClock(Clock* clock);

    // On: after every change that leaves the webhook enabled with an endpoint, one batch of signed sample events is
    // delivered to it as Konnect would, and the webhook status tells how that went (EmulatedDelivery). Off by
    // default, so that tests decide the status themselves.
    void setDeliversAfterChange(bool on);
    bool isDelivering() const;

    // Faults apply to the next API requests, one each, in order.
    void addFault(const EmulatorFault& fault);
    void addFaults(const QList<EmulatorFault>& faults);
    void clearFaults();
    qsizetype pendingFaults() const { return m_faults.size(); }

    QJsonArray requestLog() const { return m_requestLog.entries(); }
    void clearRequestLog() { m_requestLog.clear(); }

    const EmulatedWebhook& webhook() const { return m_webhook; }
    std::optional<QString> setWebhookStatus(const QJsonObject& fields) { return m_webhook.setStatus(fields); }
    const EmulatedReplayJob& replayJob() const { return m_replayJob; }
    void failNextReplayJob() { m_replayJob.failNext(); }

    // The key signing sample events; rotateSigningKey() adds a new one to the JWKS and signs with it from then on.
    Ed25519Key signingKey() const { return m_keys.last(); }
    Ed25519Key rotateSigningKey();
    QJsonObject jwks() const;
    QList<QByteArray> sampleEvents(LogFormat format) const;

signals:
    // An API request arrived (the log entry, already redacted), e.g. for a demo window to show.
    void requestReceived(const QJsonObject& entry);

private:
    void handle(const HttpRequest& request, HttpExchange& exchange);
    void handleApi(const HttpRequest& request, HttpExchange& exchange);
    void deliverIfConfigured();
    void answerWithFault(const EmulatorFault& fault, const HttpRequest& request, HttpExchange& exchange);
    HttpResponse answerApi(const HttpRequest& request);
    HttpResponse answerWebhook(const HttpRequest& request);
    HttpResponse answerReplayJob(const HttpRequest& request);
    HttpResponse answerEmulatorControl(const HttpRequest& request);
    enum class Bearer { Missing, Malformed, Valid, Forbidden, Invalid };
    Bearer checkBearer(const HttpRequest& request) const;
    QDateTime now() const;

    HttpServer* m_server;
    Clock* m_clock;
    QString m_token;
    QString m_forbiddenToken;
    bool m_putAllowed = true;
    QList<EmulatorFault> m_faults;
    EmulatorRequestLog m_requestLog;
    EmulatedWebhook m_webhook;
    EmulatedReplayJob m_replayJob;
    QList<Ed25519Key> m_keys;
    EmulatedDelivery* m_delivery = nullptr;
};
