#pragma once

#include <QJsonObject>
#include <QString>

// A v3 webhook's whole configuration: which audit log destination it sends to, and whether it sends.
struct EmulatedBinding
{
    QString destinationId; // empty: unbound
    bool enabled = false;

    bool isBound() const { return !destinationId.isEmpty(); }
    // {audit_log_destination_id, enabled}; an unbound webhook answers {"audit_log_destination_id": null, ...}.
    QJsonObject toJson() const;
};
