#pragma once

#include "FieldError.h"
#include "GlobalOptions.h"
#include "OutputPrinter.h"
#include "ParsedCommandLine.h"
#include "Profile.h"
#include "Scope.h"
#include "TokenResolver.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class Clock;
class KonnectClient;
class ProfileStore;
class TokenStore;
class VerboseLog;

// What every command shares: the parsed command line, the profile with its region and API root, the token, the
// Konnect client and the printer. Created once per run.
class CommandContext : public QObject
{
    Q_OBJECT
public:
    CommandContext(const ParsedCommandLine& commandLine, QObject* parent = nullptr);
    ~CommandContext() override;

    const ParsedCommandLine& commandLine() const { return m_commandLine; }
    const GlobalOptions& options() const { return m_options; }
    const OutputPrinter& out() const { return m_printer; }
    Clock* clock() const { return m_clock; }

    QString profileName() const;
    // Checks --profile, --region and --base-url without touching anything; errors name the option.
    FieldErrors checkConnectionOptions() const;
    // Creates the profile on first use; an error message otherwise empty.
    QString ensureProfile();
    Profile profile() const;
    QString region() const;
    QUrl apiRoot() const;

    ProfileStore& profiles();
    TokenStore& tokenStore();
    // The token for this run (--token-stdin, else keychain, else KONNECT_TOKEN); `tokenFromStdin` when
    // --token-stdin was given and already read.
    void resolveToken(const std::optional<QString>& tokenFromStdin,
                      std::function<void(const TokenResolver::Resolution&)> done);
    // Created on first use, already pointed at apiRoot() and logging for --verbose.
    KonnectClient& client();

    // Profile, region and (when it is not the region's) API root, for the top of human output: each region has
    // its own webhook, so the region is always shown.
    Fields connectionFields() const;
    // The same, and whose webhook: "Scope: organization" or the Dev Portal with its id.
    Fields connectionFields(const Scope& scope) const;

    // The profile flags to repeat in a follow-up command we suggest, e.g. " --profile prod --region eu".
    QString repeatOptions() const;

private:
    ParsedCommandLine m_commandLine;
    GlobalOptions m_options;
    OutputPrinter m_printer;
    Clock* m_clock;
    ProfileStore* m_profiles;
    TokenStore* m_tokenStore = nullptr;
    TokenResolver* m_tokenResolver = nullptr;
    KonnectClient* m_client = nullptr;
    VerboseLog* m_verboseLog = nullptr;
};
