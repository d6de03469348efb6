#pragma once

#include "EmulatedScope.h"
#include "EmulatedWebhookStatus.h"

// One Dev Portal of a region, with its own audit-log webhook (v3 only: bound to a destination or not at all).
class EmulatedPortal : public EmulatedScope
{
public:
    EmulatedPortal(const QString& region, const QString& id, const QString& name, const QString& displayName,
                   const QDateTime& now);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString displayName() const { return m_displayName; }
    // {id, name, display_name, created_at, updated_at}, as GET /v3/portals lists it.
    QJsonObject toJson() const;

    // Unconfigured until it is bound to a destination.
    QJsonObject statusJson() const override;
    std::optional<QString> setStatus(const QJsonObject& fields) override { return m_status.set(fields); }
    QString description() const override;
    QString portalId() const override { return m_id; }

private:
    QString m_id;
    QString m_name;
    QString m_displayName;
    QDateTime m_createdAt;
    EmulatedWebhookStatus m_status;
};
