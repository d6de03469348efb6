#pragma once

#include "Command.h"

#include <QDateTime>

// `replay`: shows the region's replay job; with --start and --end, starts one.
class ReplayCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    FieldErrors checkOptions() override;
    void run() override;

private:
    void showJob();
    void startJob();

    bool m_starting = false;
    QDateTime m_start;
    QDateTime m_end;
    Scope m_scope;
};
