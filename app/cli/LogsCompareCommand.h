#pragma once

#include "AuditLogComparison.h"
#include "AuditLogQuery.h"
#include "Command.h"

class AuditLogPuller;

// `logs --compare FILE`: reconciles a SIEM export (the formats `verify` reads, gzip included) with Konnect's
// records for a window (AuditLogComparison): what Konnect has that the export lacks, and the export's lines that
// Konnect does not know. The window is the export's own time span inside the last 7 days unless --since, --start or
// --end say otherwise. Exit 0 when nothing is missing, 5 when something is (as `verify` does when a check finds a
// problem), else the usual codes; it prints the `replay` command that would re-send the missing window.
class LogsCompareCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static constexpr int exitSomeMissing = 5;

protected:
    FieldErrors checkOptions() override;
    void run() override;

private:
    void onFinished(const ApiResult& result);
    QString replayCommand() const;
    void printText() const;
    void printJson() const;

    QString m_path;
    bool m_json = false;
    bool m_windowGiven = false;
    bool m_sinceGiven = false;
    AuditLogQuery m_query;
    AuditLogComparison m_comparison;
    AuditLogPuller* m_puller = nullptr;
};
