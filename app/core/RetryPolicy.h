#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

// How one attempt ended, in the terms the retry rule cares about.
struct AttemptOutcome
{
    enum class Transport {
        None, // an HTTP answer arrived; look at httpStatus
        ConnectionFailed, // refused, reset, DNS, closed early, ...
        TimedOut,
        TlsCertificate, // the peer's certificate was not trusted: final, as in Konnect
        TlsHandshake, // TLS failed for another reason (plain HTTP on an https port, no common protocol): final too
        UnsupportedScheme,
        TooManyRedirects,
        InvalidHeader,
        AnswerTooLarge,
        Cancelled,
    };

    Transport transport = Transport::None;
    int httpStatus = 0;
    QByteArray retryAfter; // the raw Retry-After header, if any
};

struct RetryDecision
{
    bool retry = false;
    qint64 waitMs = 0;
};

// Konnect's documented delivery retry rule, as hashicorp/go-retryablehttp implements it with Konnect's settings
// (RetryWaitMin 1 s, RetryWaitMax 30 s, RetryMax 4): retry on connection errors other than certificate, scheme,
// redirect and header failures, on 429, and on 5xx except 501; wait 1 s * 2^n, capped at 30 s; on 429 and 503 a
// parsable Retry-After replaces the computed wait (still capped at 30 s).
class RetryPolicy
{
public:
    static constexpr int maxRetries = 4;
    static constexpr int maxAttempts = maxRetries + 1;
    static constexpr qint64 minWaitMs = 1000;
    static constexpr qint64 maxWaitMs = 30000;

    // attemptIndex is 0 for the first attempt. `now` is needed for an HTTP-date Retry-After.
    static RetryDecision decide(int attemptIndex, const AttemptOutcome& outcome, const QDateTime& now);
    static bool isRetryable(const AttemptOutcome& outcome);
    static qint64 backoffMs(int attemptIndex);
    // Seconds or an HTTP-date (IMF-fixdate, RFC 850 or asctime); nullopt when unparsable or negative.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& now);
};
