#pragma once

#include "BadRequest.h"
#include "LogFormat.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// An organization's audit log destination (v3): where and how webhooks bound to it deliver. The authorization is
// kept in memory only and never answered.
class EmulatedDestination
{
public:
    // `sequence` orders destinations by creation, which is the order of the listing and what its cursors point at.
    EmulatedDestination(const QString& id, qint64 sequence, const QDateTime& now);

    // POST: name, endpoint, log_format and authorization are required. PATCH: only the given fields change.
    // `deliveryChanged` tells whether what a delivery uses (endpoint, authorization, format, TLS check) changed.
    std::optional<BadRequest> apply(const QByteArray& body, bool create, const QDateTime& now,
                                    bool* deliveryChanged = nullptr);
    // Sets everything at once, for the emulator's own seeding (no validation: callers pass sensible values).
    void set(const QString& name, const QString& endpoint, const QString& authorization, LogFormat format,
             bool skipSslVerification);

    // {id, name, endpoint, log_format, skip_ssl_verification, created_at, updated_at}: never the authorization.
    QJsonObject toJson() const;

    QString id() const { return m_id; }
    qint64 sequence() const { return m_sequence; }
    QString name() const { return m_name; }
    QString endpoint() const { return m_endpoint; }
    QString authorization() const { return m_authorization; }
    LogFormat logFormat() const { return m_logFormat; }
    bool skipsSslVerification() const { return m_skipSslVerification; }
    QDateTime updatedAt() const { return m_updatedAt; }

private:
    QString m_id;
    qint64 m_sequence;
    QString m_name;
    QString m_endpoint;
    QString m_authorization;
    LogFormat m_logFormat = LogFormat::Cef;
    bool m_skipSslVerification = false;
    QDateTime m_createdAt;
    QDateTime m_updatedAt;
};
