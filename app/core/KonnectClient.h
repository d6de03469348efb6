#pragma once

#include "ApiCall.h"
#include "AuditLogDestination.h"
#include "RequestLogEntry.h"
#include "Scope.h"
#include "WebhookBinding.h"
#include "WebhookConfig.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class Clock;
class QNetworkAccessManager;
class RetryingRequest;

// Konnect's audit-log API (v2 inline webhook and JWKS; v3 destinations, bindings, Dev Portals) over one
// QNetworkAccessManager. Every call is asynchronous, follows Konnect's retry rule and returns an ApiCall. The API
// root is the host root; each call brings its version. Destinations go to the global host, everything of a scope
// to its region's host; a custom base URL serves all of them. The token goes only to those roots, only as a Bearer
// header, only over https (plain http to loopback hosts only, for the emulator).
class KonnectClient : public QObject
{
    Q_OBJECT
public:
    enum class UpdateMethod { Put, Patch };

    explicit KonnectClient(Clock* clock = nullptr, QObject* parent = nullptr);
    // On a network manager shared with other clients (not owned), e.g. one client per profile of a fleet scan: all
    // of them run concurrently on the one manager. It must not follow redirects (see the other constructor).
    KonnectClient(QNetworkAccessManager* sharedNetwork, Clock* clock, QObject* parent = nullptr);
    ~KonnectClient() override;

    // A region's standard root, or a custom base URL (a trailing /v2 or /v3 is dropped).
    void setApiRoot(const QUrl& root);
    QUrl apiRoot() const { return m_apiRoot; }
    // The root a scope's calls go to: its region's host, or the custom base URL.
    QUrl rootFor(const Scope& scope) const;
    QUrl destinationsRoot() const;
    bool hasCustomRoot() const { return m_customRoot; }
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setUpdateMethod(UpdateMethod method) { m_updateMethod = method; }
    UpdateMethod updateMethod() const { return m_updateMethod; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    QNetworkAccessManager* network() const { return m_network; }
    Clock* clock() const { return m_clock; }

    // The organization's inline (v2) webhook of the region.
    ApiCall* getWebhook(const Scope& scope = {});
    // Sends `desired`. With a new authorization: the full body (PUT, or PATCH once the server asked for it);
    // without one: PATCH with only the fields that differ from `current`, so the stored SIEM secret is kept.
    ApiCall* updateWebhook(const WebhookConfig& current, const WebhookConfig& desired, const Scope& scope = {});
    // Status and replay jobs: the organization's on /v2 (served by both models), a Dev Portal's on /v3.
    ApiCall* getStatus(const Scope& scope = {});
    ApiCall* getReplayJob(const Scope& scope = {});
    ApiCall* startReplayJob(const QDateTime& start, const QDateTime& end, const Scope& scope = {});
    ApiCall* getJwks();

    // v3: which destination a scope's webhook delivers to. 404/405 from the organization's means "no v3 here".
    ApiCall* getBinding(const Scope& scope);
    // PATCH with only what differs from `current`; answers without a request when nothing differs.
    ApiCall* updateBinding(const Scope& scope, const WebhookBinding& current, const WebhookBinding& desired);
    ApiCall* unbind(const Scope& scope);

    // Every destination (all pages followed), optionally filtered by name on the server; the result's json is
    // {"data": [...]}.
    ApiCall* listDestinations(const QString& nameEquals = {}, const QString& nameContains = {});
    ApiCall* getDestination(const QString& id);
    ApiCall* createDestination(const AuditLogDestination& destination);
    // PATCH with only what differs from `current` (the stored authorization is kept unless desired has one).
    ApiCall* updateDestination(const AuditLogDestination& current, const AuditLogDestination& desired);
    ApiCall* deleteDestination(const QString& id);
    // One page of the audit-log pull (GET /v3/audit-logs on the region's host) with `query` (filters, page size,
    // cursor) as given; the result keeps the raw answer in `body` next to the parsed `json`, so that records can be
    // kept byte for byte. AuditLogPuller follows the pages.
    ApiCall* getAuditLogPage(const QUrlQuery& query, const Scope& regionScope = {});
    // Every Dev Portal of the scope's region (all pages); the result's json is {"data": [...]}.
    ApiCall* listPortals(const Scope& regionScope = {});

signals:
    // The server refused PUT with 405 and accepted PATCH: remember it for this profile.
    void updateMethodLearned(KonnectClient::UpdateMethod method);
    void attemptStarted(const QString& method, const QString& path, int number, int maxAttempts);
    void attemptFinished(const QString& method, const QString& path, const HttpAttempt& attempt);
    void exchangeFinished(const RequestLogEntry& entry);

private:
    struct Target
    {
        QUrl root;
        QString path;
        QUrlQuery query;
        qint64 maxAnswerBytes = 0; // 0: RetryingRequest's default
        bool keepBody = false; // ApiResult::body
        // false: ApiResult::json stays empty, the caller reads the kept body itself (a checked `{` first). An
        // audit-log page is cut into its records raw; parsing the whole of it as well doubled the pull's work.
        bool parseJson = true;
    };
    Target target(const Scope& scope, const QString& path) const { return {rootFor(scope), path, {}}; }
    ApiCall* send(const QByteArray& method, const Target& target, const QJsonObject* body = nullptr);
    ApiCall* immediately(const ApiResult& result);
    void sendInto(ApiCall* call, const QByteArray& method, const Target& target, const QJsonObject* body,
                  ApiCall::Interpreter after);
    // Sends GET target, then each following page, and finishes with {"data": every record}.
    enum class Paging { Cursor, PageNumber };
    ApiCall* collectPages(const Target& first, Paging paging);
    QString readinessProblem() const;
    ApiResult interpret(const RetryingRequest& request, const QString& method, const QString& path,
                        bool keepBody = false, bool parseJson = true) const;
    QString describeFailure(const RetryingRequest& request, const ApiResult& result) const;

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QUrl m_apiRoot;
    bool m_customRoot = false;
    QString m_token;
    UpdateMethod m_updateMethod = UpdateMethod::Put;
    int m_transferTimeoutMs = 30000;
};
