#include "FleetVerdict.h"

#include "DeliveryVerdict.h"
#include "RetryPolicy.h"
#include "WebhookStatusExplanation.h"

namespace {
FleetVerdict make(FleetVerdict::Level level, FleetVerdict::Rule rule, const QString& reason, const QString& action = {})
{
    FleetVerdict verdict;
    verdict.level = level;
    verdict.rule = rule;
    verdict.reason = reason;
    verdict.action = action;
    return verdict;
}

// Konnect's own delivery retry rule decides: what it retries may still arrive, what it does not is lost.
bool konnectRetries(int code)
{
    AttemptOutcome outcome;
    if (code == 0)
        outcome.transport = AttemptOutcome::Transport::ConnectionFailed;
    else
        outcome.httpStatus = code;
    return RetryPolicy::isRetryable(outcome);
}

QString answerText(const WebhookStatus& status)
{
    QString text = status.lastResponseCode > 0 ? DeliveryVerdict::statusText(status.lastResponseCode)
                                               : FleetVerdict::tr("no HTTP answer");
    if (!status.lastResponseMessage.isEmpty())
        text += QStringLiteral(" (") + status.lastResponseMessage.left(200) + QLatin1Char(')');
    return text;
}

FleetVerdict unreadable(const FleetObservation& seen)
{
    using L = FleetVerdict::Level;
    using R = FleetVerdict::Rule;
    switch (seen.access) {
    case FleetObservation::Access::TokenMissing:
        return make(L::Unknown, R::TokenMissing, seen.problem,
                    FleetVerdict::tr("Store the profile's Konnect token with `konnect-audit-webhook token set "
                                     "--profile %1` (it reads the token from standard input).")
                        .arg(seen.profile));
    case FleetObservation::Access::TokenRefused:
        return make(L::Unknown, R::TokenRefused, FleetVerdict::tr("Konnect refused the token: %1").arg(seen.problem),
                    FleetVerdict::tr("Store a valid token of an organization admin with `konnect-audit-webhook "
                                     "token set --profile %1`.")
                        .arg(seen.profile));
    case FleetObservation::Access::Unreachable:
    case FleetObservation::Access::Read:
        break;
    }
    return make(L::Unknown, R::Unreachable,
                FleetVerdict::tr("Konnect's API could not be read after the retries: %1").arg(seen.problem),
                FleetVerdict::tr("Check the network, the base URL and Konnect's status page, then scan again."));
}
} // namespace

FleetVerdict FleetVerdict::judge(const FleetObservation& seen, const QDateTime& now, qint64 warnAfterSeconds)
{
    if (seen.access != FleetObservation::Access::Read || !seen.status)
        return unreadable(seen);
    const WebhookStatus& status = *seen.status;
    const bool enabled = status.enabled || seen.webhook.isEnabled();
    const int code = status.lastResponseCode;
    const bool answered = status.hasAttempt() || code != 0;

    if (status.status == QLatin1String("inactive")) {
        const QString fix = answered && !(code >= 200 && code < 300)
            ? WebhookStatusExplanation::fixFor(code)
            : tr("Run `test-endpoint` to find out why deliveries fail, fix it, then enable the webhook again.");
        const QString reason = enabled
            ? tr("Inactive: the last delivery failed (%1); Konnect is not delivering.").arg(answerText(status))
            : tr("Inactive and turned off after a failed delivery (%1).").arg(answerText(status));
        return make(Level::Critical, Rule::Inactive, reason,
                    fix + tr(" Replay the lost window (up to 7 days) once it works."));
    }
    if (enabled && !seen.isConfigured()) {
        const QString reason = seen.webhook.destinationMissing
            ? tr("Enabled, but bound to the audit log destination %1, which Konnect no longer has.")
                  .arg(seen.webhook.binding.destinationId)
            : tr("Enabled, but nothing is configured: Konnect has nowhere to send audit logs.");
        return make(Level::Critical, Rule::NothingConfigured, reason,
                    tr("Bind the webhook to a destination (`apply --destination`), or disable it."));
    }
    if (!enabled) {
        const QString reason = seen.isConfigured() ? tr("Turned off: the webhook is saved, but Konnect sends nothing.")
                                                   : tr("Nothing configured here: Konnect sends nothing.");
        return make(Level::Ok, Rule::TurnedOff, reason,
                    seen.isConfigured() ? tr("Enable it (`apply --enable`) if audit logs should go there.")
                                        : QString());
    }
    if (answered && !(code >= 200 && code < 300)) {
        if (konnectRetries(code))
            return make(Level::Warning, Rule::RetriedAnswer,
                        tr("The last delivery got %1, which Konnect retries: it may still arrive, and the webhook "
                           "turns inactive if the retries fail too.")
                            .arg(answerText(status)),
                        tr("Check the SIEM's health and capacity."));
        return make(Level::Critical, Rule::AnswerRefused,
                    tr("The SIEM refused the last delivery with %1, which Konnect does not retry: that batch is "
                       "lost.")
                        .arg(answerText(status)),
                    WebhookStatusExplanation::fixFor(code));
    }
    if (!status.hasAttempt() || status.lastAttemptAt.secsTo(now) > warnAfterSeconds) {
        const QString since = status.hasAttempt()
            ? tr("Konnect has not attempted a delivery for %1 (last %2), longer than the %3 allowed.")
                  .arg(durationText(status.lastAttemptAt.secsTo(now)),
                       WebhookStatusExplanation::relativeTime(status.lastAttemptAt, now),
                       durationText(warnAfterSeconds))
            : tr("Enabled, but Konnect has not attempted a delivery yet.");
        return make(Level::Warning, Rule::NoRecentAttempt, since,
                    tr("Check that the organization has activity, and run `test-endpoint` to check the SIEM."));
    }
    if (seen.skipsTlsVerification())
        return make(Level::Warning, Rule::SkipsTls,
                    tr("Delivering, but Konnect skips the SIEM's certificate check (skip_ssl_verification)."),
                    tr("Give the SIEM a publicly trusted certificate and turn the check back on."));
    return make(Level::Ok, Rule::Delivering,
                tr("Delivering: the last delivery %1 got %2.")
                    .arg(WebhookStatusExplanation::relativeTime(status.lastAttemptAt, now), answerText(status)));
}

QString FleetVerdict::levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("OK");
    case Level::Warning:
        return QStringLiteral("WARNING");
    case Level::Critical:
        return QStringLiteral("CRITICAL");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString FleetVerdict::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Delivering:
        return QStringLiteral("delivering");
    case Rule::TurnedOff:
        return QStringLiteral("turned_off");
    case Rule::NoRecentAttempt:
        return QStringLiteral("no_recent_attempt");
    case Rule::RetriedAnswer:
        return QStringLiteral("retried_answer");
    case Rule::SkipsTls:
        return QStringLiteral("skips_tls_verification");
    case Rule::Inactive:
        return QStringLiteral("inactive");
    case Rule::AnswerRefused:
        return QStringLiteral("answer_refused");
    case Rule::NothingConfigured:
        return QStringLiteral("nothing_configured");
    case Rule::TokenMissing:
        return QStringLiteral("token_missing");
    case Rule::TokenRefused:
        return QStringLiteral("token_refused");
    case Rule::Unreachable:
        break;
    }
    return QStringLiteral("unreachable");
}

int FleetVerdict::exitCode(Level level)
{
    return int(level);
}

FleetVerdict::Level FleetVerdict::worst(Level a, Level b)
{
    return int(a) >= int(b) ? a : b;
}

QString FleetVerdict::durationText(qint64 seconds)
{
    // Unit symbols need no plural forms in any language.
    if (seconds >= 2 * 24 * 3600)
        return QStringLiteral("%1 d").arg(seconds / (24 * 3600));
    if (seconds >= 3600)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    if (seconds >= 60)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 s").arg(seconds);
}
