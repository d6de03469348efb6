#include "TestEndpointCommand.h"

#include "CommandContext.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"
#include "SecretInput.h"
#include "SecretRedactor.h"
#include "SiemOptions.h"
#include "TerminalText.h"
#include "TokenStore.h"
#include "VendorPresetCatalog.h"
#include "VerboseLog.h"
#include "WebhookConfig.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QString kSkipSsl = QStringLiteral("skip-ssl-verification");
const QString kVendor = QStringLiteral("vendor");
const QString kDestination = QStringLiteral("destination");

const char* const helpText = R"(Usage: konnect-audit-webhook test-endpoint [--endpoint URL]
                             [--authorization-env VAR | --authorization-stdin]
                             [--log-format cef|json|cps] [--skip-ssl-verification true|false]
                             [--vendor ID] [--destination NAME|ID] [global options]

Tells whether Konnect will be able to deliver audit logs to your SIEM, before you apply:
1. Konnect, when a token is available: the region's API answers, the token is valid, and its owner
   may change audit-log settings (an Organization Admin). Each check is one line.
2. The SIEM: sends the endpoint what Konnect sends: one POST with three sample audit events (an
   authentication, an authorization and an access event, with current timestamps), one a line in
   the log format, Content-Type text/plain, gzip-compressed with Content-Encoding application/gzip,
   and the authorization as the Authorization header. Failures are retried as Konnect retries them
   (connection errors, 429 and 5xx except 501; at most 5 attempts, waiting 1, 2, 4 and 8 s, or
   Retry-After), and every attempt is shown. The certificate is verified unless TLS verification
   is skipped; a refused certificate is final, as for Konnect. When the SIEM refuses
   application/gzip (415 or 400), the batch is sent once more with Content-Encoding gzip, to tell
   which of the two it accepts.
3. The verdict: "Konnect will be able to deliver", or the reason it will not.

Options:
  --endpoint URL               The SIEM's URL. Default: the endpoint Konnect has for the region.
  --authorization-env VAR      The Authorization header value to send (e.g. "Splunk <HEC token>"),
                               from the environment variable VAR, which must be set.
  --authorization-stdin        Read that value from standard input (one line). Not together with
                               --token-stdin: both would read standard input.
  --log-format F               cef, json or cps. Default: Konnect's setting, else the vendor's,
                               else cef.
  --skip-ssl-verification B    true or false. Default: Konnect's setting, else false.
  --destination NAME|ID        Test an audit log destination: its endpoint, log format and TLS
                               setting (options given here still win). Konnect never returns its
                               authorization: give it, or the keychain's is used (see below).
  --vendor ID                  A vendor preset, e.g. splunk-hec, elastic, sumo-logic: adds the
                               vendor's explanation of the SIEM's answer, and for vendors whose
                               token is in the URL sends their placeholder authorization.

The authorization: Konnect never shows the one it stores. Without --authorization-env or
--authorization-stdin the test uses the one remembered in the system keychain for the profile (the
window keeps it there when asked to), else the vendor's placeholder, else it sends no Authorization
header: a 401 or 403 then only means that the test needs the authorization. It is a secret: never
an argument, never printed. The Konnect token is never sent to the SIEM.

The events are signed with a key made for this test, not with Konnect's: a SIEM that verifies
signatures against Konnect's key set counts them as invalid.

The test runs from this computer, not from Konnect's network: an allow-list of Konnect's addresses
or a host name that resolves only inside your network can make the results differ. After applying,
`status` shows Konnect's own last delivery attempt.

With --json, prints one object: {"profile", "region", "konnect_checks": [{"check", "outcome",
"message"}], "endpoint", "log_format", "skip_ssl_verification", "sources": {"endpoint",
"log_format", "skip_ssl_verification", "authorization"}, "authorization": "environment", "stdin",
"keychain", "preset" or "none", "attempts": [{"number", "content_encoding", "status", "error",
"elapsed_ms", "wait_before_next_ms"}], "verdict": {"will_deliver", "reason", "message", "hint",
"note", "http_status", "attempts", "answer", "accepted_content_encoding", "certificate"},
"exit_code"}. The endpoint's query values are masked: some receivers carry their token there.

Exit codes: 0 Konnect will be able to deliver (the Konnect checks passed, or there was no token to
check them, and the SIEM took the batch); 3 Konnect refused the token (401 or 403), whatever the
SIEM said; 4 Konnect's API did not answer as expected, or the SIEM would not take the delivery, or
the test cannot tell (a 401 or 403 from the SIEM when no authorization was sent); 2 invalid input,
or no endpoint to test (nothing was sent). The SIEM's verdict is shown in every case.

Examples:
  konnect-audit-webhook test-endpoint                # Konnect's endpoint and settings
  read -rs SIEM_AUTH && export SIEM_AUTH             # type "Splunk <HEC token>"; it is not shown
  konnect-audit-webhook test-endpoint --endpoint https://siem.example.com:8088/services/collector/raw \
      --authorization-env SIEM_AUTH --log-format json --vendor splunk-hec
  pass show siem/hec | konnect-audit-webhook test-endpoint --authorization-stdin --json
)";

QString outcomeMark(ConnectionTestLine::Outcome outcome)
{
    switch (outcome) {
    case ConnectionTestLine::Outcome::Passed:
        return QStringLiteral("ok    ");
    case ConnectionTestLine::Outcome::Failed:
        return QStringLiteral("FAILED");
    case ConnectionTestLine::Outcome::NotChecked:
        return QStringLiteral("--    ");
    }
    return {};
}
} // namespace

QString TestEndpointCommand::summary()
{
    return QStringLiteral("Test whether Konnect will be able to deliver to the SIEM endpoint");
}

QList<QCommandLineOption> TestEndpointCommand::options()
{
    return {QCommandLineOption(SiemOptions::endpointOption, QString(), QStringLiteral("URL")),
            QCommandLineOption(SiemOptions::authorizationEnvOption, QString(), QStringLiteral("VAR")),
            QCommandLineOption(SiemOptions::authorizationStdinOption),
            QCommandLineOption(SiemOptions::logFormatOption, QString(), QStringLiteral("F")),
            QCommandLineOption(kSkipSsl, QString(), QStringLiteral("B")),
            QCommandLineOption(kVendor, QString(), QStringLiteral("ID")),
            QCommandLineOption(kDestination, QString(), QStringLiteral("NAME|ID"))};
}

const char* TestEndpointCommand::help()
{
    return helpText;
}

FieldErrors TestEndpointCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors = m_context.checkConnectionOptions();

    const SiemOptions siem = SiemOptions::check(commandLine, m_context.options().tokenStdin, &errors);
    if (siem.endpoint)
        m_settings.endpoint = *siem.endpoint;
    if (siem.authorizationFromEnv) {
        m_settings.authorization = *siem.authorizationFromEnv;
        m_authorizationSource = AuthorizationSource::Environment;
        m_authorizationEnv = siem.authorizationEnvName;
    }
    if (siem.logFormat)
        m_settings.logFormat = siem.logFormat;

    if (commandLine.isSet(kSkipSsl)) {
        const QString value = commandLine.value(kSkipSsl);
        if (value == QLatin1String("true") || value == QLatin1String("false"))
            m_settings.skipSslVerification = value == QLatin1String("true");
        else
            errors.append({QStringLiteral("--skip-ssl-verification"),
                           QStringLiteral("Must be true or false. true skips the endpoint's certificate check, as "
                                          "Konnect would: only for self-signed certificates outside production.")});
    }

    if (commandLine.isSet(kVendor)) {
        if (auto problem = loadPreset(commandLine.value(kVendor)))
            errors.append(*problem);
    }
    if (commandLine.isSet(kDestination)) {
        m_destination = commandLine.value(kDestination).trimmed();
        if (m_destination.isEmpty())
            errors.append({QStringLiteral("--destination"),
                           QStringLiteral("Is empty: give the name or id of an audit log destination (see "
                                          "`destinations list`).")});
    }
    return errors;
}

std::optional<FieldError> TestEndpointCommand::loadPreset(const QString& id)
{
    QString problem;
    const VendorPresetCatalog catalog = VendorPresetCatalog::fromFile(VendorPresetCatalog::resourcePath(), &problem);
    if (catalog.isEmpty())
        return FieldError {QStringLiteral("--vendor"),
                           QStringLiteral("The vendor presets cannot be read: %1").arg(problem)};
    m_settings.preset = catalog.find(id);
    if (m_settings.preset)
        return std::nullopt;
    QStringList ids;
    for (const VendorPreset& preset : catalog.presets())
        ids.append(preset.id);
    static const QRegularExpression plainId(QStringLiteral("^[a-z0-9-]{1,40}$"));
    const QString named = plainId.match(id).hasMatch() ? QStringLiteral("\"%1\" ").arg(id) : QString();
    return FieldError {
        QStringLiteral("--vendor"),
        QStringLiteral("No vendor preset %1is known; use one of: %2.").arg(named, ids.join(QStringLiteral(", ")))};
}

void TestEndpointCommand::run()
{
    if (const QString problem = m_context.ensureProfile(); !problem.isEmpty())
        return failInput(QStringLiteral("--profile"), problem);

    if (m_context.options().tokenStdin)
        m_tokenFromStdin = SecretInput::read(QStringLiteral("Konnect token (not shown): "));
    if (m_context.commandLine().isSet(SiemOptions::authorizationStdinOption)) {
        const QString value = SecretInput::withoutFinalLineEnding(
            SecretInput::read(QStringLiteral("SIEM authorization (not shown): ")));
        SecretRedactor::registerSecret(value);
        if (const auto problem = WebhookConfig::checkAuthorization(value))
            return failInput(QStringLiteral("--authorization-stdin"), problem->message);
        m_settings.authorization = value;
        m_authorizationSource = AuthorizationSource::Stdin;
    }

    if (m_settings.authorization)
        return resolveToken();
    readRememberedAuthorization();
}

void TestEndpointCommand::readRememberedAuthorization()
{
    TokenStore& store = m_context.tokenStore();
    const TokenStore::RequestId id = store.read(m_context.profileName(), SecretKind::SiemAuthorization);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(&store, &TokenStore::finished, this, [this, id, connection](const TokenStore::Result& result) {
              if (result.requestId != id)
                  return;
              QObject::disconnect(*connection);
              if (result.state == TokenStore::State::Found && !WebhookConfig::checkAuthorization(result.secret)) {
                  SecretRedactor::registerSecret(result.secret);
                  m_settings.authorization = result.secret;
                  m_authorizationSource = AuthorizationSource::Keychain;
              } else if (m_settings.preset && m_settings.preset->usesPlaceholderAuthorization()) {
                  m_authorizationSource = AuthorizationSource::Preset;
              } else if (result.state != TokenStore::State::NotFound && m_context.options().verbose) {
                  m_context.out().verbose(QStringLiteral("The keychain could not be read for a remembered SIEM "
                                                         "authorization: %1")
                                              .arg(result.message));
              }
              resolveToken();
          });
}

void TestEndpointCommand::resolveToken()
{
    m_context.resolveToken(m_tokenFromStdin, [this](const TokenResolver::Resolution& resolution) {
        if (resolution.ok)
            m_context.client().setToken(resolution.token);
        for (const QString& note : resolution.notes) {
            if (m_context.options().verbose)
                m_context.out().note(QStringLiteral("Note: %1").arg(note));
        }
        startTest(resolution.ok, resolution.error);
    });
}

void TestEndpointCommand::startTest(bool haveToken, const QString& tokenProblem)
{
    if (m_destination.isEmpty())
        return runTest(haveToken, tokenProblem);
    if (!haveToken)
        return failInput(QStringLiteral("--destination"),
                         QStringLiteral("Reading the destination needs the Konnect token: %1").arg(tokenProblem));
    withDestination(m_destination, QStringLiteral("--destination"),
                    [this, haveToken, tokenProblem](const AuditLogDestination& destination) {
                        if (!m_settings.endpoint)
                            m_settings.endpoint = destination.settings.endpoint;
                        if (!m_settings.logFormat)
                            m_settings.logFormat = destination.settings.logFormat;
                        if (!m_settings.skipSslVerification)
                            m_settings.skipSslVerification = destination.settings.skipSslVerification;
                        if (!m_context.out().isJson())
                            m_context.out().line(
                                QStringLiteral("Destination: \"%1\" (%2)").arg(destination.name, destination.id));
                        runTest(haveToken, tokenProblem);
                    });
}

void TestEndpointCommand::runTest(bool haveToken, const QString& tokenProblem)
{
    KonnectClient* konnect = haveToken ? &m_context.client() : nullptr;
    m_test = new ConnectionTest(konnect, m_context.clock(), this);
    m_test->setRegionLabel(m_context.region());
    if (!haveToken)
        m_test->setKonnectUnavailableReason(tokenProblem);
    connect(m_test, &ConnectionTest::konnectLineReady, this, &TestEndpointCommand::showKonnectLine);
    connect(m_test, &ConnectionTest::siemDeliveryStarted, this, &TestEndpointCommand::showDeliveryStart);
    SiemDeliveryTest* siem = m_test->siemDelivery();
    connect(siem, &SiemDeliveryTest::attemptFinished, this, &TestEndpointCommand::showAttempt);
    connect(siem, &SiemDeliveryTest::encodingFallbackStarted, this, [this](const QByteArray& encoding) {
        const QString text = QStringLiteral("The SIEM refused Content-Encoding application/gzip: sending the batch "
                                            "once more with Content-Encoding %1.")
                                 .arg(QString::fromLatin1(encoding));
        if (m_context.out().isJson()) {
            if (m_context.options().verbose)
                m_context.out().verbose(text);
        } else {
            m_context.out().line(QStringLiteral("  ") + text);
        }
    });
    connect(m_test, &ConnectionTest::finished, this, &TestEndpointCommand::onFinished);

    if (!m_context.out().isJson())
        m_context.out().fields(m_context.connectionFields());
    m_test->start(m_settings);
}

void TestEndpointCommand::showKonnectLine(const ConnectionTestLine& line)
{
    if (m_context.out().isJson())
        return;
    if (!m_konnectHeaderShown) {
        m_context.out().line(QStringLiteral("Konnect:"));
        m_konnectHeaderShown = true;
    }
    // Without a token all three checks share one reason: say it once.
    if (line.outcome == ConnectionTestLine::Outcome::NotChecked && line.text == m_lastKonnectText)
        return;
    m_lastKonnectText = line.text;
    m_context.out().line(
        QStringLiteral("  %1 %2").arg(outcomeMark(line.outcome), TerminalText::escapeControls(line.text)));
}

void TestEndpointCommand::showDeliveryStart(const QString& endpoint, LogFormat format, bool skipSsl,
                                            ConnectionTestResult::Source authorization)
{
    Q_UNUSED(authorization)
    if (m_context.out().isJson())
        return;
    const ConnectionTestResult& result = m_test->result();
    m_context.out().line(QStringLiteral("SIEM:"));
    QString tls = skipSsl ? QStringLiteral("skipped (only for self-signed certificates outside production)")
                          : QStringLiteral("verified");
    m_context.out().fields({
        {QStringLiteral("  Endpoint"), QStringLiteral("%1 (%2)").arg(endpoint, sourceText(result.endpointSource))},
        {QStringLiteral("  Log format"),
         QStringLiteral("%1 (%2)").arg(toString(format), sourceText(result.logFormatSource))},
        {QStringLiteral("  Certificate"),
         QStringLiteral("%1 (%2)").arg(tls, sourceText(result.skipSslVerificationSource))},
        {QStringLiteral("  Authorization"), authorizationText()},
    });
}

void TestEndpointCommand::showAttempt(const SiemDeliveryAttempt& delivery)
{
    const HttpAttempt& attempt = delivery.attempt;
    QString outcome = attempt.outcome.transport == AttemptOutcome::Transport::None
        ? DeliveryVerdict::statusText(attempt.outcome.httpStatus)
        : TerminalText::escapeControls(attempt.errorText);
    QString text = QStringLiteral("  POST attempt %1 of %2 (Content-Encoding %3): %4 in %5 ms")
                       .arg(attempt.number)
                       .arg(RetryPolicy::maxAttempts)
                       .arg(QString::fromLatin1(delivery.contentEncoding), outcome)
                       .arg(attempt.elapsedMs);
    if (attempt.waitBeforeNextMs >= 0)
        text += QStringLiteral(", retrying in %1").arg(VerboseLog::durationText(attempt.waitBeforeNextMs));
    if (m_context.out().isJson()) {
        if (m_context.options().verbose)
            m_context.out().verbose(text.trimmed());
        return;
    }
    m_context.out().line(text);
}

void TestEndpointCommand::onFinished(const ConnectionTestResult& result)
{
    const DeliveryVerdict& verdict = result.verdict;
    // Nothing was sent: an input problem (2), or Konnect could not give the settings it had to (3 or 4).
    if (verdict.reason == DeliveryVerdict::Reason::InvalidInput || result.konnectFailureExitCode) {
        const int code = result.exitCode();
        if (code == 2)
            return failInput(result.endpointSource == ConnectionTestResult::Source::None ? QStringLiteral("--endpoint")
                                                                                         : QStringLiteral("input"),
                             verdict.message);
        m_context.out().error(verdict.message, {}, code);
        return finish(code);
    }

    if (m_context.out().isJson()) {
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("profile"), m_context.profileName());
        json.insert(QStringLiteral("region"), m_context.region());
        static const char* const names[] = {"none", "environment", "stdin", "keychain", "preset"};
        json.insert(QStringLiteral("authorization"), QLatin1String(names[int(m_authorizationSource)]));
        m_context.out().json(json);
    } else {
        m_context.out().line();
        // The verdict quotes the SIEM: its text is shown, never obeyed by the terminal.
        const auto shown = [](const QString& text) { return TerminalText::escapeControls(text); };
        m_context.out().line(QStringLiteral("Verdict: %1").arg(shown(verdict.message)));
        if (!verdict.hint.isEmpty())
            m_context.out().line(QStringLiteral("Hint: %1").arg(shown(verdict.hint)));
        if (!verdict.answerExcerpt.isEmpty())
            m_context.out().line(QStringLiteral("The SIEM said: %1").arg(shown(verdict.answerExcerpt)));
        if (verdict.reason == DeliveryVerdict::Reason::AuthorizationNotTested)
            m_context.out().line(QStringLiteral("Give the authorization with --authorization-env VAR or "
                                                "--authorization-stdin to test it."));
        if (!verdict.note.isEmpty())
            m_context.out().line(QStringLiteral("Note: %1").arg(shown(verdict.note)));
    }
    finish(result.exitCode());
}

QString TestEndpointCommand::authorizationText() const
{
    switch (m_authorizationSource) {
    case AuthorizationSource::Environment:
        return QStringLiteral("sent, from %1 (not shown)").arg(m_authorizationEnv);
    case AuthorizationSource::Stdin:
        return QStringLiteral("sent, from standard input (not shown)");
    case AuthorizationSource::Keychain:
        return QStringLiteral("sent, the one remembered in the keychain for profile \"%1\" (not shown)")
            .arg(m_context.profileName());
    case AuthorizationSource::Preset:
        return QStringLiteral("the %1 placeholder, as Konnect sends it for this vendor").arg(m_settings.preset->name);
    case AuthorizationSource::None:
        break;
    }
    return QStringLiteral("none sent: Konnect never shows the stored one; give it with --authorization-env VAR "
                          "or --authorization-stdin");
}

QString TestEndpointCommand::sourceText(ConnectionTestResult::Source source) const
{
    switch (source) {
    case ConnectionTestResult::Source::Given:
        return QStringLiteral("given");
    case ConnectionTestResult::Source::Konnect:
        return QStringLiteral("Konnect's setting");
    case ConnectionTestResult::Source::Preset:
        return QStringLiteral("the vendor's");
    case ConnectionTestResult::Source::Default:
        return QStringLiteral("Konnect's default");
    case ConnectionTestResult::Source::None:
        return QStringLiteral("none");
    }
    return {};
}
