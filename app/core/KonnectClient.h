#pragma once

#include "ApiCall.h"
#include "RequestLogEntry.h"
#include "WebhookConfig.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class Clock;
class QNetworkAccessManager;
class RetryingRequest;

// Konnect's v2 audit-log API over one QNetworkAccessManager. Every call is asynchronous, follows Konnect's retry
// rule and returns an ApiCall. The token goes only to the API root, only as a Bearer header, only over https
// (plain http to loopback hosts only, for the emulator).
class KonnectClient : public QObject
{
    Q_OBJECT
public:
    enum class UpdateMethod { Put, Patch };

    explicit KonnectClient(Clock* clock = nullptr, QObject* parent = nullptr);
    ~KonnectClient() override;

    void setApiRoot(const QUrl& root);
    QUrl apiRoot() const { return m_apiRoot; }
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setUpdateMethod(UpdateMethod method) { m_updateMethod = method; }
    UpdateMethod updateMethod() const { return m_updateMethod; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    QNetworkAccessManager* network() const { return m_network; }
    Clock* clock() const { return m_clock; }

    ApiCall* getWebhook();
    // Sends `desired`. With a new authorization: the full body (PUT, or PATCH once the server asked for it);
    // without one: PATCH with only the fields that differ from `current`, so the stored SIEM secret is kept.
    ApiCall* updateWebhook(const WebhookConfig& current, const WebhookConfig& desired);
    ApiCall* getStatus();
    ApiCall* getReplayJob();
    ApiCall* startReplayJob(const QDateTime& start, const QDateTime& end);
    ApiCall* getJwks();

signals:
    // The server refused PUT with 405 and accepted PATCH: remember it for this profile.
    void updateMethodLearned(KonnectClient::UpdateMethod method);
    void attemptStarted(const QString& method, const QString& path, int number, int maxAttempts);
    void attemptFinished(const QString& method, const QString& path, const HttpAttempt& attempt);
    void exchangeFinished(const RequestLogEntry& entry);

private:
    ApiCall* send(const QByteArray& method, const QString& path, const QJsonObject* body = nullptr);
    void sendInto(ApiCall* call, const QByteArray& method, const QString& path, const QJsonObject* body,
                  ApiCall::Interpreter after);
    QString readinessProblem() const;
    ApiResult interpret(const RetryingRequest& request, const QString& method, const QString& path) const;
    QString describeFailure(const RetryingRequest& request, const ApiResult& result) const;

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QUrl m_apiRoot;
    QString m_token;
    UpdateMethod m_updateMethod = UpdateMethod::Put;
    int m_transferTimeoutMs = 30000;
};
