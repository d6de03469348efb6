// libFuzzer target: the Retry-After parser (seconds or any of HTTP's three date forms) and the retry decision that
// uses it. Whatever the header says, a wait is never negative and never above the 30 s cap.

#include "RetryPolicy.h"

#include <QTimeZone>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256)
        return 0; // a header line, not a document
    const QByteArray value(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
    if (const auto wait = RetryPolicy::parseRetryAfterMs(value, now); wait && *wait < 0)
        std::abort();
    for (int status : {429, 503, 500}) {
        AttemptOutcome outcome;
        outcome.httpStatus = status;
        outcome.retryAfter = value;
        for (int attempt = 0; attempt < RetryPolicy::maxAttempts; ++attempt) {
            const RetryDecision decision = RetryPolicy::decide(attempt, outcome, now);
            if (decision.retry != (attempt < RetryPolicy::maxRetries))
                std::abort();
            if (decision.retry && (decision.waitMs < 0 || decision.waitMs > RetryPolicy::maxWaitMs))
                std::abort();
        }
    }
    return 0;
}
