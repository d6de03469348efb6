#include "DeliveryVerdict.h"

#include "RetryPolicy.h"

#include <QJsonArray>

namespace {
constexpr qsizetype kExcerptChars = 300;

const QString kWillNot = QStringLiteral("Konnect will not be able to deliver: ");

QString formatName(LogFormat format)
{
    return toString(format).toUpper();
}

QString attemptsText(int attempts)
{
    return attempts == 1 ? QStringLiteral("1 attempt") : QStringLiteral("%1 attempts").arg(attempts);
}

// The waits Konnect's rule would have used between these attempts: "1, 2, 4 and 8 s".
QString waitsText(int attempts)
{
    QStringList waits;
    for (int i = 0; i + 1 < attempts; ++i)
        waits.append(QString::number(RetryPolicy::backoffMs(i) / 1000));
    if (waits.size() < 2)
        return waits.join(QString()) + QStringLiteral(" s");
    const QString last = waits.takeLast();
    return waits.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last + QStringLiteral(" s");
}

QString statusMessage(const DeliveryVerdict::Observation& seen, DeliveryVerdict::Reason* reason)
{
    using R = DeliveryVerdict::Reason;
    const int status = seen.last.outcome.httpStatus;
    const QString statusText = DeliveryVerdict::statusText(status);
    if (status >= 200 && status < 300) {
        *reason = R::Delivered;
        QString text = QStringLiteral("Konnect will be able to deliver: the SIEM accepted the test batch of %1 %2 "
                                      "events (%3)")
                           .arg(seen.events)
                           .arg(formatName(seen.logFormat), statusText);
        if (seen.attempts > 1)
            text += QStringLiteral(" after %1, as Konnect would have retried").arg(attemptsText(seen.attempts));
        return text + QLatin1Char('.');
    }
    if (status >= 300 && status < 400) {
        *reason = R::Redirected;
        const QString target
            = seen.location.isEmpty() ? QStringLiteral("another address") : QString::fromUtf8(seen.location).left(200);
        return kWillNot
            + QStringLiteral("the endpoint redirects (%1) to %2. Konnect's deliveries should not depend on a "
                             "redirect: use the final address as the endpoint.")
                  .arg(statusText, target);
    }
    switch (status) {
    case 401:
    case 403:
        if (!seen.authorizationSent) {
            *reason = R::AuthorizationNotTested;
            return QStringLiteral("The SIEM requires an authorization (%1), and this test sent none: Konnect never "
                                  "shows the stored authorization, so give it to the test to check it.")
                .arg(statusText);
        }
        *reason = R::AuthorizationRefused;
        return kWillNot
            + (status == 401 ? QStringLiteral("the SIEM refused the authorization (%1). Check the value, including "
                                              "the word before the token (Bearer, Splunk, ...).")
                             : QStringLiteral("the SIEM refused the authorization (%1): the token is unknown, "
                                              "disabled or may not write these events."))
                  .arg(statusText)
            + QStringLiteral(" Konnect does not retry this.");
    case 404:
        *reason = R::WrongPath;
        return kWillNot
            + QStringLiteral(
                  "nothing receives events at this path (%1). Check the endpoint's path: Splunk, for "
                  "example, takes Konnect's lines at /services/collector/raw, not /services/collector/event.")
                  .arg(statusText);
    case 413:
        *reason = R::PayloadTooLarge;
        return kWillNot
            + QStringLiteral("the SIEM refused even this small batch as too large (%1). Raise the receiver's "
                             "request size limit: Konnect's batches are bigger.")
                  .arg(statusText);
    case 415:
        *reason = R::FormatRefused;
        return kWillNot
            + QStringLiteral("the SIEM does not accept what Konnect sends (%1): Content-Type text/plain with a "
                             "gzip-compressed body (Content-Encoding application/gzip). Allow both in the receiver's "
                             "input settings.")
                  .arg(statusText);
    case 400:
        *reason = R::FormatRefused;
        return kWillNot
            + QStringLiteral("the SIEM refused the test batch as malformed (%1): it does not read %2 lines, the "
                             "gzip-compressed body or the endpoint's query parameters. Check the log format and the "
                             "receiver's input settings.")
                  .arg(statusText, formatName(seen.logFormat));
    default:
        break;
    }
    if (status == 429 || (status >= 500 && status != 501)) {
        *reason = R::ReceiverUnavailable;
        const QString what = status == 429 ? QStringLiteral("kept throttling (%1)").arg(statusText)
                                           : QStringLiteral("kept failing (%1)").arg(statusText);
        QString text = QStringLiteral("Konnect will not be able to deliver now: the SIEM %1").arg(what);
        if (seen.attempts >= RetryPolicy::maxAttempts)
            text += QStringLiteral(" through all %1 of Konnect's attempts (waiting %2 in between): Konnect would "
                                   "give up on the batch and mark the webhook inactive.")
                        .arg(seen.attempts)
                        .arg(waitsText(seen.attempts));
        else
            text += QStringLiteral(" after %1.").arg(attemptsText(seen.attempts));
        return text + QStringLiteral(" Check the receiver's health and capacity.");
    }
    *reason = R::NotRetriedStatus;
    return kWillNot
        + QStringLiteral("the SIEM answered %1, which Konnect does not retry. Check the endpoint and the receiver's "
                         "settings.")
              .arg(statusText);
}

QString transportMessage(const DeliveryVerdict::Observation& seen, DeliveryVerdict::Reason* reason)
{
    using R = DeliveryVerdict::Reason;
    using T = AttemptOutcome::Transport;
    const QString where = seen.port > 0 ? QStringLiteral("%1:%2").arg(seen.host).arg(seen.port) : seen.host;
    const QString after = seen.attempts > 1 ? QStringLiteral(" (tried %1 times)").arg(seen.attempts) : QString();
    switch (seen.last.outcome.transport) {
    case T::TlsCertificate: {
        *reason = R::TlsCertificate;
        const QString reasons = seen.certificate.reasons.isEmpty()
            ? seen.last.errorText
            : seen.certificate.reasons.join(QStringLiteral("; "));
        return kWillNot
            + QStringLiteral("the SIEM's TLS certificate is not trusted: %1. Certificate: %2. Konnect does not retry "
                             "a certificate failure. Use a publicly trusted certificate for %3, or, outside "
                             "production only, skip TLS verification.")
                  .arg(reasons, seen.certificate.describe(seen.now), seen.host);
    }
    case T::TlsHandshake:
        *reason = R::ConnectionFailed;
        return kWillNot
            + QStringLiteral("the TLS handshake with %1 failed: %2 Konnect does not retry this either. Check that "
                             "the receiver speaks HTTPS on this port.")
                  .arg(where, seen.last.errorText);
    case T::TimedOut:
        *reason = R::TimedOut;
        return kWillNot
            + QStringLiteral("the SIEM at %1 did not answer in time%2: %3 Check the receiver and anything in front "
                             "of it.")
                  .arg(where, after, seen.last.errorText);
    case T::ConnectionFailed:
        if (seen.hostNotFound) {
            *reason = R::DnsFailure;
            return kWillNot
                + QStringLiteral("the host name %1 does not resolve in DNS%2. Check its spelling: Konnect needs a "
                                 "name that resolves on the public internet.")
                      .arg(seen.host, after);
        }
        *reason = R::ConnectionFailed;
        return kWillNot
            + QStringLiteral("could not connect to %1%2: %3. Check that the receiver runs, listens on this port "
                             "and is reachable from the internet.")
                  .arg(where, after, seen.last.errorText);
    case T::Cancelled:
        *reason = R::Cancelled;
        return QStringLiteral("The test was cancelled.");
    default:
        *reason = R::OtherFailure;
        return kWillNot + seen.last.errorText;
    }
}
} // namespace

int DeliveryVerdict::exitCode() const
{
    if (reason == Reason::Delivered)
        return 0;
    return reason == Reason::InvalidInput ? 2 : 4;
}

QString DeliveryVerdict::text() const
{
    QString text = message;
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    if (!answerExcerpt.isEmpty() && reason != Reason::Delivered)
        text += QStringLiteral(" The SIEM said: \u201c%1\u201d").arg(answerExcerpt);
    return text;
}

QJsonObject DeliveryVerdict::toJson() const
{
    QJsonObject json {
        {QStringLiteral("will_deliver"), willDeliver()},
        {QStringLiteral("reason"), reasonName(reason)},
        {QStringLiteral("message"), message},
        {QStringLiteral("http_status"), httpStatus},
        {QStringLiteral("attempts"), attempts},
    };
    if (!hint.isEmpty())
        json.insert(QStringLiteral("hint"), hint);
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    if (!answerExcerpt.isEmpty())
        json.insert(QStringLiteral("answer"), answerExcerpt);
    if (!acceptedEncoding.isEmpty())
        json.insert(QStringLiteral("accepted_content_encoding"), QString::fromLatin1(acceptedEncoding));
    if (!certificate.isNull())
        json.insert(QStringLiteral("certificate"), certificate.toJson());
    return json;
}

DeliveryVerdict DeliveryVerdict::judge(const Observation& seen)
{
    DeliveryVerdict verdict;
    verdict.attempts = seen.attempts;
    verdict.httpStatus = seen.last.outcome.httpStatus;
    if (seen.last.outcome.transport == AttemptOutcome::Transport::None)
        verdict.message = statusMessage(seen, &verdict.reason);
    else
        verdict.message = transportMessage(seen, &verdict.reason);
    if (verdict.reason == Reason::TlsCertificate)
        verdict.certificate = seen.certificate;
    if (verdict.reason != Reason::Delivered)
        verdict.answerExcerpt = excerpt(seen.answerBody);
    if (verdict.reason == Reason::Delivered) {
        verdict.note = QStringLiteral("This test ran from this computer; Konnect delivers from its own network. After "
                                      "applying, the webhook status shows Konnect's own result.");
        if (!seen.authorizationSent)
            verdict.note += QStringLiteral(" No authorization was sent, and the SIEM accepted the batch without one.");
    }
    return verdict;
}

DeliveryVerdict DeliveryVerdict::invalidInput(const QString& message)
{
    DeliveryVerdict verdict;
    verdict.reason = Reason::InvalidInput;
    verdict.message = message;
    return verdict;
}

DeliveryVerdict DeliveryVerdict::cancelled()
{
    DeliveryVerdict verdict;
    verdict.reason = Reason::Cancelled;
    verdict.message = QStringLiteral("The test was cancelled.");
    return verdict;
}

DeliveryVerdict DeliveryVerdict::afterEncodingFallback(const DeliveryVerdict& withApplicationGzip,
                                                       const DeliveryVerdict& withGzip)
{
    if (withGzip.reason == Reason::Cancelled)
        return withGzip;
    DeliveryVerdict verdict = withApplicationGzip;
    verdict.attempts = withApplicationGzip.attempts + withGzip.attempts;
    const QString refused = statusText(withApplicationGzip.httpStatus);
    if (withGzip.willDeliver()) {
        verdict.reason = Reason::EncodingRefused;
        verdict.acceptedEncoding = "gzip";
        verdict.message
            = QStringLiteral("Konnect may not be able to deliver: the SIEM refused Content-Encoding: application/gzip "
                             "(%1), the value Kong documents that Konnect sends, but accepted the same batch with "
                             "Content-Encoding: gzip (%2). Your receiver accepts only \"gzip\": make it accept any "
                             "encoding that contains gzip, or put a relay in front of it.")
                  .arg(refused, statusText(withGzip.httpStatus));
        verdict.note = QStringLiteral("Which value Konnect really sends is not confirmed: after applying, the webhook "
                                      "status shows Konnect's own result.");
        return verdict;
    }
    if (withGzip.httpStatus == withApplicationGzip.httpStatus)
        verdict.message
            += QStringLiteral(" It refused Content-Encoding: gzip as well, so the encoding is not the cause.");
    else if (withGzip.httpStatus > 0)
        verdict.message += QStringLiteral(" With Content-Encoding: gzip instead it answered %1.")
                               .arg(statusText(withGzip.httpStatus));
    else
        verdict.message += QStringLiteral(" Trying Content-Encoding: gzip instead failed: %1").arg(withGzip.message);
    return verdict;
}

QString DeliveryVerdict::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Delivered:
        return QStringLiteral("delivered");
    case Reason::AuthorizationRefused:
        return QStringLiteral("authorization_refused");
    case Reason::AuthorizationNotTested:
        return QStringLiteral("authorization_not_tested");
    case Reason::WrongPath:
        return QStringLiteral("wrong_path");
    case Reason::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case Reason::FormatRefused:
        return QStringLiteral("format_refused");
    case Reason::EncodingRefused:
        return QStringLiteral("encoding_refused");
    case Reason::ReceiverUnavailable:
        return QStringLiteral("receiver_unavailable");
    case Reason::NotRetriedStatus:
        return QStringLiteral("not_retried_status");
    case Reason::Redirected:
        return QStringLiteral("redirected");
    case Reason::DnsFailure:
        return QStringLiteral("dns_failure");
    case Reason::ConnectionFailed:
        return QStringLiteral("connection_failed");
    case Reason::TimedOut:
        return QStringLiteral("timed_out");
    case Reason::TlsCertificate:
        return QStringLiteral("tls_certificate");
    case Reason::OtherFailure:
        return QStringLiteral("other_failure");
    case Reason::InvalidInput:
        return QStringLiteral("invalid_input");
    case Reason::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("other_failure");
}

QString DeliveryVerdict::statusText(int status)
{
    static const QHash<int, QString> phrases = {
        {200, QStringLiteral("OK")},
        {201, QStringLiteral("Created")},
        {202, QStringLiteral("Accepted")},
        {204, QStringLiteral("No Content")},
        {301, QStringLiteral("Moved Permanently")},
        {302, QStringLiteral("Found")},
        {303, QStringLiteral("See Other")},
        {307, QStringLiteral("Temporary Redirect")},
        {308, QStringLiteral("Permanent Redirect")},
        {400, QStringLiteral("Bad Request")},
        {401, QStringLiteral("Unauthorized")},
        {403, QStringLiteral("Forbidden")},
        {404, QStringLiteral("Not Found")},
        {405, QStringLiteral("Method Not Allowed")},
        {408, QStringLiteral("Request Timeout")},
        {409, QStringLiteral("Conflict")},
        {413, QStringLiteral("Payload Too Large")},
        {415, QStringLiteral("Unsupported Media Type")},
        {422, QStringLiteral("Unprocessable Entity")},
        {429, QStringLiteral("Too Many Requests")},
        {500, QStringLiteral("Internal Server Error")},
        {501, QStringLiteral("Not Implemented")},
        {502, QStringLiteral("Bad Gateway")},
        {503, QStringLiteral("Service Unavailable")},
        {504, QStringLiteral("Gateway Timeout")},
    };
    const QString phrase = phrases.value(status);
    return phrase.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(phrase);
}

QString DeliveryVerdict::excerpt(const QByteArray& answerBody)
{
    // Only text a person can read; a binary or HTML error page adds nothing to the verdict.
    const QString text = QString::fromUtf8(answerBody.left(4 * kExcerptChars)).simplified();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return {};
    for (const QChar c : text) {
        if (!c.isPrint())
            return {};
    }
    return text.size() > kExcerptChars ? text.left(kExcerptChars) + QStringLiteral("\u2026") : text;
}
