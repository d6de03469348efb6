#pragma once

#include "AuditLogDestination.h"
#include "MultiScopeTarget.h"

#include <QString>

// One audit log destination whose authorization a many-target change rotates: ONE change on the destination,
// whichever and however many of the selected scopes use it. Its users are listed with it, in the plan and after.
struct MultiScopeRotation
{
    QString key; // profile + "/" + destination id
    QString profile;
    AuditLogDestination destination;
    MultiScopeTargets users; // the selected scopes bound to it
    enum class State { Planned, Rotated, Failed } state = State::Planned;
    QString message;
};
