#include "VerifyCommand.h"

#include "CommandContext.h"
#include "KonnectClient.h"
#include "SignatureVerifier.h"
#include "TerminalText.h"
#include "VerificationReport.h"
#include "VerificationRun.h"

namespace {
const QString kJwks = QStringLiteral("jwks");

const char* const helpText = R"(Usage: konnect-audit-webhook verify FILE... [--jwks FILE] [global options]

Checks the signature of every audit-log line that your SIEM received from Konnect, to prove the lines
come from Konnect unchanged. Each line is verified with Ed25519 against every key of the key set, so
files that span a key rotation verify too.

FILE is an export of the lines as the SIEM stored them, one event per line: CEF, JSON or CPS
({"event":{...}}), mixed freely, plain or gzip-compressed (recognised by content, e.g. .gz), or - for
standard input. Several files may be given.

Options:
  --jwks FILE   The key set (JWKS) to verify with, as `jwks --json` saves it. Without it, the key set
                is fetched from Konnect for the region, which needs a token.

How a line is checked (Konnect's signing rule):
  CEF    the signed payload is the line with " sig=<value>" removed, the space before it included,
         wherever it stands (if sig is the first extension, "sig=<value> " goes instead).
  JSON   the signed payload is the line with ,"sig":"<value>" removed byte for byte (if sig is the
         first member, "sig":"<value>", goes instead). The line must not have been re-serialised.
  CPS    as JSON; the signed payload is the event inside {"event":...}.
  The signature is base64url (with or without = padding) and must be 64 bytes. A line ending in \r
  is read without it.

Each line is counted as one of:
  valid      a key of the set verifies its signature
  invalid    tampered or unknown key: no key verifies it. Ed25519 cannot tell a line changed after
             signing from one signed with a key that is not in the set.
             malformed signature: the sig is empty, not base64url, or not 64 bytes (truncated).
             line too long: longer than 1 MiB, not checked.
  unsigned   the line has no sig (signing off, or not a Konnect event)
Blank lines are ignored and counted apart. Invalid lines are listed with file and line number (the
first 1000; all are counted).

With --json, prints {"valid": N, "invalid": N, "unsigned": N, "blank": N, "lines": N,
"invalid_lines": [{"file", "line", "reason", "detail"}], "invalid_lines_not_listed": N,
"valid_by_key": {kid: N}, "files": [...]}; reason is tampered_or_unknown_key, malformed_signature
or line_too_long.

Files are streamed and verified on all cores: memory stays small whatever their size. --verbose
reports progress on standard error.

Exit codes: 0 no line is invalid; 5 at least one line is invalid; 2 invalid input (no file, a file
that cannot be read, an unusable --jwks file); 3 Konnect refused the token; 4 the key set could not
be fetched from Konnect.

Examples:
  konnect-audit-webhook jwks --json > konnect-jwks.json
  konnect-audit-webhook verify --jwks konnect-jwks.json /var/log/siem/konnect-*.log.gz
  zcat export.json.gz | konnect-audit-webhook verify - --jwks konnect-jwks.json --json
  konnect-audit-webhook verify audit.cef --region eu
)";

QString percent(qint64 done, qint64 total)
{
    return total > 0 ? QStringLiteral(" (%1 %)").arg(qMin<qint64>(100, done * 100 / total)) : QString();
}
} // namespace

VerifyCommand::VerifyCommand(CommandContext& context, const QStringList& files, QObject* parent)
    : Command(context, parent)
    , m_files(files)
    , m_verifier(new SignatureVerifier(this))
{
    connect(m_verifier, &SignatureVerifier::progress, this, &VerifyCommand::onProgress);
    connect(m_verifier, &SignatureVerifier::finished, this, &VerifyCommand::onFinished);
}

QString VerifyCommand::summary()
{
    return QStringLiteral("Verify the signatures of audit-log lines exported from a SIEM");
}

QList<QCommandLineOption> VerifyCommand::options()
{
    return {QCommandLineOption(kJwks, QString(), QStringLiteral("FILE"))};
}

const char* VerifyCommand::help()
{
    return helpText;
}

bool VerifyCommand::talksToKonnect() const
{
    return !m_context.commandLine().isSet(kJwks);
}

FieldErrors VerifyCommand::checkOptions()
{
    FieldErrors errors;
    if (const QString problem = VerificationRun::checkPaths(m_files); !problem.isEmpty())
        errors.append({QStringLiteral("FILE"), problem});
    if (m_files.contains(QStringLiteral("-")) && m_context.options().tokenStdin && talksToKonnect())
        errors.append({QStringLiteral("--token-stdin"),
                       QStringLiteral("--token-stdin and - would both read standard input: give the key set with "
                                      "--jwks FILE, or the token another way")});
    if (m_context.commandLine().isSet(kJwks)) {
        const QString path = m_context.commandLine().value(kJwks);
        QString problem;
        m_fileKeys = Jwks::fromFile(path, &problem);
        if (m_fileKeys.isEmpty())
            errors.append({QStringLiteral("--jwks"), problem});
        m_keySource = path;
    }
    return errors;
}

void VerifyCommand::run()
{
    if (!talksToKonnect())
        return verify(m_fileKeys, m_keySource);

    ApiCall* call = m_context.client().getJwks();
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        if (!result.ok())
            return failWith(result);
        QString problem;
        const Jwks keys = Jwks::fromObject(result.json.object(), &problem);
        if (keys.isEmpty()) {
            m_context.out().error(QStringLiteral("Konnect's key set cannot be used: %1").arg(problem), {}, 4);
            return finish(4);
        }
        verify(keys, QStringLiteral("Konnect, region %1").arg(m_context.region()));
    });
}

void VerifyCommand::verify(const Jwks& keys, const QString& source)
{
    for (const QString& note : keys.notes())
        m_context.out().note(QStringLiteral("Note: %1").arg(note));
    m_keySource = source;
    m_verifier->setKeys(keys);
    m_sinceProgress.start();
    m_verifier->start(m_files);
}

void VerifyCommand::onProgress(qint64 bytesDone, qint64 bytesTotal, qint64 linesDone)
{
    if (!m_context.options().verbose || m_sinceProgress.elapsed() < 1000)
        return;
    m_sinceProgress.restart();
    m_context.out().verbose(QStringLiteral("Verified %1 lines%2").arg(linesDone).arg(percent(bytesDone, bytesTotal)));
}

void VerifyCommand::onFinished(const VerificationReport& report)
{
    if (!report.error.isEmpty()) {
        m_context.out().error(report.error, {}, report.exitCode());
        return finish(report.exitCode());
    }
    if (report.valid == 0 && report.invalid == 0 && report.unsignedLines > 0)
        m_context.out().note(QStringLiteral("Note: no line carries a signature (\"sig\"): is signing on for "
                                            "these audit logs?"));
    if (m_context.out().isJson())
        m_context.out().json(report.toJson());
    else
        printHuman(report);
    finish(report.exitCode());
}

void VerifyCommand::printHuman(const VerificationReport& report) const
{
    const OutputPrinter& out = m_context.out();
    Fields fields {{QStringLiteral("Key set"),
                    QStringLiteral("%1 (%2 key%3)")
                        .arg(m_keySource, QString::number(report.keyIds.size()),
                             report.keyIds.size() == 1 ? QString() : QStringLiteral("s"))},
                   {QStringLiteral("Lines"), QString::number(report.lines())},
                   {QStringLiteral("Valid"), QString::number(report.valid)},
                   {QStringLiteral("Invalid"), QString::number(report.invalid)},
                   {QStringLiteral("Unsigned"), QString::number(report.unsignedLines)}};
    if (report.blank > 0)
        fields.append({QStringLiteral("Blank"), QStringLiteral("%1 (ignored)").arg(report.blank)});
    if (report.keyIds.size() > 1) {
        for (qsizetype i = 0; i < report.keyIds.size(); ++i)
            fields.append({QStringLiteral("Valid with %1").arg(report.keyIds.at(i)),
                           QString::number(report.validByKey.value(i))});
    }
    out.fields(fields);
    if (report.invalidLines.isEmpty())
        return;

    out.line();
    out.line(QStringLiteral("Invalid lines:"));
    bool anyTampered = false;
    for (const VerificationReport::InvalidLine& entry : report.invalidLines) {
        const QString file = report.files.value(entry.fileIndex);
        // A file name may hold a line break or an escape sequence: shown, never obeyed.
        const QString where = QStringLiteral("%1:%2").arg(
            file == QLatin1String("-") ? QStringLiteral("<stdin>") : TerminalText::escapeControls(file),
            QString::number(entry.line));
        if (entry.reason == VerificationReport::Reason::TamperedOrUnknownKey) {
            anyTampered = true;
            out.line(QStringLiteral("  %1: %2").arg(where, VerificationReport::reasonText(entry.reason)));
        } else {
            out.line(QStringLiteral("  %1: %2: %3")
                         .arg(where, VerificationReport::reasonText(entry.reason),
                              TerminalText::escapeControls(entry.detail)));
        }
    }
    if (report.invalidNotListed() > 0)
        out.line(QStringLiteral("  ... and %1 more").arg(report.invalidNotListed()));
    if (anyTampered) {
        out.line();
        out.line(QStringLiteral("\"Tampered or unknown key\": no key of the set verifies the line. It was changed\n"
                                "after Konnect signed it, or it was signed with a key that is not in this key set\n"
                                "(an older key set, or another organization's)."));
    }
}
