#pragma once

#include "Command.h"
#include "EmulatedAuditLogHistory.h"
#include "EmulatedRegionFault.h"

#include <QList>
#include <QPair>

class KonnectEmulator;
class TerminationSignals;

// `emulator`: runs KonnectEmulator on loopback until SIGINT or SIGTERM. Its first line of output says where it
// listens; the test token it accepts is never printed.
class EmulatorCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    bool talksToKonnect() const override { return false; }
    FieldErrors checkOptions() override;
    void run() override;

private:
    quint16 m_port = 0;
    int m_logHistory = EmulatedAuditLogHistory::defaultSize;
    QString m_token;
    QString m_forbiddenToken;
    QList<QPair<QString, QString>> m_organizations; // --org NAME:TOKEN
    QList<EmulatedRegionFault> m_regionFaults;
    bool m_demo = false;
    KonnectEmulator* m_emulator = nullptr;
    TerminationSignals* m_signals = nullptr;
};
