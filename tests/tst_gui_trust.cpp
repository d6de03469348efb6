#include "tst_gui_harness.h"

#include "ApplyDiffDialog.h"
#include "ConnectionTestPanel.h"
#include "CurrentConfigPanel.h"
#include "FailingWebhookBanner.h"
#include "ProfileSession.h"
#include "ReceivedEventsPanel.h"
#include "ReplayWindow.h"
#include "SiemReceiver.h"
#include "StatusTab.h"
#include "VendorPresetCatalog.h"
#include "WelcomePage.h"
#include "WindowPlacement.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace GuiTest;

// "The window an admin can trust at a glance": nothing overlaps or leaves the screen, nothing shown is stale or
// contradicts something else, and the keyboard and assistive tools reach every control.
class TestGuiTrust : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void currentConfigurationLabelsNeverOverlap();
    void windowFitsTheAvailableScreen();
    void placementShrinksAndMovesIntoTheScreen();
    void titleNamesTheProductOnce();
    void connectionTestResultIsMarkedStaleAfterAnEdit();
    void bottomBarShowsOneMessageAtATime();
    void fixTheFieldsOnlyWhenSomethingIsRed();
    void tabLeavesTheActivityTable();
    void ctrlTabSwitchesTabsFromAnywhere();
    void everyFocusableWidgetHasAnAccessibleName();
    void diffDialogSaysNotTestedAndWarnsAboutTls();
    void failingWebhookShowsABannerAndABadge();
    void activeWebhookShowsNoBannerAfterTheStartUpStatus();
    void firstRunShowsTheWelcomePage();
    void demoReceiverShowsFiveRows();
    void vendorNotesSpeakGerman();
};

namespace {
// Konnect's status as a delivery a minute ago left it.
bool setLastDelivery(Harness& h, const QString& status, int code, const QString& message)
{
    return !h.emulator
                .setWebhookStatus(
                    {{QStringLiteral("webhook_status"), status},
                     {QStringLiteral("last_attempt_at"), ReplayWindow::toRfc3339(h.clock.now().addSecs(-60))},
                     {QStringLiteral("last_response_code"), code},
                     {QStringLiteral("last_response_message"), message}})
                .has_value();
}
} // namespace

void TestGuiTrust::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiTrust::currentConfigurationLabelsNeverOverlap()
{
    Harness h;
    WebhookConfig config = Harness::splunkConfig();
    config.skipSslVerification = true; // the panel's TLS warning row too
    h.openSeededInMemory(config);
    auto* panel = h.child<CurrentConfigPanel>(QStringLiteral("currentConfigPanel"));
    QVERIFY(panel);
    QFont big = panel->font();
    big.setPointSize(12);
    panel->setFont(big);
    // As small as the splitter lets it get on a 1024×700 screen, and narrower still.
    for (const QSize& size : {QSize(1024, 700), QSize(800, 560)}) {
        h.window->resize(size);
        QTRY_COMPARE(h.window->size().width() <= size.width(), true);
        QApplication::processEvents();
        const QStringList problems = labelProblemsIn(panel);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
    // A long error text wraps (and scrolls) instead of being cut mid-word.
    panel->showUnavailable(QStringLiteral("Konnect antwortete nicht: Die Verbindung wurde nach mehreren Versuchen "
                                          "abgebrochen, bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es "
                                          "später erneut."));
    QApplication::processEvents();
    const QStringList problems = labelProblemsIn(panel);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestGuiTrust::windowFitsTheAvailableScreen()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    const QRect available = h.window->screen()->availableGeometry();
    QVERIFY2(available.contains(h.window->frameGeometry()),
             qPrintable(QStringLiteral("frame %1,%2 %3×%4 outside %5×%6")
                            .arg(h.window->frameGeometry().x())
                            .arg(h.window->frameGeometry().y())
                            .arg(h.window->frameGeometry().width())
                            .arg(h.window->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    auto* apply = h.child<QPushButton>(QStringLiteral("applyButton"));
    const QRect applyRect(apply->mapToGlobal(QPoint(0, 0)), apply->size());
    QVERIFY(available.contains(applyRect));
}

void TestGuiTrust::placementShrinksAndMovesIntoTheScreen()
{
    const QRect screen(0, 0, 1024, 700);
    QCOMPARE(WindowPlacement::fit(QRect(0, 0, 1040, 760), screen), screen);
    QCOMPARE(WindowPlacement::fit(QRect(500, 400, 800, 600), screen), QRect(224, 100, 800, 600));
    QCOMPARE(WindowPlacement::fit(QRect(-50, -20, 400, 300), screen), QRect(0, 0, 400, 300));
    // A remembered place on a screen that is gone comes back onto this one.
    QCOMPARE(WindowPlacement::fit(QRect(3000, 100, 900, 600), screen), QRect(124, 100, 900, 600));
}

void TestGuiTrust::titleNamesTheProductOnce()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    const QString title = h.window->windowTitle();
    QCOMPARE(title.count(QStringLiteral("Konnect Audit Webhook")), 1);
    // It ends with the product, so the platform does not append the application's display name again.
    QVERIFY2(title.endsWith(QStringLiteral("Konnect Audit Webhook")), qPrintable(title));
}

void TestGuiTrust::connectionTestResultIsMarkedStaleAfterAnEdit()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.replaceText(QStringLiteral("endpointEdit"), receiver.url(QStringLiteral("/in")).toString());
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Bearer"));
    h.replaceText(QStringLiteral("authorizationEdit"), QStringLiteral("siem-secret"));
    h.child<QPushButton>(QStringLiteral("testConnectionButton"))->click();
    auto* panel = h.child<ConnectionTestPanel>(QStringLiteral("connectionTestPanel"));
    QTRY_VERIFY(!panel->isRunning() && h.labelText(QStringLiteral("verdictLabel")) != QStringLiteral("Testing…"));
    QVERIFY(h.child<QLabel>(QStringLiteral("testStaleLabel"))->isHidden());

    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("cef"));
    QVERIFY(panel->isStale());
    QVERIFY(!h.child<QLabel>(QStringLiteral("testStaleLabel"))->isHidden());
    QVERIFY2(h.labelText(QStringLiteral("testStaleLabel")).contains(QStringLiteral("changed since")),
             qPrintable(h.labelText(QStringLiteral("testStaleLabel"))));
    QVERIFY(h.labelText(QStringLiteral("testStaleLabel")).contains(receiver.url(QStringLiteral("/in")).host()));
    // Back to the tested values: the result belongs to the form again.
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("json"));
    QVERIFY(!panel->isStale());
    QVERIFY(h.child<QLabel>(QStringLiteral("testStaleLabel"))->isHidden());
    h.child<QCheckBox>(QStringLiteral("skipTlsCheckBox"))->click();
    QVERIFY(panel->isStale());
}

void TestGuiTrust::bottomBarShowsOneMessageAtATime()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* message = h.child<QLabel>(QStringLiteral("messageLabel"));
    auto* state = h.child<QLabel>(QStringLiteral("applyStateLabel"));
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY(message->text().startsWith(QStringLiteral("Applied")));
    QTRY_VERIFY(!h.window->controller()->isBusy());
    QVERIFY(!message->isHidden());
    QVERIFY2(state->isHidden(), qPrintable(state->text()));
    // The next edit makes the old message stale: the state of Apply is back, alone.
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    QVERIFY(message->isHidden());
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    QVERIFY(!state->isHidden());
    QVERIFY(state->text().contains(QStringLiteral("Nothing to apply")));
}

void TestGuiTrust::fixTheFieldsOnlyWhenSomethingIsRed()
{
    Harness h;
    h.openInMemory(); // nothing configured: the form starts empty, and an empty field is not marked
    QTRY_VERIFY(h.loaded());
    const QString state = h.labelText(QStringLiteral("applyStateLabel"));
    QVERIFY2(!state.contains(QStringLiteral("marked in red")), qPrintable(state));
    QVERIFY(h.child<QLabel>(QStringLiteral("presetNoteLabel"))->isHidden()
            || !h.labelText(QStringLiteral("presetNoteLabel")).contains(QStringLiteral("underlined")));
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("http://siem.example.com/in"));
    QVERIFY(h.labelText(QStringLiteral("applyStateLabel")).contains(QStringLiteral("marked in red")));
}

void TestGuiTrust::tabLeavesTheActivityTable()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    auto* table = h.child<QTableWidget>(QStringLiteral("activityTable"));
    QVERIFY(table && table->rowCount() > 0);
    QVERIFY(!table->tabKeyNavigation());
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    // The tab bar and the buttons of the connection test are in the chain.
    QWidget* bar = h.child<QTabWidget>(QStringLiteral("mainTabs"))->tabBar();
    QVERIFY(bar->focusPolicy() & Qt::TabFocus);
    QSet<QWidget*> chain;
    QWidget* next = h.window->nextInFocusChain();
    for (int i = 0; i < 500 && next != h.window.get(); ++i, next = next->nextInFocusChain())
        chain.insert(next);
    QVERIFY(chain.contains(bar));
    QVERIFY(chain.contains(h.child<QPushButton>(QStringLiteral("watchDeliveryButton"))));
    QVERIFY(h.child<QPushButton>(QStringLiteral("watchDeliveryButton"))->focusPolicy() & Qt::TabFocus);
}

void TestGuiTrust::ctrlTabSwitchesTabsFromAnywhere()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    auto* endpoint = h.child<QLineEdit>(QStringLiteral("endpointEdit"));
    endpoint->setFocus();
    QTRY_VERIFY(endpoint->hasFocus());
    const int first = tabs->currentIndex();
    QTest::keyClick(endpoint, Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_VERIFY(tabs->currentIndex() != first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QTRY_VERIFY(tabs->currentIndex() != first);
}

void TestGuiTrust::everyFocusableWidgetHasAnAccessibleName()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QStringList unnamed;
    const auto widgets = h.window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->window() != h.window.get())
            continue;
        // Qt's own parts (a combo box's line edit, a scroll area's viewport) are named through their owner.
        if (widget->objectName().startsWith(QLatin1String("qt_")) && widget != h.window->findChild<QTabBar*>())
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(), widget->metaObject()->className());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestGuiTrust::diffDialogSaysNotTestedAndWarnsAboutTls()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    const QString longEndpoint = QStringLiteral("https://siem.example.com/a/very/long/path/that/does/not/fit/into/"
                                                "one/column/of/the/diff/dialog/services/collector/raw/ingest");
    h.replaceText(QStringLiteral("endpointEdit"), longEndpoint);
    h.child<QCheckBox>(QStringLiteral("skipTlsCheckBox"))->click();
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    ApplyDiffDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = h.window->findChild<ApplyDiffDialog*>()) && dialog->isVisible());
    auto* tested = dialog->findChild<QLabel*>(QStringLiteral("deliveryTestLabel"));
    QVERIFY(tested && !tested->isHidden());
    QVERIFY2(tested->text().contains(QStringLiteral("not tested")), qPrintable(tested->text()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("testFirstButton"))->isHidden());
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("securityWarningLabel"));
    QVERIFY(!warning->isHidden() && warning->text().contains(QStringLiteral("TLS")));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("securityIconLabel"))->pixmap().isNull());
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("not tested")));
    // The new endpoint shows in full: no sideways scrolling, the row is as tall as the wrapped text.
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("diffTable"));
    QCOMPARE(table->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(table->item(0, 2)->text(), longEndpoint);
    QTRY_VERIFY(table->rowHeight(0) > table->fontMetrics().height() * 2);
    QVERIFY(table->columnViewportPosition(2) + table->columnWidth(2) <= table->viewport()->width());
    // Test first closes the dialog without applying and runs the test.
    dialog->findChild<QPushButton*>(QStringLiteral("testFirstButton"))->click();
    QTRY_VERIFY(!h.window->findChild<ApplyDiffDialog*>());
    QTRY_VERIFY(h.child<ConnectionTestPanel>(QStringLiteral("connectionTestPanel"))->isRunning()
                || h.labelText(QStringLiteral("verdictLabel")) != QStringLiteral("Not tested yet."));
    QCOMPARE(h.emulator.webhook().endpoint(), Harness::splunkConfig().endpoint);
}

void TestGuiTrust::failingWebhookShowsABannerAndABadge()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    QVERIFY(setLastDelivery(h, QStringLiteral("inactive"), 401, QStringLiteral("refused")));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* banner = h.child<FailingWebhookBanner>(QStringLiteral("failingBanner"));
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    QWidget* configure = h.child<QWidget>(QStringLiteral("configureTab"));
    QCOMPARE(tabs->currentWidget(), configure);
    // Without visiting the Status tab: the start-up asks once for the status.
    QTRY_VERIFY(banner && banner->isVisible());
    QCOMPARE(tabs->currentWidget(), configure);
    QCOMPARE(statusRequests(h.emulator), 1);
    QVERIFY2(banner->text().contains(QStringLiteral("401")), qPrintable(banner->text()));
    QVERIFY(!h.child<QLabel>(QStringLiteral("failingBannerIconLabel"))->pixmap().isNull());
    const int statusIndex = tabs->indexOf(h.child<QWidget>(QStringLiteral("statusTab")));
    QVERIFY(tabs->tabText(statusIndex).contains(QStringLiteral("failing")));
    QVERIFY(!tabs->tabIcon(statusIndex).isNull());
    QCOMPARE(h.labelText(QStringLiteral("statusStateValueLabel")),
             QStringLiteral("failing: the last delivery did not get through"));
    // Hidden, the tab does not poll: one request, however long the window stays on Configure.
    h.clock.advance(5 * StatusTab::refreshIntervalMs);
    QCOMPARE(statusRequests(h.emulator), 1);
    // On every tab.
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("replayTab")));
    QVERIFY(banner->isVisible());
}

void TestGuiTrust::activeWebhookShowsNoBannerAfterTheStartUpStatus()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    QVERIFY(setLastDelivery(h, QStringLiteral("active"), 200, QStringLiteral("OK")));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QTRY_COMPARE(statusRequests(h.emulator), 1);
    QTRY_COMPARE(h.labelText(QStringLiteral("statusStateValueLabel")), QStringLiteral("delivering"));
    QVERIFY(h.child<FailingWebhookBanner>(QStringLiteral("failingBanner"))->isHidden());
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    const int statusIndex = tabs->indexOf(h.child<QWidget>(QStringLiteral("statusTab")));
    QVERIFY(!tabs->tabText(statusIndex).contains(QStringLiteral("failing")));
    QVERIFY(tabs->tabIcon(statusIndex).isNull());
}

void TestGuiTrust::firstRunShowsTheWelcomePage()
{
    GUITEST_REQUIRE_KEYCHAIN();
    Harness h;
    ProfileSession::StartOptions options;
    options.profile = QStringLiteral("welcome-%1").arg(QCoreApplication::applicationPid());
    options.baseUrl = h.emulator.baseUrl();
    h.openWithProfiles(options);
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    WelcomePage* welcome = nullptr;
    QTRY_VERIFY((welcome = h.child<WelcomePage>(QStringLiteral("welcomePage"))) && tabs->currentWidget() == welcome);
    QVERIFY(h.labelText(QStringLiteral("welcomeTokenStepLabel"))
                .contains(QStringLiteral("https://cloud.konghq.com/global/account/tokens")));
    QVERIFY(h.labelText(QStringLiteral("welcomePasteStepLabel")).contains(QStringLiteral("keychain")));
    QVERIFY(h.child<QPushButton>(QStringLiteral("welcomeSetTokenButton")));
    QVERIFY(h.child<QPushButton>(QStringLiteral("welcomeDemoButton")));
    QCOMPARE(WelcomePage::tokensPage(QStringLiteral("eu")).toString(),
             QStringLiteral("https://cloud.konghq.com/eu/account/tokens"));
    // Once a token is there, the window is the usual one.
    QVERIFY(h.window->session()->setToken(token).isEmpty());
    QTRY_VERIFY(!h.child<WelcomePage>(QStringLiteral("welcomePage")));
    QTRY_VERIFY(h.loaded());
    h.window->session()->removeToken();
}

void TestGuiTrust::demoReceiverShowsFiveRows()
{
    ReceivedEventsPanel panel;
    panel.resize(640, 10);
    panel.show();
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("receivedEventsTable"));
    QVERIFY(table);
    QVERIFY(table->minimumHeight()
            >= table->horizontalHeader()->height() + 5 * table->verticalHeader()->defaultSectionSize());
    table->setRowCount(1);
    table->setItem(0, 4, new QTableWidgetItem(QStringLiteral("valid (key demo-key-1)")));
    table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    QVERIFY(table->columnWidth(4) >= table->fontMetrics().horizontalAdvance(QStringLiteral("valid (key demo-key-1)")));
}

void TestGuiTrust::vendorNotesSpeakGerman()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QString error;
    const VendorPresetCatalog german = VendorPresetCatalog::fromFile(VendorPresetCatalog::resourcePath(), &error);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const VendorPresetCatalog english = VendorPresetCatalog::fromFile(VendorPresetCatalog::resourcePath(), &error);
    QLocale::setDefault(before);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(german.find(QStringLiteral("splunk-hec"))->note.startsWith(QStringLiteral("In Splunk Web listet")));
    QVERIFY(english.find(QStringLiteral("splunk-hec"))->note.startsWith(QStringLiteral("In Splunk Web: Settings")));
    for (const VendorPreset& preset : german.presets())
        QVERIFY2(preset.note != english.find(preset.id)->note, qPrintable(preset.id));
}

QTEST_MAIN(TestGuiTrust)
#include "tst_gui_trust.moc"
