// Konnect's current model headless, as a user runs it: the real binary against the in-process emulator on loopback.
// Destinations, bindings, Dev Portal scopes, the move from the inline webhook, the v2 fallback, and bad input that
// sends nothing. Retry waits are fast-forwarded (KAW_TEST_FAST_FORWARD_WAITS=1 in ProgramRun's environment).

#include "EmulatedDestination.h"
#include "EmulatedOrganization.h"
#include "EmulatedScope.h"
#include "EmulatorFault.h"
#include "KonnectEmulator.h"
#include "ProgramRun.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kToken = QStringLiteral("kpat_cliv3test_valid_0123456789");
const QString kSiemSecret = QStringLiteral("Splunk v3-siem-secret-0a1b2c3d4e");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};
} // namespace

class TestCliV3 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void destinationLifecycle();
    void ambiguousAndMissingNamesAreInputErrors();
    void listingFollowsEveryPage();
    void bindAndUnbindTheOrganizationWebhook();
    void portalScope();
    void deleteInUseNamesTheUsers();
    void moveToADestination();
    void moveWhoseBindingFailsSaysWhatExists();
    void withoutV3TheInlineFlowStays();
    void baseUrlWithOrWithoutVersion();
    void badInputSendsNothing_data();
    void badInputSendsNothing();

private:
    Run run(const QStringList& arguments, const QByteArray& input = {});
    QStringList requestLines() const;
    bool anyFileContains(const QString& secret) const;
    QString destinationNamed(const QString& name) const;

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KonnectEmulator> m_emulator;
};

void TestCliV3::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
}

void TestCliV3::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(kToken);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
}

void TestCliV3::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

Run TestCliV3::run(const QStringList& arguments, const QByteArray& input)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    options.environment.insert(QStringLiteral("KONNECT_TOKEN"), kToken);
    options.environment.insert(QStringLiteral("SIEM_AUTH"), kSiemSecret);
    options.input = input;
    const QStringList withRoot
        = arguments + QStringList {QStringLiteral("--base-url"), m_emulator->baseUrl().toString()};
    const ProgramRun ran = ProgramRun::run(m_binary, withRoot, options);
    return {ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

QStringList TestCliV3::requestLines() const
{
    QStringList lines;
    const QJsonArray log = m_emulator->requestLog();
    for (const QJsonValue& entry : log)
        lines.append(entry[QLatin1String("method")].toString() + QLatin1Char(' ')
                     + entry[QLatin1String("path")].toString());
    return lines;
}

bool TestCliV3::anyFileContains(const QString& secret) const
{
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            return true;
    }
    return false;
}

QString TestCliV3::destinationNamed(const QString& name) const
{
    for (const EmulatedDestination* destination : m_emulator->organization().destinations()) {
        if (destination->name() == name)
            return destination->id();
    }
    return {};
}

void TestCliV3::destinationLifecycle()
{
    const Run created = run({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("Splunk production"), QStringLiteral("--endpoint"),
                             QStringLiteral("https://splunk.example.com:8088/services/collector/raw"),
                             QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"),
                             QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("--verbose")});
    QCOMPARE(created.exitCode, 0);
    const QString id = destinationNamed(QStringLiteral("Splunk production"));
    QVERIFY(!id.isEmpty());
    QVERIFY2(created.out.contains(id), qPrintable(created.out));
    const EmulatedDestination* stored = m_emulator->organization().findDestination(id);
    QCOMPARE(stored->authorization(), kSiemSecret);
    QVERIFY(stored->logFormat() == LogFormat::Json);

    const Run listed = run({QStringLiteral("destinations"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(QLatin1String("Splunk production")));
    QVERIFY(listed.out.contains(QRegularExpression(QStringLiteral("Used by:\\s+nothing in region global"))));

    // Only what changes is sent, and without a new authorization the stored one stays.
    m_emulator->clearRequestLog();
    const Run updated
        = run({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Splunk production"),
               QStringLiteral("--skip-ssl-verification"), QStringLiteral("true")});
    QCOMPARE(updated.exitCode, 0);
    const QJsonArray log = m_emulator->requestLog();
    const QJsonObject patch = log.last().toObject();
    QCOMPARE(patch[QLatin1String("method")].toString(), QStringLiteral("PATCH"));
    QCOMPARE(patch[QLatin1String("body")].toObject(), (QJsonObject {{QStringLiteral("skip_ssl_verification"), true}}));
    QCOMPARE(m_emulator->organization().findDestination(id)->authorization(), kSiemSecret);

    const Run shown = run({QStringLiteral("destinations"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject destination
        = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QLatin1String("destination")).toObject();
    QCOMPARE(destination.value(QLatin1String("skip_ssl_verification")).toBool(), true);
    QVERIFY(!destination.contains(QLatin1String("authorization")));

    const Run deleted = run({QStringLiteral("destinations"), QStringLiteral("delete"),
                             QStringLiteral("Splunk production"), QStringLiteral("--yes")});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(m_emulator->organization().destinations().isEmpty());

    for (const Run& each : {created, listed, updated, shown, deleted})
        QVERIFY(!each.all().contains(kSiemSecret) && !each.all().contains(QLatin1String("v3-siem-secret")));
    QVERIFY(!anyFileContains(QStringLiteral("v3-siem-secret")));
}

void TestCliV3::ambiguousAndMissingNamesAreInputErrors()
{
    const QString first = m_emulator->addDestination(QStringLiteral("SIEM"), QStringLiteral("https://a.example/x"),
                                                     QStringLiteral("Bearer a-1234567890"));
    const QString second = m_emulator->addDestination(QStringLiteral("SIEM"), QStringLiteral("https://b.example/x"),
                                                      QStringLiteral("Bearer b-1234567890"));
    m_emulator->clearRequestLog();
    const Run ambiguous = run(
        {QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("SIEM"), QStringLiteral("--enable")});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains(QLatin1String("--destination")), qPrintable(ambiguous.err));
    QVERIFY(ambiguous.err.contains(first) && ambiguous.err.contains(second));
    for (const QString& line : requestLines())
        QVERIFY2(line.startsWith(QLatin1String("GET")), qPrintable(line)); // nothing was changed

    const Run byId
        = run({QStringLiteral("apply"), QStringLiteral("--destination"), second, QStringLiteral("--enable")});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(m_emulator->scope(QStringLiteral("global"), {})->binding().destinationId, second);

    const Run missing = run({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Nope")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("No audit log destination")));
}

void TestCliV3::listingFollowsEveryPage()
{
    for (int i = 0; i < 105; ++i)
        m_emulator->addDestination(QStringLiteral("dest-%1").arg(i, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("https://siem.example/%1").arg(i),
                                   QStringLiteral("Bearer t-%1").arg(i));
    const Run listed = run({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray data
        = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 105);
    int pages = 0;
    for (const QString& line : requestLines()) {
        if (line == QLatin1String("GET /v3/audit-log-destinations"))
            ++pages;
    }
    QCOMPARE(pages, 2);
    const QJsonArray log = m_emulator->requestLog();
    bool followedCursor = false;
    for (const QJsonValue& entry : log)
        followedCursor = followedCursor || entry[QLatin1String("query")].toString().contains(QLatin1String("after"));
    QVERIFY2(followedCursor || pages == 2, "the second page is asked for with the cursor");
}

void TestCliV3::bindAndUnbindTheOrganizationWebhook()
{
    const QString id = m_emulator->addDestination(QStringLiteral("Sumo"), QStringLiteral("https://sumo.example/r"),
                                                  QStringLiteral("Bearer sumo-1234567890"));
    const Run bound = run(
        {QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("Sumo"), QStringLiteral("--enable")});
    QCOMPARE(bound.exitCode, 0);
    const EmulatedScope* organization = m_emulator->scope(QStringLiteral("global"), {});
    QCOMPARE(organization->binding().destinationId, id);
    QVERIFY(organization->binding().enabled);

    const Run human = run({QStringLiteral("get")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QRegularExpression(QStringLiteral("Model:\\s+v3: bound"))), qPrintable(human.out));
    QVERIFY(human.out.contains(QLatin1String("https://sumo.example/r")));
    const Run json = run({QStringLiteral("get"), QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("model")).toString(), QStringLiteral("v3-destination"));
    QCOMPARE(object.value(QLatin1String("destination")).toObject().value(QLatin1String("id")).toString(), id);

    // A bound webhook's endpoint is the destination's: changing it inline is refused before anything is sent.
    m_emulator->clearRequestLog();
    const Run inlineChange
        = run({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("https://other.example/x")});
    QCOMPARE(inlineChange.exitCode, 2);
    QVERIFY(inlineChange.err.contains(QLatin1String("destinations update")));
    for (const QString& line : requestLines())
        QVERIFY2(line.startsWith(QLatin1String("GET")), qPrintable(line));

    const Run unbound = run({QStringLiteral("apply"), QStringLiteral("--unbind")});
    QCOMPARE(unbound.exitCode, 0);
    QVERIFY(!organization->binding().isBound());
    QVERIFY(!organization->binding().enabled);
}

void TestCliV3::portalScope()
{
    const QString portal
        = m_emulator->addPortal(QStringLiteral("global"), QStringLiteral("partner"), QStringLiteral("Partner Portal"));
    const QString id
        = m_emulator->addDestination(QStringLiteral("Elastic"), QStringLiteral("https://elastic.example/a"),
                                     QStringLiteral("ApiKey elastic-1234567890"));
    m_emulator->clearRequestLog();
    const Run bound = run({QStringLiteral("apply"), QStringLiteral("--portal"), QStringLiteral("Partner Portal"),
                           QStringLiteral("--destination"), id, QStringLiteral("--enable")});
    QCOMPARE(bound.exitCode, 0);
    QVERIFY2(requestLines().contains(QStringLiteral("PATCH /v3/portals/%1/audit-log-webhook").arg(portal)),
             qPrintable(requestLines().join(QLatin1Char('\n'))));
    QCOMPARE(m_emulator->scope(QStringLiteral("global"), portal)->binding().destinationId, id);
    QVERIFY(!m_emulator->scope(QStringLiteral("global"), {})->binding().isBound()); // the organization's is untouched

    const Run got = run({QStringLiteral("get"), QStringLiteral("--portal"), QStringLiteral("partner")});
    QCOMPARE(got.exitCode, 0);
    QVERIFY(got.out.contains(QLatin1String("Dev Portal \"Partner Portal\"")));

    m_emulator->clearRequestLog();
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--portal"), portal}).exitCode, 0);
    QVERIFY(requestLines().contains(QStringLiteral("GET /v3/portals/%1/audit-log-webhook/status").arg(portal)));
    QCOMPARE(run({QStringLiteral("replay"), QStringLiteral("--portal"), portal}).exitCode, 0);
    QVERIFY(requestLines().contains(QStringLiteral("GET /v3/portals/%1/audit-log-replay-job").arg(portal)));

    const Run unknown = run({QStringLiteral("get"), QStringLiteral("--portal"), QStringLiteral("Nowhere")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QLatin1String("--portal")));
}

void TestCliV3::deleteInUseNamesTheUsers()
{
    const QString id = m_emulator->addDestination(QStringLiteral("Used"), QStringLiteral("https://used.example/a"),
                                                  QStringLiteral("Bearer used-1234567890"));
    const QString portal = m_emulator->addPortal(QStringLiteral("global"), QStringLiteral("p"), QStringLiteral("Shop"));
    QVERIFY(m_emulator->bind(QStringLiteral("global"), {}, id, true));
    QVERIFY(m_emulator->bind(QStringLiteral("global"), portal, id, false));

    const Run listed = run({QStringLiteral("destinations"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains(QLatin1String("organization webhook (region global, enabled)")),
             qPrintable(listed.out));
    QVERIFY(listed.out.contains(QLatin1String("Dev Portal \"Shop\" (region global, disabled)")));

    const Run refused = run({QStringLiteral("destinations"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QLatin1String("still in use")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("Dev Portal \"Shop\"")));
    QVERIFY(m_emulator->organization().findDestination(id));

    // In a script, nothing is deleted without --yes.
    m_emulator->clearRequestLog();
    const Run unconfirmed = run({QStringLiteral("destinations"), QStringLiteral("delete"), id});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(unconfirmed.err.contains(QLatin1String("--yes")));
    QVERIFY(!requestLines().join(QLatin1Char('\n')).contains(QLatin1String("DELETE")));
}

void TestCliV3::moveToADestination()
{
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("https://inline.example/hec"),
                  QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable"),
                  QStringLiteral("--log-format"), QStringLiteral("cps")})
                 .exitCode,
             0);
    const Run before = run({QStringLiteral("get")});
    QVERIFY2(before.out.contains(QLatin1String("move-to-destination")), qPrintable(before.out));

    m_emulator->clearRequestLog();
    const Run unconfirmed = run(
        {QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(unconfirmed.out.contains(QLatin1String("The plan")));
    QVERIFY(!requestLines().join(QLatin1Char('\n')).contains(QLatin1String("POST")));

    const Run moved = run({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                           QStringLiteral("SIEM_AUTH"), QStringLiteral("--name"), QStringLiteral("Moved SIEM"),
                           QStringLiteral("--yes")});
    QCOMPARE(moved.exitCode, 0);
    const QString id = destinationNamed(QStringLiteral("Moved SIEM"));
    QVERIFY(!id.isEmpty());
    const EmulatedDestination* destination = m_emulator->organization().findDestination(id);
    QCOMPARE(destination->endpoint(), QStringLiteral("https://inline.example/hec"));
    QVERIFY(destination->logFormat() == LogFormat::Cps);
    QCOMPARE(destination->authorization(), kSiemSecret);
    QCOMPARE(m_emulator->scope(QStringLiteral("global"), {})->binding().destinationId, id);
    QVERIFY(m_emulator->scope(QStringLiteral("global"), {})->binding().enabled);
    QVERIFY(!moved.all().contains(QLatin1String("v3-siem-secret")));
}

void TestCliV3::moveWhoseBindingFailsSaysWhatExists()
{
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("https://inline.example/hec"),
                  QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable")})
                 .exitCode,
             0);
    // The move reads v3 and v2, creates, then binds: the fourth request (the binding) is refused.
    EmulatorFault refused;
    refused.status = 400;
    m_emulator->addFaults({EmulatorFault {}, EmulatorFault {}, EmulatorFault {}, refused});
    const Run half
        = run({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
               QStringLiteral("SIEM_AUTH"), QStringLiteral("--name"), QStringLiteral("Half"), QStringLiteral("--yes")});
    QVERIFY(half.exitCode != 0);
    const QString id = destinationNamed(QStringLiteral("Half"));
    QVERIFY(!id.isEmpty());
    QVERIFY2(half.err.contains(id), qPrintable(half.err));
    QVERIFY(half.err.contains(QStringLiteral("apply --destination %1").arg(id)));
    QVERIFY(half.err.contains(QStringLiteral("destinations delete %1").arg(id)));
    QVERIFY(half.err.contains(QLatin1String("inline webhook, unchanged")));
    QVERIFY(!m_emulator->scope(QStringLiteral("global"), {})->binding().isBound());
    QCOMPARE(m_emulator->webhook().endpoint(), QStringLiteral("https://inline.example/hec"));
    QVERIFY(m_emulator->webhook().isEnabled());
}

void TestCliV3::withoutV3TheInlineFlowStays()
{
    m_emulator->setV3Available(false);
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("https://old.example/hec"),
                  QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable")})
                 .exitCode,
             0);
    QCOMPARE(m_emulator->webhook().endpoint(), QStringLiteral("https://old.example/hec"));
    const Run got = run({QStringLiteral("get")});
    QCOMPARE(got.exitCode, 0);
    QVERIFY2(got.out.contains(QLatin1String("this API has no v3")), qPrintable(got.out));
    const Run move = run({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                          QStringLiteral("SIEM_AUTH"), QStringLiteral("--yes")});
    QCOMPARE(move.exitCode, 2);
    QVERIFY(move.err.contains(QLatin1String("no v3")));
}

void TestCliV3::baseUrlWithOrWithoutVersion()
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    options.environment.insert(QStringLiteral("KONNECT_TOKEN"), kToken);
    for (const QString& suffix : {QString(), QStringLiteral("/v2"), QStringLiteral("/v3/")}) {
        const ProgramRun ran = ProgramRun::run(
            m_binary, {QStringLiteral("get"), QStringLiteral("--base-url"), m_emulator->baseUrl().toString() + suffix},
            options);
        QVERIFY2(ran.exitCode == 0, qPrintable(suffix + QString::fromUtf8(ran.err)));
        QVERIFY(!ran.err.contains(QLatin1String("Warning")));
    }
}

void TestCliV3::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty destination") << QStringList {QStringLiteral("apply"), QStringLiteral("--destination"),
                                                       QString()}
                                       << "--destination";
    QTest::newRow("destination with endpoint")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("x"),
                        QStringLiteral("--endpoint"), QStringLiteral("https://a.example/b")}
        << "--destination";
    QTest::newRow("unbind with enable") << QStringList {QStringLiteral("apply"), QStringLiteral("--unbind"),
                                                        QStringLiteral("--enable")}
                                        << "--unbind";
    QTest::newRow("portal with endpoint")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--portal"), QStringLiteral("p"),
                        QStringLiteral("--endpoint"), QStringLiteral("https://a.example/b")}
        << "--portal";
    QTest::newRow("create without name") << QStringList {QStringLiteral("destinations"),
                                                         QStringLiteral("create"),
                                                         QStringLiteral("--endpoint"),
                                                         QStringLiteral("https://a.example/b"),
                                                         QStringLiteral("--authorization-env"),
                                                         QStringLiteral("SIEM_AUTH")}
                                         << "--name";
    QTest::newRow("create without authorization")
        << QStringList {QStringLiteral("destinations"), QStringLiteral("create"),
                        QStringLiteral("--name"),       QStringLiteral("n"),
                        QStringLiteral("--endpoint"),   QStringLiteral("https://a.example/b")}
        << "--authorization-env";
    QTest::newRow("create with http endpoint") << QStringList {QStringLiteral("destinations"),
                                                               QStringLiteral("create"),
                                                               QStringLiteral("--name"),
                                                               QStringLiteral("n"),
                                                               QStringLiteral("--endpoint"),
                                                               QStringLiteral("http://siem.example.com/b"),
                                                               QStringLiteral("--authorization-env"),
                                                               QStringLiteral("SIEM_AUTH")}
                                               << "--endpoint";
    QTest::newRow("bad skip-ssl") << QStringList {QStringLiteral("destinations"), QStringLiteral("update"),
                                                  QStringLiteral("x"), QStringLiteral("--skip-ssl-verification"),
                                                  QStringLiteral("yes")}
                                  << "--skip-ssl-verification";
    QTest::newRow("bad log format") << QStringList {
        QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("x"), QStringLiteral("--log-format"),
        QStringLiteral("xml")} << "--log-format";
    QTest::newRow("update nothing") << QStringList {QStringLiteral("destinations"), QStringLiteral("update"),
                                                    QStringLiteral("x")}
                                    << "Nothing to change";
    QTest::newRow("show without name") << QStringList {QStringLiteral("destinations"), QStringLiteral("show")}
                                       << "destination";
    QTest::newRow("move without authorization")
        << QStringList {QStringLiteral("move-to-destination")} << "--authorization-env";
}

void TestCliV3::badInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(field), qPrintable(refused.err));
    QVERIFY2(m_emulator->requestLog().isEmpty(), qPrintable(requestLines().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCliV3)
#include "tst_cli_v3.moc"
