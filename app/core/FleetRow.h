#pragma once

#include "FleetObservation.h"
#include "FleetVerdict.h"
#include "Scope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One line of the fleet: a profile's organization webhook in one region, or one of its Dev Portals' webhooks, with
// what was seen of it and the verdict. What the headless `fleet`, and later the window's overview and the tray
// watch, show.
struct FleetRow
{
    QString profile;
    Scope scope;
    FleetObservation observation;
    FleetVerdict verdict;
    QDateTime observedAt; // UTC, when the answers arrived

    // "v3", "v2", "none", or empty when the scope could not be read.
    QString modelText() const;
    // Seconds since the last delivery attempt; -1 when none is known.
    qint64 lastAttemptAgeSeconds() const;
    // {profile, region, portal_id, portal, model, destination, endpoint, enabled, status, last_attempt_at,
    //  last_response_code, skip_ssl_verification, verdict, rule, reason, action}
    QJsonObject toJson() const;
};
