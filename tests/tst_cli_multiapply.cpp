// One change over many targets: `apply` with several profiles and --all-regions through the real binary
// (KAW_BINARY) against an in-process multi-organization KonnectEmulator, each profile's token in a real keychain
// (a private Secret Service: scripts/with-private-keyring.sh). Regions that refuse changes (--region-fault
// REGION:read-only) make some targets fail while the others go through.

#include "EmulatedFleetDemo.h"
#include "KonnectEmulator.h"
#include "ProfileStore.h"
#include "ProgramRun.h"
#include "TestKeychain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kProductionToken = QStringLiteral("kpat_multi_production_0123456789");
const QString kStagingToken = QStringLiteral("kpat_multi_staging_0123456789ab");
const QString kEndpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");
const QString kNewAuthorization = QStringLiteral("Splunk rotated-hec-token-7f3a9c");

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliMultiApply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void partialFailureSummaryAndRetry();
    void dryRunSendsNoWrites();
    void sharedDestinationRotatedOnceAndHalfDoneSaid();
    void invalidInputSendsNothing();
    void singleProfileApplyUnchanged();

private:
    CliRun run(const QStringList& arguments, const QByteArray& input = {});
    QString addProfile(const QString& suffix, const QString& token);
    void storeToken(const QString& profile, const QString& token);
    QStringList writes() const;

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KonnectEmulator> m_emulator;
    EmulatedOrganization* m_production = nullptr;
    EmulatedOrganization* m_staging = nullptr;
    std::unique_ptr<TestKeychain> m_keychain;
};

void TestCliMultiApply::initTestCase()
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

void TestCliMultiApply::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = std::make_unique<KonnectEmulator>();
    m_production = m_emulator->addOrganization(QStringLiteral("production"), kProductionToken);
    m_staging = m_emulator->addOrganization(QStringLiteral("staging"), kStagingToken);
    QVERIFY(m_production && m_staging);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));
}

void TestCliMultiApply::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

void TestCliMultiApply::cleanupTestCase()
{
    m_keychain.reset();
}

CliRun TestCliMultiApply::run(const QStringList& arguments, const QByteArray& input)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    options.environment.insert(QStringLiteral("HOME"), m_home->path());
    options.environment.insert(QStringLiteral("SIEM_AUTH"), kNewAuthorization);
    // The real retry rule runs on 503, its waits fast-forwarded.
    options.environment.insert(QStringLiteral("KAW_TEST_FAST_FORWARD_WAITS"), QStringLiteral("1"));
    options.workingDirectory = m_home->path();
    options.input = input;
    const ProgramRun ran = ProgramRun::run(m_binary, arguments, options);
    return {ran.finished, ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

void TestCliMultiApply::storeToken(const QString& profile, const QString& token)
{
    if (token.isEmpty())
        QVERIFY(m_keychain->remove(profile));
    else
        QVERIFY(m_keychain->store(profile, token));
}

QString TestCliMultiApply::addProfile(const QString& suffix, const QString& token)
{
    // Unique per run: the keychain outlives this test's HOME.
    const QString name = QStringLiteral("multi%1-%2").arg(QCoreApplication::applicationPid()).arg(suffix);
    ProfileStore store(m_home->path()
                       + QStringLiteral("/xdg_config_home/konnect-audit-webhook/konnect-audit-webhook.ini"));
    Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("global");
    profile.baseUrl = QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/global"));
    const QString problem = store.save(profile);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    storeToken(name, token);
    return name;
}

QStringList TestCliMultiApply::writes() const
{
    QStringList found;
    for (const QJsonValue& entry : m_emulator->requestLog()) {
        const QString method = entry[QLatin1String("method")].toString();
        if (method != QLatin1String("GET") && method != QLatin1String("HEAD"))
            found.append(method + QLatin1Char(' ') + entry[QLatin1String("path")].toString());
    }
    return found;
}

void TestCliMultiApply::partialFailureSummaryAndRetry()
{
    EmulatedDestination& fresh = m_production->createDestination(QDateTime::currentDateTimeUtc());
    fresh.set(QStringLiteral("Splunk 2027"), kEndpoint, QStringLiteral("Splunk fresh-token-1234"), LogFormat::Cef,
              false);
    EmulatedDestination& freshStaging = m_staging->createDestination(QDateTime::currentDateTimeUtc());
    freshStaging.set(QStringLiteral("Splunk 2027"), kEndpoint, QStringLiteral("Splunk fresh-token-5678"),
                     LogFormat::Cef, false);
    const QString production = addProfile(QStringLiteral("part-p"), kProductionToken);
    const QString staging = addProfile(QStringLiteral("part-s"), kStagingToken);
    // eu reads as usual and refuses every change: its targets fail, after the reads and the plan.
    m_emulator->setRegionFault({QStringLiteral("eu"), EmulatedRegionFault::Kind::ReadOnly, 0});

    const CliRun result
        = run({QStringLiteral("apply"), QStringLiteral("--profile"), production, QStringLiteral("--profile"), staging,
               QStringLiteral("--all-regions"), QStringLiteral("--destination"), QStringLiteral("Splunk 2027"),
               QStringLiteral("--enable"), QStringLiteral("--yes")});
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.out.startsWith(QLatin1String("Plan: point at destination \"Splunk 2027\", enable deliveries")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("SCOPE")) && result.out.contains(QLatin1String("CURRENT")));
    // 2 profiles × 7 regions: 12 changed, the two eu targets not.
    QVERIFY2(result.out.contains(QLatin1String("Summary: 12 changed, 2 failed, 0 not changed.")),
             qPrintable(result.out));
    const QString failed = result.out.section(QStringLiteral("Failed:\n"), 1);
    QVERIFY2(failed.contains(production + QStringLiteral("/eu (failed): Not changed:")), qPrintable(result.out));
    QVERIFY2(failed.contains(staging + QStringLiteral("/eu (failed)")), qPrintable(result.out));

    // On the emulator: the changed ones point at the new destination, eu's are as they were.
    QCOMPARE(m_production->region(QStringLiteral("global")).binding().destinationId, fresh.id());
    QVERIFY(m_production->region(QStringLiteral("global")).binding().enabled);
    QCOMPARE(m_production->region(QStringLiteral("sg")).binding().destinationId, fresh.id());
    QCOMPARE(m_staging->region(QStringLiteral("us")).binding().destinationId, freshStaging.id());
    QVERIFY(!m_production->region(QStringLiteral("eu")).binding().isBound()); // still its inline webhook
    QCOMPARE(m_staging->region(QStringLiteral("eu")).binding().destinationId,
             m_staging->destinations().at(1)->id()); // the self-signed one it had

    // The retry names exactly the failed targets, and works once eu takes changes again.
    const QRegularExpression retryLine(QStringLiteral("Retry only the failed ones:\\n  (konnect-audit-webhook .*)"));
    const QRegularExpressionMatch match = retryLine.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    QStringList retry = match.captured(1).split(QLatin1Char(' '));
    QCOMPARE(retry.count(QStringLiteral("--target")), 2);
    QVERIFY(retry.contains(production + QStringLiteral("/eu")) && retry.contains(staging + QStringLiteral("/eu")));
    QVERIFY(match.captured(1).contains(QStringLiteral("--destination 'Splunk 2027'")));
    retry.removeFirst();
    for (QString& word : retry)
        word.remove(QLatin1Char('\'')); // what the shell would do with the quoted name
    for (int i = 0; i + 1 < retry.size(); ++i) {
        if (retry.at(i) == QLatin1String("Splunk") && retry.at(i + 1) == QLatin1String("2027")) {
            retry[i] = QStringLiteral("Splunk 2027");
            retry.removeAt(i + 1);
        }
    }
    m_emulator->clearRegionFaults();
    m_emulator->clearRequestLog();
    const CliRun again = run(retry);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("Summary: 2 changed, 0 failed, 0 not changed.")), qPrintable(again.out));
    QCOMPARE(m_production->region(QStringLiteral("eu")).binding().destinationId, fresh.id());
    QCOMPARE(m_staging->region(QStringLiteral("eu")).binding().destinationId, freshStaging.id());
    // Only eu was written to on the retry.
    for (const QString& write : writes())
        QVERIFY2(write.contains(QLatin1String("/eu/")), qPrintable(write));
}

void TestCliMultiApply::dryRunSendsNoWrites()
{
    const QString production = addProfile(QStringLiteral("dry-p"), kProductionToken);
    const QString staging = addProfile(QStringLiteral("dry-s"), kStagingToken);
    const EmulatedBinding before = m_production->region(QStringLiteral("us")).binding();
    const CliRun result
        = run({QStringLiteral("apply"), QStringLiteral("--profile"), production, QStringLiteral("--profile"), staging,
               QStringLiteral("--all-regions"), QStringLiteral("--all-portals"), QStringLiteral("--authorization-env"),
               QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable"), QStringLiteral("--dry-run")});
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("Dry run: nothing was sent but reads.")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("destination \"Splunk production\" of %1").arg(production)),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("\u2022\u2022\u2022\u2022 (new)")));
    QVERIFY(!m_emulator->requestLog().isEmpty());
    QCOMPARE(writes(), QStringList());
    QCOMPARE(m_production->region(QStringLiteral("us")).binding().enabled, before.enabled);
    QVERIFY(!result.out.contains(kNewAuthorization) && !result.err.contains(kNewAuthorization));
    QVERIFY(!result.out.contains(QLatin1String("rotated-hec-token")));
    QVERIFY(!result.out.contains(kProductionToken) && !result.err.contains(kProductionToken));

    // --json: the same plan, machine-readable, still no writes.
    const CliRun json
        = run({QStringLiteral("apply"), QStringLiteral("--profile"), production, QStringLiteral("--profile"), staging,
               QStringLiteral("--disable"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value(QLatin1String("dry_run")).toBool(), true);
    QCOMPARE(plan.value(QLatin1String("targets")).toInt(), 2); // each profile's own region
    QCOMPARE(plan.value(QLatin1String("changes")).toInt(), 2);
    QCOMPARE(writes(), QStringList());
}

void TestCliMultiApply::sharedDestinationRotatedOnceAndHalfDoneSaid()
{
    const QString production = addProfile(QStringLiteral("rot-p"), kProductionToken);
    EmulatedDestination* splunk = m_production->destinations().first();
    QCOMPARE(splunk->name(), QStringLiteral("Splunk production"));
    // us uses Splunk production (disabled) and refuses changes: its step 2 (enable) fails after step 1.
    m_emulator->setRegionFault({QStringLiteral("us"), EmulatedRegionFault::Kind::ReadOnly, 0});

    const CliRun result
        = run({QStringLiteral("apply"), QStringLiteral("--profile"), production, QStringLiteral("--all-regions"),
               QStringLiteral("--all-portals"), QStringLiteral("--authorization-stdin"), QStringLiteral("--enable"),
               QStringLiteral("--yes")},
              kNewAuthorization.toUtf8() + '\n');
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 5);
    // One change on the destination, listed with its three users.
    QVERIFY2(result.out.contains(QStringLiteral("destination \"Splunk production\" of %1: one change for the 3 "
                                                "scope(s) that use it: %1/global, %1/global/Partners, %1/us")
                                     .arg(production)),
             qPrintable(result.out));
    QCOMPARE(splunk->authorization(), kNewAuthorization);
    QCOMPARE(writes().filter(QStringLiteral("/v3/audit-log-destinations/") + splunk->id()).size(), 1);
    // eu's inline webhook took it itself.
    QCOMPARE(m_production->region(QStringLiteral("eu")).webhook().authorization(), kNewAuthorization);
    // us: step 1 stored, step 2 failed, and said so; its binding is as it was.
    QVERIFY2(result.out.contains(production + QStringLiteral("/us (half done): Half done: step 1 of 2 was stored")),
             qPrintable(result.out));
    QVERIFY(!m_production->region(QStringLiteral("us")).binding().enabled);
    // The Partners portal needed no second step (already enabled): changed with the destination.
    QVERIFY(result.out.section(QStringLiteral("Changed:\n"), 1)
                .section(QStringLiteral("Failed:"), 0, 0)
                .contains(production + QStringLiteral("/global/Partners")));
    // Regions with nothing configured have no authorization to rotate: listed, not failed.
    QVERIFY(result.out.contains(production + QStringLiteral("/au (unchanged): Nothing is configured here")));
    QVERIFY(result.out.contains(QStringLiteral("--target %1/us ").arg(production)));
    QVERIFY(result.out.contains(QLatin1String("--authorization-stdin")));
    QVERIFY(!result.out.contains(kNewAuthorization) && !result.err.contains(kNewAuthorization));
    QVERIFY(!result.out.contains(QLatin1String("rotated-hec-token")));
    for (const QJsonValue& entry : m_emulator->requestLog())
        QVERIFY(!QJsonDocument(entry.toObject()).toJson().contains("rotated-hec-token"));
}

void TestCliMultiApply::invalidInputSendsNothing()
{
    const QString production = addProfile(QStringLiteral("bad-p"), kProductionToken);
    const CliRun both = run({QStringLiteral("apply"), QStringLiteral("--profile"), production,
                             QStringLiteral("--all-regions"), QStringLiteral("--destination"), QStringLiteral("X"),
                             QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QLatin1String("--destination")), qPrintable(both.err));
    const CliRun endpoint = run({QStringLiteral("apply"), QStringLiteral("--all-regions"), QStringLiteral("--profile"),
                                 production, QStringLiteral("--endpoint"), kEndpoint});
    QCOMPARE(endpoint.exitCode, 2);
    QVERIFY(endpoint.err.contains(QLatin1String("--endpoint")));
    const CliRun target = run(
        {QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("nobody"), QStringLiteral("--enable")});
    QCOMPARE(target.exitCode, 2);
    QVERIFY(target.err.contains(QLatin1String("PROFILE/REGION")));
    // Not confirmed (no terminal, no --yes): the plan is read, nothing is written.
    const CliRun unconfirmed = run({QStringLiteral("apply"), QStringLiteral("--profile"), production,
                                    QStringLiteral("--all-regions"), QStringLiteral("--disable")});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains(QLatin1String("--yes")), qPrintable(unconfirmed.err));
    QCOMPARE(writes(), QStringList());
}

void TestCliMultiApply::singleProfileApplyUnchanged()
{
    // One profile, none of the many-target options: the single-scope apply, which takes KONNECT_TOKEN as before.
    const QString production = addProfile(QStringLiteral("single-p"), kProductionToken);
    const CliRun result
        = run({QStringLiteral("apply"), QStringLiteral("--profile"), production, QStringLiteral("--disable")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("Saved. Konnect now has:")), qPrintable(result.out));
    QVERIFY(!m_production->region(QStringLiteral("global")).binding().enabled);
}

QTEST_GUILESS_MAIN(TestCliMultiApply)
#include "tst_cli_multiapply.moc"
