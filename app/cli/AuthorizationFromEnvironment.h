#pragma once

#include "FieldError.h"

#include <QString>
#include <optional>

// The SIEM authorization named by --authorization-env: the variable must be set and its value a valid header
// value. The value is registered as a secret as soon as it is read.
class AuthorizationFromEnvironment
{
public:
    // Sets *value on success; otherwise returns the problem, naming --authorization-env and never the value.
    static std::optional<FieldError> read(const QString& variableName, QString* value);
};
