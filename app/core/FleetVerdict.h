#pragma once

#include "FleetObservation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Whether one scope's audit logs reach the SIEM, as the monitoring plugins' four levels: OK, WARNING, CRITICAL,
// UNKNOWN; each with the reason in words and what to do. judge() is a pure function of what a scan observed, the
// time now and the threshold after which "no delivery attempt" becomes a warning, so that the window's overview,
// the tray watch and `fleet --check` all judge alike.
class FleetVerdict
{
    Q_DECLARE_TR_FUNCTIONS(FleetVerdict)
public:
    // In order of severity for worst(): UNKNOWN counts as the worst, as `--check` reports it with exit code 3.
    enum class Level { Ok, Warning, Critical, Unknown };

    enum class Rule {
        Delivering, // enabled, active, recent successful attempt (or freshly configured)
        TurnedOff, // disabled on purpose (saved, or nothing configured): Konnect sends nothing, nothing is failing
        NoRecentAttempt, // enabled, no attempt for longer than the threshold (or none at all)
        RetriedAnswer, // the last answer was one Konnect retries (429, 5xx but 501, no HTTP answer)
        SkipsTls, // the certificate check is off
        Inactive, // Konnect marked the webhook inactive: the last delivery failed
        AnswerRefused, // the last answer was one Konnect does not retry (3xx, 4xx but 429, 501): the batch is lost
        NothingConfigured, // enabled, yet no endpoint or no destination Konnect still has
        TokenMissing,
        TokenRefused,
        Unreachable,
    };

    static constexpr qint64 defaultWarnAfterSeconds = 24 * 3600;

    Level level = Level::Unknown;
    Rule rule = Rule::Unreachable;
    QString reason; // one sentence: what is the case
    QString action; // one sentence: what to do (empty when nothing)

    static FleetVerdict judge(const FleetObservation& observation, const QDateTime& now,
                              qint64 warnAfterSeconds = defaultWarnAfterSeconds);

    static QString levelName(Level level); // "OK", "WARNING", "CRITICAL", "UNKNOWN" (not translated: a protocol)
    static QString ruleName(Rule rule); // "delivering", "no_recent_attempt", ...: for --json and scripts
    // The monitoring plugins' exit code: 0, 1, 2, 3.
    static int exitCode(Level level);
    static Level worst(Level a, Level b);
    // "26 h", "3 d", "45 min": a duration, for the threshold.
    static QString durationText(qint64 seconds);
};
