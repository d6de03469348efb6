// The Overview and the tray watch on real widgets (offscreen): two profiles on a multi-organization emulator, their
// tokens in a real keychain (scripts/with-private-keyring.sh); rows and verdicts, sorting, double-click opening the
// scope, and the tray icon (a real QSystemTrayIcon where the platform has a tray) or the window's status line.

#include "DemoSession.h"
#include "EmulatedFleetDemo.h"
#include "EmulatedPortal.h"
#include "FleetWatch.h"
#include "GuiOptions.h"
#include "MultiScopeChangeDialog.h"
#include "OverviewModel.h"
#include "OverviewPage.h"
#include "ScopeController.h"
#include "ScopeWebhook.h"
#include "TestKeychain.h"
#include "TrayWatch.h"
#include "WebhookController.h"
#include "tst_gui_harness.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>

using namespace GuiTest;

namespace {
const QString kProductionToken = QStringLiteral("kpat_overview_production_012345678");
const QString kStagingToken = QStringLiteral("kpat_overview_staging_0123456789ab");
const QString kEndpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");
} // namespace

class TestGuiOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void firstTabWithRowsAndVerdictText();
    void sortsByAnyColumn();
    void doubleClickOpensTheScope();
    void doubleClickOpensAnotherProfilesPortal();
    void aScopeOfAnotherRegionLeavesTheStoredProfile();
    void trayOrStatusLineShowsTheWorst();
    void watchMinimizedOption();
    void changeSelectedScopesHandsTheRowsToTheDialog();
    void allRegionsScansEveryRegionAndIsRemembered();
    void intervalReschedulesTheWatchAndIsRemembered();
    void demoShowsTwoOrganizationsWithOneFailingPortal();

private:
    MainWindow* openFleet();
    OverviewPage* overview() const { return m_h->window ? m_h->window->overview() : nullptr; }
    QString shownText(int row, int column) const;
    int shownRowOf(const QString& profile, bool portal) const;

    std::unique_ptr<Harness> m_h;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<TestKeychain> m_keychain;
    QString m_production;
    QString m_staging;
};

void TestGuiOverview::initTestCase()
{
    GUITEST_REQUIRE_KEYCHAIN();
    m_keychain = std::make_unique<TestKeychain>();
    m_production = QStringLiteral("ov%1-prod").arg(QCoreApplication::applicationPid());
    m_staging = QStringLiteral("ov%1-stag").arg(QCoreApplication::applicationPid());
    QVERIFY(m_keychain->store(m_production, kProductionToken));
    QVERIFY(m_keychain->store(m_staging, kStagingToken));
}

void TestGuiOverview::init()
{
    // Start at login must never touch the user's autostart folder.
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->emulator.addOrganization(QStringLiteral("production"), kProductionToken));
    QVERIFY(m_h->emulator.addOrganization(QStringLiteral("staging"), kStagingToken));
    m_h->emulator.setClock(&m_h->clock);
    QVERIFY(m_h->emulator.seedFleetDemo(kEndpoint));
}

void TestGuiOverview::cleanup()
{
    m_h.reset();
    m_config.reset();
}

void TestGuiOverview::cleanupTestCase()
{
    m_keychain.reset();
}

MainWindow* TestGuiOverview::openFleet()
{
    m_h->profiles = std::make_unique<ProfileStore>(m_h->iniPath());
    for (const QString& name : {m_production, m_staging}) {
        Profile profile;
        profile.name = name;
        profile.region = QStringLiteral("global");
        profile.baseUrl = QUrl(m_h->emulator.baseUrl().toString() + QStringLiteral("/global"));
        const QString problem = m_h->profiles->save(profile);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
    }
    ProfileSession::StartOptions options;
    options.profile = m_production;
    return m_h->openWithProfiles(options);
}

QString TestGuiOverview::shownText(int row, int column) const
{
    const QAbstractItemModel* model = overview()->table()->model();
    return model->index(row, column).data().toString();
}

int TestGuiOverview::shownRowOf(const QString& profile, bool portal) const
{
    const QAbstractItemModel* model = overview()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool isPortal = shownText(row, OverviewModel::ScopeColumn) != QLatin1String("Organization");
        if (shownText(row, OverviewModel::ProfileColumn) == profile && isPortal == portal)
            return row;
    }
    return -1;
}

void TestGuiOverview::firstTabWithRowsAndVerdictText()
{
    MainWindow* window = openFleet();
    QVERIFY(overview());
    auto* tabs = m_h->child<QTabWidget>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->indexOf(overview()), 0);
    QCOMPARE(tabs->currentWidget(), overview());
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    QVERIFY(!overview()->table()->accessibleName().isEmpty());
    QVERIFY(!m_h->child<QPushButton>(QStringLiteral("refreshOverviewButton"))->accessibleName().isEmpty());

    // Worst first: production's Partner Portal is CRITICAL (inactive, 401), staging WARNING, production OK.
    const QAbstractItemModel* model = overview()->table()->model();
    QCOMPARE(shownText(0, OverviewModel::VerdictColumn), QStringLiteral("CRITICAL"));
    QCOMPARE(shownText(0, OverviewModel::ProfileColumn), m_production);
    QCOMPARE(shownText(0, OverviewModel::ScopeColumn), QStringLiteral("Partners"));
    QVERIFY2(shownText(0, OverviewModel::LastResponseColumn).startsWith(QLatin1String("401")),
             qPrintable(shownText(0, OverviewModel::LastResponseColumn)));
    QCOMPARE(shownText(1, OverviewModel::VerdictColumn), QStringLiteral("WARNING"));
    QCOMPARE(shownText(2, OverviewModel::VerdictColumn), QStringLiteral("OK"));
    QCOMPARE(shownText(2, OverviewModel::ModelColumn), QStringLiteral("v3"));
    QCOMPARE(shownText(2, OverviewModel::EnabledColumn), QStringLiteral("yes"));
    QCOMPARE(shownText(2, OverviewModel::StatusColumn), QStringLiteral("active"));
    QVERIFY(!shownText(0, OverviewModel::ReasonColumn).isEmpty());
    // Never colour alone: an icon and a word on every verdict, and the icons differ.
    const QIcon critical = model->index(0, 0).data(Qt::DecorationRole).value<QIcon>();
    const QIcon ok = model->index(2, 0).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!critical.isNull() && !ok.isNull());
    QVERIFY(critical.pixmap(16).toImage() != ok.pixmap(16).toImage());
    QVERIFY(model->index(0, 3).data(Qt::BackgroundRole).value<QColor>()
            != model->index(2, 3).data(Qt::BackgroundRole).value<QColor>());
    QVERIFY(m_h->labelText(QStringLiteral("overviewSummaryLabel")).contains(QLatin1String("CRITICAL")));

    // Refresh asks again and sees a change.
    QSignalSpy scanned(overview()->watch(), &FleetWatch::scanFinished);
    EmulatedFleetDemo::setDelivery(
        m_h->emulator.organizations().byName(QStringLiteral("staging"))->region(QStringLiteral("global")),
        QStringLiteral("active"), m_h->clock.now(), 200, QStringLiteral("OK"));
    QTest::mouseClick(m_h->child<QPushButton>(QStringLiteral("refreshOverviewButton")), Qt::LeftButton);
    QVERIFY(scanned.wait(20000));
    QCOMPARE(shownText(1, OverviewModel::VerdictColumn), QStringLiteral("OK"));
    Q_UNUSED(window);
}

void TestGuiOverview::sortsByAnyColumn()
{
    openFleet();
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    QHeaderView* header = overview()->table()->horizontalHeader();
    overview()->table()->sortByColumn(OverviewModel::ProfileColumn, Qt::AscendingOrder);
    QCOMPARE(shownText(0, OverviewModel::ProfileColumn), m_production);
    QCOMPARE(shownText(2, OverviewModel::ProfileColumn), m_staging);
    overview()->table()->sortByColumn(OverviewModel::ProfileColumn, Qt::DescendingOrder);
    QCOMPARE(shownText(0, OverviewModel::ProfileColumn), m_staging);
    // By verdict, mildest first: by severity, not by the words' alphabet (OK < WARNING < CRITICAL).
    overview()->table()->sortByColumn(OverviewModel::VerdictColumn, Qt::AscendingOrder);
    QCOMPARE(shownText(0, OverviewModel::VerdictColumn), QStringLiteral("OK"));
    QCOMPARE(shownText(1, OverviewModel::VerdictColumn), QStringLiteral("WARNING"));
    QCOMPARE(shownText(2, OverviewModel::VerdictColumn), QStringLiteral("CRITICAL"));
    QCOMPARE(header->sortIndicatorSection(), int(OverviewModel::VerdictColumn));
}

void TestGuiOverview::doubleClickOpensTheScope()
{
    MainWindow* window = openFleet();
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    // Wait for the window's own first load of production, so that the switch is a real one.
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->hasToken(), 20000);
    const int row = shownRowOf(m_staging, false);
    QVERIFY(row >= 0);
    QTableView* table = overview()->table();
    const QRect cell = table->visualRect(table->model()->index(row, OverviewModel::ProfileColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->profileName(), m_staging, 10000);
    auto* tabs = m_h->child<QTabWidget>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), m_h->child<QWidget>(QStringLiteral("configureTab")));
    QVERIFY(!window->scopes()->current().isPortal());
    auto* profileCombo = m_h->child<QComboBox>(QStringLiteral("profileCombo"));
    QTRY_COMPARE_WITH_TIMEOUT(profileCombo->currentText().contains(m_staging), true, 10000);
}

void TestGuiOverview::doubleClickOpensAnotherProfilesPortal()
{
    MainWindow* window = openFleet();
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->hasToken(), 20000);
    // First away to staging, then back to production's Partner Portal from the overview.
    window->openScope(m_staging, Scope::organization(QStringLiteral("global")));
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->profileName(), m_staging, 10000);
    auto* tabs = m_h->child<QTabWidget>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(overview());
    const int row = shownRowOf(m_production, true);
    QVERIFY(row >= 0);
    QTableView* table = overview()->table();
    const QRect cell = table->visualRect(table->model()->index(row, OverviewModel::ScopeColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->profileName(), m_production, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window->scopes()->current().isPortal(), 20000);
    QCOMPARE(window->scopes()->current().portalName(), QStringLiteral("Partners"));
    auto* scopeCombo = m_h->child<QComboBox>(QStringLiteral("scopeCombo"));
    QVERIFY2(scopeCombo->currentText().contains(QLatin1String("Partners")), qPrintable(scopeCombo->currentText()));
    QCOMPARE(tabs->currentWidget(), m_h->child<QWidget>(QStringLiteral("configureTab")));
}

void TestGuiOverview::aScopeOfAnotherRegionLeavesTheStoredProfile()
{
    MainWindow* window = openFleet();
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->hasToken(), 20000);
    window->openScope(m_production, Scope::organization(QStringLiteral("eu")));
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->profile().region, QStringLiteral("eu"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->profile().apiRoot().toString().endsWith(QLatin1String("/eu")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->scopes()->current().region(), QStringLiteral("eu"), 10000);
    // Looking at another region is not a change of the profile: the next start and `status --profile` keep global.
    const Profile stored = ProfileStore(m_h->iniPath()).profile(m_production);
    QCOMPARE(stored.region, QStringLiteral("global"));
    QCOMPARE(window->session()->savedRegion(), QStringLiteral("global")); // what printed commands name
    QVERIFY2(stored.baseUrl.toString().endsWith(QLatin1String("/global")), qPrintable(stored.baseUrl.toString()));
}

void TestGuiOverview::trayOrStatusLineShowsTheWorst()
{
    MainWindow* window = openFleet();
    TrayWatch* tray = window->trayWatch();
    QVERIFY(tray);
    QVERIFY(!window->isWatching());
    QSignalSpy scanned(overview()->watch(), &FleetWatch::scanFinished);
    window->setWatching(true);
    QVERIFY(window->isWatching());
    QVERIFY(m_h->settings->watchesInBackground());
    QTRY_VERIFY_WITH_TIMEOUT(overview()->watch()->hasScanned(), 20000);
    QVERIFY2(tray->statusText().contains(QLatin1String("CRITICAL")), qPrintable(tray->statusText()));

    // The menu: Open, Refresh now, Quiet, Start at login, Quit.
    QStringList entries;
    for (QAction* action : tray->menu()->actions()) {
        if (!action->isSeparator())
            entries << action->text().remove(QLatin1Char('&'));
    }
    QCOMPARE(
        entries,
        QStringList({QStringLiteral("Open"), QStringLiteral("Refresh now"), QStringLiteral("Quiet (no notifications)"),
                     QStringLiteral("Start at login"), QStringLiteral("Quit")}));
    // Start at login writes and removes the autostart entry (in this test's XDG_CONFIG_HOME).
    tray->startAtLoginAction()->setChecked(true);
    QVERIFY(QFile::exists(m_config->path() + QStringLiteral("/autostart/konnect-audit-webhook.desktop")));
    tray->startAtLoginAction()->setChecked(false);
    QVERIFY(!QFile::exists(m_config->path() + QStringLiteral("/autostart/konnect-audit-webhook.desktop")));
    tray->quietAction()->setChecked(true);
    QVERIFY(overview()->watch()->isQuiet());
    QVERIFY(m_h->settings->watchIsQuiet());

    if (TrayWatch::isTrayAvailable()) {
        QSystemTrayIcon* icon = tray->trayIcon();
        QVERIFY(icon);
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->icon().isNull());
        QVERIFY2(icon->toolTip().contains(QLatin1String("CRITICAL")), qPrintable(icon->toolTip()));
        // Closing keeps watching (said once), Quit really quits.
        window->close();
        QVERIFY(!window->isVisible());
        QVERIFY(window->isWatching());
        QVERIFY(m_h->settings->closeKeepsWatchingExplained());
    } else {
        // No tray on this platform: no icon, and the window says so on a status line with the worst verdict.
        QVERIFY(!tray->trayIcon());
        auto* line = m_h->child<QLabel>(QStringLiteral("watchStatusLabel"));
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().contains(QLatin1String("No system tray"))
                     && line->text().contains(QLatin1String("CRITICAL")),
                 qPrintable(line->text()));
        QVERIFY(!line->accessibleName().isEmpty());
        // The notifier still gets the watch's notices; without a tray it has nowhere to show them, and says the
        // worst verdict instead.
        tray->notify(FleetWatch::noticeFor(overview()->watch()->rows().first(), FleetNotice::Kind::Problem));
        window->setWatching(false);
        QVERIFY(line->isHidden());
        QVERIFY(!m_h->settings->watchesInBackground());
    }
}

void TestGuiOverview::watchMinimizedOption()
{
    QString error;
    const GuiOptions options = GuiOptions::parse({QStringLiteral("kaw"), QStringLiteral("--watch-minimized")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(options.watchMinimized);
    QVERIFY(GuiOptions::helpText().contains(QLatin1String("--watch-minimized")));
}

void TestGuiOverview::changeSelectedScopesHandsTheRowsToTheDialog()
{
    MainWindow* window = openFleet();
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    auto* change = m_h->child<QPushButton>(QStringLiteral("changeSelectedScopesButton"));
    QVERIFY(change);
    QVERIFY(!change->isEnabled()); // nothing selected yet
    QVERIFY(!change->accessibleName().isEmpty());

    // Production's organization and staging's, picked with Ctrl+click as in any table.
    QTableView* table = overview()->table();
    const int production = shownRowOf(m_production, false);
    const int staging = shownRowOf(m_staging, false);
    QVERIFY(production >= 0 && staging >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(production, OverviewModel::ProfileColumn)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(table->model()->index(staging, OverviewModel::ProfileColumn)).center());
    QVERIFY(change->isEnabled());
    const MultiScopeTargets selected = overview()->selectedTargets();
    QCOMPARE(selected.size(), 2);

    QTest::mouseClick(change, Qt::LeftButton);
    MultiScopeChangeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<MultiScopeChangeDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QStringList checked;
    for (const MultiScopeTarget& target : dialog->checkedTargets())
        checked << target.key();
    checked.sort();
    QStringList wanted {selected.at(0).key(), selected.at(1).key()};
    wanted.sort();
    QCOMPARE(checked, wanted);
    // The fleet the dialog lists by itself afterwards adds rows, unticked: the selection stays exactly the two.
    QTest::qWait(0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QListWidget*>()->count() > 2, 20000);
    QCOMPARE(dialog->checkedTargets().size(), 2);
    dialog->close();

    // The context menu carries the same action, off without a selection.
    table->clearSelection();
    QVERIFY(!overview()->changeSelectedAction()->isEnabled());
    QVERIFY(!change->isEnabled());
}

void TestGuiOverview::allRegionsScansEveryRegionAndIsRemembered()
{
    openFleet();
    QTRY_COMPARE_WITH_TIMEOUT(overview()->shownRowCount(), 3, 20000);
    auto* allRegions = m_h->child<QCheckBox>(QStringLiteral("overviewAllRegionsCheckBox"));
    QVERIFY(allRegions);
    QVERIFY(!allRegions->isChecked());
    QSignalSpy scanned(overview()->watch(), &FleetWatch::scanFinished);
    allRegions->click();
    QVERIFY(scanned.wait(20000));
    QVERIFY(overview()->watch()->settings().allRegions);
    QVERIFY(m_h->settings->overviewAllRegions());
    // The fleet demo's eu and us webhooks (and the eu portal) now show, beside the global ones.
    QStringList regions;
    for (int row = 0; row < overview()->shownRowCount(); ++row)
        regions << shownText(row, OverviewModel::RegionColumn);
    QVERIFY2(regions.contains(QStringLiteral("eu")) && regions.contains(QStringLiteral("us")),
             qPrintable(regions.join(QLatin1Char(','))));
    QVERIFY(overview()->shownRowCount() > 3);
    int staging = -1;
    for (int row = 0; row < overview()->shownRowCount(); ++row) {
        if (shownText(row, OverviewModel::ProfileColumn) == m_staging
            && shownText(row, OverviewModel::RegionColumn) == QLatin1String("us"))
            staging = row;
    }
    QVERIFY(staging >= 0);
    QCOMPARE(shownText(staging, OverviewModel::VerdictColumn), QStringLiteral("CRITICAL")); // inactive, 302

    // A window opened later starts with the box as it was left.
    m_h->window.reset();
    openFleet();
    QVERIFY(m_h->child<QCheckBox>(QStringLiteral("overviewAllRegionsCheckBox"))->isChecked());
    QVERIFY(overview()->watch()->settings().allRegions);
}

void TestGuiOverview::intervalReschedulesTheWatchAndIsRemembered()
{
    MainWindow* window = openFleet();
    auto* interval = m_h->child<QSpinBox>(QStringLiteral("watchIntervalSpinBox"));
    QVERIFY(interval);
    QCOMPARE(interval->value(), 5); // the default
    QCOMPARE(overview()->watch()->intervalMs(), qint64(5 * 60000));
    window->setWatching(true);
    QTRY_VERIFY_WITH_TIMEOUT(overview()->watch()->hasScanned(), 20000);
    QVERIFY(!overview()->watch()->isScanning());

    interval->setValue(15);
    QCOMPARE(overview()->watch()->intervalMs(), qint64(15 * 60000));
    QCOMPARE(m_h->settings->watchIntervalMinutes(), 15);
    QVERIFY2(window->findChild<QAction*>(QStringLiteral("watchAction"))->toolTip().contains(QLatin1String("15")),
             qPrintable(window->findChild<QAction*>(QStringLiteral("watchAction"))->toolTip()));
    // The next check comes after the new interval, not the old one: nothing at 5 minutes, one at 15.
    m_h->clock.advance(5 * 60000 + 1000);
    QTest::qWait(50);
    QVERIFY(!overview()->watch()->isScanning());
    QSignalSpy started(overview()->watch(), &FleetWatch::scanStarted);
    m_h->clock.advance(10 * 60000);
    QTRY_VERIFY(started.count() >= 1 || overview()->watch()->isScanning());

    m_h->window.reset();
    openFleet();
    QCOMPARE(m_h->child<QSpinBox>(QStringLiteral("watchIntervalSpinBox"))->value(), 15);
    QCOMPARE(overview()->watch()->intervalMs(), qint64(15 * 60000));
}

void TestGuiOverview::demoShowsTwoOrganizationsWithOneFailingPortal()
{
    DemoSession demo;
    QVERIFY(demo.start());
    ManualClock clock;
    KonnectClient client(&clock);
    auto settings = GuiSettings::inMemory();
    GuiContext context = demoContext(demo, &clock, &client, settings.get());
    context.demoReceiver = nullptr;
    QVERIFY(!context.tokens && !context.profiles); // the demo never reaches the keychain or the profile file
    MainWindow window(context);
    window.show();
    QVERIFY(window.start().isEmpty());
    OverviewPage* page = window.overview();
    QVERIFY(page);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->indexOf(page), 0); // two profiles: the Overview comes first
    QVERIFY(page->allRegions());
    QTRY_VERIFY_WITH_TIMEOUT(page->watch()->hasScanned(), 20000);

    const QAbstractItemModel* model = page->table()->model();
    QSet<QString> profiles;
    QSet<QString> productionRegions;
    QStringList critical;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString profile = model->index(row, OverviewModel::ProfileColumn).data().toString();
        profiles.insert(profile);
        const bool configured
            = model->index(row, OverviewModel::ModelColumn).data().toString() != QLatin1String("none");
        if (profile == DemoSession::secondProfileName() && configured)
            productionRegions.insert(model->index(row, OverviewModel::RegionColumn).data().toString());
        if (model->index(row, OverviewModel::VerdictColumn).data().toString() == QLatin1String("CRITICAL"))
            critical << profile + QLatin1Char('/') + model->index(row, OverviewModel::ScopeColumn).data().toString();
    }
    QCOMPARE(profiles, QSet<QString>({QStringLiteral("demo"), DemoSession::secondProfileName()}));
    QVERIFY2(productionRegions.contains(QStringLiteral("global")) && productionRegions.contains(QStringLiteral("eu"))
                 && productionRegions.contains(QStringLiteral("us")),
             qPrintable(QStringList(productionRegions.values()).join(QLatin1Char(','))));
    // Both organizations have a Partner Portal; only production's fails.
    QCOMPARE(critical, QStringList({DemoSession::secondProfileName() + QStringLiteral("/Partners")}));

    // The Partner Portal opens from there: the window switches to the second in-memory profile and its portal.
    int partner = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OverviewModel::ScopeColumn).data().toString() == QLatin1String("Partners")
            && model->index(row, OverviewModel::ProfileColumn).data().toString() == DemoSession::secondProfileName())
            partner = row;
    }
    QVERIFY(partner >= 0);
    page->table()->activated(model->index(partner, OverviewModel::ScopeColumn));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->profileName(), DemoSession::secondProfileName(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.scopes()->current().isPortal(), 20000);
    QCOMPARE(window.scopes()->current().portalName(), QStringLiteral("Partners"));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->webhook().has_value(), 20000);
    QCOMPARE(window.controller()->webhook()->destination->name, QStringLiteral("Splunk production"));
    // Production's eu webhook is in another region: the window moves the profile there and shows its v2 webhook.
    window.openScope(DemoSession::secondProfileName(), Scope::organization(QStringLiteral("eu")));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->profile().apiRoot().toString().endsWith(QLatin1String("/eu")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->webhook().has_value()
                                 && window.controller()->webhook()->model == ScopeWebhook::Model::Inline,
                             20000);
    QVERIFY(!window.scopes()->current().isPortal());
    // Start at login would write a file: not in the demo.
    QVERIFY(!window.trayWatch()->startAtLoginAction()->isEnabled());
}

QTEST_MAIN(TestGuiOverview)
#include "tst_gui_overview.moc"
