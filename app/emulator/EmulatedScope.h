#pragma once

#include "EmulatedBinding.h"
#include "EmulatedReplayJob.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// Something with its own audit-log webhook: a region's organization webhook or a Dev Portal's. Each has a v3
// binding, a delivery status and one replay job at a time.
class EmulatedScope
{
public:
    virtual ~EmulatedScope() = default;
    EmulatedScope(const EmulatedScope&) = delete;
    EmulatedScope& operator=(const EmulatedScope&) = delete;

    QString regionName() const { return m_region; }
    const EmulatedBinding& binding() const { return m_binding; }
    void setBinding(const EmulatedBinding& binding, const QDateTime& now);
    QDateTime bindingUpdatedAt() const { return m_bindingUpdatedAt; }
    EmulatedReplayJob& replayJob() { return m_replayJob; }
    const EmulatedReplayJob& replayJob() const { return m_replayJob; }

    virtual QJsonObject statusJson() const = 0;
    virtual std::optional<QString> setStatus(const QJsonObject& fields) = 0;
    // How a 409 names it: `organization webhook (region eu)`, `Dev Portal "Partner Portal" (region eu)`.
    virtual QString description() const = 0;
    // Empty for the organization webhook: its deliveries carry Konnect's events, a portal's its own.
    virtual QString portalId() const { return {}; }

protected:
    explicit EmulatedScope(const QString& region)
        : m_region(region)
    {
    }

private:
    QString m_region;
    EmulatedBinding m_binding;
    QDateTime m_bindingUpdatedAt;
    EmulatedReplayJob m_replayJob;
};
