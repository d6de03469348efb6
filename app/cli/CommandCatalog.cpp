#include "CommandCatalog.h"

#include "TestEndpointCommand.h"
#include "VerifyCommand.h"

namespace {
QCommandLineOption valueOption(const QString& name, const QString& valueName)
{
    return QCommandLineOption(name, QString(), valueName);
}

QCommandLineOption flag(const QString& name)
{
    return QCommandLineOption(name);
}

// Appended to every command's help, so that each page is complete on its own.
const char* const globalOptionsBlock = R"HELP(
Global options:
  --profile NAME   Profile to use (default: the current profile, "default"); created on first use.
  --region R       Region for this run only: global, us, eu, au, me, in, sg (default: the profile's,
                   else global). Each region has its own webhook.
  --base-url URL   API root for this run only, with the version path, e.g. https://eu.api.konghq.com/v2
                   (plain http only on loopback). Default: the profile's base URL, else the region's.
  --token-stdin    Read the Konnect token from standard input for this run (it is not stored).
  --json           Print one JSON object on standard output, errors included.
  --verbose        Log every HTTP attempt and wait on standard error (never a token or secret).
  -h, --help       Show this help.
)HELP";

const char* const exitCodesBlock = R"HELP(
Exit codes: 0 success; 2 invalid input (nothing was sent) or Konnect answered 400; 3 Konnect refused
the token (401 or 403); 4 network or server failure after the retries, or another unexpected answer.
)HELP";

QString page(const char* text, bool talksToKonnect = true)
{
    QString help = QString::fromUtf8(text) + QString::fromUtf8(globalOptionsBlock);
    if (talksToKonnect)
        help += QString::fromUtf8(exitCodesBlock);
    return help;
}

QList<CommandSpec> buildCommands()
{
    QList<CommandSpec> commands;

    commands.append({QStringLiteral("get"),
                     QStringLiteral("Show the webhook configuration stored in Konnect"),
                     {},
                     page(R"HELP(Usage: konnect-audit-webhook get [global options]

Shows the audit-log webhook that Konnect stores for the region: the endpoint, whether deliveries are
enabled, the log format and the SSL setting. Konnect never returns the SIEM authorization, so it is
shown as "set, hidden by Konnect". With --json, prints Konnect's answer as it came.

Examples:
  konnect-audit-webhook get
  konnect-audit-webhook get --region eu --json
)HELP")});

    commands.append({QStringLiteral("apply"),
                     QStringLiteral("Change the webhook configuration"),
                     {valueOption(QStringLiteral("endpoint"), QStringLiteral("URL")),
                      valueOption(QStringLiteral("authorization-env"), QStringLiteral("VAR")),
                      flag(QStringLiteral("authorization-stdin")), flag(QStringLiteral("enable")),
                      flag(QStringLiteral("disable")), valueOption(QStringLiteral("log-format"), QStringLiteral("F")),
                      valueOption(QStringLiteral("skip-ssl-verification"), QStringLiteral("B"))},
                     page(R"HELP(Usage: konnect-audit-webhook apply [--endpoint URL]
                             [--authorization-env VAR | --authorization-stdin]
                             [--enable | --disable] [--log-format cef|json|cps]
                             [--skip-ssl-verification true|false] [global options]

Changes the region's audit-log webhook. Only the settings you give change; the others keep the values
Konnect has. Every option is checked before anything is sent: after a mistake nothing is sent and the
exit code is 2.

Options:
  --endpoint URL               The SIEM's HTTPS URL that Konnect posts audit logs to (plain http
                               only for 127.0.0.1, ::1 or localhost).
  --authorization-env VAR      Take the Authorization header value Konnect sends to the SIEM (e.g.
                               "Splunk <HEC token>") from the environment variable VAR, which must be set.
  --authorization-stdin        Read that value from standard input (one line). Not together with
                               --token-stdin: both would read standard input.
  --enable, --disable          Start or stop deliveries.
  --log-format F               cef, json or cps.
  --skip-ssl-verification B    true or false. true makes Konnect skip the endpoint's certificate
                               check: only for self-signed certificates outside production.

The first configuration of a region needs --endpoint and an authorization. Later changes keep the
stored authorization unless you give a new one; Konnect never shows it back. The authorization is a
secret, so it is never accepted as an argument and never printed.

Changes without a new authorization are sent with PATCH and only the fields that change. A new
authorization is sent with PUT, as in Kong's original flow; when Konnect answers 405 the same change
is sent with PATCH and the profile remembers to use PATCH from then on.

Afterwards prints the stored configuration (Konnect's JSON with --json), or "Nothing to change" when
Konnect already has these settings.

Examples:
  read -rs SIEM_AUTH && export SIEM_AUTH      # type "Splunk <HEC token>"; it is not shown
  konnect-audit-webhook apply --endpoint https://siem.example.com:8088/services/collector/raw \
      --authorization-env SIEM_AUTH --log-format json --enable
  konnect-audit-webhook apply --disable --region eu
  pass show siem/hec | konnect-audit-webhook apply --authorization-stdin
)HELP")});

    commands.append({QStringLiteral("status"),
                     QStringLiteral("Show whether Konnect delivers audit logs, and its last attempt"),
                     {},
                     page(R"HELP(Usage: konnect-audit-webhook status [global options]

Shows whether Konnect delivers audit logs to the webhook: enabled or not, the delivery status, what
the two mean together, and Konnect's last delivery attempt (time, response code and message).

  enabled   status        meaning
  yes       active        delivering, or ready and nothing sent yet
  yes       inactive      the last delivery failed: endpoint or SIEM problem
  no        active        saved, Konnect is not sending
  no        inactive      last delivery failed and the webhook was then turned off
  no        unconfigured  nothing configured in this region yet

Examples:
  konnect-audit-webhook status
  konnect-audit-webhook status --region us --json
)HELP")});

    commands.append({QStringLiteral("replay"),
                     QStringLiteral("Show the replay job, or start one with --start and --end"),
                     {valueOption(QStringLiteral("start"), QStringLiteral("TIME")),
                      valueOption(QStringLiteral("end"), QStringLiteral("TIME"))},
                     page(R"HELP(Usage: konnect-audit-webhook replay [--start TIME --end TIME] [global options]

Without options, shows the region's replay job: its time range and status. With --start and --end,
asks Konnect to send the audit logs of that range to the webhook again.

Options:
  --start TIME   Start of the range, RFC 3339: 2026-11-24T08:00:00Z or 2026-11-24T10:00:00+02:00.
  --end TIME     End of the range, RFC 3339.

The range must lie inside the last 7 days (Konnect keeps audit logs that long), the start must be
before the end, and the end must not be in the future. A region runs one replay job at a time.

Examples:
  konnect-audit-webhook replay
  konnect-audit-webhook replay --start 2026-11-24T08:00:00Z --end 2026-11-24T09:00:00Z
  konnect-audit-webhook replay --start "$(date -u -d '-2 hours' +%FT%TZ)" --end "$(date -u +%FT%TZ)"
)HELP")});

    commands.append({QStringLiteral("jwks"),
                     QStringLiteral("Show the public keys that sign audit events"),
                     {},
                     page(R"HELP(Usage: konnect-audit-webhook jwks [global options]

Shows the public keys Konnect signs audit events with: key ID, algorithm and curve. With --json,
prints the JSON Web Key Set as Konnect serves it, for a SIEM that verifies each event's "sig" field.

Examples:
  konnect-audit-webhook jwks
  konnect-audit-webhook jwks --json > konnect-jwks.json
)HELP")});

    commands.append({QStringLiteral("token set"),
                     QStringLiteral("Store the Konnect token in the system keychain (read from standard input)"),
                     {},
                     page(R"HELP(Usage: konnect-audit-webhook token set [--profile NAME]

Reads a Konnect token (a personal access token kpat_... or a system account token spat_...) from
standard input and stores it in the system keychain (Secret Service) under the profile. The token is
checked first: when it is not a Konnect token, nothing is stored and the exit code is 2. When
standard input is a terminal, the token is not echoed while you type or paste it.

Exit codes: 0 stored; 2 not a Konnect token, or no profile of that name can exist; 4 the keychain
could not store it.

Examples:
  konnect-audit-webhook token set                    # paste the token, then press Enter
  konnect-audit-webhook token set --profile prod-eu < ~/secure/konnect-token
)HELP",
                          false)});

    commands.append({QStringLiteral("token status"),
                     QStringLiteral("Tell whether a Konnect token is available, and from where"),
                     {},
                     page(R"HELP(Usage: konnect-audit-webhook token status [--profile NAME] [--json]

Tells whether the profile has a token in the system keychain, whether KONNECT_TOKEN is set, and which
of the two the other commands use (the keychain first). Shows the kind of token, never the token.
Nothing is sent to Konnect.

Exit codes: 0 a token is available; 2 there is none (or it is not a Konnect token); 4 the keychain
could not be read.

Example:
  konnect-audit-webhook token status --profile prod-eu
)HELP",
                          false)});

    commands.append({QStringLiteral("token delete"),
                     QStringLiteral("Remove the profile's Konnect token from the system keychain"),
                     {},
                     page(R"HELP(Usage: konnect-audit-webhook token delete [--profile NAME]

Removes the profile's Konnect token from the system keychain. The environment variable KONNECT_TOKEN
is not touched. Nothing is sent to Konnect; revoke the token in Konnect if it may have leaked.

Exit codes: 0 removed, or none was stored; 4 the keychain could not remove it.

Example:
  konnect-audit-webhook token delete --profile prod-eu
)HELP",
                          false)});

    commands.append({QStringLiteral("emulator"),
                     QStringLiteral("Run a local Konnect stand-in for tests and demos"),
                     {valueOption(QStringLiteral("port"), QStringLiteral("N")),
                      valueOption(QStringLiteral("token"), QStringLiteral("TOKEN")),
                      valueOption(QStringLiteral("forbidden-token"), QStringLiteral("TOKEN")),
                      flag(QStringLiteral("patch-only")), flag(QStringLiteral("deliver")),
                      flag(QStringLiteral("v2-only"))},
                     QStringLiteral(R"HELP(Usage: konnect-audit-webhook emulator --token TOKEN [--port N]
                                [--forbidden-token TOKEN] [--patch-only] [--deliver] [--v2-only]

Runs a local stand-in for Konnect's audit-log API (v2 and v3) on 127.0.0.1, for tests and demos, until
it is interrupted (Ctrl-C, SIGINT or SIGTERM). It prints one line on standard output, the API root
without a version:
  Konnect emulator listening on http://127.0.0.1:N
Point the other commands at it with --base-url. Each call brings its version (/v2/..., /v3/...). A
first path segment naming a region selects it: http://127.0.0.1:N/eu/v3/audit-log-webhook is region
eu's webhook; without one, region global answers. Audit log destinations are organization-wide.

v2 on a region whose webhook is bound to a destination (Konnect does not document it): GET
/v2/audit-log-webhook answers the effective configuration (the destination's endpoint, log_format and
skip_ssl_verification, the binding's enabled); PUT and PATCH answer 409 naming the destination (change
it with /v3/audit-log-webhook, or unbind it first). An unbound region keeps the inline v2 webhook.

Options:
  --port N                  Port to listen on, 1-65535 (default: any free port).
  --token TOKEN             The throwaway test token the emulator accepts (kpat_... or spat_...). Never
                            a real Konnect token: command lines are visible to other local users.
  --forbidden-token TOKEN   A second test token, answered with 403 as for a user who is no admin.
  --patch-only              Answer PUT with 405, as Konnect's current API does, so clients use PATCH.
  --deliver                 After each change that leaves a webhook enabled (inline, or bound to a
                            destination), deliver a batch of signed sample events to its endpoint as
                            Konnect would (2 s later), and report the SIEM's answer in its status.
  --v2-only                 Answer every /v3 path with 404, like a Konnect without v3.

Test controls (fault scripts, the request log, status, portals) are under http://127.0.0.1:N/_emulator/.

Exit codes: 0 stopped by a signal; 2 invalid option; 4 the port could not be opened.

Example:
  konnect-audit-webhook emulator --port 8099 --token kpat_throwaway_test_token &
  echo kpat_throwaway_test_token |
      konnect-audit-webhook get --base-url http://127.0.0.1:8099 --token-stdin
)HELP")});
    // Commands whose classes describe themselves; their pages carry their own exit codes.
    commands.append({QStringLiteral("test-endpoint"), TestEndpointCommand::summary(), TestEndpointCommand::options(),
                     page(TestEndpointCommand::help(), false)});
    commands.append({QStringLiteral("verify"), VerifyCommand::summary(), VerifyCommand::options(),
                     page(VerifyCommand::help(), false), true});
    return commands;
}
} // namespace

QString CommandCatalog::programName()
{
    return QStringLiteral("konnect-audit-webhook");
}

const QList<CommandSpec>& CommandCatalog::commands()
{
    static const QList<CommandSpec> all = buildCommands();
    return all;
}

const CommandSpec* CommandCatalog::find(const QString& name)
{
    for (const CommandSpec& spec : commands()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList CommandCatalog::commandWords()
{
    QStringList words;
    for (const CommandSpec& spec : commands()) {
        const QString first = spec.name.section(QLatin1Char(' '), 0, 0);
        if (!words.contains(first))
            words.append(first);
    }
    words.append(QStringLiteral("help"));
    return words;
}

QStringList CommandCatalog::tokenSubcommands()
{
    return {QStringLiteral("set"), QStringLiteral("status"), QStringLiteral("delete")};
}

QList<QCommandLineOption> CommandCatalog::globalOptions()
{
    return {valueOption(QStringLiteral("profile"), QStringLiteral("NAME")),
            valueOption(QStringLiteral("region"), QStringLiteral("R")),
            valueOption(QStringLiteral("base-url"), QStringLiteral("URL")),
            flag(QStringLiteral("token-stdin")),
            flag(QStringLiteral("json")),
            flag(QStringLiteral("verbose")),
            QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}),
            flag(QStringLiteral("version"))};
}

QStringList CommandCatalog::optionsWithValues()
{
    QStringList names;
    auto collect = [&names](const QList<QCommandLineOption>& options) {
        for (const QCommandLineOption& option : options) {
            if (option.valueName().isEmpty())
                continue;
            for (const QString& name : option.names())
                names.append(name.size() == 1 ? QLatin1Char('-') + name : QStringLiteral("--") + name);
        }
    };
    collect(globalOptions());
    for (const CommandSpec& spec : commands())
        collect(spec.options);
    names.removeDuplicates();
    return names;
}

QString CommandCatalog::globalHelp()
{
    QString commandList;
    for (const CommandSpec& spec : commands())
        commandList += QStringLiteral("  %1%2\n").arg(spec.name.leftJustified(15), spec.summary);

    return QStringLiteral(R"HELP(Usage: konnect-audit-webhook [COMMAND] [OPTIONS]

Configure, test and watch Kong Konnect's audit-log webhook. Without a command the window opens; with
a command the tool runs headless and needs no display.

Commands:
%1
Run `konnect-audit-webhook COMMAND --help` for a command's options and examples.

Window (no command): konnect-audit-webhook [--profile NAME] [--region R] [--base-url URL] [--token-stdin]
  --demo             Open the window on a built-in Konnect emulator with a demo token; nothing is read
                     from or written to your profiles or keychain.
  --exit-after-load  Load the configuration, paint once, print start-up timings and exit.

Global options (any command):
  --profile NAME   Profile to use (default: the current profile, "default"). A profile named here is
                   created on first use, with region global.
  --region R       Region for this run only: global, us, eu, au, me, in, sg (default: the profile's
                   region, else global). Each region has its own webhook.
  --base-url URL   API root for this run only, including the version path, e.g.
                   https://eu.api.konghq.com/v2 (plain http only on loopback). Default: the profile's
                   base URL, else the region's API root.
  --token-stdin    Read the Konnect token from standard input for this run (it is not stored).
  --json           Print one JSON object on standard output: Konnect's answer, or for an error
                   {"error": message, "fields": [{"field", "message"}], "exit_code": N}.
  --verbose        Log every HTTP attempt and retry wait on standard error (never a token or secret).
  -h, --help       Show this help.
  --version        Show the version.

--region and --base-url override the profile for one run; they are not saved in it.

The Konnect token comes from --token-stdin, else the profile's entry in the system keychain (see
`token set`), else the environment variable KONNECT_TOKEN. Secrets (the token, the SIEM authorization)
are never accepted as command-line arguments, and never printed.

Failed requests are retried like Konnect retries its deliveries: on connection errors, 429 and 5xx
except 501, at most 5 attempts, waiting 1, 2, 4 and 8 s (or Retry-After).

Exit codes:
  0  success
  2  invalid input (nothing was sent), or Konnect refused the request (400)
  3  Konnect refused the token (401 or 403)
  4  network or server failure after the retries, or another unexpected answer
  5  verify: at least one line has an invalid signature

Examples:
  konnect-audit-webhook token set --profile prod-eu        # paste the token; it is not shown
  konnect-audit-webhook get --profile prod-eu --region eu
  konnect-audit-webhook apply --endpoint https://siem.example.com/konnect --authorization-env SIEM_AUTH --enable
  konnect-audit-webhook status --json
  konnect-audit-webhook emulator --token kpat_throwaway_test_token     # a local Konnect stand-in
)HELP")
        .arg(commandList);
}

QString CommandCatalog::versionText()
{
    return QStringLiteral("%1 %2\n").arg(programName(), QStringLiteral(KAW_VERSION));
}
