#pragma once

#include "Command.h"

// `get`: the webhook configuration Konnect stores for the region.
class GetCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    void run() override;
};
