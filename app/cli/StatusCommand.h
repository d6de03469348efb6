#pragma once

#include "Command.h"

// `status`: whether Konnect delivers audit logs, what that means, and its last delivery attempt.
class StatusCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    void run() override;
};
