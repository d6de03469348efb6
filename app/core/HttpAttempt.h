#pragma once

#include "RetryPolicy.h"

#include <QString>

// One try of a request, as shown to a person: what came back, how long it took, and the wait it caused.
struct HttpAttempt
{
    int number = 0; // 1-based
    AttemptOutcome outcome;
    QString errorText; // empty when an HTTP answer arrived
    qint64 elapsedMs = 0;
    qint64 waitBeforeNextMs = -1; // -1: no further attempt
    // False only when the request surely never left (refused, unknown host, failed handshake): a change that broke
    // after this point may have been stored although no answer arrived.
    bool mayHaveArrived = false;
};
