// The hardening of issue 12: hostile servers (loopback, HostileServer), hostile files and hostile names against the
// real parts: control characters never reach a terminal, a dripping server cannot hold an attempt, no core dump can
// hold a secret, masks cover what they should and nothing else, answers that are not what was asked for fail.

#include "AuditLogReader.h"
#include "HostileServer.h"
#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "ProblemDetails.h"
#include "ProgramRun.h"
#include "RequestLogEntry.h"
#include "SecretRedactor.h"
#include "SelfSignedCertificate.h"
#include "SiemDeliveryTest.h"
#include "TerminalText.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <zlib.h>

namespace {
const QString kToken = QStringLiteral("kpat_hardening0000000000000000000000000000000000000");

ApiResult wait(ApiCall* call)
{
    std::optional<ApiResult> result;
    QObject::connect(call, &ApiCall::finished, [&result](const ApiResult& r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000)
        QTest::qWait(20);
    return result.value_or(ApiResult::invalidInput(QStringLiteral("the call never finished")));
}

QByteArray gzip(const QByteArray& data)
{
    z_stream stream {};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// Everything the reader gives for a file, or its error.
QString readAll(const QString& path, QByteArray* data)
{
    AuditLogReader reader(path);
    if (!reader.open())
        return reader.error();
    AuditLogReader::Chunk chunk;
    while (reader.next(chunk, 1 << 20))
        data->append(chunk.data);
    return reader.error();
}

bool hasRawControl(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        if (c != u'\n' && TerminalText::isControl(c))
            return true;
    }
    return false;
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SecretRedactor::forgetAll(); }

    void controlCharactersAreEscaped();
    void humanOutputEscapesWhatTheServerSaid();
    void aDrippingKonnectTimesOutEachAttempt();
    void aDrippingSiemTimesOutEachAttempt();
    void noCoreDumps();
    void onlyCredentialQueryValuesAreMasked();
    void theBareSiemTokenIsMaskedToo();
    void aRedirectIsDecodedAsUtf8BeforeMasking();
    void copyAsCurlNeverSendsAMask();
    void invalidParametersAreBounded();
    void gzipTrailingGarbageIsAnError();
    void gzipBombIsTooLarge();
    void tlsHandshakeFailureIsFinal();
    void aProfileNamedLikeATokenIsRefused();
    void emulatorLogMasksEndpointCredentials();

private:
    ProgramRun runBinary(const QStringList& arguments, const QString& home);
    QString m_binary;
};

void TestHardening::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
}

ProgramRun TestHardening::runBinary(const QStringList& arguments, const QString& home)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(home);
    options.environment.insert(QStringLiteral("KONNECT_TOKEN"), kToken);
    options.timeoutMs = 30000;
    return ProgramRun::run(m_binary, arguments, options);
}

void TestHardening::controlCharactersAreEscaped()
{
    const QString hostile = QStringLiteral("a\x1b[31mb\r\nc\u009b2Jd\u007f\te");
    QCOMPARE(TerminalText::escapeControls(hostile), QStringLiteral("a\\x1b[31mb\\x0d\\x0ac\\u009b2Jd\\x7f\\x09e"));
    QCOMPARE(TerminalText::escapeControlsKeepingLines(hostile),
             QStringLiteral("a\\x1b[31mb\\x0d\nc\\u009b2Jd\\x7f\\x09e"));
    QCOMPARE(TerminalText::escapeControls(QStringLiteral("plain \u00e9 \u2022 text")),
             QStringLiteral("plain \u00e9 \u2022 text"));
}

void TestHardening::humanOutputEscapesWhatTheServerSaid()
{
    QTemporaryDir home;
    HostileServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = server.url(QStringLiteral("/v2")).toString();

    // A problem+json refusal whose every text part carries terminal commands and a fake line.
    server.answer = HostileServer::response(
        400, "application/problem+json",
        "{\"status\":400,\"title\":\"Bad\\u001b[2J\",\"detail\":\"refused\\r\\nError: fake line \\u001b]0;pwned\\u0007 "
        "\\u009b31m\",\"invalid_parameters\":[{\"field\":\"endpoint\\u001b[31m\",\"reason\":\"bad\\nError: also "
        "fake\"}]}");
    const ProgramRun refused = runBinary({QStringLiteral("get"), QStringLiteral("--base-url"), base}, home.path());
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(!hasRawControl(refused.err), refused.err.constData());
    QVERIFY2(refused.err.contains("\\x1b"), refused.err.constData());
    QVERIFY2(refused.err.contains("\\u009b"), refused.err.constData());
    for (const QByteArray& line : refused.err.split('\n'))
        QVERIFY2(!line.startsWith("Error: fake") && !line.startsWith("Error: also"), refused.err.constData());

    // A stored endpoint with an escape sequence, and a status whose SIEM message rewrites the terminal.
    server.answer = HostileServer::response(
        200, "application/json",
        "{\"endpoint\":\"https://siem.example.com/\\u001b[8m\",\"enabled\":true,\"log_format\":\"cef\"}");
    const ProgramRun got = runBinary({QStringLiteral("get"), QStringLiteral("--base-url"), base}, home.path());
    QCOMPARE(got.exitCode, 0);
    QVERIFY2(!hasRawControl(got.out), got.out.constData());
    QVERIFY2(got.out.contains("https://siem.example.com/\\x1b[8m"), got.out.constData());

    server.answer = HostileServer::response(
        200, "application/json",
        "{\"webhook_enabled\":true,\"webhook_status\":\"inactive\",\"last_attempt_at\":\"2026-11-25T11:00:00Z\","
        "\"last_response_code\":500,\"last_response_message\":\"oops\\r\\nStatus: active \\u001b[1A\\u0085\"}");
    const ProgramRun status = runBinary({QStringLiteral("status"), QStringLiteral("--base-url"), base}, home.path());
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(!hasRawControl(status.out), status.out.constData());
    for (const QByteArray& line : status.out.split('\n'))
        QVERIFY2(!line.startsWith("Status: active"), status.out.constData());

    // --json stays JSON: the same text comes back whole, escaped the JSON way.
    const ProgramRun json = runBinary(
        {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--base-url"), base}, home.path());
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(!hasRawControl(json.out.trimmed()), json.out.constData());
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QVERIFY2(!object.isEmpty(), json.out.constData());
}

void TestHardening::aDrippingKonnectTimesOutEachAttempt()
{
    HostileServer server;
    server.answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n";
    server.drip = QByteArray(5000, ' ');
    server.dripIntervalMs = 50; // always under Qt's transfer timeout, which restarts on every byte
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ManualClock clock;
    clock.setAutoAdvance(true);
    KonnectClient client(&clock);
    client.setToken(kToken);
    client.setApiRoot(server.url(QStringLiteral("/v2")));
    client.setTransferTimeoutMs(400);
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = wait(client.getWebhook());
    QCOMPARE(int(result.attempts.size()), 5);
    for (const HttpAttempt& attempt : result.attempts)
        QVERIFY(attempt.outcome.transport == AttemptOutcome::Transport::TimedOut);
    QCOMPARE(clock.requestedDelays(), (QList<qint64> {1000, 2000, 4000, 8000})); // the retry rule, not slept
    QCOMPARE(result.exitCode(), 4);
    QVERIFY2(result.message.contains(QLatin1String("did not arrive whole within 0.4 s")), qPrintable(result.message));
    QVERIFY(timer.elapsed() < 15000);
    QCOMPARE(server.requests(), 5);
}

void TestHardening::aDrippingSiemTimesOutEachAttempt()
{
    const SelfSignedCertificate certificate = SelfSignedCertificate::create();
    HostileServer server;
    server.tls = certificate.serverConfiguration();
    server.answer = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n";
    server.drip = QByteArray(5000, 'x');
    server.dripIntervalMs = 50;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ManualClock clock;
    clock.setAutoAdvance(true);
    SiemDeliveryTest test(&clock);
    test.setTransferTimeoutMs(400);
    SiemDeliveryTest::Settings settings;
    settings.endpoint = server.url(QStringLiteral("/services/collector/raw")).toString();
    settings.authorization = QStringLiteral("Splunk 0123456789abcdef");
    settings.skipSslVerification = true;
    QSignalSpy finished(&test, &SiemDeliveryTest::finished);
    test.start(settings);
    QVERIFY(finished.wait(20000));
    QCOMPARE(test.attempts().size(), 5);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::TimedOut);
    QVERIFY2(test.verdict().message.contains(QLatin1String("did not arrive whole")),
             qPrintable(test.verdict().message));
}

void TestHardening::noCoreDumps()
{
#if !defined(Q_OS_LINUX)
    QSKIP("core dumps are turned off on Linux only");
#else
    // The real program, long-running (the emulator), as another user than the test when the test is root, so that
    // /proc's ownership tells whether it is dumpable: the files of a non-dumpable process belong to root.
    QStringList arguments {QStringLiteral("emulator"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--token"), kToken};
    QString program = m_binary;
    const bool root = geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (root) {
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: cannot tell dumpable from not");
        arguments = QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), m_binary}
            + arguments;
        program = setpriv;
    }
    QTemporaryDir home;
    QFile::setPermissions(home.path(),
                          QFile::permissions(home.path()) | QFileDevice::ReadOther | QFileDevice::WriteOther
                              | QFileDevice::ExeOther);
    QProcess child;
    child.setProcessEnvironment(ProgramRun::isolatedEnvironment(home.path()));
    child.start(program, arguments);
    QVERIFY(child.waitForStarted());
    const QString proc = QStringLiteral("/proc/%1").arg(child.processId());
    // Once the program itself runs (not setpriv before its exec), main() turns dumping off at once.
    const auto commandName = [&proc]() {
        QFile cmdline(proc + QStringLiteral("/cmdline"));
        return cmdline.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(cmdline.readAll().split('\0').value(0))
                                                 : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(commandName(), m_binary, 10000);
    const auto owner = [&proc]() {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(proc + QStringLiteral("/status")).constData(), &info) == 0 ? int(info.st_uid)
                                                                                                   : -1;
    };
    // Dumpable, /proc/<pid> would belong to the process's own user (65534, or ours); not dumpable, to root.
    QTRY_COMPARE_WITH_TIMEOUT(owner(), 0, 5000);
    QCOMPARE(child.state(), QProcess::Running);
    QFile limits(proc + QStringLiteral("/limits"));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray text = limits.readAll();
    QByteArray coreLine;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith("Max core file size"))
            coreLine = line.simplified();
    }
    QCOMPARE(coreLine, QByteArray("Max core file size 0 0 bytes"));
    if (!root)
        QVERIFY(!QFile(proc + QStringLiteral("/environ")).open(QIODevice::ReadOnly));
    child.terminate();
    QVERIFY(child.waitForFinished(10000));
#endif
}

void TestHardening::onlyCredentialQueryValuesAreMasked()
{
    SecretRedactor::registerEndpointSecrets(QStringLiteral(
        "https://siem.example.com/in?index=global&sourcetype=kong&api_key=Ab12Cd34Ef&SIG=zz99yy88xx&X-Auth=aaaa1111"));
    QCOMPARE(SecretRedactor::redact(QStringLiteral("Region: global, sourcetype kong")),
             QStringLiteral("Region: global, sourcetype kong"));
    QCOMPARE(SecretRedactor::redact(QStringLiteral("a Ab12Cd34Ef b zz99yy88xx c aaaa1111")),
             QStringLiteral("a %1 b %1 c %1").arg(SecretRedactor::mask()));
    QCOMPARE(SecretRedactor::maskedEndpoint(QUrl(QStringLiteral("https://u:p@h.example/x?index=global&token=t0k3n"))),
             QStringLiteral("https://h.example/x?index=global&token=%1").arg(SecretRedactor::mask()));
    for (const char* name : {"token", "key", "sig", "signature", "code", "password", "secret", "apikey", "api_key",
                             "auth", "access_token", "Access_Token", "X-API-KEY"})
        QVERIFY2(SecretRedactor::isCredentialParameter(QString::fromLatin1(name)), name);
    for (const char* name : {"index", "sourcetype", "host", "region", "format"})
        QVERIFY2(!SecretRedactor::isCredentialParameter(QString::fromLatin1(name)), name);
}

void TestHardening::theBareSiemTokenIsMaskedToo()
{
    SecretRedactor::registerSecret(QStringLiteral("Splunk 9d3f7c1e-1111-4222-8333-444455556666"));
    QCOMPARE(SecretRedactor::redact(QStringLiteral("HEC token 9d3f7c1e-1111-4222-8333-444455556666 is disabled")),
             QStringLiteral("HEC token %1 is disabled").arg(SecretRedactor::mask()));
    // A short credential part stays: masking it would blank ordinary words.
    SecretRedactor::registerSecret(QStringLiteral("Bearer abc"));
    QCOMPARE(SecretRedactor::redact(QStringLiteral("abc")), QStringLiteral("abc"));
}

void TestHardening::aRedirectIsDecodedAsUtf8BeforeMasking()
{
    const QString secret = QStringLiteral("geheim-\u00fc\u00df-schl\u00fcssel");
    const SelfSignedCertificate certificate = SelfSignedCertificate::create();
    HostileServer server;
    server.tls = certificate.serverConfiguration();
    QVERIFY(server.listen(QHostAddress::LocalHost));
    server.answer = HostileServer::response(302, "text/plain", {},
                                            "Location: https://other.example/in?token=" + secret.toUtf8() + "\r\n");
    ManualClock clock;
    clock.setAutoAdvance(true);
    SiemDeliveryTest test(&clock);
    SiemDeliveryTest::Settings settings;
    QUrl endpoint = server.url(QStringLiteral("/in"));
    endpoint.setQuery(QStringLiteral("token=") + secret);
    settings.endpoint = endpoint.toString();
    settings.skipSslVerification = true;
    SecretRedactor::registerEndpointSecrets(settings.endpoint);
    QSignalSpy finished(&test, &SiemDeliveryTest::finished);
    test.start(settings);
    QVERIFY(finished.wait(20000));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::Redirected);
    const QString shown = SecretRedactor::redact(test.verdict().text());
    QVERIFY2(shown.contains(QStringLiteral("token=") + SecretRedactor::mask()), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("geheim")), qPrintable(shown));
}

void TestHardening::copyAsCurlNeverSendsAMask()
{
    RequestLogEntry entry;
    entry.method = QStringLiteral("PUT");
    entry.url = QStringLiteral("https://global.api.konghq.com/v2/audit-log-webhook");
    entry.redactedBody = QStringLiteral("{\"authorization\":\"%1\",\"enabled\":true,\"endpoint\":"
                                        "\"https://siem.example.com/in?token=%1\",\"log_format\":\"cef\"}")
                             .arg(SecretRedactor::mask())
                             .toUtf8();
    const QString curl = entry.curlCommand();
    QVERIFY2(!curl.contains(SecretRedactor::mask()), qPrintable(curl));
    QVERIFY2(curl.contains(QStringLiteral("\"authorization\":\"'\"$SIEM_AUTHORIZATION\"'\"")), qPrintable(curl));
    QVERIFY2(curl.contains(QStringLiteral("\"endpoint\":\"'\"$SIEM_ENDPOINT\"'\"")), qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("# Set SIEM_AUTHORIZATION first")));
    QVERIFY(curl.contains(QStringLiteral("\"log_format\":\"cef\"")));

    // What a shell makes of it: the body with the variables' values, valid JSON.
    const QString command = curl.split(QLatin1Char('\n')).constLast();
    const QString script = QStringLiteral("curl() { while [ $# -gt 0 ]; do if [ \"$1\" = --data ]; then printf '%s' "
                                          "\"$2\"; fi; shift; done; }; ")
        + command;
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SIEM_AUTHORIZATION"), QStringLiteral("Splunk it's-mine"));
    environment.insert(QStringLiteral("SIEM_ENDPOINT"), QStringLiteral("https://siem.example.com/in?token=x"));
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    QVERIFY(shell.waitForFinished(10000));
    const QJsonObject body = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
    QCOMPARE(body.value(QLatin1String("authorization")).toString(), QStringLiteral("Splunk it's-mine"));
    QCOMPARE(body.value(QLatin1String("endpoint")).toString(), QStringLiteral("https://siem.example.com/in?token=x"));
}

void TestHardening::invalidParametersAreBounded()
{
    QJsonArray parameters;
    for (int i = 0; i < 50; ++i)
        parameters.append(QJsonObject {{QStringLiteral("field"), QStringLiteral("f%1").arg(i)},
                                       {QStringLiteral("reason"), QString(1000, QLatin1Char('r'))}});
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("status"), 400},
                                                       {QStringLiteral("title"), QStringLiteral("Bad Request")},
                                                       {QStringLiteral("invalid_parameters"), parameters}})
                                .toJson();
    const ProblemDetails problem = ProblemDetails::parse(body);
    QCOMPARE(problem.invalidParameters.size(), ProblemDetails::maxParameters);
    for (const FieldError& error : problem.invalidParameters)
        QVERIFY(error.message.size() <= ProblemDetails::maxParameterChars);
    QCOMPARE(problem.moreParameters, 40);
    QVERIFY2(problem.summary().endsWith(QLatin1String("; and 40 more")), qPrintable(problem.summary().right(40)));
    QVERIFY(problem.summary().size() < 2500);
}

void TestHardening::gzipTrailingGarbageIsAnError()
{
    QTemporaryDir dir;
    const QByteArray lines = "line one\nline two\n";
    const auto write = [&dir](const QString& name, const QByteArray& data) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    QVERIFY(write(QStringLiteral("two-members.gz"), gzip(lines) + gzip("line three\n")));
    QByteArray read;
    QCOMPARE(readAll(dir.filePath(QStringLiteral("two-members.gz")), &read), QString());
    QCOMPARE(read, lines + "line three\n");

    QVERIFY(write(QStringLiteral("garbage.gz"), gzip(lines) + "GARBAGE AFTER THE END"));
    read.clear();
    const QString error = readAll(dir.filePath(QStringLiteral("garbage.gz")), &read);
    QVERIFY2(error.contains(QLatin1String("follows the end of the gzip data")), qPrintable(error));

    QVERIFY(write(QStringLiteral("plain.log"), lines));
    read.clear();
    QCOMPARE(readAll(dir.filePath(QStringLiteral("plain.log")), &read), QString());
    QCOMPARE(read, lines);
}

void TestHardening::gzipBombIsTooLarge()
{
    QTemporaryDir dir;
    const QByteArray bomb = gzip(QByteArray(96 * 1024 * 1024, 'A')); // ~96 KiB that inflate to 96 MiB
    QFile file(dir.filePath(QStringLiteral("bomb.log.gz")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bomb);
    file.close();
    QByteArray read;
    const QString error = readAll(file.fileName(), &read);
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
}

void TestHardening::tlsHandshakeFailureIsFinal()
{
    // Plain HTTP where TLS was expected: a protocol failure, not a certificate's, and retrying cannot heal it.
    HostileServer server;
    server.answer = HostileServer::response(400, "text/plain", "this is not TLS");
    server.answerOnConnect = true;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ManualClock clock;
    clock.setAutoAdvance(true);
    KonnectClient client(&clock);
    client.setToken(kToken);
    client.setApiRoot(QUrl(QStringLiteral("https://127.0.0.1:%1/v2").arg(server.serverPort())));
    const ApiResult result = wait(client.getWebhook());
    QCOMPARE(int(result.attempts.size()), 1);
    QVERIFY(result.attempts.constFirst().outcome.transport == AttemptOutcome::Transport::TlsHandshake);
    QCOMPARE(result.exitCode(), 4);
    QVERIFY2(result.message.contains(QLatin1String("TLS handshake failed")), qPrintable(result.message));
}

void TestHardening::aProfileNamedLikeATokenIsRefused()
{
    QTemporaryDir home;
    for (const QStringList& arguments :
         {QStringList {QStringLiteral("get"), QStringLiteral("--profile"), kToken},
          QStringList {QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("--profile"), kToken},
          QStringList {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("spat_short")}}) {
        const ProgramRun run = runBinary(arguments, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--profile"), run.err.constData());
        QVERIFY2(run.err.contains("looks like a Konnect token"), run.err.constData());
        QVERIFY(!run.err.contains(kToken.toUtf8()) && !run.out.contains(kToken.toUtf8()));
        QVERIFY(!run.err.contains("spat_short") && !run.out.contains("spat_short"));
    }
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("kpat_"), qPrintable(file.fileName()));
    }
}

void TestHardening::emulatorLogMasksEndpointCredentials()
{
    KonnectEmulator emulator;
    emulator.setToken(kToken);
    QVERIFY(emulator.listen(0));
    ManualClock clock;
    clock.setAutoAdvance(true);
    KonnectClient client(&clock);
    client.setToken(kToken);
    client.setApiRoot(emulator.baseUrl());
    WebhookConfig desired;
    desired.endpoint = QStringLiteral("https://siem.example.com/in?index=global&access_token=s3cr3tInTheQuery");
    desired.authorization = QStringLiteral("Bearer 0123456789abcdef");
    desired.enabled = true;
    QVERIFY(wait(client.updateWebhook(WebhookConfig {}, desired)).ok());
    const QByteArray log = QJsonDocument(emulator.requestLog()).toJson();
    QVERIFY2(!log.contains("s3cr3tInTheQuery"), log.constData());
    QVERIFY2(log.contains("index=global"), log.constData());
    QVERIFY2(log.contains(QStringLiteral("access_token=%1").arg(SecretRedactor::mask()).toUtf8()), log.constData());
}

QTEST_MAIN(TestHardening)
#include "tst_hardening.moc"
