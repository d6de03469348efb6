#pragma once

#include "Scope.h"
#include "WebhookStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Konnect's webhook status in plain words: what the enabled/status combination means (the table in Konnect's
// documentation), when the last delivery was attempted (relative and in local time), what the SIEM answered, and
// what the admin should do about it. No widgets, so the window and the headless `status` can share the wording.
class WebhookStatusExplanation
{
    Q_DECLARE_TR_FUNCTIONS(WebhookStatusExplanation)
public:
    enum class Situation {
        Delivering, // enabled, active: delivering, or ready and nothing sent yet
        Failing, // enabled, inactive: the last delivery failed
        SavedNotSending, // disabled, active: saved, Konnect is not sending
        TurnedOffAfterFailure, // disabled, inactive: the last delivery failed, then the webhook was turned off
        Unconfigured, // disabled, unconfigured: nothing configured in this region
        Unknown, // any other combination
    };

    Situation situation = Situation::Unknown;
    bool needsAttention = false; // the admin should act (a failure, or a combination this tool does not know)
    QString meaning; // what enabled + status mean
    QString lastAttempt; // "5 minutes ago (2026-11-25 11:55:00 local time)" or "never"
    QString lastResponse; // "401 Unauthorized: invalid token", or "none yet"
    QString advice; // what to do about it

    // `scope` words the advice: a Dev Portal's webhook is set up by binding a destination, not by an endpoint.
    static WebhookStatusExplanation explain(const WebhookStatus& status, const QDateTime& now,
                                            const Scope& scope = Scope());

    // "just now", "5 minutes ago", "3 hours ago", "2 days ago"; a time ahead of `now` by more than a minute says so.
    static QString relativeTime(const QDateTime& then, const QDateTime& now);
    // The time in this computer's time zone, e.g. "2026-11-25 13:55:00 local time".
    static QString localTime(const QDateTime& time);
    // What a delivery answer means, e.g. 401: "your SIEM refused the authorization"; 0: no HTTP answer.
    static QString responseMeaning(int code);
    // What to do after a failed delivery that got `code`, e.g. 401: "Your SIEM refused the authorization — set it
    // again and Apply."; empty for a 2xx.
    static QString fixFor(int code);
};
