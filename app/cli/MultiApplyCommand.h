#pragma once

#include "Command.h"
#include "MultiScopeEdit.h"
#include "MultiScopeTarget.h"
#include "Profile.h"
#include "SiemOptions.h"

class MultiScopeChange;
class ParsedCommandLine;
class QNetworkAccessManager;

// `apply` over many targets (more than one --profile, --all-regions, --all-portals, --target, or --dry-run): one
// combined plan read from every target at once (MultiScopeChange), confirmed once, then every target applied at
// once with its own result; the summary says which changed and which did not, and prints the command that retries
// only the failed ones. Tokens come from the keychain only, one per profile, as for `fleet`.
class MultiApplyCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    // Whether this command line asks for many targets; otherwise `apply` acts on one scope as it always has.
    static bool wanted(const ParsedCommandLine& commandLine);
    // The exit code when some targets were not changed (or, with --dry-run, not read).
    static constexpr int someFailedExitCode = 5;

protected:
    bool talksToKonnect() const override { return false; }
    void run() override;

private:
    FieldErrors check();
    void onPlan();
    void printPlan();
    void onApplied();
    QString retryCommand() const;
    QJsonObject planJson() const;

    QList<Profile> m_profiles;
    MultiScopeTargets m_targets;
    MultiScopeEdit m_edit;
    SiemOptions m_siem;
    bool m_dryRun = false;
    QNetworkAccessManager* m_network = nullptr;
    MultiScopeChange* m_change = nullptr;
};
