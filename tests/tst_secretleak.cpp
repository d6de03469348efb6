// Secrets never leak: every headless command and the window run as a user runs them (the real binary, --verbose, and
// every debug log category of ours switched on), with a Konnect token and a SIEM authorization made for this run.
// Afterwards the test searches everything the program could have left them in: its standard output and error, every
// file under the HOME, XDG directories and TMPDIR it was given (a fresh directory per run), what the local SIEM
// receiver received, and the keyring file of the suite's Secret Service. Zero hits, apart from the two places a
// secret must go: the Konnect token to Konnect's API (the in-process emulator) and the SIEM authorization as the
// Authorization header of the deliveries to the SIEM.
//
// Needs the private keyring of scripts/with-private-keyring.sh (KAW_PRIVATE_KEYRING=1); skipped without it, except
// in CI, where it fails.

#include "KonnectEmulator.h"
#include "ProgramRun.h"
#include "SiemReceiver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Stops the test function at the first unexpected exit: after a failure Qt Test no longer waits for signals.
#define EXPECT_EXIT(RUN, CODE)                                                                                         \
    do {                                                                                                               \
        expectExit(RUN, CODE);                                                                                         \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

QString randomText(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return text;
}

// The forms a secret could take on its way out: as is, base64 (an HTTP Basic or a careless dump), percent-encoded,
// JSON-escaped, and every 12-character slice of it (a partial leak: a prefix shown "for recognition", a cut line).
QList<QByteArray> needlesFor(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> needles {utf8, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding),
                               utf8.toPercentEncoding(),
                               QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact).mid(2).chopped(2)};
    for (qsizetype i = 0; i + 12 <= utf8.size(); ++i) {
        if (!needles.contains(utf8.mid(i, 12)))
            needles.append(utf8.mid(i, 12));
    }
    return needles;
}

struct Run
{
    QString what;
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headlessCommands();
    void headlessFailures();
    void window();
    void keyringHoldsTheTokenEncrypted();
    void cleanupTestCase();
    void theSearchFindsAPlantedSecret();

private:
    // Runs the binary in a fresh sandbox (HOME, XDG_*, TMPDIR), then searches the output and every file written.
    Run run(const QStringList& arguments, const QByteArray& input = {}, const QList<QPair<QString, QString>>& env = {});
    void expectExit(const Run& run, int exitCode);
    void searchOutput(const Run& run);
    void searchFiles(const QString& root, const QString& what);
    void searchReceiver();
    QString hit(const QByteArray& haystack, const QString& where) const;
    QStringList at(const QStringList& arguments) const;

    QString m_binary;
    QString m_token;
    QString m_siemSecret; // the credential inside the authorization
    QString m_authorization; // "Splunk <secret>"
    QString m_profile;
    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<SiemReceiver> m_receiver;
    QList<QByteArray> m_needles;
    QStringList m_runs;
    int m_filesSearched = 0;
    qint64 m_bytesSearched = 0;
};

void TestSecretLeak::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
    if (qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("needs the private keyring: run the suite inside scripts/with-private-keyring.sh");
        QSKIP("needs the private keyring: run the suite inside scripts/with-private-keyring.sh");
    }
    // Unique to this run, so that any hit is ours and not a fixture's.
    m_token = QStringLiteral("kpat_") + randomText(44);
    m_siemSecret = QStringLiteral("hec") + randomText(29);
    m_authorization = QStringLiteral("Splunk ") + m_siemSecret;
    m_profile = QStringLiteral("leak") + randomText(6).toLower();
    m_needles = needlesFor(m_token) + needlesFor(m_siemSecret);
}

void TestSecretLeak::init()
{
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(m_token);
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_receiver = std::make_unique<SiemReceiver>();
    m_receiver->setExpectedAuthorization(m_authorization);
    m_receiver->setJwks(m_emulator->jwks());
    QVERIFY2(m_receiver->listen(), qPrintable(m_receiver->errorString()));
}

void TestSecretLeak::cleanup()
{
    if (!m_receiver)
        return;
    searchReceiver();
    m_receiver.reset();
    m_emulator.reset();
}

QStringList TestSecretLeak::at(const QStringList& arguments) const
{
    return arguments
        + QStringList {QStringLiteral("--base-url"), m_emulator->baseUrl().toString(), QStringLiteral("--profile"),
                       m_profile, QStringLiteral("--verbose")};
}

QString TestSecretLeak::hit(const QByteArray& haystack, const QString& where) const
{
    for (const QByteArray& needle : m_needles) {
        const qsizetype at = haystack.indexOf(needle);
        if (at >= 0)
            return QStringLiteral("%1 holds a secret (or a part of one) at byte %2").arg(where).arg(at);
    }
    return {};
}

Run TestSecretLeak::run(const QStringList& arguments, const QByteArray& input,
                        const QList<QPair<QString, QString>>& env)
{
    Run result;
    result.what = arguments.join(QLatin1Char(' '));
    m_runs.append(result.what);
    QTemporaryDir sandbox;
    if (!sandbox.isValid())
        return result;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KONNECT_TOKEN"));
    const QList<QPair<const char*, const char*>> places = {{"HOME", "home"},
                                                           {"XDG_CONFIG_HOME", "config"},
                                                           {"XDG_DATA_HOME", "data"},
                                                           {"XDG_CACHE_HOME", "cache"},
                                                           {"XDG_STATE_HOME", "state"},
                                                           {"XDG_RUNTIME_DIR", "runtime"},
                                                           {"TMPDIR", "tmp"}};
    for (const auto& [variable, folder] : places) {
        const QString path = sandbox.filePath(QString::fromLatin1(folder));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        environment.insert(QString::fromLatin1(variable), path);
    }
    // Everything we log, at every level, on top of --verbose.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kaw.*=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("KAW_TEST_FAST_FORWARD_WAITS"), QStringLiteral("1"));
    for (const auto& [name, value] : env)
        environment.insert(name, value);

    ProgramRun::Options options;
    options.environment = environment;
    options.input = input;
    options.workingDirectory = sandbox.filePath(QStringLiteral("home"));
    options.timeoutMs = 90000;
    const ProgramRun ran = ProgramRun::run(m_binary, arguments, options);
    result.finished = ran.finished;
    result.exitCode = ran.exitCode;
    result.out = ran.out;
    result.err = ran.err;
    searchOutput(result);
    searchFiles(sandbox.path(), result.what);
    return result;
}

void TestSecretLeak::expectExit(const Run& run, int exitCode)
{
    QVERIFY2(run.finished, qPrintable(run.what + QStringLiteral(" did not finish")));
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("%1: exit %2, expected %3\n%4")
                            .arg(run.what)
                            .arg(run.exitCode)
                            .arg(exitCode)
                            .arg(QString::fromUtf8(run.err.right(2000)))));
}

void TestSecretLeak::searchOutput(const Run& run)
{
    const QString out = hit(run.out, run.what + QStringLiteral(": standard output"));
    QVERIFY2(out.isEmpty(), qPrintable(out));
    const QString err = hit(run.err, run.what + QStringLiteral(": standard error"));
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestSecretLeak::searchFiles(const QString& root, const QString& what)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray content = file.readAll();
        ++m_filesSearched;
        m_bytesSearched += content.size();
        const QString found = hit(content, QStringLiteral("%1: the file %2").arg(what, path.mid(root.size())));
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
}

// The SIEM gets the authorization as its Authorization header, and nothing else: never the Konnect token, never the
// authorization in the URL, another header or the body.
void TestSecretLeak::searchReceiver()
{
    const QList<SiemReceiver::Delivery>& deliveries = m_receiver->deliveries();
    for (const SiemReceiver::Delivery& delivery : deliveries) {
        const QString where = QStringLiteral("delivery %1 to the SIEM receiver").arg(delivery.number);
        QByteArray seen = delivery.request.method + ' ' + delivery.request.target + '\n';
        for (const auto& [name, value] : delivery.request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
                QCOMPARE(QString::fromUtf8(value), m_authorization);
                continue;
            }
            seen += name + ": " + value + '\n';
        }
        seen += delivery.request.body + '\n';
        seen += SiemReceiver::gunzip(delivery.request.body, 64 * 1024 * 1024).value_or(QByteArray()) + '\n';
        seen += delivery.problem.toUtf8() + '\n';
        for (const SiemReceiver::Event& event : delivery.events)
            seen += event.line + '\n';
        const QString found = hit(seen, where);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    // The emulator keeps its own log of what it was sent, redacted: it is printed by the `emulator` command.
    const QByteArray emulatorLog = QJsonDocument(m_emulator->requestLog()).toJson();
    const QString found = hit(emulatorLog, QStringLiteral("the emulator's request log"));
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void TestSecretLeak::headlessCommands()
{
    const QByteArray token = m_token.toUtf8() + '\n';
    const QPair<QString, QString> authEnv {QStringLiteral("KAW_LEAK_SIEM_AUTH"), m_authorization};
    const QString siem = m_receiver->url(QStringLiteral("/services/collector/raw")).toString();

    // The token into the keychain, then every command with the token from there.
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("set")}), token), 0);
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("status")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("--json")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("get")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"), siem,
                        QStringLiteral("--authorization-env"), QStringLiteral("KAW_LEAK_SIEM_AUTH"),
                        QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("--enable")}),
                    {}, {authEnv}),
                0);
    QCOMPARE(m_emulator->webhook().authorization(), m_authorization); // it really went to Konnect
    EXPECT_EXIT(run(at({QStringLiteral("get"), QStringLiteral("--json")})), 0);
    // A second authorization from standard input, as PUT with --json.
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--authorization-stdin"), QStringLiteral("--json")}),
                    m_authorization.toUtf8() + '\n'),
                0);
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--log-format"), QStringLiteral("cef")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("status")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("status"), QStringLiteral("--json")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("replay")})), 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EXIT(run(at({QStringLiteral("replay"), QStringLiteral("--start"), now.addSecs(-3600).toString(Qt::ISODate),
                        QStringLiteral("--end"), now.addSecs(-60).toString(Qt::ISODate)})),
                0);
    EXPECT_EXIT(run(at({QStringLiteral("jwks")})), 0);
    const Run jwks = run(at({QStringLiteral("jwks"), QStringLiteral("--json")}));
    EXPECT_EXIT(jwks, 0);
    // The audit-log pull, its signature check and its --verbose request log.
    EXPECT_EXIT(run(at({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("6h"),
                        QStringLiteral("--verify"), QStringLiteral("--verbose")})),
                0);
    EXPECT_EXIT(
        run(at({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--json")})),
        0);
    // The fleet, with the token from the keychain: table, JSON, the check, the Prometheus file (left under HOME).
    EXPECT_EXIT(run(at({QStringLiteral("fleet"), QStringLiteral("--verbose")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("fleet"), QStringLiteral("--json")})), 0);
    run(at({QStringLiteral("fleet"), QStringLiteral("--check")}));
    EXPECT_EXIT(run(at({QStringLiteral("fleet"), QStringLiteral("--prometheus"), QStringLiteral("fleet.prom")})), 0);

    // The connection test: Konnect's checks with the token, then a delivery with the authorization.
    EXPECT_EXIT(run(at({QStringLiteral("test-endpoint"), QStringLiteral("--endpoint"), siem,
                        QStringLiteral("--authorization-env"), QStringLiteral("KAW_LEAK_SIEM_AUTH"),
                        QStringLiteral("--vendor"), QStringLiteral("splunk-hec")}),
                    {}, {authEnv}),
                0);
    EXPECT_EXIT(
        run(at({QStringLiteral("test-endpoint"), QStringLiteral("--authorization-stdin"), QStringLiteral("--json")}),
            m_authorization.toUtf8() + '\n'),
        0);
    QVERIFY(m_receiver->deliveries().size() >= 2);

    // Verification, with the key set fetched with the token and from a file; the lines come from the emulator.
    QTemporaryDir files;
    const QString events = files.filePath(QStringLiteral("events.log"));
    const QString keys = files.filePath(QStringLiteral("jwks.json"));
    QFile eventsFile(events);
    QVERIFY(eventsFile.open(QIODevice::WriteOnly));
    eventsFile.write(m_emulator->sampleEvents(LogFormat::Json).join('\n') + '\n');
    eventsFile.close();
    QFile keysFile(keys);
    QVERIFY(keysFile.open(QIODevice::WriteOnly));
    keysFile.write(jwks.out);
    keysFile.close();
    EXPECT_EXIT(run(at({QStringLiteral("verify"), events})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("verify"), events, QStringLiteral("--jwks"), keys, QStringLiteral("--json")})),
                0);

    // The token for one run, from standard input and from the environment.
    EXPECT_EXIT(run(at({QStringLiteral("get"), QStringLiteral("--token-stdin")}), token), 0);
    EXPECT_EXIT(run(at({QStringLiteral("status")}), {}, {{QStringLiteral("KONNECT_TOKEN"), m_token}}), 0);

    // Konnect's v3 model: the inline webhook moves to a destination, then destinations are created, changed,
    // bound, tested and deleted, each with the authorization given again (from the environment and stdin).
    const QByteArray authorization = m_authorization.toUtf8() + '\n';
    EXPECT_EXIT(run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                        QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--name"), QStringLiteral("Leak moved"),
                        QStringLiteral("--yes")}),
                    {}, {authEnv}),
                0);
    QCOMPARE(m_emulator->organization().destinations().size(), 1);
    QCOMPARE(m_emulator->organization().destinations().constFirst()->authorization(), m_authorization);
    EXPECT_EXIT(
        run(at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("Leak"), QStringLiteral("--endpoint"), siem, QStringLiteral("--authorization-env"),
                QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--log-format"), QStringLiteral("json")}),
            {}, {authEnv}),
        0);
    EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                        QStringLiteral("Leak stdin"), QStringLiteral("--endpoint"), siem,
                        QStringLiteral("--authorization-stdin"), QStringLiteral("--json")}),
                    authorization),
                0);
    EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Leak"),
                        QStringLiteral("--authorization-stdin")}),
                    authorization),
                0);
    EXPECT_EXIT(
        run(at({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Leak stdin"),
                QStringLiteral("--authorization-env"), QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--json")}),
            {}, {authEnv}),
        0);
    EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--all-regions")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--json")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Leak")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("Leak"),
                        QStringLiteral("--enable")})),
                0);
    EXPECT_EXIT(run(at({QStringLiteral("get"), QStringLiteral("--json")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("test-endpoint"), QStringLiteral("--destination"), QStringLiteral("Leak"),
                        QStringLiteral("--authorization-env"), QStringLiteral("KAW_LEAK_SIEM_AUTH")}),
                    {}, {authEnv}),
                0);
    const qsizetype before = m_receiver->deliveries().size();
    EXPECT_EXIT(run(at({QStringLiteral("test-endpoint"), QStringLiteral("--destination"), QStringLiteral("Leak"),
                        QStringLiteral("--authorization-stdin"), QStringLiteral("--json")}),
                    authorization),
                0);
    QVERIFY(m_receiver->deliveries().size() > before);
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--unbind")})), 0);
    for (const char* name : {"Leak", "Leak stdin", "Leak moved"})
        EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("delete"), QString::fromLatin1(name),
                            QStringLiteral("--yes")})),
                    0);
    QVERIFY(m_emulator->organization().destinations().isEmpty());

    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("delete")})), 0);
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("status")})), 2);
}

void TestSecretLeak::headlessFailures()
{
    // Errors are where secrets slip into messages: refused tokens, retries, a SIEM that refuses, bad input.
    const QByteArray token = m_token.toUtf8() + '\n';
    const QPair<QString, QString> authEnv {QStringLiteral("KAW_LEAK_SIEM_AUTH"), m_authorization};

    EmulatorFault busy;
    busy.status = 503;
    m_emulator->addFaults({busy, busy, busy, busy, busy});
    EXPECT_EXIT(run(at({QStringLiteral("get"), QStringLiteral("--token-stdin")}), token), 4);
    m_emulator->clearFaults();
    EmulatorFault reset;
    reset.reset = true;
    // Ten: Qt may resend a request once by itself after a reset, and the leftovers do no harm.
    m_emulator->addFaults({reset, busy, reset, busy, reset, busy, reset, busy, reset, busy});
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"),
                        m_receiver->url(QStringLiteral("/in")).toString(), QStringLiteral("--authorization-env"),
                        QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--enable")}),
                    {}, {authEnv, {QStringLiteral("KONNECT_TOKEN"), m_token}}),
                4);

    m_emulator->clearFaults(); // how many were used depends on Qt's own resends

    // Konnect refuses the token: the emulator now wants another one.
    m_emulator->setToken(QStringLiteral("kpat_someoneelse0000000000000000000000000000000"));
    EXPECT_EXIT(run(at({QStringLiteral("get"), QStringLiteral("--token-stdin"), QStringLiteral("--json")}), token), 3);
    EXPECT_EXIT(run(at({QStringLiteral("status")}), {}, {{QStringLiteral("KONNECT_TOKEN"), m_token}}), 3);
    m_emulator->setToken(m_token);

    // A token or an authorization given where it does not belong is refused without being echoed.
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("set")}), m_siemSecret.toUtf8() + '\n'), 2);
    EXPECT_EXIT(
        run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("http://siem.example.com/"),
                QStringLiteral("--authorization-env"), QStringLiteral("KAW_LEAK_SIEM_AUTH")}),
            {}, {authEnv, {QStringLiteral("KONNECT_TOKEN"), m_token}}),
        2);

    // The SIEM refuses the authorization; then it is busy and refuses application/gzip, which Konnect sends, so the
    // verdict is that Konnect will not deliver: every answer is reported.
    m_receiver->setExpectedAuthorization(QStringLiteral("Splunk something-else"));
    EXPECT_EXIT(run(at({QStringLiteral("test-endpoint"), QStringLiteral("--endpoint"),
                        m_receiver->url(QStringLiteral("/in")).toString(), QStringLiteral("--authorization-env"),
                        QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--log-format"), QStringLiteral("cef")}),
                    {}, {authEnv, {QStringLiteral("KONNECT_TOKEN"), m_token}}),
                4);
    m_receiver->setExpectedAuthorization(m_authorization);
    HttpResponse unavailable = HttpResponse::text(503, "busy");
    unavailable.setHeader("Retry-After", "1");
    m_receiver->queueAnswers({unavailable, unavailable});
    m_receiver->setAcceptedEncodings({"gzip"});
    EXPECT_EXIT(run(at({QStringLiteral("test-endpoint"), QStringLiteral("--endpoint"),
                        m_receiver->url(QStringLiteral("/in")).toString(), QStringLiteral("--authorization-env"),
                        QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--json")}),
                    {}, {authEnv, {QStringLiteral("KONNECT_TOKEN"), m_token}}),
                4);
    QVERIFY(m_receiver->deliveries().size() >= 4);

    // The v3 commands' failures: a destination Konnect refuses, one in use (409), a move that is half done.
    const QPair<QString, QString> konnectToken {QStringLiteral("KONNECT_TOKEN"), m_token};
    EmulatorFault refused;
    refused.status = 400;
    m_emulator->addFault(refused);
    EXPECT_EXIT(run(at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                        QStringLiteral("Refused"), QStringLiteral("--endpoint"),
                        m_receiver->url(QStringLiteral("/in")).toString(), QStringLiteral("--authorization-env"),
                        QStringLiteral("KAW_LEAK_SIEM_AUTH")}),
                    {}, {authEnv, konnectToken}),
                2);
    EXPECT_EXIT(run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"),
                        m_receiver->url(QStringLiteral("/in")).toString(), QStringLiteral("--authorization-env"),
                        QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--enable")}),
                    {}, {authEnv, konnectToken}),
                0);
    m_emulator->clearRequestLog();
    // GET /v3 and /v2 of the webhook, POST of the destination, then the binding fails.
    m_emulator->addFaults({{}, {}, {}, refused});
    const Run halfDone = run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                                 QStringLiteral("KAW_LEAK_SIEM_AUTH"), QStringLiteral("--yes")}),
                             {}, {authEnv, konnectToken});
    QVERIFY(halfDone.finished);
    QVERIFY2(halfDone.exitCode != 0 && halfDone.err.contains("now exists"), halfDone.err.constData());
    QCOMPARE(m_emulator->organization().destinations().size(), 1);
    const QString created = m_emulator->organization().destinations().constFirst()->id();
    QVERIFY(m_emulator->bind(QStringLiteral("global"), {}, created, true));
    const Run inUse = run(at({QStringLiteral("destinations"), QStringLiteral("delete"), created,
                              QStringLiteral("--yes"), QStringLiteral("--json")}),
                          {}, {konnectToken});
    QVERIFY(inUse.finished && inUse.exitCode != 0);
}

void TestSecretLeak::window()
{
    // The window with the token for this run, loading from the emulator, and the demo.
    const Run loaded
        = run({QStringLiteral("--exit-after-load"), QStringLiteral("--token-stdin"), QStringLiteral("--base-url"),
               m_emulator->baseUrl().toString(), QStringLiteral("--profile"), m_profile},
              m_token.toUtf8() + '\n');
    EXPECT_EXIT(loaded, 0);
    QVERIFY2(loaded.err.contains("result=ok"), loaded.err.constData());
    QVERIFY(m_emulator->requestLog().size() >= 1);

    // A refused token in the window: the error path.
    m_emulator->setToken(QStringLiteral("kpat_someoneelse0000000000000000000000000000000"));
    const Run refused
        = run({QStringLiteral("--exit-after-load"), QStringLiteral("--token-stdin"), QStringLiteral("--base-url"),
               m_emulator->baseUrl().toString(), QStringLiteral("--profile"), m_profile},
              m_token.toUtf8() + '\n');
    EXPECT_EXIT(refused, 3);
    m_emulator->setToken(m_token);

    // The demo has its own token and emulator, and KONNECT_TOKEN must not leak into it.
    const Run demo = run({QStringLiteral("--demo"), QStringLiteral("--exit-after-load")}, {},
                         {{QStringLiteral("KONNECT_TOKEN"), m_token}});
    EXPECT_EXIT(demo, 0);
}

void TestSecretLeak::keyringHoldsTheTokenEncrypted()
{
    // The suite's gnome-keyring keeps its collections under the suite's XDG_DATA_HOME.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    QVERIFY(!dataHome.isEmpty());
    const QString keyrings = dataHome + QStringLiteral("/keyrings");
    auto keyringBytes = [&keyrings] {
        qint64 bytes = 0;
        const QFileInfoList files = QDir(keyrings).entryInfoList({QStringLiteral("*.keyring")}, QDir::Files);
        for (const QFileInfo& file : files)
            bytes += file.size();
        return bytes;
    };
    const qint64 before = keyringBytes();
    // Stored again here (headlessCommands deleted it): the keyring file must grow by an item that does not show it.
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("set")}), m_token.toUtf8() + '\n'), 0);
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("status")})), 0);
    QTRY_VERIFY_WITH_TIMEOUT(keyringBytes() > before, 10000);

    const QFileInfoList files = QDir(keyrings).entryInfoList({QStringLiteral("*.keyring")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString found = hit(file.readAll(), QStringLiteral("the keyring file ") + info.fileName());
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    EXPECT_EXIT(run(at({QStringLiteral("token"), QStringLiteral("delete")})), 0);
}

void TestSecretLeak::theSearchFindsAPlantedSecret()
{
    // The search itself must be able to fail: each form of each secret, planted in a file, is found.
    QTemporaryDir dir;
    const QList<QByteArray> planted {m_token.toUtf8(), m_token.toUtf8().toBase64(), m_siemSecret.toUtf8().mid(5, 12),
                                     QJsonDocument(QJsonObject {{QStringLiteral("a"), m_authorization}}).toJson()};
    for (const QByteArray& secret : planted)
        QVERIFY(!hit(QByteArray("before ") + secret + " after", QStringLiteral("planted")).isEmpty());
    QVERIFY(hit(QByteArray("kpat_ and Splunk but nothing secret"), QStringLiteral("clean")).isEmpty());
}

void TestSecretLeak::cleanupTestCase()
{
    qInfo("searched the output of %lld runs and %d files (%lld bytes) they wrote",
          static_cast<long long>(m_runs.size()), m_filesSearched, static_cast<long long>(m_bytesSearched));
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
