#pragma once

#include "Command.h"
#include "ScopeWebhook.h"
#include "SiemOptions.h"

// `move-to-destination`: turns the region's inline v2 webhook into an audit log destination with the same endpoint,
// format and TLS setting and binds the region to it (DestinationMove). Shows the plan first and asks (--yes in
// scripts). Konnect never returns the SIEM authorization, so it is given again (or taken from the keychain).
class MoveToDestinationCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    FieldErrors checkOptions() override;
    FieldErrors readSecrets() override;
    void run() override;

private:
    void onCurrent(const ScopeWebhook& webhook);
    void move(const ScopeWebhook& webhook);
    void printPlan(const ScopeWebhook& webhook) const;

    SiemOptions m_siem;
    std::optional<QString> m_authorization;
    QString m_name;
};
