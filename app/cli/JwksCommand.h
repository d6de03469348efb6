#pragma once

#include "Command.h"

// `jwks`: the public keys Konnect signs audit events with.
class JwksCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    void run() override;
};
