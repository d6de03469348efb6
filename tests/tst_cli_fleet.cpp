// The fleet: `fleet` through the real binary (KAW_BINARY) against an in-process multi-organization KonnectEmulator,
// with each profile's token in a real keychain (a private Secret Service: scripts/with-private-keyring.sh), and
// FleetScan in-process for the timing of a slow region.

#include "Clock.h"
#include "EmulatedFleetDemo.h"
#include "FleetScan.h"
#include "KonnectEmulator.h"
#include "ProfileStore.h"
#include "ProgramRun.h"
#include "TestKeychain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kProductionToken = QStringLiteral("kpat_fleet_production_0123456789");
const QString kStagingToken = QStringLiteral("kpat_fleet_staging_0123456789ab");
const QString kEndpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void tableOfTheDemoFleet();
    void jsonRowsAndVerdicts();
    void checkExitCodesAndFirstLine_data();
    void checkExitCodesAndFirstLine();
    void invalidOptionsUnderCheckAreUnknown();
    void prometheusFileParsedBack();
    void missingTokenIsUnknownNotAnError();
    void refusedTokenIsUnknown();
    void slowRegionHoldsUpOnlyItsOwnRows();

private:
    CliRun run(const QStringList& arguments);
    // A profile whose base URL is the emulator's path prefix for `region`, with `token` in the keychain (none:
    // nothing stored).
    QString addProfile(const QString& suffix, const QString& region, const QString& token);
    void storeToken(const QString& profile, const QString& token);
    QJsonObject fleetJson(const QStringList& arguments, int expectedExit = 0);
    static QJsonObject rowOf(const QJsonObject& fleet, const QString& profile, const QString& region,
                             const QString& portal = {});

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KonnectEmulator> m_emulator;
    EmulatedOrganization* m_production = nullptr;
    EmulatedOrganization* m_staging = nullptr;
    std::unique_ptr<TestKeychain> m_keychain;
};

void TestCliFleet::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
    if (const QString why = TestKeychain::unavailableReason(); !why.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_keychain = std::make_unique<TestKeychain>();
}

void TestCliFleet::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = std::make_unique<KonnectEmulator>();
    m_production = m_emulator->addOrganization(QStringLiteral("production"), kProductionToken);
    m_staging = m_emulator->addOrganization(QStringLiteral("staging"), kStagingToken);
    QVERIFY(m_production && m_staging);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
}

void TestCliFleet::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

void TestCliFleet::cleanupTestCase()
{
    m_keychain.reset();
}

CliRun TestCliFleet::run(const QStringList& arguments)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    options.environment.insert(QStringLiteral("HOME"), m_home->path());
    // Never used by fleet: the keychain is the only source.
    options.environment.insert(QStringLiteral("KONNECT_TOKEN"), kProductionToken);
    options.workingDirectory = m_home->path();
    const ProgramRun ran = ProgramRun::run(m_binary, arguments, options);
    return {ran.finished, ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

void TestCliFleet::storeToken(const QString& profile, const QString& token)
{
    if (token.isEmpty())
        QVERIFY(m_keychain->remove(profile));
    else
        QVERIFY(m_keychain->store(profile, token));
}

QString TestCliFleet::addProfile(const QString& suffix, const QString& region, const QString& token)
{
    // Unique per run: the keychain outlives this test's HOME.
    const QString name = QStringLiteral("fleet%1-%2").arg(QCoreApplication::applicationPid()).arg(suffix);
    ProfileStore store(m_home->path()
                       + QStringLiteral("/xdg_config_home/konnect-audit-webhook/konnect-audit-webhook.ini"));
    Profile profile;
    profile.name = name;
    profile.region = region;
    profile.baseUrl = QUrl(m_emulator->baseUrl().toString() + QLatin1Char('/') + region);
    const QString problem = store.save(profile);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    storeToken(name, token);
    return name;
}

QJsonObject TestCliFleet::fleetJson(const QStringList& arguments, int expectedExit)
{
    const CliRun result = run(QStringList {QStringLiteral("fleet"), QStringLiteral("--json")} + arguments);
    if (!result.finished || result.exitCode != expectedExit)
        qWarning("fleet exited %d: %s %s", result.exitCode, qPrintable(result.out), qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QJsonObject TestCliFleet::rowOf(const QJsonObject& fleet, const QString& profile, const QString& region,
                                const QString& portal)
{
    const QJsonArray rows = fleet.value(QLatin1String("rows")).toArray();
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QLatin1String("profile")).toString() == profile
            && row.value(QLatin1String("region")).toString() == region
            && row.value(QLatin1String("portal")).toString() == portal)
            return row;
    }
    return {};
}

void TestCliFleet::tableOfTheDemoFleet()
{
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));
    const QString production = addProfile(QStringLiteral("prod"), QStringLiteral("global"), kProductionToken);
    const QString staging = addProfile(QStringLiteral("stag"), QStringLiteral("global"), kStagingToken);

    const CliRun result = run({QStringLiteral("fleet"), QStringLiteral("--profile"), production,
                               QStringLiteral("--profile"), staging, QStringLiteral("--all-regions")});
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QLatin1String("PROFILE")));
    for (const char* header : {"REGION", "PORTAL", "MODEL", "DESTINATION", "ENABLED", "STATUS", "LAST ATTEMPT",
                               "LAST RESPONSE", "VERDICT", "REASON"})
        QVERIFY2(lines.first().contains(QLatin1String(header)), header);
    // 7 regions per profile, plus production's two portals.
    const QRegularExpression row(QStringLiteral("^fleet\\d+-(prod|stag) "));
    QCOMPARE(lines.filter(row).size(), 16);
    const QStringList partner = lines.filter(QStringLiteral("Partners"));
    QVERIFY(!partner.isEmpty());
    QVERIFY2(partner.first().contains(QLatin1String("CRITICAL"))
                 && partner.first().contains(QLatin1String("401 Unauthorized")),
             qPrintable(partner.first()));
    QVERIFY2(result.out.contains(QLatin1String("What to do:")), qPrintable(result.out));
    // Rows in order: a profile's regions in Konnect's order, the organization before its portals.
    const qsizetype global = result.out.indexOf(production + QStringLiteral("  global  -"));
    QVERIFY(global > 0);
    QVERIFY(global < result.out.indexOf(QLatin1String("Partners")));
    QVERIFY(!result.out.contains(kProductionToken) && !result.err.contains(kProductionToken));
}

void TestCliFleet::jsonRowsAndVerdicts()
{
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));
    const QString p = addProfile(QStringLiteral("jprod"), QStringLiteral("global"), kProductionToken);
    const QString s = addProfile(QStringLiteral("jstag"), QStringLiteral("global"), kStagingToken);
    const QJsonObject fleet
        = fleetJson({QStringLiteral("--profile"), p, QStringLiteral("--profile"), s, QStringLiteral("--all-regions")});
    QCOMPARE(fleet.value(QLatin1String("rows")).toArray().size(), 16);

    struct Expected
    {
        QString profile, region, portal, verdict, rule, model;
    };
    const QList<Expected> expected {
        {p,
         QStringLiteral("global"),
         {},
         QStringLiteral("OK"),
         QStringLiteral("delivering"),
         QStringLiteral("v3-destination")},
        {p, QStringLiteral("eu"), {}, QStringLiteral("OK"), QStringLiteral("delivering"), QStringLiteral("v2-inline")},
        {p,
         QStringLiteral("us"),
         {},
         QStringLiteral("OK"),
         QStringLiteral("turned_off"),
         QStringLiteral("v3-destination")},
        {p, QStringLiteral("au"), {}, QStringLiteral("OK"), QStringLiteral("turned_off"), QStringLiteral("none")},
        {p, QStringLiteral("global"), QStringLiteral("Partners"), QStringLiteral("CRITICAL"),
         QStringLiteral("inactive"), QStringLiteral("v3-destination")},
        {p, QStringLiteral("eu"), QStringLiteral("Internal"), QStringLiteral("OK"), QStringLiteral("turned_off"),
         QStringLiteral("none")},
        {s,
         QStringLiteral("global"),
         {},
         QStringLiteral("WARNING"),
         QStringLiteral("no_recent_attempt"),
         QStringLiteral("v3-destination")},
        {s,
         QStringLiteral("eu"),
         {},
         QStringLiteral("WARNING"),
         QStringLiteral("skips_tls_verification"),
         QStringLiteral("v3-destination")},
        {s,
         QStringLiteral("us"),
         {},
         QStringLiteral("CRITICAL"),
         QStringLiteral("inactive"),
         QStringLiteral("v2-inline")},
    };
    for (const Expected& each : expected) {
        const QJsonObject row = rowOf(fleet, each.profile, each.region, each.portal);
        const QString where = each.profile + QLatin1Char('/') + each.region + QLatin1Char('/') + each.portal;
        QVERIFY2(!row.isEmpty(), qPrintable(where));
        QCOMPARE(row.value(QLatin1String("verdict")).toString(), each.verdict);
        QCOMPARE(row.value(QLatin1String("rule")).toString(), each.rule);
        QCOMPARE(row.value(QLatin1String("model")).toString(), each.model);
        QVERIFY(!row.value(QLatin1String("reason")).toString().isEmpty());
    }
    const QJsonObject partner = rowOf(fleet, p, QStringLiteral("global"), QStringLiteral("Partners"));
    QCOMPARE(partner.value(QLatin1String("last_response_code")).toInt(), 401);
    QCOMPARE(partner.value(QLatin1String("destination")).toString(), QStringLiteral("Splunk production"));
    QCOMPARE(partner.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(partner.value(QLatin1String("status")).toString(), QStringLiteral("inactive"));
    QVERIFY(qAbs(partner.value(QLatin1String("last_attempt_age_seconds")).toDouble() - 1200) < 120);
    const QJsonObject summary = fleet.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("verdict")).toString(), QStringLiteral("CRITICAL"));
    QCOMPARE(summary.value(QLatin1String("critical")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("warning")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("ok")).toInt(), 12);
}

void TestCliFleet::checkExitCodesAndFirstLine_data()
{
    QTest::addColumn<QString>("state"); // what the one scope looks like
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("ok") << QStringLiteral("delivering") << 0
                        << QStringLiteral("FLEET OK - 1 ok | ok=1 warning=0 "
                                          "critical=0 unknown=0");
    QTest::newRow("warning") << QStringLiteral("skip-tls") << 1
                             << QStringLiteral("FLEET WARNING - 1 warning, 0 ok | ok=0 warning=1 critical=0 unknown=0");
    QTest::newRow("critical") << QStringLiteral("refused") << 2
                              << QStringLiteral("FLEET CRITICAL - 1 critical, 0 ok | ok=0 warning=0 critical=1 "
                                                "unknown=0");
    QTest::newRow("unknown") << QStringLiteral("no-token") << 3
                             << QStringLiteral("FLEET UNKNOWN - 1 unknown, 0 ok | ok=0 warning=0 critical=0 unknown=1");
}

void TestCliFleet::checkExitCodesAndFirstLine()
{
    QFETCH(QString, state);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);
    EmulatedRegion& eu = m_production->region(QStringLiteral("eu"));
    EmulatedDestination& destination = m_production->createDestination(QDateTime::currentDateTimeUtc());
    destination.set(QStringLiteral("Splunk"), kEndpoint, QStringLiteral("Splunk x"), LogFormat::Cef,
                    state == QLatin1String("skip-tls"));
    eu.setBinding({destination.id(), true}, QDateTime::currentDateTimeUtc());
    EmulatedFleetDemo::setDelivery(eu, QStringLiteral("active"), QDateTime::currentDateTimeUtc().addSecs(-60),
                                   state == QLatin1String("refused") ? 404 : 200);
    const QString profile = addProfile(QStringLiteral("check-") + state, QStringLiteral("eu"),
                                       state == QLatin1String("no-token") ? QString() : kProductionToken);

    const CliRun result
        = run({QStringLiteral("fleet"), QStringLiteral("--check"), QStringLiteral("--profile"), profile});
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, exitCode);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), firstLine);
    QCOMPARE(lines.size(), 2); // the summary, then one line for the scope
    QVERIFY2(lines.at(1).startsWith(firstLine.section(QLatin1Char(' '), 1, 1) + QLatin1Char(' ') + profile
                                    + QStringLiteral("/eu: ")),
             qPrintable(lines.at(1)));
}

void TestCliFleet::invalidOptionsUnderCheckAreUnknown()
{
    const CliRun check = run(
        {QStringLiteral("fleet"), QStringLiteral("--check"), QStringLiteral("--warn-after"), QStringLiteral("soon")});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.out.startsWith(QLatin1String("FLEET UNKNOWN - invalid options: --warn-after")),
             qPrintable(check.out));
    const CliRun plain = run({QStringLiteral("fleet"), QStringLiteral("--warn-after"), QStringLiteral("soon")});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY(plain.err.contains(QLatin1String("--warn-after")));
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

void TestCliFleet::prometheusFileParsedBack()
{
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));
    const QString p = addProfile(QStringLiteral("prom"), QStringLiteral("global"), kProductionToken);
    const QString file = m_home->path() + QStringLiteral("/konnect.prom");
    const CliRun result = run({QStringLiteral("fleet"), QStringLiteral("--profile"), p, QStringLiteral("--prometheus"),
                               file, QStringLiteral("--all-regions")});
    QCOMPARE(result.exitCode, 0);
    QFile prom(file);
    QVERIFY(prom.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(prom.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    // Every family has HELP and TYPE gauge before its samples; every sample has the three labels.
    const QRegularExpression sample(QStringLiteral(
        R"re(^(konnect_audit_webhook_[a-z_]+)\{profile="([^"]*)",region="([a-z]+)",portal="([^"]*)"\} (-?[0-9]+)$)re"));
    QMap<QString, QMap<QString, qint64>> values; // family -> "region/portal" -> value
    QSet<QString> typed;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("# HELP ")))
            continue;
        if (line.startsWith(QLatin1String("# TYPE "))) {
            QVERIFY2(line.endsWith(QLatin1String(" gauge")), qPrintable(line));
            typed.insert(line.section(QLatin1Char(' '), 2, 2));
            continue;
        }
        const QRegularExpressionMatch match = sample.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(typed.contains(match.captured(1)), qPrintable(line));
        QCOMPARE(match.captured(2), p);
        values[match.captured(1)][match.captured(3) + QLatin1Char('/') + match.captured(4)]
            = match.captured(5).toLongLong();
    }
    QCOMPARE(typed.size(), 3);
    const QMap<QString, qint64> status = values.value(QStringLiteral("konnect_audit_webhook_status"));
    QCOMPARE(status.size(), 9); // 7 regions, 2 portals
    QCOMPARE(status.value(QStringLiteral("global/")), 0);
    QCOMPARE(status.value(QStringLiteral("global/Partners")), 2);
    QCOMPARE(values.value(QStringLiteral("konnect_audit_webhook_last_response_code"))
                 .value(QStringLiteral("global/Partners")),
             401);
    const qint64 age = values.value(QStringLiteral("konnect_audit_webhook_last_attempt_age_seconds"))
                           .value(QStringLiteral("global/"));
    QVERIFY2(age >= 170 && age < 400, qPrintable(QString::number(age)));
    // No attempt known: no age sample rather than a made-up one.
    QVERIFY(!values.value(QStringLiteral("konnect_audit_webhook_last_attempt_age_seconds"))
                 .contains(QStringLiteral("au/")));
    QVERIFY(!QFile::exists(file + QStringLiteral(".tmp")));
}

void TestCliFleet::missingTokenIsUnknownNotAnError()
{
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));
    const QString with = addProfile(QStringLiteral("with"), QStringLiteral("global"), kProductionToken);
    const QString without = addProfile(QStringLiteral("without"), QStringLiteral("global"), QString());
    const QJsonObject fleet = fleetJson({QStringLiteral("--profile"), with, QStringLiteral("--profile"), without});
    const QJsonObject missing = rowOf(fleet, without, QStringLiteral("global"));
    QCOMPARE(missing.value(QLatin1String("verdict")).toString(), QStringLiteral("UNKNOWN"));
    QCOMPARE(missing.value(QLatin1String("rule")).toString(), QStringLiteral("token_missing"));
    QVERIFY2(
        missing.value(QLatin1String("action")).toString().contains(QStringLiteral("token set --profile ") + without),
        qPrintable(missing.value(QLatin1String("action")).toString()));
    // KONNECT_TOKEN is set in the environment, and still not used.
    QCOMPARE(rowOf(fleet, with, QStringLiteral("global")).value(QLatin1String("verdict")).toString(),
             QStringLiteral("OK"));
    for (const QJsonValue& entry : m_emulator->requestLog())
        QVERIFY(entry[QLatin1String("bearer_valid")].toBool());
}

void TestCliFleet::refusedTokenIsUnknown()
{
    const QString profile = addProfile(QStringLiteral("refused"), QStringLiteral("eu"),
                                       QStringLiteral("kpat_fleet_unknown_to_emulator_1"));
    const CliRun result
        = run({QStringLiteral("fleet"), QStringLiteral("--check"), QStringLiteral("--profile"), profile});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(QLatin1String("Konnect refused the token")), qPrintable(result.out));
}

void TestCliFleet::slowRegionHoldsUpOnlyItsOwnRows()
{
    constexpr int kDelayMs = 1500;
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));
    m_emulator->setRegionFault({QStringLiteral("eu"), EmulatedRegionFault::Kind::Slow, kDelayMs});
    const QString profile = addProfile(QStringLiteral("slow"), QStringLiteral("global"), kProductionToken);
    Profile settings;
    settings.name = profile;
    settings.region = QStringLiteral("global");
    settings.baseUrl = QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/global"));

    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    FleetScan::Settings scanSettings;
    scanSettings.profiles = {settings};
    scanSettings.allRegions = true;
    QElapsedTimer clock;
    clock.start();
    FleetScan* scan = FleetScan::start(&network, Clock::system(), m_keychain->tokens(), scanSettings);
    QList<QPair<qint64, FleetRow>> arrivals;
    connect(scan, &FleetScan::rowReady, this, [&](const FleetRow& row) { arrivals.append({clock.elapsed(), row}); });
    QSignalSpy finished(scan, &FleetScan::finished);
    QVERIFY(finished.wait(30000));
    const qint64 total = clock.elapsed();

    QCOMPARE(arrivals.size(), 9); // 7 regions, Partner Portal (global), Internal Portal (eu)
    qint64 lastFast = 0;
    qint64 firstSlow = total;
    for (const auto& [at, row] : std::as_const(arrivals)) {
        QVERIFY2(row.observation.access == FleetObservation::Access::Read, qPrintable(row.verdict.reason));
        if (row.scope.region() == QLatin1String("eu"))
            firstSlow = qMin(firstSlow, at);
        else
            lastFast = qMax(lastFast, at);
    }
    // Every other region reported before eu's first answer could arrive.
    QVERIFY2(lastFast < kDelayMs, qPrintable(QStringLiteral("last fast row at %1 ms").arg(lastFast)));
    QVERIFY(firstSlow >= kDelayMs);
    // eu's own chain: the listing, then its portal's reads (binding, destination or inline, status), each delayed;
    // nothing waited for anything else. Had the regions waited for each other, the 6 fast ones would add nothing
    // measurable, so the bound is eu's chain of at most 4 delays, not more.
    QVERIFY2(total < 4 * kDelayMs + 2000, qPrintable(QStringLiteral("total %1 ms").arg(total)));
}

QTEST_GUILESS_MAIN(TestCliFleet)
#include "tst_cli_fleet.moc"
