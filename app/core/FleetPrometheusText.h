#pragma once

#include "FleetRow.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The fleet in node_exporter's textfile-collector format: per scope a gauge for the verdict (0 OK, 1 WARNING,
// 2 CRITICAL, 3 UNKNOWN), the age of Konnect's last delivery attempt in seconds and its last response code, labelled
// profile, region and portal (empty for the organization's webhook). A scope without a known attempt has no age
// sample rather than a made-up one.
class FleetPrometheusText
{
public:
    static QByteArray render(const QList<FleetRow>& rows);
    // Written atomically (QSaveFile), so node_exporter never reads half a file. An error message, empty on success.
    static QString write(const QString& path, const QList<FleetRow>& rows);

    static QString escapeLabel(const QString& value);
};
