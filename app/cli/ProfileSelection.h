#pragma once

#include "FieldError.h"
#include "Profile.h"

#include <QList>
#include <QStringList>

class CommandContext;

// The profiles a many-profile command (fleet, apply over many targets) acts on: those named (one not saved yet
// has the defaults), else every profile, else the current one; --region and --base-url, when given, apply to each for
// this run. Errors name the option.
class ProfileSelection
{
public:
    static QList<Profile> resolve(CommandContext& context, QStringList names, FieldErrors* errors);
};
