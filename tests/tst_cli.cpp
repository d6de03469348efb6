// The headless commands as a user runs them: the real binary in a QProcess, against an in-process KonnectEmulator
// on loopback. Waits between retries are skipped with KAW_TEST_FAST_FORWARD_WAITS=1, so nothing sleeps through them.

#include "KonnectEmulator.h"
#include "ProgramRun.h"
#include "ReplayWindow.h"
#include "SiemReceiver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kToken = QStringLiteral("kpat_clitest_valid_0123456789");
const QString kForbiddenToken = QStringLiteral("kpat_clitest_not_admin_98765");

// The waits --verbose announced, in order: "1 s", "2 s", ...
QStringList waitsIn(const QString& log)
{
    QStringList found;
    auto it = QRegularExpression(QStringLiteral("retrying in (\\d+ s)")).globalMatch(log);
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

using Env = QList<QPair<QString, QString>>;

// Answers every request with one fixed HTTP response, for answers the emulator does not give (a 400 with
// invalid_parameters that our own validation would never let through).
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray& data = m_buffer[socket];
                    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    static const QRegularExpression lengthHeader(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
                    const auto match = lengthHeader.match(QString::fromLatin1(data.left(headerEnd)));
                    const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
                    if (data.size() < headerEnd + 4 + length)
                        return;
                    ++requests;
                    m_buffer.remove(socket);
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int requests = 0;

private:
    QByteArray m_response;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndVersionNeedNoDisplay();
    void commandHelpHasUsageAndExamples_data();
    void commandHelpHasUsageAndExamples();
    void unknownCommandAndOptionAreInputErrors();

    void getShowsTheStoredConfiguration();
    void applyRoundTrip();
    void applyWithNothingToChange();
    void firstConfigurationNeedsAnAuthorization();
    void putRefusedFallsBackToPatchAndIsRemembered();
    void authorizationFromStdin();
    void statusExplainsTheState();
    void replayShowsAndStartsTheJob();
    void jwksShowsTheKeys();

    void retriesServerErrorsWithBackoff();
    void givesUpAfterFiveAttempts();
    void honoursRetryAfter();
    void doesNotRetry_data();
    void doesNotRetry();
    void konnectFieldErrorIsNamed();
    void refusedTokenExits3_data();
    void refusedTokenExits3();
    void connectionRefusedExits4();
    void jsonErrorObject();

    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();

    void secretsNeverAppear();
    void emulatorSubcommand();
    void keychainTokenLifecycle();

private:
    CliRun run(const QStringList& arguments, const QByteArray& input = {}, const Env& env = {},
               const QStringList& unset = {});
    QStringList at(const QStringList& arguments) const; // adds --base-url of the emulator
    QJsonArray requests() const { return m_emulator->requestLog(); }
    QStringList requestLines() const; // "GET /v2/audit-log-webhook", ...
    void configureWebhook();
    QString settingsFile() const;

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KonnectEmulator> m_emulator;
};

void TestCli::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(kToken);
    m_emulator->setForbiddenToken(kForbiddenToken);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
}

void TestCli::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

CliRun TestCli::run(const QStringList& arguments, const QByteArray& input, const Env& env, const QStringList& unset)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    for (const auto& [name, value] : env)
        options.environment.insert(name, value);
    for (const QString& name : unset)
        options.environment.remove(name);
    options.input = input;
    const ProgramRun ran = ProgramRun::run(m_binary, arguments, options);
    return {ran.finished, ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

QStringList TestCli::at(const QStringList& arguments) const
{
    return arguments + QStringList {QStringLiteral("--base-url"), m_emulator->baseUrl().toString()};
}

QStringList TestCli::requestLines() const
{
    QStringList lines;
    const QJsonArray log = requests();
    for (const QJsonValue& entry : log)
        lines.append(entry[QLatin1String("method")].toString() + QLatin1Char(' ')
                     + entry[QLatin1String("path")].toString());
    return lines;
}

QString TestCli::settingsFile() const
{
    return m_home->filePath(QStringLiteral("xdg_config_home/konnect-audit-webhook/konnect-audit-webhook.ini"));
}

void TestCli::configureWebhook()
{
    const CliRun first = run(
        at({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("https://siem.example.com/konnect"),
            QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable")}),
        {},
        {{QStringLiteral("KONNECT_TOKEN"), kToken},
         {QStringLiteral("SIEM_AUTH"), QStringLiteral("Splunk setup-secret-1")}});
    QCOMPARE(first.exitCode, 0);
    m_emulator->clearRequestLog();
}

// --- help and version -----------------------------------------------------------------------------------------

void TestCli::helpAndVersionNeedNoDisplay()
{
    const QStringList noDisplay {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                 QStringLiteral("WAYLAND_DISPLAY")};
    const CliRun help = run({QStringLiteral("--help")}, {}, {}, noDisplay);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("Usage: konnect-audit-webhook")));
    for (const char* command : {"get", "apply", "status", "replay", "jwks", "token set", "emulator"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));

    const CliRun version = run({QStringLiteral("--version")}, {}, {}, noDisplay);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("konnect-audit-webhook " KAW_VERSION));

    const CliRun commandHelp = run({QStringLiteral("apply"), QStringLiteral("--help")}, {}, {}, noDisplay);
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.startsWith(QLatin1String("Usage: konnect-audit-webhook apply")));
}

void TestCli::commandHelpHasUsageAndExamples_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    for (const char* command : {"get", "apply", "status", "replay", "jwks", "emulator"}) {
        const QString name = QString::fromLatin1(command);
        QTest::newRow(command) << QStringList {name, QStringLiteral("--help")}
                               << QStringLiteral("Usage: konnect-audit-webhook %1").arg(name);
    }
    for (const char* sub : {"set", "status", "delete"}) {
        const QString name = QString::fromLatin1(sub);
        QTest::newRow(qPrintable(QStringLiteral("token %1").arg(name)))
            << QStringList {QStringLiteral("token"), name, QStringLiteral("-h")}
            << QStringLiteral("Usage: konnect-audit-webhook token %1").arg(name);
    }
    QTest::newRow("help replay") << QStringList {QStringLiteral("help"), QStringLiteral("replay")}
                                 << QStringLiteral("Usage: konnect-audit-webhook replay");
}

void TestCli::commandHelpHasUsageAndExamples()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const CliRun help = run(arguments);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(usage), qPrintable(help.out.left(200)));
    QVERIFY(help.out.contains(QLatin1String("Example")));
    QVERIFY(help.out.contains(arguments.constFirst() == QLatin1String("emulator") ? QLatin1String("--token")
                                                                                  : QLatin1String("--profile")));
    QVERIFY(help.err.isEmpty());
    QCOMPARE(requests().size(), 0);
}

void TestCli::unknownCommandAndOptionAreInputErrors()
{
    const CliRun unknownCommand = run({QStringLiteral("frobnicate")});
    QCOMPARE(unknownCommand.exitCode, 2);
    QVERIFY(unknownCommand.err.contains(QLatin1String("Unknown command")));

    const CliRun misplaced
        = run(at({QStringLiteral("get"), QStringLiteral("--endpoint"), QStringLiteral("https://x.example")}));
    QCOMPARE(misplaced.exitCode, 2);
    QVERIFY2(misplaced.err.contains(QLatin1String("endpoint")), qPrintable(misplaced.err));

    // A stray word could be a secret typed in the wrong place: it is refused and not repeated.
    const CliRun stray = run(at({QStringLiteral("get"), QStringLiteral("kpat_stray_secret_word")}));
    QCOMPARE(stray.exitCode, 2);
    QVERIFY(!stray.err.contains(QLatin1String("kpat_stray_secret_word")));
    QCOMPARE(requests().size(), 0);
}

// --- happy paths ------------------------------------------------------------------------------------------------

void TestCli::getShowsTheStoredConfiguration()
{
    const Env token {{QStringLiteral("KONNECT_TOKEN"), kToken}};
    const CliRun empty = run(at({QStringLiteral("get")}), {}, token);
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.out.contains(QRegularExpression(QStringLiteral("Endpoint:\\s+not configured"))),
             qPrintable(empty.out));
    QVERIFY(empty.out.contains(QRegularExpression(QStringLiteral("Region:\\s+global"))));

    configureWebhook();
    const CliRun human = run(at({QStringLiteral("get")}), {}, token);
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(QRegularExpression(QStringLiteral("Endpoint:\\s+https://siem.example.com/konnect\n"))));
    QVERIFY(human.out.contains(QRegularExpression(QStringLiteral("Authorization:\\s+set, hidden by Konnect\n"))));
    QVERIFY(human.out.contains(QRegularExpression(QStringLiteral("Enabled:\\s+yes\n"))));
    QVERIFY(human.out.contains(QRegularExpression(QStringLiteral("Log format:\\s+cef\n"))));
    // Aligned: every value starts in the same column.
    QSet<qsizetype> columns;
    const QStringList lines = human.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        columns.insert(line.indexOf(QRegularExpression(QStringLiteral(":\\s+\\K\\S"))));
    QCOMPARE(columns.size(), 1);

    const CliRun json = run(at({QStringLiteral("get"), QStringLiteral("--json")}), {}, token);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("endpoint")).toString(), QStringLiteral("https://siem.example.com/konnect"));
    QCOMPARE(object.value(QLatin1String("enabled")).toBool(), true);
    QVERIFY(!object.contains(QLatin1String("authorization")));
    QCOMPARE(requestLines(),
             (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook"),
                          QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook")}));
}

void TestCli::applyRoundTrip()
{
    const Env env {{QStringLiteral("KONNECT_TOKEN"), kToken},
                   {QStringLiteral("SIEM_AUTH"), QStringLiteral("Splunk round-trip-1")}};
    const CliRun apply = run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"),
                                 QStringLiteral("https://siem.example.com:8088/services/collector/raw"),
                                 QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"),
                                 QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("--enable")}),
                             {}, env);
    QCOMPARE(apply.exitCode, 0);
    QVERIFY2(apply.out.contains(QLatin1String("Saved")), qPrintable(apply.out + apply.err));
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Splunk round-trip-1"));
    QVERIFY(m_emulator->webhook().logFormat() == LogFormat::Json);
    QVERIFY(m_emulator->webhook().isEnabled());
    QCOMPARE(requestLines(),
             (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook"), QStringLiteral("PUT /v2/audit-log-webhook")}));

    const CliRun get = run(at({QStringLiteral("get"), QStringLiteral("--json")}), {}, env);
    QCOMPARE(get.exitCode, 0);
    const QJsonObject stored = QJsonDocument::fromJson(get.out.toUtf8()).object();
    QCOMPARE(stored.value(QLatin1String("endpoint")).toString(),
             QStringLiteral("https://siem.example.com:8088/services/collector/raw"));
    QCOMPARE(stored.value(QLatin1String("log_format")).toString(), QStringLiteral("json"));

    // Without a new authorization: PATCH with only what changes, and the stored authorization stays.
    m_emulator->clearRequestLog();
    const CliRun disable = run(at({QStringLiteral("apply"), QStringLiteral("--disable")}), {}, env);
    QCOMPARE(disable.exitCode, 0);
    QCOMPARE(
        requestLines(),
        (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook"), QStringLiteral("PATCH /v2/audit-log-webhook")}));
    const QJsonObject body = requests().at(2)[QLatin1String("body")].toObject();
    QCOMPARE(body, (QJsonObject {{QStringLiteral("enabled"), false}}));
    QVERIFY(!body.contains(QLatin1String("authorization")));
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Splunk round-trip-1"));
    QVERIFY(!m_emulator->webhook().isEnabled());
    QVERIFY(disable.out.contains(QLatin1String("--enable")));
}

void TestCli::applyWithNothingToChange()
{
    configureWebhook();
    const CliRun again = run(at({QStringLiteral("apply"), QStringLiteral("--enable"), QStringLiteral("--endpoint"),
                                 QStringLiteral("https://siem.example.com/konnect")}),
                             {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("Nothing to change")), qPrintable(again.out));
    QCOMPARE(requestLines(), (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook")}));
}

void TestCli::firstConfigurationNeedsAnAuthorization()
{
    const CliRun apply = run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"),
                                 QStringLiteral("https://siem.example.com/konnect"), QStringLiteral("--enable")}),
                             {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(apply.exitCode, 2);
    QVERIFY2(apply.err.contains(QLatin1String("first configuration")), qPrintable(apply.err));
    QVERIFY(apply.err.contains(QLatin1String("--authorization-env")));
    QCOMPARE(requestLines(), (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook")}));
}

void TestCli::putRefusedFallsBackToPatchAndIsRemembered()
{
    m_emulator->setPutAllowed(false);
    const QStringList profile {QStringLiteral("--profile"), QStringLiteral("patchy")};
    const CliRun first = run(
        at(QStringList {QStringLiteral("apply"), QStringLiteral("--endpoint"),
                        QStringLiteral("https://siem.example.com/a"), QStringLiteral("--authorization-env"),
                        QStringLiteral("SIEM_AUTH")}
           + profile),
        {},
        {{QStringLiteral("KONNECT_TOKEN"), kToken}, {QStringLiteral("SIEM_AUTH"), QStringLiteral("Bearer first-one")}});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(requestLines(),
             (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook"), QStringLiteral("PUT /v2/audit-log-webhook"),
                           QStringLiteral("PATCH /v2/audit-log-webhook")}));
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Bearer first-one"));
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("profiles/patchy/updateMethod")).toString(), QStringLiteral("patch"));

    m_emulator->clearRequestLog();
    const CliRun second = run(
        at(QStringList {QStringLiteral("apply"), QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")}
           + profile),
        {},
        {{QStringLiteral("KONNECT_TOKEN"), kToken},
         {QStringLiteral("SIEM_AUTH"), QStringLiteral("Bearer second-one")}});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(
        requestLines(),
        (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook"), QStringLiteral("PATCH /v2/audit-log-webhook")}));
    const QJsonObject body = requests().at(2)[QLatin1String("body")].toObject();
    QCOMPARE(body.keys(), QStringList {QStringLiteral("authorization")});
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Bearer second-one"));
}

void TestCli::authorizationFromStdin()
{
    const CliRun apply
        = run(at({QStringLiteral("apply"), QStringLiteral("--endpoint"),
                  QStringLiteral("https://siem.example.com/stdin"), QStringLiteral("--authorization-stdin")}),
              "Splunk from-stdin-42\n", {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(apply.exitCode, 0);
    // The line ending `echo` adds is not part of the header value.
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Splunk from-stdin-42"));
}

void TestCli::statusExplainsTheState()
{
    const Env token {{QStringLiteral("KONNECT_TOKEN"), kToken}};
    const CliRun unconfigured = run(at({QStringLiteral("status")}), {}, token);
    QCOMPARE(unconfigured.exitCode, 0);
    QVERIFY2(unconfigured.out.contains(QLatin1String("Nothing is configured in this region yet")),
             qPrintable(unconfigured.out));

    configureWebhook();
    QVERIFY(
        !m_emulator->setWebhookStatus({{QStringLiteral("webhook_status"), QStringLiteral("inactive")},
                                       {QStringLiteral("last_attempt_at"), QStringLiteral("2026-11-25T10:00:00Z")},
                                       {QStringLiteral("last_response_code"), 503},
                                       {QStringLiteral("last_response_message"), QStringLiteral("SIEM unavailable")}}));
    const CliRun failing = run(at({QStringLiteral("status")}), {}, token);
    QCOMPARE(failing.exitCode, 0);
    QVERIFY(failing.out.contains(QRegularExpression(QStringLiteral("Enabled:\\s+yes\n"))));
    QVERIFY(failing.out.contains(QRegularExpression(QStringLiteral("Status:\\s+inactive\n"))));
    QVERIFY(failing.out.contains(QLatin1String("The last delivery failed")));
    QVERIFY(failing.out.contains(QRegularExpression(QStringLiteral("Last attempt:\\s+.*ago \\(2026-11-25"))));
    QVERIFY(failing.out.contains(QRegularExpression(QStringLiteral("Last response:\\s+503"))));
    QVERIFY(failing.out.contains(QLatin1String("SIEM unavailable")));
    QVERIFY(failing.out.contains(QRegularExpression(QStringLiteral("What to do:\\s+\\S"))));

    const CliRun json = run(at({QStringLiteral("status"), QStringLiteral("--json")}), {}, token);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("webhook_status")).toString(),
             QStringLiteral("inactive"));
}

void TestCli::replayShowsAndStartsTheJob()
{
    const Env token {{QStringLiteral("KONNECT_TOKEN"), kToken}};
    configureWebhook();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString start = ReplayWindow::toRfc3339(now.addSecs(-2 * 3600));
    const QString end = ReplayWindow::toRfc3339(now.addSecs(-3600));
    const CliRun started = run(at({QStringLiteral("replay"), QStringLiteral("--start"), start, QStringLiteral("--end"),
                                   end, QStringLiteral("--profile"), QStringLiteral("replayer")}),
                               {}, token);
    QCOMPARE(started.exitCode, 0);
    QVERIFY2(started.out.contains(QLatin1String("accepted")), qPrintable(started.out + started.err));
    QVERIFY(started.out.contains(
        QLatin1String("Follow it with: konnect-audit-webhook replay --profile replayer --base-url")));
    QCOMPARE(requestLines(), QStringList {QStringLiteral("PUT /v2/audit-log-replay-job")});
    const QJsonObject body = requests().at(0)[QLatin1String("body")].toObject();
    QCOMPARE(body.value(QLatin1String("start_at")).toString(), start);
    QCOMPARE(body.value(QLatin1String("end_at")).toString(), end);

    const CliRun shown = run(at({QStringLiteral("replay"), QStringLiteral("--json")}), {}, token);
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject job = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(job.value(QLatin1String("start_at")).toString(), start);
    QVERIFY(!job.value(QLatin1String("status")).toString().isEmpty());
    const CliRun human = run(at({QStringLiteral("replay")}), {}, token);
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(QRegularExpression(QStringLiteral("Start:\\s+") + QRegularExpression::escape(start))));
}

void TestCli::jwksShowsTheKeys()
{
    const CliRun jwks = run(at({QStringLiteral("jwks")}), {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(jwks.exitCode, 0);
    const QJsonArray keys = m_emulator->jwks().value(QLatin1String("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    const QString kid = keys.at(0)[QLatin1String("kid")].toString();
    QVERIFY2(jwks.out.contains(QRegularExpression(QStringLiteral("Key ID:\\s+") + kid)), qPrintable(jwks.out));
    QVERIFY(jwks.out.contains(QRegularExpression(QStringLiteral("Algorithm:\\s+EdDSA"))));
    QVERIFY(jwks.out.contains(QRegularExpression(QStringLiteral("Curve:\\s+Ed25519"))));

    const CliRun json
        = run(at({QStringLiteral("jwks"), QStringLiteral("--json")}), {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object(), m_emulator->jwks());
}

// --- retries and failures ---------------------------------------------------------------------------------------

void TestCli::retriesServerErrorsWithBackoff()
{
    EmulatorFault unavailable;
    unavailable.status = 503;
    m_emulator->addFaults({unavailable, unavailable, unavailable});
    const CliRun get = run(at({QStringLiteral("get"), QStringLiteral("--verbose")}), {},
                           {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(requests().size(), 5); // four attempts at /v3/audit-log-webhook, then the inline webhook
    QCOMPARE(waitsIn(get.err), (QStringList {QStringLiteral("1 s"), QStringLiteral("2 s"), QStringLiteral("4 s")}));
    QVERIFY(get.err.contains(QLatin1String("< 503 Service Unavailable in ")));
    QVERIFY(get.err.contains(QLatin1String("(attempt 4 of 5)")));
    QVERIFY(get.err.contains(QLatin1String("< 200 OK in ")));
}

void TestCli::givesUpAfterFiveAttempts()
{
    EmulatorFault error;
    error.status = 500;
    m_emulator->addFaults({error, error, error, error, error, error});
    QElapsedTimer elapsed;
    elapsed.start();
    const CliRun get = run(at({QStringLiteral("status"), QStringLiteral("--verbose")}), {},
                           {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(get.exitCode, 4);
    QCOMPARE(requests().size(), 5);
    QVERIFY2(get.err.contains(QLatin1String("gave up after 5 attempts")), qPrintable(get.err));
    QCOMPARE(
        waitsIn(get.err),
        (QStringList {QStringLiteral("1 s"), QStringLiteral("2 s"), QStringLiteral("4 s"), QStringLiteral("8 s")}));
    // The 15 s of planned waits were skipped, not slept through.
    QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestCli::honoursRetryAfter()
{
    EmulatorFault tooMany;
    tooMany.status = 429;
    tooMany.retryAfter = QByteArray("7");
    m_emulator->addFault(tooMany);
    const CliRun get = run(at({QStringLiteral("get"), QStringLiteral("--verbose")}), {},
                           {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(get.exitCode, 0);
    QVERIFY2(get.err.contains(QLatin1String("< 429 Too Many Requests in ")), qPrintable(get.err));
    QCOMPARE(waitsIn(get.err), QStringList {QStringLiteral("7 s")});
    QCOMPARE(requests().size(), 3);
}

void TestCli::doesNotRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("400") << 400 << 2;
    QTest::newRow("401") << 401 << 3;
    QTest::newRow("403") << 403 << 3;
    QTest::newRow("404") << 404 << 4;
    QTest::newRow("501") << 501 << 4;
}

void TestCli::doesNotRetry()
{
    QFETCH(int, status);
    QFETCH(int, exitCode);
    EmulatorFault fault;
    fault.status = status;
    m_emulator->addFaults({fault, fault});
    // `status` reads one path: `get` takes a 404 on /v3 for "no v3 here" and reads v2 instead.
    const CliRun get = run(at({QStringLiteral("status"), QStringLiteral("--verbose")}), {},
                           {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(get.exitCode, exitCode);
    QCOMPARE(requests().size(), 1);
    QVERIFY(!get.err.contains(QLatin1String("retrying")));
}

void TestCli::konnectFieldErrorIsNamed()
{
    const QByteArray problem
        = R"({"status":400,"title":"Bad Request","detail":"Invalid endpoint","instance":"konnect:trace:1",)"
          R"("invalid_parameters":[{"field":"endpoint","reason":"must be a valid URL"}]})";
    CannedHttpServer server("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: "
                            + QByteArray::number(problem.size()) + "\r\nConnection: close\r\n\r\n" + problem);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const CliRun get = run({QStringLiteral("get"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:%1/v2").arg(server.serverPort())},
                           {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(get.exitCode, 2);
    QVERIFY2(get.err.contains(QLatin1String("endpoint: must be a valid URL")), qPrintable(get.err));
    QCOMPARE(server.requests, 1);

    const CliRun json = run({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                             QStringLiteral("http://127.0.0.1:%1/v2").arg(server.serverPort())},
                            {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(error.value(QLatin1String("exit_code")).toInt(), 2);
    const QJsonObject field = error.value(QLatin1String("fields")).toArray().at(0).toObject();
    QCOMPARE(field.value(QLatin1String("field")).toString(), QStringLiteral("endpoint"));
    QCOMPARE(field.value(QLatin1String("message")).toString(), QStringLiteral("must be a valid URL"));
}

void TestCli::refusedTokenExits3_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("401 unknown token") << QStringLiteral("kpat_clitest_unknown_token_1") << QStringLiteral("401");
    QTest::newRow("403 not an admin") << kForbiddenToken << QStringLiteral("403");
}

void TestCli::refusedTokenExits3()
{
    QFETCH(QString, token);
    QFETCH(QString, expected);
    const CliRun get = run(at({QStringLiteral("get"), QStringLiteral("--token-stdin")}), token.toUtf8() + '\n');
    QCOMPARE(get.exitCode, 3);
    QVERIFY2(get.err.contains(expected), qPrintable(get.err));
    QVERIFY(!get.err.contains(token));
    QCOMPARE(requests().size(), 1);
}

void TestCli::connectionRefusedExits4()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const CliRun get = run({QStringLiteral("get"), QStringLiteral("--verbose"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:%1/v2").arg(port)},
                           {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(get.exitCode, 4);
    QVERIFY2(get.err.contains(QLatin1String("Could not reach Konnect")), qPrintable(get.err));
    QCOMPARE(get.err.count(QLatin1String("no answer")), 5);
}

void TestCli::jsonErrorObject()
{
    const CliRun bad = run(
        at({QStringLiteral("apply"), QStringLiteral("--log-format"), QStringLiteral("xml"), QStringLiteral("--json")}),
        {}, {{QStringLiteral("KONNECT_TOKEN"), kToken}});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.isEmpty());
    const QJsonObject error = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QVERIFY(error.value(QLatin1String("error")).toString().contains(QLatin1String("--log-format")));
    QCOMPARE(error.value(QLatin1String("exit_code")).toInt(), 2);
    QCOMPARE(error.value(QLatin1String("fields")).toArray().at(0)[QLatin1String("field")].toString(),
             QStringLiteral("--log-format"));

    const CliRun refused = run(at({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("--token-stdin")}),
                               "kpat_clitest_unknown_token_2");
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(refused.out.toUtf8()).object().value(QLatin1String("exit_code")).toInt(), 3);
}

// --- validation: exit 2, the flag named, nothing sent ----------------------------------------------------------

void TestCli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Env>("env");
    QTest::addColumn<QString>("named");

    const QString apply = QStringLiteral("apply");
    const QString endpoint = QStringLiteral("--endpoint");
    auto applyEndpoint = [&](const QString& url) { return QStringList {apply, endpoint, url}; };
    const Env auth {{QStringLiteral("SIEM_AUTH"), QStringLiteral("Splunk fine")}};
    auto applyAuthorization = [&](const QString& value) { return Env {{QStringLiteral("SIEM_AUTH"), value}}; };
    const QStringList withAuthEnv {apply, QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto replay = [](const QDateTime& start, const QDateTime& end) {
        return QStringList {QStringLiteral("replay"), QStringLiteral("--start"), ReplayWindow::toRfc3339(start),
                            QStringLiteral("--end"), ReplayWindow::toRfc3339(end)};
    };

    QTest::newRow("http endpoint off loopback")
        << applyEndpoint(QStringLiteral("http://siem.example.com/x")) << QByteArray() << Env {} << endpoint;
    QTest::newRow("ftp endpoint") << applyEndpoint(QStringLiteral("ftp://siem.example.com/x")) << QByteArray() << Env {}
                                  << endpoint;
    QTest::newRow("relative endpoint") << applyEndpoint(QStringLiteral("/services/collector")) << QByteArray() << Env {}
                                       << endpoint;
    QTest::newRow("control character in endpoint")
        << applyEndpoint(QStringLiteral("https://siem.example.com/a\tb")) << QByteArray() << Env {} << endpoint;
    QTest::newRow("port 99999") << applyEndpoint(QStringLiteral("https://siem.example.com:99999/x")) << QByteArray()
                                << Env {} << endpoint;
    QTest::newRow("empty authorization") << withAuthEnv << QByteArray() << applyAuthorization(QString())
                                         << QStringLiteral("--authorization-env");
    QTest::newRow("authorization with CR LF")
        << withAuthEnv << QByteArray() << applyAuthorization(QStringLiteral("Splunk a\r\nX-Evil: 1"))
        << QStringLiteral("--authorization-env");
    QTest::newRow("authorization not ASCII")
        << withAuthEnv << QByteArray() << applyAuthorization(QStringLiteral("Splunk gr\u00fc\u00dfe"))
        << QStringLiteral("--authorization-env");
    QTest::newRow("authorization line break on stdin")
        << QStringList {apply, QStringLiteral("--authorization-stdin")} << QByteArray("Splunk a\nb\n") << Env {}
        << QStringLiteral("--authorization-stdin");
    QTest::newRow("unset authorization variable")
        << QStringList {apply, QStringLiteral("--authorization-env"), QStringLiteral("KAW_SURELY_UNSET_VAR")}
        << QByteArray() << Env {} << QStringLiteral("--authorization-env");
    QTest::newRow("both authorization sources")
        << QStringList {apply, QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"),
                        QStringLiteral("--authorization-stdin")}
        << QByteArray("Splunk x") << auth << QStringLiteral("--authorization-env");
    QTest::newRow("token and authorization both on stdin")
        << QStringList {apply, QStringLiteral("--authorization-stdin"), QStringLiteral("--token-stdin")}
        << QByteArray("kpat_x\nSplunk x") << Env {} << QStringLiteral("--authorization-stdin");
    QTest::newRow("log format xml") << QStringList {apply, QStringLiteral("--log-format"), QStringLiteral("xml")}
                                    << QByteArray() << Env {} << QStringLiteral("--log-format");
    QTest::newRow("skip ssl maybe") << QStringList {apply, QStringLiteral("--skip-ssl-verification"),
                                                    QStringLiteral("maybe")}
                                    << QByteArray() << Env {} << QStringLiteral("--skip-ssl-verification");
    QTest::newRow("enable and disable") << QStringList {apply, QStringLiteral("--enable"), QStringLiteral("--disable")}
                                        << QByteArray() << Env {} << QStringLiteral("--enable");
    QTest::newRow("apply without changes")
        << QStringList {apply} << QByteArray() << Env {} << QStringLiteral("--endpoint");
    QTest::newRow("bad region") << QStringList {QStringLiteral("get"), QStringLiteral("--region"),
                                                QStringLiteral("mars")}
                                << QByteArray() << Env {} << QStringLiteral("--region");
    QTest::newRow("bad profile name") << QStringList {QStringLiteral("get"), QStringLiteral("--profile"),
                                                      QStringLiteral("a/b")}
                                      << QByteArray() << Env {} << QStringLiteral("--profile");
    QTest::newRow("plain http base url off loopback")
        << QStringList {QStringLiteral("get"), QStringLiteral("--base-url"), QStringLiteral("http://example.com/v2")}
        << QByteArray() << Env {} << QStringLiteral("--base-url");
    QTest::newRow("token without prefix")
        << QStringList {QStringLiteral("get"), QStringLiteral("--token-stdin")}
        << QByteArray("abc_not_a_konnect_token\n") << Env {} << QStringLiteral("token");
    QTest::newRow("replay start after end")
        << replay(now.addSecs(-3600), now.addSecs(-7200)) << QByteArray() << Env {} << QStringLiteral("--start");
    QTest::newRow("replay start 8 days ago") << replay(now.addDays(-8), now.addDays(-7).addSecs(3600)) << QByteArray()
                                             << Env {} << QStringLiteral("--start");
    QTest::newRow("replay end in the future")
        << replay(now.addSecs(-3600), now.addSecs(3600)) << QByteArray() << Env {} << QStringLiteral("--end");
    QTest::newRow("replay malformed start")
        << QStringList {QStringLiteral("replay"), QStringLiteral("--start"), QStringLiteral("yesterday"),
                        QStringLiteral("--end"), ReplayWindow::toRfc3339(now)}
        << QByteArray() << Env {} << QStringLiteral("--start");
    QTest::newRow("replay without end") << QStringList {QStringLiteral("replay"), QStringLiteral("--start"),
                                                        ReplayWindow::toRfc3339(now.addSecs(-60))}
                                        << QByteArray() << Env {} << QStringLiteral("--end");
}

void TestCli::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(Env, env);
    QFETCH(QString, named);

    // --base-url comes first so that a row's own --base-url wins.
    const QStringList full = QStringList {QStringLiteral("--base-url"), m_emulator->baseUrl().toString()} + arguments;
    Env withToken = env;
    if (!arguments.contains(QStringLiteral("--token-stdin")))
        withToken.append({QStringLiteral("KONNECT_TOKEN"), kToken});
    const CliRun result = run(full, input, withToken);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(requests().size(), 0);
}

// --- secrets --------------------------------------------------------------------------------------------------

void TestCli::secretsNeverAppear()
{
    const QString token = QStringLiteral("kpat_unique_%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString authorization = QStringLiteral("Splunk siem-unique-%1").arg(QDateTime::currentMSecsSinceEpoch());
    m_emulator->setToken(token);
    const Env env {{QStringLiteral("KONNECT_TOKEN"), token}, {QStringLiteral("SIEM_AUTH"), authorization}};
    const QStringList verbose {QStringLiteral("--verbose")};
    QList<CliRun> runs;
    runs << run(at(verbose
                   + QStringList {QStringLiteral("apply"), QStringLiteral("--endpoint"),
                                  QStringLiteral("https://siem.example.com/s"), QStringLiteral("--authorization-env"),
                                  QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable")}),
                {}, env);
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(
        at(verbose
           + QStringList {QStringLiteral("apply"), QStringLiteral("--authorization-stdin"), QStringLiteral("--json")}),
        authorization.toUtf8() + '\n', env);
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(at(verbose + QStringList {QStringLiteral("get"), QStringLiteral("--token-stdin")}), token.toUtf8());
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(at(verbose + QStringList {QStringLiteral("status")}), {}, env);
    runs << run(at(verbose + QStringList {QStringLiteral("replay")}), {}, env);
    runs << run(at(verbose + QStringList {QStringLiteral("jwks")}), {}, env);
    // Failures print messages too: a refused token, a server error after retries, invalid input.
    m_emulator->setToken(QStringLiteral("kpat_some_other_token_1"));
    runs << run(at(verbose + QStringList {QStringLiteral("get")}), {}, env);
    QCOMPARE(runs.last().exitCode, 3);
    m_emulator->setToken(token);
    EmulatorFault error;
    error.status = 500;
    m_emulator->addFaults({error, error, error, error, error});
    runs << run(
        at(verbose
           + QStringList {QStringLiteral("apply"), QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")}),
        {}, env);
    QCOMPARE(runs.last().exitCode, 4);
    runs << run(at(verbose
                   + QStringList {QStringLiteral("apply"), QStringLiteral("--authorization-env"),
                                  QStringLiteral("SIEM_AUTH"), QStringLiteral("--log-format"), QStringLiteral("xml")}),
                {}, env);
    QCOMPARE(runs.last().exitCode, 2);

    for (const CliRun& each : std::as_const(runs)) {
        QVERIFY(each.finished);
        for (const QString& text : {each.out, each.err}) {
            QVERIFY2(!text.contains(token), qPrintable(text));
            QVERIFY2(!text.contains(authorization), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("siem-unique")), qPrintable(text));
        }
    }
    QVERIFY(runs.first().err.contains(QLatin1String("> PUT ")));

    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("siem-unique"), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1); // at least the profile settings
}

// --- the emulator as its own process --------------------------------------------------------------------------

void TestCli::emulatorSubcommand()
{
    const QString throwaway = QStringLiteral("kpat_emulator_throwaway_77");
    QProcess emulator;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("xdg_config_home")));
    emulator.setProcessEnvironment(environment);
    QSignalSpy finished(&emulator, &QProcess::finished);
    emulator.start(m_binary,
                   {QStringLiteral("emulator"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--token"), throwaway, QStringLiteral("--forbidden-token"), kForbiddenToken,
                    QStringLiteral("--patch-only"), QStringLiteral("--deliver"), QStringLiteral("--verbose")});
    QVERIFY(emulator.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(emulator.canReadLine() || emulator.state() == QProcess::NotRunning, 20000);
    const QString line = QString::fromUtf8(emulator.readLine()).trimmed();
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Konnect emulator listening on (http://127\\.0\\.0\\.1:(\\d+))$"))
              .match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const QString baseUrl = match.captured(1);
    QVERIFY(match.captured(2).toInt() > 0);

    const Env token {{QStringLiteral("KONNECT_TOKEN"), throwaway}};
    const CliRun get = run({QStringLiteral("get"), QStringLiteral("--base-url"), baseUrl}, {}, token);
    QCOMPARE(get.exitCode, 0);
    QVERIFY(get.out.contains(QRegularExpression(QStringLiteral("Endpoint:\\s+not configured"))));
    // --patch-only: the first configuration's PUT is refused and repeated as PATCH.
    // --deliver: the emulator then delivers to the endpoint like Konnect, here a receiver in this test.
    SiemReceiver receiver;
    receiver.setExpectedAuthorization(QStringLiteral("Splunk via-emulator-process"));
    QVERIFY(receiver.listen());
    const CliRun apply
        = run({QStringLiteral("apply"), QStringLiteral("--verbose"), QStringLiteral("--base-url"), baseUrl,
               QStringLiteral("--endpoint"), receiver.url(QStringLiteral("/e")).toString(),
               QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable")},
              {}, token + Env {{QStringLiteral("SIEM_AUTH"), QStringLiteral("Splunk via-emulator-process")}});
    QCOMPARE(apply.exitCode, 0);
    QVERIFY2(apply.err.contains(QLatin1String("< 405 Method Not Allowed")), qPrintable(apply.err));
    QVERIFY(apply.err.contains(QLatin1String("> PATCH ")));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries().size(), 1, 15000);
    QCOMPARE(receiver.deliveries().constFirst().status, 200);
    const CliRun status
        = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--base-url"), baseUrl}, {}, token);
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QLatin1String("\"active\"")) && status.out.contains(QLatin1String("200")),
             qPrintable(status.out));
    const CliRun forbidden = run({QStringLiteral("get"), QStringLiteral("--base-url"), baseUrl}, {},
                                 {{QStringLiteral("KONNECT_TOKEN"), kForbiddenToken}});
    QCOMPARE(forbidden.exitCode, 3);

    emulator.terminate();
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(emulator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(emulator.exitCode(), 0);
    const QString rest = QString::fromUtf8(emulator.readAllStandardOutput() + emulator.readAllStandardError());
    QVERIFY(rest.contains(QLatin1String("> PATCH /v2/audit-log-webhook")));
    QVERIFY(!rest.contains(throwaway));
    QVERIFY(!rest.contains(kForbiddenToken));
    QVERIFY(!rest.contains(QLatin1String("via-emulator-process")));
}

// --- the keychain (a private Secret Service from scripts/with-private-keyring.sh) -------------------------------

void TestCli::keychainTokenLifecycle()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        || qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        const char* why = "The token commands need a private Secret Service: run the tests through "
                          "scripts/with-private-keyring.sh, so that your own keychain is never touched.";
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(why);
        QSKIP(why);
    }
    const QString profile = QStringLiteral("cli-keychain-%1").arg(QCoreApplication::applicationPid());
    const QStringList onProfile {QStringLiteral("--profile"), profile};
    const QString token = QStringLiteral("kpat_keychain_%1").arg(QDateTime::currentMSecsSinceEpoch());
    m_emulator->setToken(token);

    const CliRun refused
        = run(QStringList {QStringLiteral("token"), QStringLiteral("set")} + onProfile, "not-a-token\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QLatin1String("kpat_")));

    const CliRun none = run(QStringList {QStringLiteral("token"), QStringLiteral("status")} + onProfile);
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.out.contains(QRegularExpression(QStringLiteral("Keychain:\\s+none stored"))),
             qPrintable(none.out + none.err));

    const CliRun set
        = run(QStringList {QStringLiteral("token"), QStringLiteral("set")} + onProfile, token.toUtf8() + '\n');
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains(QLatin1String("personal access token")), qPrintable(set.out + set.err));

    const CliRun status
        = run(QStringList {QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("--json")} + onProfile);
    QCOMPARE(status.exitCode, 0);
    const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(state.value(QLatin1String("keychain")).toString(), QStringLiteral("stored"));
    QCOMPARE(state.value(QLatin1String("source")).toString(), QStringLiteral("keychain"));

    // The keychain comes before KONNECT_TOKEN.
    const CliRun get = run(at(QStringList {QStringLiteral("get")} + onProfile), {},
                           {{QStringLiteral("KONNECT_TOKEN"), QStringLiteral("kpat_environment_loses_1")}});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(requests().size(), 2);
    QVERIFY(requests().at(0)[QLatin1String("bearer_valid")].toBool());

    const CliRun removed = run(QStringList {QStringLiteral("token"), QStringLiteral("delete")} + onProfile);
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains(QLatin1String("Removed")));
    const CliRun again = run(QStringList {QStringLiteral("token"), QStringLiteral("delete")} + onProfile);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("nothing to remove")));
    const CliRun gone = run(at(QStringList {QStringLiteral("get")} + onProfile));
    QCOMPARE(gone.exitCode, 2);
    QVERIFY(gone.err.contains(QLatin1String("token set")));

    for (const CliRun& each : {refused, none, set, status, get, removed, again, gone}) {
        QVERIFY(!each.out.contains(token));
        QVERIFY(!each.err.contains(token));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
