#pragma once

#include "MultiScopeTarget.h"

#include <QString>

// What applying a many-target change did to one target. HalfDone says exactly which step was stored.
struct MultiScopeOutcome
{
    enum class State {
        Pending,
        Changed,
        Unchanged, // nothing to change, or the change does not fit this scope (message says which)
        Failed, // nothing was stored (or, when outcomeUnknown, Konnect's answer was lost: look before retrying)
        HalfDone, // step 1 of 2 stored, step 2 failed
    };

    MultiScopeTarget target;
    State state = State::Pending;
    QString message;
    bool outcomeUnknown = false;

    // Failed and HalfDone: what a retry of the failed ones takes.
    bool needsRetry() const { return state == State::Failed || state == State::HalfDone; }
};
