#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

RetryDecision RetryPolicy::decide(int attemptIndex, const AttemptOutcome& outcome, const QDateTime& now)
{
    if (attemptIndex >= maxRetries || !isRetryable(outcome))
        return {false, 0};
    qint64 wait = backoffMs(attemptIndex);
    if (outcome.transport == AttemptOutcome::Transport::None
        && (outcome.httpStatus == 429 || outcome.httpStatus == 503)) {
        if (const auto retryAfter = parseRetryAfterMs(outcome.retryAfter, now))
            wait = qMin(*retryAfter, maxWaitMs);
    }
    return {true, wait};
}

bool RetryPolicy::isRetryable(const AttemptOutcome& outcome)
{
    using T = AttemptOutcome::Transport;
    switch (outcome.transport) {
    case T::None:
        return outcome.httpStatus == 429 || outcome.httpStatus == 0
            || (outcome.httpStatus >= 500 && outcome.httpStatus != 501);
    case T::ConnectionFailed:
    case T::TimedOut:
        return true;
    case T::TlsCertificate:
    case T::TlsHandshake: // go-retryablehttp does not retry a TLS protocol failure either: it will not heal
    case T::UnsupportedScheme:
    case T::TooManyRedirects:
    case T::InvalidHeader:
    case T::AnswerTooLarge:
    case T::Cancelled:
        return false;
    }
    return false;
}

qint64 RetryPolicy::backoffMs(int attemptIndex)
{
    if (attemptIndex < 0)
        attemptIndex = 0;
    if (attemptIndex >= 15) // 2^15 s is far past the cap; avoid shifting into overflow
        return maxWaitMs;
    return qMin(minWaitMs << attemptIndex, maxWaitMs);
}

static std::optional<QDateTime> parseHttpDate(const QString& text)
{
    // RFC 9110 allows three forms; only the first should be sent, but recipients must accept all three. The weekday
    // adds nothing (and makes Qt refuse two-digit RFC 850 years, read as 19xx), so it is dropped before parsing.
    static const char* const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        "dd-MMM-yy HH:mm:ss 'GMT'", // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        "MMM d HH:mm:ss yyyy", // asctime: Sun Nov  6 08:49:37 1994
    };
    const QString simplified = text.simplified();
    const int comma = simplified.indexOf(QLatin1Char(','));
    const QString withoutWeekday
        = comma >= 0 ? simplified.mid(comma + 1).trimmed() : simplified.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    for (const char* format : formats) {
        QDateTime parsed = c.toDateTime(withoutWeekday, QLatin1String(format));
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
        }
    }
    return std::nullopt;
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        return qMin(seconds, maxWaitMs / 1000 + 1) * 1000; // keep the multiplication far from overflow
    }
    const auto date = parseHttpDate(QString::fromLatin1(trimmed));
    if (!date)
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(*date));
}
