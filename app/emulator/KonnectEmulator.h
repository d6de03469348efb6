#pragma once

#include "Ed25519Key.h"
#include "EmulatedAuditLogHistory.h"
#include "EmulatedOrganization.h"
#include "EmulatedOrganizations.h"
#include "EmulatedRegionFault.h"
#include "EmulatedReplayJob.h"
#include "EmulatedWebhook.h"
#include "EmulatorFault.h"
#include "EmulatorRequestLog.h"
#include "LogFormat.h"
#include "SiemDeliveryTest.h"

#include <QObject>
#include <QUrl>

#include <map>

struct ApiPath;
class Clock;
class EmulatedDelivery;
class EmulatedScope;
class HttpExchange;
class HttpServer;
struct HttpRequest;
struct HttpResponse;

// A stand-in for Konnect's audit-log API (v2 and v3) on loopback, for tests, demos and the CLI's `emulator` command.
// The model lives in EmulatedOrganization (destinations, regions, portals); this class is the HTTP front of it.
//
// URLs: baseUrl() is the API host root without a version; every call brings its own /v2/... or /v3/.... A prefix
// before the version is allowed; when the path's first segment is a Konnect region name (global, us, eu, au, me,
// in, sg) it selects that region (http://127.0.0.1:p/eu/v3/audit-log-webhook is eu's webhook); else a Host header
// whose first label is a region name does (eu.localhost:p, as behind a proxy that routes by host); otherwise the
// default region (global, see setDefaultRegion) answers. Regions are created on first use.
//
// Organizations: one by default (organization(), the token of setToken). addOrganization(name, token) adds more
// (`emulator --org NAME:TOKEN`, repeated): each token sees only its own organization's destinations, webhooks and
// portals. A region fault (setRegionFault) makes every request to that region answer 503, or answer late.
//
// v2 (per region): audit-log-webhook (GET, PUT, PATCH), audit-log-webhook/status, audit-log-webhook/jwks.json (no
// token needed), audit-log-replay-job (GET, PUT). audit-log-destinations as in v3 (Kong's v2 contract lists them).
// v3: audit-log-destinations (GET paged and filtered, POST), audit-log-destinations/{id} (GET, PATCH, DELETE: 409
// while any webhook is bound to it); audit-log-webhook (GET, PATCH, DELETE) = {audit_log_destination_id, enabled};
// audit-log-webhook/status and audit-log-replay-job shared with v2; portals (GET, numbered pages);
// portals/{id}/audit-log-webhook (GET, PATCH, DELETE), .../status, portals/{id}/audit-log-replay-job (GET, PUT).
// Destinations are organization-wide: every region prefix and both versions address the same set.
//
// v2 on a region bound to a destination (Kong does not document it; this is the least surprising reading): GET
// /v2/audit-log-webhook answers the effective configuration (the destination's endpoint, log_format and
// skip_ssl_verification, the binding's enabled, the later updated_at), and PUT/PATCH answer 409 naming the
// destination, so a v2 client can never silently split the region's configuration in two. An unbound region keeps
// the inline v2 webhook exactly as before. setV3Available(false) makes every /v3 path answer 404, like a Konnect
// without v3.
//
// GET /v3/audit-logs (any region prefix; the organization's one history) serves EmulatedAuditLogHistory through
// AuditLogListing: a signed 7-day history of logHistorySize() records (3000 unless set), then one new record every
// 5 s of clock time. Records are signed with the documented JSON rule (see EmulatedAuditLogHistory); Konnect does
// not document how its pulled records are signed.
//
// Scripting endpoints under /_emulator/ (loopback peers only, no token): POST/DELETE faults, GET/DELETE requests,
// GET sample-events?format= (default: the webhook's log_format), GET/PUT status and POST replay-fail (query items
// region= and portal= pick the scope; the default region's organization webhook otherwise), POST rotate-key,
// POST portals {name, display_name, region?}. The same controls exist as methods. Replay jobs move one step on each
// GET (see EmulatedReplayJob). The configured token and any received authorization are never printed or logged.
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
    QUrl baseUrl() const; // http://127.0.0.1:<port>, the API root without a version
    QString errorString() const;
    HttpServer* httpServer() const { return m_server; }

    // The Bearer token the API accepts. Until one is set, any well-formed Bearer token is accepted.
    void setToken(const QString& token);
    // A token of a user who is not an organization admin: the API answers it with 403.
    void setForbiddenToken(const QString& token);
    // Off: PUT /audit-log-webhook answers 405 (Allow: GET, PATCH), like Kong's current contract.
    void setPutAllowed(bool allowed);
    // The region that answers paths without a region prefix ("global" unless set); false for an unknown name.
    bool setDefaultRegion(const QString& region);
    QString defaultRegion() const { return m_defaultRegion; }
    // Off: every /v3 path answers 404, like a Konnect that has only v2 (clients then fall back to v2).
    void setV3Available(bool available) { m_v3Available = available; }
    bool isV3Available() const { return m_v3Available; }
    // The source of "now" (updated_at, replay window checks, sample events). Not owned; the system clock by default.
    void setClock(Clock* clock);

    // On: after every change that leaves a webhook enabled with an endpoint (inline or its bound destination's), one
    // batch of signed sample events is delivered to it as Konnect would, and when a replay job completes, the
    // events of its window from the audit-log history (EmulatedAuditLogHistory::webhookLines, in the webhook's log
    // format) go there in one batch; the webhook status tells how that went (EmulatedDelivery). Off by default, so
    // that tests decide the status themselves.
    void setDeliversAfterChange(bool on);
    bool isDelivering() const;

    // The audit-log history: made again with `size` records (and `seed`) when next read.
    void setLogHistorySize(int size, quint64 seed = EmulatedAuditLogHistory::defaultSeed);
    int logHistorySize() const { return m_auditLogs.configuredSize(); }
    // See EmulatedAuditLogHistory::setLateArrivalMs.
    void setLogLateArrivalMs(qint64 lagMs) { m_auditLogs.setLateArrivalMs(lagMs); }
    // The history as of now (made or caught up first), e.g. for tests to compare served bytes with.
    const EmulatedAuditLogHistory& auditLogHistory();

    // Another organization, reached with `token` (which must differ from setToken's); nullptr when the name or the
    // token is taken.
    EmulatedOrganization* addOrganization(const QString& name, const QString& token);
    const EmulatedOrganizations& organizations() const { return m_organizations; }
    // Until cleared, every API request to the region answers 503 (unavailable) or only after the delay (slow).
    void setRegionFault(const EmulatedRegionFault& fault);
    void clearRegionFaults() { m_regionFaults.clear(); }
    // The two-organization demo fleet (EmulatedFleetDemo) into the first two organizations added; false when there
    // are fewer than two.
    bool seedFleetDemo(const QString& endpoint);
    // The emulator's time (its clock's, see setClock), e.g. to seed an organization with EmulatedFleetDemo.
    QDateTime now() const;

    // Faults apply to the next API requests, one each, in order.
    void addFault(const EmulatorFault& fault);
    void addFaults(const QList<EmulatorFault>& faults);
    void clearFaults();
    qsizetype pendingFaults() const { return m_faults.size(); }

    QJsonArray requestLog() const { return m_requestLog.entries(); }
    void clearRequestLog() { m_requestLog.clear(); }

    // The default region's organization webhook, its status and replay job (what the v2-only controls act on).
    const EmulatedWebhook& webhook() const { return defaultScopeRegion().webhook(); }
    std::optional<QString> setWebhookStatus(const QJsonObject& fields)
    {
        return defaultScopeRegion().setStatus(fields);
    }
    const EmulatedReplayJob& replayJob() const { return defaultScopeRegion().replayJob(); }
    void failNextReplayJob() { defaultScopeRegion().replayJob().failNext(); }

    EmulatedOrganization& organization() { return m_organization; }
    const EmulatedOrganization& organization() const { return m_organization; }
    // A Dev Portal in `region` (created on first use); its id. Empty for an unknown region.
    QString addPortal(const QString& region, const QString& name, const QString& displayName);
    // A destination as POST /v3/audit-log-destinations would make it; its id.
    QString addDestination(const QString& name, const QString& endpoint, const QString& authorization,
                           LogFormat logFormat = LogFormat::Cef, bool skipSslVerification = false);
    // Binds the region's organization webhook (empty portalId) or a portal's webhook, as a PATCH of it would
    // (delivering when deliveries are on); false for an unknown region, portal or destination.
    bool bind(const QString& region, const QString& portalId, const QString& destinationId, bool enabled);
    // The organization webhook of `region` (default region when empty) or the portal's; nullptr when unknown.
    EmulatedScope* scope(const QString& region, const QString& portalId);
    // What the window's --demo shows: destination "Demo SIEM" at the receiver, the default region's organization
    // webhook bound to it and enabled, Dev Portals "Partner Portal" (bound, enabled) and "Internal Portal" (unbound).
    // The destination skips TLS certificate verification when told (a receiver with a self-signed certificate).
    void seedDemo(const QString& receiverEndpoint, const QString& authorization, bool skipSslVerification = false);

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
    void handleApiNow(const HttpRequest& request, HttpExchange& exchange);
    // The region a request addresses: its path's prefix, else its Host header's first label, else the default.
    QString regionOf(const HttpRequest& request, const std::optional<ApiPath>& path) const;
    // The organization whose token the request carries (the default one for its token or none).
    EmulatedOrganization& organizationFor(const HttpRequest& request);
    void deliverIfConfigured(const EmulatedOrganization& org, EmulatedScope& scope);
    void deliverReplay(const EmulatedOrganization& org, EmulatedScope& scope);
    // Where `scope` delivers now (its destination's or its inline webhook's settings); nullopt when nowhere.
    std::optional<SiemDeliveryTest::Settings> deliverySettings(const EmulatedOrganization& org,
                                                               const EmulatedScope& scope) const;
    EmulatedDelivery* deliveryFor(std::map<const EmulatedScope*, EmulatedDelivery*>& deliveries, EmulatedScope& scope);
    void answerWithFault(const EmulatorFault& fault, const HttpRequest& request, HttpExchange& exchange);
    HttpResponse answerApi(const HttpRequest& request);
    HttpResponse answerV3Scope(const HttpRequest& request, EmulatedOrganization& org, const QString& resource,
                               EmulatedScope& scope);
    HttpResponse answerV2Webhook(const HttpRequest& request, EmulatedOrganization& org, EmulatedRegion& region);
    HttpResponse answerBinding(const HttpRequest& request, EmulatedOrganization& org, EmulatedScope& scope);
    HttpResponse answerReplayJob(const HttpRequest& request, const EmulatedOrganization& org, EmulatedScope& scope);
    HttpResponse answerDestinations(const HttpRequest& request, EmulatedOrganization& org, const ApiPath& path);
    HttpResponse answerEmulatorControl(const HttpRequest& request);
    EmulatedRegion& defaultScopeRegion() const;
    enum class Bearer { Missing, Malformed, Valid, Forbidden, Invalid };
    Bearer checkBearer(const HttpRequest& request) const;

    HttpServer* m_server;
    Clock* m_clock;
    QString m_token;
    QString m_forbiddenToken;
    bool m_putAllowed = true;
    QList<EmulatorFault> m_faults;
    EmulatorRequestLog m_requestLog;
    // Mutable so that the const accessors of the default region can create it on first use.
    mutable EmulatedOrganization m_organization;
    EmulatedOrganizations m_organizations;
    std::map<QString, EmulatedRegionFault> m_regionFaults;
    QString m_defaultRegion = QStringLiteral("global");
    bool m_v3Available = true;
    QList<Ed25519Key> m_keys;
    bool m_delivers = false;
    EmulatedAuditLogHistory m_auditLogs;
    std::map<const EmulatedScope*, EmulatedDelivery*> m_deliveries; // one per scope: a newer change wins
    std::map<const EmulatedScope*, EmulatedDelivery*> m_replayDeliveries; // apart: a change never drops a replay's
};
