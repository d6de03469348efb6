#pragma once

#include "Command.h"

// `destinations delete NAME|ID`: says what still uses the destination, asks first (--yes in scripts), and when
// Konnect refuses with 409 names what still points at it.
class DestinationDeleteCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    FieldErrors checkOptions() override;
    void run() override;

private:
    void remove(const AuditLogDestination& destination, const QStringList& users);

    QString m_nameOrId;
};
