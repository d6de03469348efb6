// `logs` as a user runs it: the real binary (KAW_BINARY) against an in-process KonnectEmulator on loopback, and a
// small local server for pages the emulator never serves. Retry waits are fast-forwarded
// (KAW_TEST_FAST_FORWARD_WAITS=1, set by ProgramRun::isolatedEnvironment), so nothing sleeps through them.

#include "AuditEventSamples.h"
#include "EmulatedAuditLogHistory.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "ProgramRun.h"
#include "PulledRecordSignature.h"
#include "ReplayWindow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <memory>

namespace {
const QString kToken = QStringLiteral("kpat_logstest_valid_0123456789abcdef");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Answers by path: each path prefix with its fixed JSON body, anything else with 404.
class PathServer : public QTcpServer
{
public:
    explicit PathServer(QList<QPair<QByteArray, QByteArray>> routes)
        : m_routes(std::move(routes))
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray data = m_buffer[socket];
                    if (!data.contains("\r\n\r\n"))
                        return;
                    m_buffer.remove(socket);
                    const QByteArray path = data.split(' ').value(1);
                    QByteArray status = "404 Not Found", body = "{}";
                    for (const auto& [prefix, answer] : std::as_const(m_routes)) {
                        if (path.startsWith(prefix)) {
                            status = "200 OK";
                            body = answer;
                            ++requests[prefix];
                            break;
                        }
                    }
                    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QHash<QByteArray, int> requests;

private:
    QList<QPair<QByteArray, QByteArray>> m_routes;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

QList<QByteArray> lines(const QByteArray& out)
{
    QList<QByteArray> result = out.split('\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

EmulatorFault failing(int status)
{
    EmulatorFault fault;
    fault.status = status;
    fault.retryAfter = QByteArray("0");
    return fault;
}
} // namespace

class TestCliLogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpDescribesTheCommand();
    void jsonlIsByteForByteWhatKonnectSent();
    void textJsonAndCefOutputs();
    void typeFilters();
    void principalGrepAndLimit();
    void badInputIsRefusedBeforeSending_data();
    void badInputIsRefusedBeforeSending();
    void retryAfterMidPullIsHonoured();
    void cutOffPullSaysHowFarAndResumes();
    void repeatedCursorAndBadPageStop();
    void outIsWrittenAtomically();
    void verifyGivesHonestVerdicts();
    void sigintStopsAPullAndSaysHowFar();
    void followAppendsLateRecordsOnceUntilSigint();
    void followEndsOnARefusedToken();
    void compareFindsMissingAndExtraEvents();

private:
    CliRun run(const QStringList& arguments, const QList<QPair<QString, QString>>& env = {});
    // The binary started without waiting for it, in the same environment as run().
    std::unique_ptr<QProcess> startChild(const QStringList& arguments);
    CliRun stopChild(QProcess& child, int signalNumber);
    QStringList at(const QStringList& arguments, const QUrl& base = {}) const;
    // The window pulled by most tests (3 days ending a minute ago) as --start/--end.
    QStringList windowArguments() const { return {"--start", m_start, "--end", m_end}; }
    QList<QByteArray> expected(const QString& type = {});
    QStringList sentQueries() const;

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KonnectEmulator> m_emulator;
    QString m_start;
    QString m_end;
};

void TestCliLogs::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
}

void TestCliLogs::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(kToken);
    m_emulator->setLogHistorySize(400);
    QVERIFY(m_emulator->listen(0));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_start = ReplayWindow::toRfc3339(now.addDays(-3));
    m_end = ReplayWindow::toRfc3339(now.addSecs(-60));
    m_emulator->auditLogHistory(); // made now, so that the window has its records
}

void TestCliLogs::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

CliRun TestCliLogs::run(const QStringList& arguments, const QList<QPair<QString, QString>>& env)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    options.environment.insert(QStringLiteral("KONNECT_TOKEN"), kToken);
    options.environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    for (const auto& [name, value] : env)
        options.environment.insert(name, value);
    const ProgramRun ran = ProgramRun::run(m_binary, arguments, options);
    CliRun result {ran.exitCode, ran.out, QString::fromUtf8(ran.err)};
    // The token never shows, whatever happened.
    [&] {
        QVERIFY(!ran.out.contains(kToken.toUtf8()));
        QVERIFY(!ran.err.contains(kToken.toUtf8()));
    }();
    return result;
}

QStringList TestCliLogs::at(const QStringList& arguments, const QUrl& base) const
{
    return QStringList {QStringLiteral("logs")} + arguments
        + QStringList {QStringLiteral("--base-url"), (base.isEmpty() ? m_emulator->baseUrl() : base).toString()};
}

std::unique_ptr<QProcess> TestCliLogs::startChild(const QStringList& arguments)
{
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment environment = ProgramRun::isolatedEnvironment(m_home->path());
    environment.insert(QStringLiteral("KONNECT_TOKEN"), kToken);
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    child->setProcessEnvironment(environment);
    child->start(m_binary, arguments);
    child->closeWriteChannel();
    return child;
}

CliRun TestCliLogs::stopChild(QProcess& child, int signalNumber)
{
    ::kill(pid_t(child.processId()), signalNumber);
    CliRun result;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 20000); }();
    result.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    result.out = child.readAllStandardOutput();
    result.err = QString::fromUtf8(child.readAllStandardError());
    return result;
}

QList<QByteArray> TestCliLogs::expected(const QString& type)
{
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    const qint64 from = ReplayWindow::parseRfc3339(m_start).toMSecsSinceEpoch();
    const qint64 to = ReplayWindow::parseRfc3339(m_end).toMSecsSinceEpoch();
    QList<QByteArray> records;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history.timeMs(i) < from || history.timeMs(i) > to)
            continue;
        if (!type.isEmpty() && EmulatedAuditLogHistory::typeName(history.type(i)) != type)
            continue;
        records.append(history.bytes(i));
    }
    return records;
}

QStringList TestCliLogs::sentQueries() const
{
    QStringList queries;
    for (const QJsonValue& entry : m_emulator->requestLog()) {
        if (entry[QLatin1String("path")].toString() == QLatin1String("/v3/audit-logs"))
            queries.append(entry[QLatin1String("query")].toString());
    }
    return queries;
}

void TestCliLogs::helpDescribesTheCommand()
{
    const CliRun help = run({QStringLiteral("logs"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY(text.startsWith(QLatin1String("Usage: konnect-audit-webhook logs")));
    for (const char* word : {"--since", "--start", "--end", "--type", "--principal", "--grep", "--limit", "--output",
                             "--out", "--verify", "jsonl", "cef", "Examples", "--profile", "Exit codes",
                             "does not document", "not verified by the", "Resume", "one type per request"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
    const CliRun global = run({QStringLiteral("--help")});
    QVERIFY(global.out.contains("  logs "));
    const CliRun emulator = run({QStringLiteral("emulator"), QStringLiteral("--help")});
    QVERIFY(emulator.out.contains("--log-history N"));
    const CliRun badHistory = run({QStringLiteral("emulator"), QStringLiteral("--token"), kToken,
                                   QStringLiteral("--log-history"), QStringLiteral("lots")});
    QCOMPARE(badHistory.exitCode, 2);
    QVERIFY(badHistory.err.contains(QLatin1String("--log-history")));
}

void TestCliLogs::jsonlIsByteForByteWhatKonnectSent()
{
    const QList<QByteArray> want = expected();
    QVERIFY(want.size() > 60);
    const CliRun pulled = run(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "25"}));
    QCOMPARE(pulled.exitCode, 0);
    QCOMPARE(lines(pulled.out), want);
    const QStringList queries = sentQueries();
    QCOMPARE(queries.size(), int((want.size() + 24) / 25));
    QVERIFY2(queries.constFirst().contains(QStringLiteral("filter[ts][gte]=%1").arg(m_start)),
             qPrintable(queries.constFirst()));
    QVERIFY(queries.constFirst().contains(QStringLiteral("filter[ts][lte]=%1").arg(m_end)));
    QVERIFY(queries.at(1).contains(QLatin1String("page[after]=")));
    QVERIFY(pulled.err.contains(QStringLiteral("%1 records written").arg(want.size())));
    // No terminal: no progress line.
    QVERIFY(!pulled.err.contains(QLatin1String("\r")));
}

void TestCliLogs::textJsonAndCefOutputs()
{
    const QList<QByteArray> want = expected();

    const CliRun text = run(at(windowArguments()));
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> textLines = lines(text.out);
    QCOMPARE(textLines.size(), want.size());
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} UTC  (authentication|authorization |gateway_access)  .+ "
        " by \\S+  from \\S+  \\S+"));
    for (const QByteArray& line : textLines)
        QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());

    const CliRun json = run(at(windowArguments() + QStringList {"--output", "json"}));
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(json.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document[QLatin1String("records")].toArray().size(), want.size());
    QCOMPARE(json.out,
             "{\"records\":[" + want.join(',') + "],\"summary\":"
                 + QJsonDocument(document[QLatin1String("summary")].toObject()).toJson(QJsonDocument::Compact) + "}\n");
    const QJsonObject summary = document[QLatin1String("summary")].toObject();
    QCOMPARE(summary[QLatin1String("records")].toInt(), want.size());
    QCOMPARE(summary[QLatin1String("complete")].toBool(), true);
    QVERIFY(json.err.isEmpty());
    // --json alone means --output json.
    const CliRun globalJson = run(at(windowArguments() + QStringList {"--json"}));
    QCOMPARE(globalJson.out, json.out);

    const CliRun cef = run(at(windowArguments() + QStringList {"--output", "cef"}));
    QCOMPARE(cef.exitCode, 0);
    const QList<QByteArray> cefLines = lines(cef.out);
    QCOMPARE(cefLines.size(), want.size());
    static const QRegularExpression cefShape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\S+Z konghq\\.com "
                       "CEF:0\\|KongInc\\|(Konnect|Dev-Portal)\\|1\\.0\\|[^|]+\\|[^|]+\\|\\d+\\|rt=\\d+ "
                       "src=\\S+ .* signature=[A-Za-z0-9_-]+$"));
    for (qsizetype i = 0; i < cefLines.size(); ++i) {
        QVERIFY2(cefShape.match(QString::fromUtf8(cefLines.at(i))).hasMatch(), cefLines.at(i).constData());
        QVERIFY(!cefLines.at(i).contains(" sig="));
        if (want.at(i).contains("\"type\":\"gateway_access\""))
            QVERIFY(cefLines.at(i).contains("|KongGateway|Ingress|"));
        if (want.at(i).contains("\"type\":\"authorization\""))
            QVERIFY(cefLines.at(i).contains("|Authz."));
        if (want.at(i).contains("\"type\":\"authentication\""))
            QVERIFY(cefLines.at(i).contains("|AUTHENTICATION_OUTCOME_"));
    }
}

void TestCliLogs::typeFilters()
{
    const CliRun one = run(at(windowArguments() + QStringList {"--output", "jsonl", "--type", "authentication"}));
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(lines(one.out), expected(QStringLiteral("authentication")));
    for (const QString& query : sentQueries())
        QVERIFY(query.contains(QLatin1String("filter[type]=authentication")));

    m_emulator->clearRequestLog();
    const CliRun two = run(at(
        windowArguments() + QStringList {"--output", "jsonl", "--type", "authentication", "--type", "gateway_access"}));
    QCOMPARE(two.exitCode, 0);
    QList<QByteArray> want;
    for (const QByteArray& record : expected()) {
        if (!record.contains("\"type\":\"authorization\""))
            want.append(record);
    }
    QCOMPARE(lines(two.out), want);
    for (const QString& query : sentQueries())
        QVERIFY(!query.contains(QLatin1String("filter[type]")));
}

void TestCliLogs::principalGrepAndLimit()
{
    const QByteArray principal = "c3d9e2b7-81f4-4a5c-b0e6-7f2a9d13c845";
    const CliRun byPrincipal = run(at(windowArguments() + QStringList {"--output", "jsonl", "--principal", principal}));
    QCOMPARE(byPrincipal.exitCode, 0);
    QList<QByteArray> want;
    for (const QByteArray& record : expected()) {
        if (record.contains("\"principal_id\":\"" + principal + '"')
            || record.contains("\"actor_id\":\"" + principal + '"'))
            want.append(record);
    }
    QVERIFY(!want.isEmpty());
    QCOMPARE(lines(byPrincipal.out), want);

    const CliRun grep = run(at(windowArguments() + QStringList {"--output", "jsonl", "--grep", "FIREFOX/128"}));
    QCOMPARE(grep.exitCode, 0);
    want.clear();
    for (const QByteArray& record : expected()) {
        if (record.toLower().contains("firefox/128"))
            want.append(record);
    }
    QVERIFY(!want.isEmpty());
    QCOMPARE(lines(grep.out), want);

    m_emulator->clearRequestLog();
    const CliRun limited
        = run(at(windowArguments() + QStringList {"--output", "jsonl", "--limit", "7", "--page-size", "5"}));
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(lines(limited.out), expected().mid(0, 7));
    // It stops reading once the limit is reached (in the second page). Pages are asked for ahead while one is read:
    // at most one waiting and one in flight when the second page's records are handed on, so four at most reached
    // the emulator (three or fewer when the reading is fast), not the window's many pages of five.
    QVERIFY2(sentQueries().size() <= 4, qPrintable(sentQueries().join(QLatin1Char('\n'))));
    QVERIFY(expected().size() > 7 * 5);
    QVERIFY(limited.err.contains(QLatin1String("stopped at --limit 7")));
}

void TestCliLogs::badInputIsRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString old = ReplayWindow::toRfc3339(now.addDays(-8));
    const QString future = ReplayWindow::toRfc3339(now.addSecs(3600));
    const QString hourAgo = ReplayWindow::toRfc3339(now.addSecs(-3600));
    const QString twoHoursAgo = ReplayWindow::toRfc3339(now.addSecs(-7200));
    QTest::newRow("since 8d") << QStringList {"--since", "8d"} << "--since";
    QTest::newRow("since unit") << QStringList {"--since", "15x"} << "--since";
    QTest::newRow("since zero") << QStringList {"--since", "0m"} << "--since";
    QTest::newRow("since word") << QStringList {"--since", "yesterday"} << "--since";
    QTest::newRow("since with start") << QStringList {"--since", "1h", "--start", hourAgo} << "--since";
    QTest::newRow("start unparsable") << QStringList {"--start", "2026-11-24 08:00"} << "--start";
    QTest::newRow("start 8 days ago") << QStringList {"--start", old} << "--start";
    QTest::newRow("end in the future") << QStringList {"--end", future} << "--end";
    QTest::newRow("end 8 days ago") << QStringList {"--end", old} << "--end";
    QTest::newRow("start after end") << QStringList {"--start", hourAgo, "--end", twoHoursAgo} << "--start";
    QTest::newRow("type") << QStringList {"--type", "access"} << "--type";
    QTest::newRow("limit") << QStringList {"--limit", "0"} << "--limit";
    QTest::newRow("output") << QStringList {"--output", "xml"} << "--output";
    QTest::newRow("page size") << QStringList {"--page-size", "1001"} << "--page-size";
    QTest::newRow("out directory") << QStringList {"--out", "/nonexistent-dir/logs.jsonl"} << "--out";
    QTest::newRow("poll interval zero") << QStringList {"--follow", "--poll-interval", "0"} << "--poll-interval";
    QTest::newRow("poll interval word") << QStringList {"--follow", "--poll-interval", "often"} << "--poll-interval";
    QTest::newRow("poll interval fraction") << QStringList {"--follow", "--poll-interval", "1.5"} << "--poll-interval";
    QTest::newRow("poll interval too long") << QStringList {"--follow", "--poll-interval", "3601"} << "--poll-interval";
    QTest::newRow("poll interval without follow") << QStringList {"--poll-interval", "5"} << "--poll-interval";
    QTest::newRow("follow with end") << QStringList {"--follow", "--end", hourAgo} << "--end";
    QTest::newRow("follow as json") << QStringList {"--follow", "--output", "json"} << "--output";
    QTest::newRow("compare with type") << QStringList {"--compare", "export.log", "--type", "authentication"}
                                       << "--type";
    QTest::newRow("compare as cef") << QStringList {"--compare", "export.log", "--output", "cef"} << "--output";
    QTest::newRow("compare a missing file") << QStringList {"--compare", "/nonexistent-dir/export.log"} << "--compare";
}

void TestCliLogs::badInputIsRefusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const CliRun refused = run(at(arguments));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(field), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(m_emulator->requestLog().size(), 0);

    const CliRun json = run(at(arguments + QStringList {"--json"}));
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(error[QLatin1String("fields")].toArray().at(0)[QLatin1String("field")].toString(), field);
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

void TestCliLogs::retryAfterMidPullIsHonoured()
{
    EmulatorFault tooMany;
    tooMany.status = 429;
    tooMany.retryAfter = QByteArray("3");
    m_emulator->addFaults({EmulatorFault {}, tooMany});
    const CliRun pulled
        = run(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "40", "--verbose"}));
    QCOMPARE(pulled.exitCode, 0);
    QCOMPARE(lines(pulled.out), expected());
    QVERIFY2(pulled.err.contains(QLatin1String("3 s")), qPrintable(pulled.err));
}

void TestCliLogs::cutOffPullSaysHowFarAndResumes()
{
    const QList<QByteArray> want = expected();
    m_emulator->addFaults(
        {EmulatorFault {}, EmulatorFault {}, failing(503), failing(503), failing(503), failing(503), failing(503)});
    const CliRun cut = run(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "20"}));
    QCOMPARE(cut.exitCode, 4);
    const QList<QByteArray> first = lines(cut.out);
    QCOMPARE(first, want.mid(0, 40));
    static const QRegularExpression resume(QStringLiteral("Resume with: \\S+ logs --start (\\S+) --end (\\S+)"));
    const QRegularExpressionMatch match = resume.match(cut.err);
    QVERIFY2(match.hasMatch(), qPrintable(cut.err));
    const QString lastTs = QJsonDocument::fromJson(first.constLast()).object()[QLatin1String("ts")].toString();
    QCOMPARE(ReplayWindow::parseRfc3339(match.captured(1)), ReplayWindow::parseRfc3339(lastTs));
    QCOMPARE(match.captured(2), m_end);
    QVERIFY(cut.err.contains(QStringLiteral("up to %1").arg(match.captured(1))));

    const CliRun rest
        = run(at({"--start", match.captured(1), "--end", match.captured(2), "--output", "jsonl", "--page-size", "20"}));
    QCOMPARE(rest.exitCode, 0);
    const QList<QByteArray> second = lines(rest.out);
    QCOMPARE(second.constFirst(), first.constLast()); // gte is inclusive
    QCOMPARE(first + second.mid(1), want);

    // In a JSON document the summary says the same.
    m_emulator->addFaults({EmulatorFault {}, failing(500), failing(500), failing(500), failing(500), failing(500)});
    const CliRun json = run(at(windowArguments() + QStringList {"--json", "--page-size", "20"}));
    QCOMPARE(json.exitCode, 4);
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object()[QLatin1String("summary")].toObject();
    QCOMPARE(summary[QLatin1String("complete")].toBool(), false);
    QCOMPARE(summary[QLatin1String("records")].toInt(), 20);
    // The same instant (a time on a whole second is written without its .000).
    QCOMPARE(ReplayWindow::parseRfc3339(summary[QLatin1String("error")][QLatin1String("resume_start")].toString()),
             ReplayWindow::parseRfc3339(QJsonDocument::fromJson(want.at(19)).object()[QLatin1String("ts")].toString()));
}

void TestCliLogs::repeatedCursorAndBadPageStop()
{
    const QByteArray record = expected().constFirst();
    PathServer server(
        {{"/v3/audit-logs",
          "{\"data\":[" + record
              + "],\"meta\":{\"page\":{\"next\":\"/v3/audit-logs?page%5Bafter%5D=c2FtZQ\",\"previous\":null,"
                "\"size\":1}}}"}});
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    const CliRun repeated = run(at(windowArguments() + QStringList {"--output", "jsonl"}, base));
    QCOMPARE(repeated.exitCode, 4);
    QVERIFY2(repeated.err.contains(QLatin1String("same page cursor twice")), qPrintable(repeated.err));
    QCOMPARE(server.requests.value("/v3/audit-logs"), 2);

    EmulatorFault malformed;
    malformed.malformedJson = true;
    m_emulator->addFaults({EmulatorFault {}, malformed});
    const CliRun bad = run(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "10"}));
    QCOMPARE(bad.exitCode, 4);
    QCOMPARE(lines(bad.out), expected().mid(0, 10));
    // The page is cut raw (not parsed whole first), so the cut says where it broke.
    QVERIFY2(bad.err.contains(QLatin1String("Page 2 of /v3/audit-logs is not an audit-log page: expected")),
             qPrintable(bad.err));
    QVERIFY(bad.err.contains(QLatin1String("Resume with:")));
}

void TestCliLogs::outIsWrittenAtomically()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.jsonl"));
    m_emulator->addFaults({EmulatorFault {}, failing(500), failing(500), failing(500), failing(500), failing(500)});
    const CliRun failed
        = run(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "20", "--out", file}));
    QCOMPARE(failed.exitCode, 4);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY2(failed.err.contains(QLatin1String("Nothing was written to")), qPrintable(failed.err));

    // An existing file stays as it was when a pull fails.
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("before\n");
    }
    m_emulator->addFaults({failing(500), failing(500), failing(500), failing(500), failing(500)});
    QCOMPARE(run(at(windowArguments() + QStringList {"--output", "jsonl", "--out", file})).exitCode, 4);
    QFile kept(file);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("before\n"));
    kept.close();

    const CliRun written
        = run(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "20", "--out", file}));
    QCOMPARE(written.exitCode, 0);
    QVERIFY(written.out.isEmpty());
    QFile complete(file);
    QVERIFY(complete.open(QIODevice::ReadOnly));
    const QByteArray content = complete.readAll();
    QCOMPARE(content, expected().join('\n') + '\n');
    QVERIFY(!content.contains(kToken.toUtf8()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("audit.jsonl")});
}

void TestCliLogs::verifyGivesHonestVerdicts()
{
    const QList<QByteArray> want = expected();
    const CliRun verified = run(at(windowArguments() + QStringList {"--verify", "--output", "jsonl"}));
    QCOMPARE(verified.exitCode, 0);
    const QList<QByteArray> verdicts = lines(verified.out);
    QCOMPARE(verdicts.size(), want.size());
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        QCOMPARE(verdicts.at(i), "{\"signature_verdict\":\"verified\",\"record\":" + want.at(i) + '}');
    QVERIFY2(
        verified.err.contains(QStringLiteral("Signatures: %1 verified by the documented JSON rule").arg(want.size())),
        qPrintable(verified.err));
    QVERIFY(verified.err.contains(QLatin1String("0 not verified by the documented rules; 0 unsigned")));

    // A tampered record and one without a signature, next to a good one, from a server of our own.
    QByteArray tampered = want.at(1);
    tampered.replace("\"trace_id\":\"", "\"trace_id\":\"1");
    const QByteArray unsignedRecord = PulledRecordSignature::documentedPayload(want.at(2));
    QVERIFY(!unsignedRecord.isEmpty());
    PathServer server({{"/v2/audit-log-webhook/jwks.json", QJsonDocument(m_emulator->jwks()).toJson()},
                       {"/v3/audit-logs",
                        "{\"data\":[" + want.at(0) + ',' + tampered + ',' + unsignedRecord
                            + "],\"meta\":{\"page\":{\"next\":null,\"previous\":null,\"size\":3}}}"}});
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    const CliRun mixed = run(at(windowArguments() + QStringList {"--verify"}, base));
    QCOMPARE(mixed.exitCode, 0);
    const QList<QByteArray> text = lines(mixed.out);
    QCOMPARE(text.size(), 3);
    QVERIFY(text.at(0).endsWith("signature: verified"));
    QVERIFY(text.at(1).endsWith("signature: not verified by the documented rules"));
    QVERIFY(text.at(2).endsWith("signature: unsigned"));
    QVERIFY(mixed.err.contains(QLatin1String("1 verified by")));
    QVERIFY(mixed.err.contains(QLatin1String("1 not verified by the documented rules; 1 unsigned")));
    QVERIFY(!mixed.out.toLower().contains("invalid") && !mixed.err.toLower().contains("invalid"));
    QVERIFY(!mixed.out.toLower().contains("forged"));

    const CliRun cef = run(at(windowArguments() + QStringList {"--verify", "--output", "cef"}, base));
    const QList<QByteArray> cefLines = lines(cef.out);
    QCOMPARE(cefLines.size(), 3);
    QVERIFY(cefLines.at(0).endsWith("signatureVerdict=verified"));
    QVERIFY(cefLines.at(1).endsWith("signatureVerdict=not_verified"));
    QVERIFY(cefLines.at(2).endsWith("signatureVerdict=unsigned"));
}

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_cli_logs.moc"

void TestCliLogs::sigintStopsAPullAndSaysHowFar()
{
    // The second page is held back, so the signal arrives while the pull waits for it.
    EmulatorFault slow;
    slow.delayMs = 30000;
    m_emulator->addFaults({EmulatorFault {}, slow});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.jsonl"));
    std::unique_ptr<QProcess> child
        = startChild(at(windowArguments() + QStringList {"--output", "jsonl", "--page-size", "40", "--out", file}));
    QTRY_COMPARE_WITH_TIMEOUT(sentQueries().size(), 2, 20000);
    const CliRun stopped = stopChild(*child, SIGINT);
    QCOMPARE(stopped.exitCode, 4);
    QVERIFY2(stopped.err.contains(QLatin1String("Stopped by SIGINT.")), qPrintable(stopped.err));
    const QString lastTs
        = QJsonDocument::fromJson(expected().at(39)).object()[QLatin1String("ts")].toString(); // page 1's last
    QVERIFY2(stopped.err.contains(QStringLiteral("up to %1").arg(lastTs)), qPrintable(stopped.err));
    QVERIFY2(stopped.err.contains(
                 QStringLiteral("Resume with: konnect-audit-webhook logs --start %1 --end %2").arg(lastTs, m_end)),
             qPrintable(stopped.err));
    QVERIFY(stopped.err.contains(QLatin1String("Nothing was written to")));
    QVERIFY(!QFile::exists(file)); // --out stays atomic when interrupted
    QCOMPARE(sentQueries().size(), 2);
}

void TestCliLogs::followAppendsLateRecordsOnceUntilSigint()
{
    // The emulator's time is moved by the test, 5 s every few milliseconds; every other new record shows up 20 s
    // late. The child skips its 10 s poll waits (KAW_TEST_FAST_FORWARD_WAITS), so it polls as fast as it can.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    m_emulator->setClock(&clock);
    m_emulator->setLogLateArrivalMs(20000);
    const QDateTime from = clock.now().addSecs(-600);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("follow.jsonl"));
    {
        QFile earlier(file);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier line\n");
    }
    std::unique_ptr<QProcess> child = startChild(
        at({"--start", ReplayWindow::toRfc3339WithMs(from), "--follow", "--output", "jsonl", "--out", file}));
    QTRY_VERIFY_WITH_TIMEOUT(!sentQueries().isEmpty(), 20000);
    QTimer ticks;
    int ticked = 0;
    connect(&ticks, &QTimer::timeout, this, [&]() {
        if (ticked++ < 30)
            clock.advance(EmulatedAuditLogHistory::arrivalIntervalMs);
    });
    ticks.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(ticked > 30, 20000);

    QList<QByteArray> want;
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history.timeMs(i) >= from.toMSecsSinceEpoch())
            want.append(history.bytes(i));
    }
    QVERIFY(want.size() >= 30);
    auto written = [&file]() {
        QFile read(file);
        return read.open(QIODevice::ReadOnly) ? lines(read.readAll()) : QList<QByteArray>();
    };
    // Flushed per page: everything is in the file while the follow still runs.
    QTRY_COMPARE_WITH_TIMEOUT(written().size(), want.size() + 1, 20000);
    QCOMPARE(child->state(), QProcess::Running);
    const CliRun stopped = stopChild(*child, SIGINT);
    QCOMPARE(stopped.exitCode, 0);
    QVERIFY2(stopped.err.contains(QLatin1String("stopped by SIGINT")), qPrintable(stopped.err));
    QVERIFY2(stopped.err.contains(QStringLiteral("%1 records written").arg(want.size())), qPrintable(stopped.err));
    QVERIFY(stopped.out.isEmpty());
    const QList<QByteArray> lines = written();
    QCOMPARE(lines.constFirst(), QByteArray("an earlier line")); // appended, not replaced
    const QList<QByteArray> records = lines.mid(1);
    QCOMPARE(records.size(), want.size()); // no record twice
    QCOMPARE(QSet<QByteArray>(records.cbegin(), records.cend()), QSet<QByteArray>(want.cbegin(), want.cend()));
    // Late records were written after newer ones: the overlap found them.
    int late = 0;
    QString newest;
    for (const QByteArray& record : records) {
        const QString ts = QJsonDocument::fromJson(record).object()[QLatin1String("ts")].toString();
        late += ts < newest ? 1 : 0;
        newest = std::max(newest, ts);
    }
    QVERIFY2(late >= 10, qPrintable(QString::number(late)));
    // Polls after the catch-up leave the end to Konnect.
    QVERIFY(sentQueries().constFirst().contains(QLatin1String("[lte]")));
    QVERIFY(!sentQueries().constLast().contains(QLatin1String("[lte]")));
    m_emulator->setClock(nullptr);
}

void TestCliLogs::followEndsOnARefusedToken()
{
    m_emulator->setToken(QStringLiteral("kpat_someone_else_0123456789abcdef"));
    const CliRun refused = run(at({"--since", "5m", "--follow"}));
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(sentQueries().size(), 1);
}

void TestCliLogs::compareFindsMissingAndExtraEvents()
{
    QTemporaryDir dir;
    // What a SIEM received: the window in the webhook's CEF shape, made by `logs --output cef`.
    const QString full = dir.filePath(QStringLiteral("export.cef"));
    QCOMPARE(run(at(windowArguments() + QStringList {"--output", "cef", "--out", full})).exitCode, 0);
    QFile fullFile(full);
    QVERIFY(fullFile.open(QIODevice::ReadOnly));
    QList<QByteArray> exported = lines(fullFile.readAll());
    QCOMPARE(exported.size(), expected().size());

    const CliRun same = run(at({"--compare", full}));
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains(QStringLiteral("%1 of %1 events").arg(exported.size()).toUtf8()), same.out.constData());
    QVERIFY(!same.out.contains("replay --start"));

    // The SIEM lost three events in the middle and holds two Konnect does not know: a CEF and a JSON line (trace ids
    // as 63-bit JSON numbers, as the webhook writes them).
    const QList<QByteArray> want = expected();
    QList<QByteArray> lost;
    for (const int index : {20, 21, 60}) {
        lost.append(want.at(index));
        exported[index].clear();
    }
    exported.removeAll(QByteArray());
    const QDateTime firstLost = ReplayWindow::parseRfc3339(
        QJsonDocument::fromJson(lost.constFirst()).object()[QLatin1String("ts")].toString());
    const QDateTime lastLost = ReplayWindow::parseRfc3339(
        QJsonDocument::fromJson(lost.constLast()).object()[QLatin1String("ts")].toString());
    // Inside the export's time span, between two of Konnect's records.
    const qint64 extraMs
        = ReplayWindow::parseRfc3339(QJsonDocument::fromJson(want.at(100)).object()[QLatin1String("ts")].toString())
              .toMSecsSinceEpoch()
        + 1;
    exported.insert(5,
                    "2026-01-01T00:00:00Z konghq.com CEF:0|KongInc|Konnect|1.0|KongGateway|Ingress|1|rt="
                        + QByteArray::number(extraMs) + " src=10.0.0.1 trace_id=4611686018427387905 sig=AAAA");
    exported.insert(9,
                    "{\"event_ts\":\"x\",\"name\":\"AUTHENTICATION_OUTCOME_SUCCESS\",\"rt\":"
                        + QByteArray::number(extraMs + 1000) + ",\"trace_id\":4611686018427387906}");
    const QString partial = dir.filePath(QStringLiteral("partial.cef"));
    QFile partialFile(partial);
    QVERIFY(partialFile.open(QIODevice::WriteOnly));
    partialFile.write(exported.join('\n') + '\n');
    partialFile.close();

    const CliRun text = run(at({"--compare", partial}));
    QCOMPARE(text.exitCode, 5);
    QVERIFY2(text.out.contains("Missing from the export (Konnect has them): 3"), text.out.constData());
    for (const QByteArray& record : std::as_const(lost)) {
        const QString trace = QJsonDocument::fromJson(record).object()[QLatin1String("trace_id")].toString();
        QVERIFY2(text.out.contains(trace.toUtf8()), qPrintable(trace));
    }
    QVERIFY(text.out.contains("Extra in the export (Konnect does not know them): 2"));
    QVERIFY(text.out.contains("line 6 "));
    QVERIFY(text.out.contains("4611686018427387906"));
    const QString replay
        = QStringLiteral("replay --start %1 --end %2")
              .arg(ReplayWindow::toRfc3339(QDateTime::fromSecsSinceEpoch(firstLost.toSecsSinceEpoch(), Qt::UTC)),
                   ReplayWindow::toRfc3339(
                       QDateTime::fromSecsSinceEpoch((lastLost.toMSecsSinceEpoch() + 999) / 1000, Qt::UTC)));
    QVERIFY2(text.out.contains(replay.toUtf8()), qPrintable(replay + QLatin1Char('\n') + QString::fromUtf8(text.out)));

    // The same export gzip-compressed, read by content, and the JSON answer.
    const QString gz = dir.filePath(QStringLiteral("partial.log.gz"));
    QFile gzFile(gz);
    QVERIFY(gzFile.open(QIODevice::WriteOnly));
    gzFile.write(AuditEventSamples::gzipBody(exported));
    gzFile.close();
    const CliRun json = run(at({"--compare", gz, "--json"}));
    QCOMPARE(json.exitCode, 5);
    const QJsonObject result = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(result[QLatin1String("missing_count")].toInt(), 3);
    QCOMPARE(result[QLatin1String("extra_count")].toInt(), 2);
    QCOMPARE(result[QLatin1String("matched")].toInt(), want.size() - 3);
    QCOMPARE(result[QLatin1String("exit_code")].toInt(), 5);
    QCOMPARE(result[QLatin1String("missing")].toArray().at(0)[QLatin1String("record")].toString().toUtf8(),
             lost.constFirst());
    QCOMPARE(result[QLatin1String("extra")].toArray().at(1)[QLatin1String("trace_id")].toString(),
             QStringLiteral("4611686018427387906"));
    QVERIFY(result[QLatin1String("replay_command")].toString().contains(replay));

    // An explicit window narrower than the export: only its part is compared.
    const CliRun narrow = run(at({"--compare", partial, "--start", m_start, "--end",
                                  ReplayWindow::toRfc3339WithMs(firstLost.addMSecs(-1)), "--json"}));
    const QJsonObject narrowed = QJsonDocument::fromJson(narrow.out).object();
    QCOMPARE(narrow.exitCode, 0);
    QCOMPARE(narrowed[QLatin1String("missing_count")].toInt(), 0);
    QVERIFY(narrowed[QLatin1String("export_outside_window")].toInt() > 0);
}
