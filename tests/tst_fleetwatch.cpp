// The background watch: FleetWatch polling a real multi-organization KonnectEmulator over loopback, with each
// profile's token in a real keychain (scripts/with-private-keyring.sh), on a ManualClock that the test moves five
// minutes at a time, and a recording notifier (the app's FleetNotifier interface, implemented, not mocked).

#include "EmulatedFleetDemo.h"
#include "EmulatedPortal.h"
#include "EmulatedRegion.h"
#include "FleetNotifier.h"
#include "FleetWatch.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "TestKeychain.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {
const QString kProductionToken = QStringLiteral("kpat_watch_production_0123456789");
const QString kStagingToken = QStringLiteral("kpat_watch_staging_0123456789abc");
const QString kEndpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");

// Keeps every notice, as a user would have seen them one after the other.
class RecordingNotifier : public FleetNotifier
{
public:
    void notify(const FleetNotice& notice) override { notices.append(notice); }
    QList<FleetNotice> notices;
};
} // namespace

class TestFleetWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void firstVerdictsAreNotAnnounced();
    void oneNoticeOnFailureAndOneOnRecovery();
    void portalTransitionNamesThePortal();
    void quietKeepsStateButTellsNobody();
    void unknownInBetweenIsNoTransition();
    void stateStaysFlatOverCycles();
    void pollsEveryInterval();

private:
    Profile profile(const QString& name);
    // Moves the clock by one interval and waits for the scan it starts to end.
    bool nextPoll();
    EmulatedRegion& productionGlobal() { return m_production->region(QStringLiteral("global")); }

    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    RecordingNotifier m_notifier;
    EmulatedOrganization* m_production = nullptr;
    EmulatedOrganization* m_staging = nullptr;
    std::unique_ptr<TestKeychain> m_keychain;
    QString m_productionProfile;
    QString m_stagingProfile;
};

void TestFleetWatch::initTestCase()
{
    if (const QString why = TestKeychain::unavailableReason(); !why.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_keychain = std::make_unique<TestKeychain>();
    m_productionProfile = QStringLiteral("watch%1-prod").arg(QCoreApplication::applicationPid());
    m_stagingProfile = QStringLiteral("watch%1-stag").arg(QCoreApplication::applicationPid());
    QVERIFY(m_keychain->store(m_productionProfile, kProductionToken));
    QVERIFY(m_keychain->store(m_stagingProfile, kStagingToken));
}

void TestFleetWatch::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setClock(m_clock.get());
    m_production = m_emulator->addOrganization(QStringLiteral("production"), kProductionToken);
    m_staging = m_emulator->addOrganization(QStringLiteral("staging"), kStagingToken);
    QVERIFY(m_production && m_staging);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    QVERIFY(m_emulator->seedFleetDemo(kEndpoint));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_notifier.notices.clear();
    m_watch = std::make_unique<FleetWatch>(m_network.get(), m_clock.get(), m_keychain->tokens(), &m_notifier);
    FleetScan::Settings settings;
    settings.profiles = {profile(m_productionProfile), profile(m_stagingProfile)};
    m_watch->setSettings(settings);
    QSignalSpy scanned(m_watch.get(), &FleetWatch::scanFinished);
    m_watch->start();
    QVERIFY(scanned.wait(20000));
}

void TestFleetWatch::cleanup()
{
    m_watch.reset();
    m_network.reset();
    m_emulator.reset();
    m_clock.reset();
}

void TestFleetWatch::cleanupTestCase()
{
    m_keychain.reset();
}

Profile TestFleetWatch::profile(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("global");
    profile.baseUrl = QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/global"));
    return profile;
}

bool TestFleetWatch::nextPoll()
{
    QSignalSpy scanned(m_watch.get(), &FleetWatch::scanFinished);
    m_clock->advance(m_watch->intervalMs());
    return scanned.wait(20000);
}

void TestFleetWatch::firstVerdictsAreNotAnnounced()
{
    // The demo fleet has CRITICAL and WARNING scopes from the start: shown, but no change, so nothing announced.
    QCOMPARE(m_watch->scanCount(), 1);
    QCOMPARE(m_watch->rows().size(), 3); // production global and its Partner Portal; staging global
    QCOMPARE(m_watch->worst(), FleetVerdict::Level::Critical);
    QVERIFY(m_notifier.notices.isEmpty());
    QVERIFY2(m_watch->summaryText().contains(QLatin1String("1 CRITICAL")), qPrintable(m_watch->summaryText()));
}

void TestFleetWatch::oneNoticeOnFailureAndOneOnRecovery()
{
    // production's organization webhook in global fails: Konnect marks it inactive after a refused answer.
    EmulatedFleetDemo::setDelivery(productionGlobal(), QStringLiteral("inactive"), m_clock->now(), 401,
                                   QStringLiteral("Unauthorized"));
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 1);
    const FleetNotice failed = m_notifier.notices.first();
    QCOMPARE(failed.kind, FleetNotice::Kind::Problem);
    QCOMPARE(failed.level, FleetVerdict::Level::Critical);
    QCOMPARE(failed.profile, m_productionProfile);
    QVERIFY2(failed.title.contains(m_productionProfile) && failed.title.contains(QLatin1String("region global"))
                 && failed.title.contains(QLatin1String("CRITICAL")),
             qPrintable(failed.title));
    QVERIFY2(!failed.message.isEmpty(), "the notice says what is the case and what to do");
    QVERIFY(!failed.title.contains(kProductionToken) && !failed.message.contains(kProductionToken));

    // Still failing at the next polls: no second notice.
    QVERIFY(nextPoll());
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 1);

    // Recovered: exactly one notice more.
    EmulatedFleetDemo::setDelivery(productionGlobal(), QStringLiteral("active"), m_clock->now(), 200,
                                   QStringLiteral("OK"));
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 2);
    QCOMPARE(m_notifier.notices.at(1).kind, FleetNotice::Kind::Recovered);
    QCOMPARE(m_notifier.notices.at(1).scopeKey, failed.scopeKey);
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 2);
}

void TestFleetWatch::portalTransitionNamesThePortal()
{
    // The failing Partner Portal recovers (a first change for it), then fails again with a retried answer.
    EmulatedScope* portal = nullptr;
    for (const FleetRow& row : m_watch->rows()) {
        if (row.scope.isPortal() && row.profile == m_productionProfile)
            portal = m_production->findPortal(row.scope.portalId());
    }
    QVERIFY(portal);
    EmulatedFleetDemo::setDelivery(*portal, QStringLiteral("active"), m_clock->now(), 200, QStringLiteral("OK"));
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 1);
    QCOMPARE(m_notifier.notices.first().kind, FleetNotice::Kind::Recovered);
    QVERIFY2(m_notifier.notices.first().title.contains(QLatin1String("Dev Portal")),
             qPrintable(m_notifier.notices.first().title));

    EmulatedFleetDemo::setDelivery(*portal, QStringLiteral("active"), m_clock->now(), 503,
                                   QStringLiteral("Service Unavailable"));
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 2);
    const FleetNotice warned = m_notifier.notices.at(1);
    QCOMPARE(warned.kind, FleetNotice::Kind::Problem);
    QCOMPARE(warned.level, FleetVerdict::Level::Warning);
    QVERIFY2(warned.title.contains(QLatin1String("Dev Portal")) && warned.title.contains(QLatin1String("WARNING")),
             qPrintable(warned.title));
}

void TestFleetWatch::quietKeepsStateButTellsNobody()
{
    m_watch->setQuiet(true);
    EmulatedFleetDemo::setDelivery(productionGlobal(), QStringLiteral("inactive"), m_clock->now(), 401,
                                   QStringLiteral("Unauthorized"));
    QVERIFY(nextPoll());
    QVERIFY(m_notifier.notices.isEmpty());
    bool critical = false;
    for (const FleetRow& row : m_watch->rows())
        critical = critical
            || (row.profile == m_productionProfile && !row.scope.isPortal()
                && row.verdict.level == FleetVerdict::Level::Critical);
    QVERIFY2(critical, "quiet keeps judging");

    // Quiet off while it is still failing: nothing changed since the last poll, so nothing to tell.
    m_watch->setQuiet(false);
    QVERIFY(nextPoll());
    QVERIFY(m_notifier.notices.isEmpty());
    // The recovery is a change, and is told.
    EmulatedFleetDemo::setDelivery(productionGlobal(), QStringLiteral("active"), m_clock->now(), 200,
                                   QStringLiteral("OK"));
    QVERIFY(nextPoll());
    QCOMPARE(m_notifier.notices.size(), 1);
    QCOMPARE(m_notifier.notices.first().kind, FleetNotice::Kind::Recovered);
}

void TestFleetWatch::unknownInBetweenIsNoTransition()
{
    // Konnect unreachable for a poll (the region answers 503 to everything): UNKNOWN, no notice; back to OK: none
    // either, since the scope's last known verdict was OK.
    EmulatedRegionFault fault;
    fault.region = QStringLiteral("global");
    fault.kind = EmulatedRegionFault::Kind::Unavailable;
    m_emulator->setRegionFault(fault);
    m_clock->setAutoAdvance(true); // the retry waits of the 503s
    QVERIFY(nextPoll());
    m_clock->setAutoAdvance(false);
    QCOMPARE(m_watch->worst(), FleetVerdict::Level::Unknown);
    m_emulator->clearRegionFaults();
    QVERIFY(nextPoll());
    QVERIFY(m_notifier.notices.isEmpty());
    QCOMPARE(m_watch->worst(), FleetVerdict::Level::Critical);
}

void TestFleetWatch::stateStaysFlatOverCycles()
{
    const int rows = int(m_watch->rows().size());
    const int known = m_watch->knownScopeCount();
    QVERIFY(known > 0);
    for (int i = 0; i < 20; ++i)
        QVERIFY(nextPoll());
    QCOMPARE(int(m_watch->rows().size()), rows);
    QCOMPARE(m_watch->knownScopeCount(), known);
    // No scans left behind: at most the one just finished, waiting for its deferred delete.
    QVERIFY(m_watch->findChildren<FleetScan*>(QString(), Qt::FindDirectChildrenOnly).size() <= 1);
}

void TestFleetWatch::pollsEveryInterval()
{
    QCOMPARE(m_watch->intervalMs(), FleetWatch::defaultIntervalMs);
    QSignalSpy started(m_watch.get(), &FleetWatch::scanStarted);
    m_clock->advance(m_watch->intervalMs() - 1000);
    QTest::qWait(50);
    QCOMPARE(started.size(), 0);
    QVERIFY(nextPoll());
    QCOMPARE(started.size(), 1);
    m_watch->stop();
    m_clock->advance(m_watch->intervalMs() * 3);
    QTest::qWait(50);
    QCOMPARE(started.size(), 1);
}

QTEST_GUILESS_MAIN(TestFleetWatch)
#include "tst_fleetwatch.moc"
