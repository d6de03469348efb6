#pragma once

#include "BadRequest.h"
#include "EmulatedWebhookStatus.h"
#include "LogFormat.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// A region's inline v2 webhook: its configuration, the SIEM authorization (in memory only, never
// returned by the API) and the delivery status the test API can set.
class EmulatedWebhook
{
public:
    // PUT: full replace; endpoint and authorization are required, the rest fall back to their defaults.
    std::optional<BadRequest> replace(const QByteArray& body, const QDateTime& now);
    // PATCH: only the given fields change; the very first configuration must still bring endpoint and authorization.
    std::optional<BadRequest> update(const QByteArray& body, const QDateTime& now);

    // {endpoint, enabled, log_format, skip_ssl_verification, updated_at}: never the authorization.
    QJsonObject configJson() const;
    // {webhook_enabled, webhook_status, last_attempt_at, last_response_code, last_response_message}
    QJsonObject statusJson() const;
    // Sets any of webhook_status, last_attempt_at, last_response_code, last_response_message; an error message
    // (and no change) when a field is of the wrong type or value.
    std::optional<QString> setStatus(const QJsonObject& fields);

    bool isConfigured() const { return m_configured; }
    QString endpoint() const { return m_endpoint; }
    QString authorization() const { return m_authorization; }
    bool isEnabled() const { return m_enabled; }
    LogFormat logFormat() const { return m_logFormat; }
    bool skipsSslVerification() const { return m_skipSslVerification; }
    QDateTime updatedAt() const { return m_updatedAt; }
    // The delivery status alone: a region bound to a destination reports it with the binding's enabled.
    const EmulatedWebhookStatus& status() const { return m_status; }

    // http:// is accepted for loopback hosts only, so that demos can point at a local receiver.
    static bool isAcceptableEndpoint(const QString& endpoint);

private:
    std::optional<BadRequest> apply(const QByteArray& body, bool replace, const QDateTime& now);

    bool m_configured = false;
    QString m_endpoint;
    QString m_authorization;
    bool m_enabled = false;
    LogFormat m_logFormat = LogFormat::Cef;
    bool m_skipSslVerification = false;
    QDateTime m_updatedAt;
    EmulatedWebhookStatus m_status;
};
