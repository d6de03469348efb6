#pragma once

#include "MultiScopeTarget.h"
#include "ScopeWebhook.h"

#include <QList>
#include <QString>
#include <optional>

// One line of a many-target plan's combined diff: which scope (or shared destination), which field, what Konnect
// has now and what it will have. Secrets are masked before they get here.
struct MultiScopeDiffLine
{
    QString scope;
    QString field;
    QString current;
    QString desired;
    QString note = {}; // e.g. which scopes share a destination's one change
};

// What the plan found for one target, and what applying it sends. A bound scope whose authorization rotates takes
// part in its destination's one change (rotationKey); when its enabled state changes too, that is a second step.
struct MultiScopePlanItem
{
    enum class State {
        Change, // something to send
        NothingToChange, // Konnect already has it
        CannotApply, // the change does not fit this scope (reason says why and what to do)
        Unread, // could not be read (token, network, refused): not changed, worth a retry
    };

    MultiScopeTarget target;
    ScopeWebhook current;
    State state = State::Unread;
    QString reason;

    std::optional<WebhookBinding> binding; // the binding to store (v3)
    std::optional<WebhookConfig> inlineDesired; // the inline webhook to store (v2)
    QString rotationKey; // the shared destination whose authorization this change rotates (MultiScopeRotation)
    QList<MultiScopeDiffLine> lines;

    // 1 or 2: a rotation on the shared destination, then this scope's own binding.
    int stepCount() const { return (rotationKey.isEmpty() ? 0 : 1) + (binding || inlineDesired ? 1 : 0); }
};
