#include "WebhookStatusExplanation.h"

#include "DeliveryVerdict.h"

namespace {
QString replayHint()
{
    return WebhookStatusExplanation::tr(
        " Audit logs of the time it failed can be sent again from the Replay tab (up to 7 days back) once it works.");
}

QString responseText(const WebhookStatus& status)
{
    if (!status.hasAttempt() && status.lastResponseCode == 0 && status.lastResponseMessage.isEmpty())
        return WebhookStatusExplanation::tr("none yet");
    QString text = status.lastResponseCode > 0 ? DeliveryVerdict::statusText(status.lastResponseCode)
                                               : WebhookStatusExplanation::tr("no HTTP answer");
    if (!status.lastResponseMessage.isEmpty())
        text += QStringLiteral(": ") + status.lastResponseMessage;
    return text;
}

bool isSuccess(int code)
{
    return code >= 200 && code < 300;
}
} // namespace

WebhookStatusExplanation WebhookStatusExplanation::explain(const WebhookStatus& status, const QDateTime& now,
                                                           const Scope& scope)
{
    WebhookStatusExplanation e;
    e.lastAttempt = status.hasAttempt()
        ? QStringLiteral("%1 (%2)").arg(relativeTime(status.lastAttemptAt, now), localTime(status.lastAttemptAt))
        : tr("never");
    e.lastResponse = responseText(status);
    const int code = status.lastResponseCode;
    const bool answered = status.hasAttempt() || code != 0;

    if (status.enabled && status.status == QLatin1String("active")) {
        e.situation = Situation::Delivering;
        e.meaning = tr("Konnect is delivering audit logs to your SIEM, or is ready and has had nothing "
                       "to send yet.");
        if (!answered)
            e.advice = tr("Nothing to do. Konnect sends audit logs as they happen; Test connection on "
                          "the Configure tab checks the endpoint without waiting.");
        else if (isSuccess(code))
            e.advice = tr("Nothing to do: your SIEM accepted the last delivery.");
        else
            e.advice = tr("Nothing to do yet, but the last answer was not a success: %1 If deliveries "
                          "keep failing, the status turns inactive.")
                           .arg(fixFor(code));
    } else if (status.enabled && status.status == QLatin1String("inactive")) {
        e.situation = Situation::Failing;
        e.needsAttention = true;
        e.meaning = tr("The last delivery failed: Konnect could not hand audit logs to your SIEM (an "
                       "endpoint or SIEM problem).");
        e.advice = (answered ? fixFor(code)
                             : tr("Konnect does not say why: run Test connection (headless: `test-endpoint`) "
                                  "to find out, fix what it reports, then Apply."))
            + replayHint();
    } else if (!status.enabled && status.status == QLatin1String("active")) {
        e.situation = Situation::SavedNotSending;
        e.meaning = tr("The webhook is saved, but Konnect is not sending: it is turned off.");
        e.advice = tr("To start delivering, tick Enabled and Apply (headless: `apply --enable`).");
    } else if (!status.enabled && status.status == QLatin1String("inactive")) {
        e.situation = Situation::TurnedOffAfterFailure;
        e.needsAttention = true;
        e.meaning = tr("The last delivery failed and the webhook was then turned off: Konnect is not "
                       "sending.");
        const QString fix = answered && !isSuccess(code)
            ? fixFor(code)
            : tr("Run Test connection (headless: `test-endpoint`) to find out why deliveries failed and "
                 "fix it.");
        e.advice = fix + tr(" Then tick Enabled and Apply.") + replayHint();
    } else if (!status.enabled && status.status == QLatin1String("unconfigured")) {
        e.situation = Situation::Unconfigured;
        if (scope.isPortal()) {
            e.meaning = tr("Nothing is configured for this Dev Portal yet: Konnect has nowhere to send its audit "
                           "logs.");
            e.advice = tr("Bind one of the organization's audit log destinations to the portal's webhook, tick "
                          "Enabled and Apply (headless: `apply --portal %1 --destination NAME --enable`).")
                           .arg(scope.portalId());
        } else {
            e.meaning = tr("Nothing is configured in this region yet: Konnect has nowhere to send audit logs.");
            e.advice = tr("Nothing is configured in this region yet: enter your SIEM's endpoint and authorization "
                          "and Apply (headless: `apply`).");
        }
    } else {
        e.situation = Situation::Unknown;
        e.needsAttention = true;
        e.meaning = tr("Konnect reported a combination this tool does not know: enabled %1, status "
                       "\"%2\".")
                        .arg(status.enabled ? tr("yes") : tr("no"), status.status);
        e.advice = tr("Refresh in a moment; if it stays, compare with Konnect's documentation of the "
                      "audit-log webhook status.");
    }
    return e;
}

QString WebhookStatusExplanation::relativeTime(const QDateTime& then, const QDateTime& now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < -60)
        return tr("in the future (this computer's clock is behind Konnect's)");
    if (seconds < 45)
        return tr("just now");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours < 48)
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    return tr("%1 days ago").arg((seconds + 43200) / 86400);
}

QString WebhookStatusExplanation::localTime(const QDateTime& time)
{
    return tr("%1 local time").arg(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString WebhookStatusExplanation::responseMeaning(int code)
{
    if (code == 0)
        return tr("Konnect got no answer from your SIEM (DNS, connection, timeout or TLS certificate)");
    if (isSuccess(code))
        return tr("your SIEM accepted the delivery");
    if (code >= 300 && code < 400)
        return tr("the endpoint redirects elsewhere");
    switch (code) {
    case 401:
    case 403:
        return tr("your SIEM refused the authorization");
    case 404:
        return tr("nothing receives events at the endpoint's path");
    case 400:
    case 415:
        return tr("your SIEM does not accept the events' format or their gzip encoding");
    case 413:
        return tr("your SIEM refused the batch as too large");
    default:
        break;
    }
    if (code == 429 || (code >= 500 && code != 501))
        return tr("your SIEM was overloaded or unavailable, even after Konnect's retries");
    return tr("your SIEM refused the delivery");
}

QString WebhookStatusExplanation::fixFor(int code)
{
    if (isSuccess(code))
        return {};
    if (code == 0)
        return tr("Konnect got no answer from your SIEM — check that the endpoint is reachable from the "
                  "internet (DNS, firewall) with a publicly trusted certificate, then Apply.");
    if (code >= 300 && code < 400)
        return tr("The endpoint redirects elsewhere — put the final address in the endpoint and Apply.");
    switch (code) {
    case 401:
    case 403:
        return tr("Your SIEM refused the authorization — set it again and Apply.");
    case 404:
        return tr("Nothing receives events at the endpoint's path — correct the path (Splunk, for "
                  "example, takes Konnect's lines at /services/collector/raw) and Apply.");
    case 400:
    case 415:
        return tr("Your SIEM does not accept the events' format or their gzip encoding — check the log "
                  "format and the receiver's input settings, then Apply.");
    case 413:
        return tr("Your SIEM refused the batch as too large — raise the receiver's request size limit.");
    default:
        break;
    }
    if (code == 429 || (code >= 500 && code != 501))
        return tr("Your SIEM was overloaded or unavailable even after Konnect's retries — check its "
                  "health and capacity; Konnect goes on with new audit logs once it answers again.");
    return tr("Your SIEM answered %1 — look in its logs for the reason, fix it, then Apply.")
        .arg(DeliveryVerdict::statusText(code));
}
