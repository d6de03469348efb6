#include "CommandCatalog.h"

#include "FleetCommand.h"
#include "LogsCommand.h"
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

QCommandLineOption portalOption()
{
    return valueOption(QStringLiteral("portal"), QStringLiteral("NAME|ID"));
}

QList<QCommandLineOption> destinationSettingOptions()
{
    return {valueOption(QStringLiteral("name"), QStringLiteral("NAME")),
            valueOption(QStringLiteral("endpoint"), QStringLiteral("URL")),
            valueOption(QStringLiteral("authorization-env"), QStringLiteral("VAR")),
            flag(QStringLiteral("authorization-stdin")),
            flag(QStringLiteral("authorization-keychain")),
            valueOption(QStringLiteral("log-format"), QStringLiteral("F")),
            valueOption(QStringLiteral("skip-ssl-verification"), QStringLiteral("B"))};
}

const char* const destinationSettingsBlock = R"HELP(
  --name NAME                  The destination's name (several may share one; give the id then).
  --endpoint URL               The SIEM's HTTPS URL that Konnect posts audit logs to (plain http
                               only for 127.0.0.1, ::1 or localhost).
  --authorization-env VAR      The Authorization header value Konnect sends to the SIEM (e.g.
                               "Splunk <HEC token>"), from the environment variable VAR.
  --authorization-stdin        Read that value from standard input (one line).
  --authorization-keychain     Use the one the window remembered in the keychain for the profile.
  --log-format F               cef, json or cps (default for a new destination: cef).
  --skip-ssl-verification B    true or false. true makes Konnect skip the endpoint's certificate
                               check: only for self-signed certificates outside production.
The authorization is a secret: never an argument, never printed. Konnect never returns it.
)HELP";

// Appended to every command's help, so that each page is complete on its own.
const char* const globalOptionsBlock = R"HELP(
Global options:
  --profile NAME   Profile to use (default: the current profile, "default"); created on first use.
  --region R       Region for this run only: global, us, eu, au, me, in, sg (default: the profile's,
                   else global). Each region has its own webhook.
  --base-url URL   API host root for this run only, as kongctl's --base-url and decK's konnect-addr take
                   it, e.g. https://eu.api.konghq.com or a proxy (plain http only on loopback); a trailing
                   /v2 or /v3 is dropped. Default: the profile's base URL, else the region's host.
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
                     QStringLiteral("Show where a webhook's audit logs go (organization or Dev Portal)"),
                     {portalOption()},
                     page(R"HELP(Usage: konnect-audit-webhook get [--portal NAME|ID] [global options]

Shows where the audit logs of the region's organization webhook (or, with --portal, of a Dev
Portal's webhook) go, and which of Konnect's two models the region uses:
  v3  the webhook is bound to an audit log destination (Konnect's current model): shows the
      destination's name, id, endpoint, log format and TLS setting, and the binding's enabled state;
  v2  the older inline webhook: endpoint, enabled, log format and TLS setting in the webhook itself.
v3 is read first (/v3/audit-log-webhook); when the API has no v3 (404 or 405), the v2 webhook is
read as before. Konnect never returns the SIEM authorization, so it is shown as "set, hidden by
Konnect". With --json, an inline webhook is Konnect's v2 answer with "model" and "v3_available"
added; a bound one is {"model", "binding", "destination", ...}.

Options:
  --portal NAME|ID   A Dev Portal of the region (by id, name or display name) instead of the
                     organization.

Examples:
  konnect-audit-webhook get
  konnect-audit-webhook get --region eu --json
  konnect-audit-webhook get --portal "Partner Portal"
)HELP")});

    commands.append({QStringLiteral("apply"),
                     QStringLiteral("Change the webhook configuration"),
                     {valueOption(QStringLiteral("endpoint"), QStringLiteral("URL")),
                      valueOption(QStringLiteral("authorization-env"), QStringLiteral("VAR")),
                      flag(QStringLiteral("authorization-stdin")), flag(QStringLiteral("enable")),
                      flag(QStringLiteral("disable")), valueOption(QStringLiteral("log-format"), QStringLiteral("F")),
                      valueOption(QStringLiteral("skip-ssl-verification"), QStringLiteral("B")),
                      valueOption(QStringLiteral("destination"), QStringLiteral("NAME|ID")),
                      flag(QStringLiteral("unbind")), portalOption(), flag(QStringLiteral("all-regions")),
                      flag(QStringLiteral("all-portals")), valueOption(QStringLiteral("target"), QStringLiteral("T")),
                      flag(QStringLiteral("dry-run")), flag(QStringLiteral("yes"))},
                     page(R"HELP(Usage: konnect-audit-webhook apply [--destination NAME|ID | --unbind]
                             [--enable | --disable] [--portal NAME|ID] [global options]
       konnect-audit-webhook apply [--endpoint URL]
                             [--authorization-env VAR | --authorization-stdin]
                             [--enable | --disable] [--log-format cef|json|cps]
                             [--skip-ssl-verification true|false] [global options]

Changes the region's organization webhook (or, with --portal, a Dev Portal's), in the model the
region uses (see `get`). Only the settings you give change; the others keep the values Konnect has.
Every option is checked before anything is sent: after a mistake nothing is sent and the exit code
is 2.

Konnect's current model (v3):
  --destination NAME|ID        Bind the webhook to this audit log destination (by id or name; an
                               ambiguous name is refused with the candidates listed).
  --unbind                     Unbind the webhook; Konnect then also turns deliveries off.
  --enable, --disable          Start or stop deliveries of the bound webhook.
  --portal NAME|ID             A Dev Portal of the region instead of the organization.
A bound webhook's endpoint, authorization, format and TLS setting are the destination's: change them
with `destinations update`.

The older inline webhook (v2; the organization only):
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

Many targets at once (more than one --profile, --all-regions, --all-portals, --target, --dry-run):
       konnect-audit-webhook apply --profile P1 --profile P2 [--all-regions]
                             [--portal NAME|ID... | --all-portals]
                             (--destination NAME|ID | --authorization-env VAR | --authorization-stdin)
                             [--enable | --disable] [--dry-run] [--yes]
  --all-regions                All seven regions of each profile, not only its own (as `fleet`).
  --portal NAME|ID             (repeatable) Those Dev Portals of each region instead of the organization.
  --all-portals                The organization's webhook and every Dev Portal's of each region.
  --target PROFILE/REGION[/PORTAL]
                               (repeatable) Exactly these scopes (PORTAL: id or name), as the summary's
                               retry command names them.
  --dry-run                    Print the plan and stop: nothing is sent but reads.
  --yes                        Confirm without asking (needed in a script).
Every target is read first, all at once, and one combined plan is printed: scope, field, what
Konnect has, what it will have (the authorization masked). --destination points each at that
destination, looked up in each profile's organization. A new authorization goes to the destination
a bound scope uses: ONE change on that destination, listed with every selected scope that uses it;
an inline (v2) webhook gets it itself. With --enable/--disable too, a bound scope then has two
steps (the destination's authorization, then its own binding), and the result says which step was
stored. After the confirmation every target is sent at once (they are separate webhooks, mostly on
separate hosts: in sequence a slow region would hold up the rest), each under Konnect's retry rule;
a failure stops nothing but its own target. The summary lists what changed and what did not and
why, and prints the command that retries only the failed targets. Tokens come from the keychain
only (`token set --profile P`). --endpoint, --log-format, --skip-ssl-verification and --unbind
stay single-scope. Exit codes: 0 every target changed (or had nothing to change, or the change
does not fit it: listed), 5 some targets failed or are half done (with --dry-run: some could not be
read), 2 invalid input or not confirmed.

Examples:
  konnect-audit-webhook apply --destination "Splunk production" --enable
  konnect-audit-webhook apply --portal "Partner Portal" --destination "Splunk production" --enable
  konnect-audit-webhook apply --unbind --region eu
  read -rs SIEM_AUTH && export SIEM_AUTH      # type "Splunk <HEC token>"; it is not shown
  konnect-audit-webhook apply --endpoint https://siem.example.com:8088/services/collector/raw \
      --authorization-env SIEM_AUTH --log-format json --enable
  konnect-audit-webhook apply --disable --region eu
  pass show siem/hec | konnect-audit-webhook apply --authorization-stdin
  konnect-audit-webhook apply --profile prod --profile staging --all-regions \
      --destination "Splunk 2027" --enable --dry-run
  konnect-audit-webhook apply --profile prod --all-regions --all-portals --authorization-env SIEM_AUTH
)HELP")});

    commands.append({QStringLiteral("status"),
                     QStringLiteral("Show whether Konnect delivers audit logs, and its last attempt"),
                     {portalOption()},
                     page(R"HELP(Usage: konnect-audit-webhook status [--portal NAME|ID] [global options]

Shows whether Konnect delivers audit logs to the region's organization webhook (or, with --portal
NAME|ID, to a Dev Portal's webhook): enabled or not, the delivery status, what
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
                      valueOption(QStringLiteral("end"), QStringLiteral("TIME")), portalOption()},
                     page(R"HELP(Usage: konnect-audit-webhook replay [--start TIME --end TIME] [--portal NAME|ID]
                              [global options]

Without options, shows the region's replay job: its time range and status. With --start and --end,
asks Konnect to send the audit logs of that range to the webhook again. With --portal, the same for
a Dev Portal's webhook.

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

    commands.append({QStringLiteral("destinations list"),
                     QStringLiteral("List the audit log destinations and which webhooks use each"),
                     {valueOption(QStringLiteral("name"), QStringLiteral("TEXT")), flag(QStringLiteral("all-regions"))},
                     page(R"HELP(Usage: konnect-audit-webhook destinations list [--name TEXT] [--all-regions]
                                          [global options]

Lists the organization's audit log destinations (every page), each with its endpoint, log format,
TLS setting, and the webhooks that point at it: the organization's webhook of the region and each of
the region's Dev Portals (with --all-regions: of all seven regions, on Konnect's own hosts). A
region that cannot be read is named in a warning, never taken for "not used".

Destinations are organization-wide: on Konnect's own hosts they are read on the global host.

Options:
  --name TEXT      Only destinations whose name contains TEXT (Konnect's filter[name][contains]).
  --all-regions    Look for users in every region, not only the profile's.

Examples:
  konnect-audit-webhook destinations list
  konnect-audit-webhook destinations list --name splunk --all-regions --json
)HELP")});

    commands.append({QStringLiteral("destinations show"),
                     QStringLiteral("Show one audit log destination and which webhooks use it"),
                     {flag(QStringLiteral("all-regions"))},
                     page(R"HELP(Usage: konnect-audit-webhook destinations show NAME|ID [--all-regions] [global options]

Shows one audit log destination, named by id or by name (an ambiguous name is refused and the
candidates are listed), and the webhooks that point at it.

Example:
  konnect-audit-webhook destinations show "Splunk production"
)HELP"),
                     true});

    commands.append(
        {QStringLiteral("destinations create"), QStringLiteral("Create an audit log destination"),
         destinationSettingOptions(),
         page((QStringLiteral(R"HELP(Usage: konnect-audit-webhook destinations create --name NAME --endpoint URL
             (--authorization-env VAR | --authorization-stdin | --authorization-keychain)
             [--log-format cef|json|cps] [--skip-ssl-verification true|false] [global options]

Creates an audit log destination: a SIEM endpoint with its authorization that webhooks of the
organization (any region) and of Dev Portals can point at (`apply --destination`). Checked as the
inline webhook is, before anything is sent.

Options:)HELP") + QString::fromUtf8(destinationSettingsBlock)
               + QStringLiteral(R"HELP(
Example:
  read -rs SIEM_AUTH && export SIEM_AUTH
  konnect-audit-webhook destinations create --name "Splunk production"       --endpoint https://splunk.example.com:8088/services/collector/raw --authorization-env SIEM_AUTH
)HELP"))
                  .toUtf8()
                  .constData())});

    {
        QList<QCommandLineOption> updateOptions = destinationSettingOptions();
        commands.append(
            {QStringLiteral("destinations update"),
             QStringLiteral("Change an audit log destination (only what you give)"), updateOptions,
             page((QStringLiteral(
                       R"HELP(Usage: konnect-audit-webhook destinations update NAME|ID [--name NAME] [--endpoint URL]
             [--authorization-env VAR | --authorization-stdin | --authorization-keychain]
             [--log-format cef|json|cps] [--skip-ssl-verification true|false] [global options]

Changes only the settings you give, with PATCH; without a new authorization Konnect keeps the stored
one. Every webhook bound to the destination delivers with the new settings.

Options:)HELP") + QString::fromUtf8(destinationSettingsBlock)
                   + QStringLiteral(R"HELP(
Example:
  pass show siem/hec-new | konnect-audit-webhook destinations update "Splunk production" --authorization-stdin
)HELP"))
                      .toUtf8()
                      .constData()),
             true});
    }

    commands.append({QStringLiteral("destinations delete"),
                     QStringLiteral("Delete an audit log destination (asks first)"),
                     {flag(QStringLiteral("yes")), flag(QStringLiteral("all-regions"))},
                     page(R"HELP(Usage: konnect-audit-webhook destinations delete NAME|ID [--yes] [--all-regions]
                                            [global options]

Deletes an audit log destination after saying which webhooks still use it. Asks at a terminal; in a
script, --yes confirms. Konnect refuses (409) while a webhook is bound to it: the message names
them; unbind them first (`apply --unbind`) or bind them to another destination.

Example:
  konnect-audit-webhook destinations delete "Old Splunk" --yes
)HELP"),
                     true});

    commands.append({QStringLiteral("move-to-destination"),
                     QStringLiteral("Turn the region's inline webhook into an audit log destination"),
                     {valueOption(QStringLiteral("name"), QStringLiteral("NAME")),
                      valueOption(QStringLiteral("authorization-env"), QStringLiteral("VAR")),
                      flag(QStringLiteral("authorization-stdin")), flag(QStringLiteral("authorization-keychain")),
                      flag(QStringLiteral("yes"))},
                     page(R"HELP(Usage: konnect-audit-webhook move-to-destination
             (--authorization-env VAR | --authorization-stdin | --authorization-keychain)
             [--name NAME] [--yes] [global options]

Moves the region's inline (v2) webhook to Konnect's current model in two steps:
1. creates an audit log destination with the same endpoint, log format and TLS setting;
2. binds the region's organization webhook to it, enabled as the inline webhook was.
Shows the plan first and asks (at a terminal; in a script --yes confirms). Konnect never returns the
SIEM authorization, so give it again, or take the one the window remembered in the keychain. Until
step 2 succeeds the region keeps delivering through its inline webhook; when step 2 fails, the
message says exactly what exists now and how to finish (`apply --destination ID`) or undo
(`destinations delete ID --yes`) it.

Options:
  --name NAME                  The new destination's name (default: "Audit logs (<region>)").
  --authorization-env VAR, --authorization-stdin, --authorization-keychain
                               The SIEM authorization, as for `destinations create`.
  --yes                        Do it without asking.

Example:
  SIEM_AUTH="Splunk <hec-token>" konnect-audit-webhook move-to-destination --authorization-env SIEM_AUTH       --name "Splunk production" --yes
)HELP")});

    commands.append(
        {QStringLiteral("emulator"),
         QStringLiteral("Run a local Konnect stand-in for tests and demos"),
         {valueOption(QStringLiteral("port"), QStringLiteral("N")),
          valueOption(QStringLiteral("token"), QStringLiteral("TOKEN")),
          valueOption(QStringLiteral("forbidden-token"), QStringLiteral("TOKEN")), flag(QStringLiteral("patch-only")),
          flag(QStringLiteral("deliver")), flag(QStringLiteral("v2-only")),
          valueOption(QStringLiteral("log-history"), QStringLiteral("N")),
          valueOption(QStringLiteral("org"), QStringLiteral("NAME:TOKEN")),
          valueOption(QStringLiteral("region-fault"), QStringLiteral("REGION:FAULT")), flag(QStringLiteral("demo"))},
         QStringLiteral(R"HELP(Usage: konnect-audit-webhook emulator --token TOKEN [--port N]
                                [--forbidden-token TOKEN] [--patch-only] [--deliver] [--v2-only]
                                [--log-history N] [--org NAME:TOKEN]... [--region-fault REGION:FAULT]...
                                [--demo]

Runs a local stand-in for Konnect's audit-log API (v2 and v3) on 127.0.0.1, for tests and demos, until
it is interrupted (Ctrl-C, SIGINT or SIGTERM). It prints one line on standard output, the API root
without a version:
  Konnect emulator listening on http://127.0.0.1:N
Point the other commands at it with --base-url. Each call brings its version (/v2/..., /v3/...). A
first path segment naming a region selects it: http://127.0.0.1:N/eu/v3/audit-log-webhook is region
eu's webhook; without one, a Host header whose first label names a region selects it (eu.localhost:N),
else region global answers. Audit log destinations are organization-wide.

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
                            Konnect would (2 s later), and report the SIEM's answer in its status. A
                            completed replay job delivers its window's audit-log records the same way.
  --v2-only                 Answer every /v3 path with 404, like a Konnect without v3.
  --log-history N           How many audit-log records GET /v3/audit-logs serves over the last 7 days
                            (0-1000000, default 3000); one more arrives every 5 s. Records are signed with
                            the documented JSON rule (the record without ,"signature":"..."), so `logs
                            --verify` verifies them; Konnect does not document how its records are signed.
  --org NAME:TOKEN          One more organization (repeatable), reached with its own throwaway token:
                            each token sees only its organization's destinations, webhooks and portals.
                            With --org, --token may be left out.
  --region-fault REGION:FAULT
                            Every request to REGION fails or lags until the emulator stops (repeatable):
                            unavailable (503 with Retry-After: 1), slow=SECONDS (answers after the
                            delay) or read-only (reads answered, every change 503), e.g.
                            --region-fault eu:slow=20.
  --demo                    A fleet to look at (needs two --org): the first organization "production" in
                            regions global, eu and us (one Dev Portal failing with 401), the second
                            "staging" (no attempt for days, TLS check skipped, turned off after a 302).

Test controls (fault scripts, the request log, status, portals) are under http://127.0.0.1:N/_emulator/.

Exit codes: 0 stopped by a signal; 2 invalid option; 4 the port could not be opened.

Examples:
  konnect-audit-webhook emulator --port 8099 --token kpat_throwaway_test_token &
  echo kpat_throwaway_test_token |
      konnect-audit-webhook get --base-url http://127.0.0.1:8099 --token-stdin
  konnect-audit-webhook emulator --port 8099 --demo --org production:kpat_throwaway_production \
      --org staging:kpat_throwaway_staging --region-fault au:slow=20
)HELP")});
    // Commands whose classes describe themselves; their pages carry their own exit codes.
    commands.append({QStringLiteral("test-endpoint"), TestEndpointCommand::summary(), TestEndpointCommand::options(),
                     page(TestEndpointCommand::help(), false)});
    commands.append({QStringLiteral("verify"), VerifyCommand::summary(), VerifyCommand::options(),
                     page(VerifyCommand::help(), false), true});
    commands.append(
        {QStringLiteral("logs"), LogsCommand::summary(), LogsCommand::options(), page(LogsCommand::help())});
    commands.append(
        {QStringLiteral("fleet"), FleetCommand::summary(), FleetCommand::options(), page(FleetCommand::help(), false)});
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

QStringList CommandCatalog::subcommands(const QString& group)
{
    QStringList words;
    const QString prefix = group + QLatin1Char(' ');
    for (const CommandSpec& spec : commands()) {
        if (spec.name.startsWith(prefix))
            words.append(spec.name.mid(prefix.size()));
    }
    return words;
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
        commandList += QStringLiteral("  %1  %2\n").arg(spec.name.leftJustified(19), spec.summary);

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
  --watch-minimized  Start minimised to the system tray, watching every profile in the background
                     (what "Start at login" runs); without a tray the window opens instead.

Global options (any command):
  --profile NAME   Profile to use (default: the current profile, "default"). A profile named here is
                   created on first use, with region global.
  --region R       Region for this run only: global, us, eu, au, me, in, sg (default: the profile's
                   region, else global). Each region has its own webhook.
  --base-url URL   API host root for this run only, e.g. https://eu.api.konghq.com or a proxy (plain
                   http only on loopback); each call adds /v2 or /v3, and a trailing version is
                   dropped. Destinations are read on the global host, everything else on the region's;
                   a custom base URL serves all of them. Default: the profile's, else the region's.
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
