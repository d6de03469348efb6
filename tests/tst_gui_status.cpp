#include "tst_gui_harness.h"

#include "ApiPoller.h"
#include "EmulatorFault.h"
#include "ReplayWindow.h"
#include "StatusTab.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QTabWidget>

using namespace GuiTest;

class TestGuiStatus : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void rendersEveryCombination_data();
    void rendersEveryCombination();
    void refreshesOnlyWhileVisible();
    void refreshesAfterAnApply();
    void neverOverlapsRequests();
    void explainsAFailedRequest();
};

namespace {
void showTab(Harness& h, const QString& name)
{
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    auto* page = h.child<QWidget>(name);
    QVERIFY(page);
    tabs->setCurrentWidget(page);
    QTRY_VERIFY(page->isVisible());
}

// The window on the seeded emulator, once loaded and once its one start-up status request (for the failing-webhook
// banner, while the Status tab is still hidden) is answered.
void openAfterStartUpStatus(Harness& h)
{
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QTRY_VERIFY(h.child<StatusTab>(QStringLiteral("statusTab"))->lastStatus().has_value());
    QCOMPARE(statusRequests(h.emulator), 1);
}
} // namespace

void TestGuiStatus::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiStatus::rendersEveryCombination_data()
{
    QTest::addColumn<int>("configured"); // 0 nothing, 1 enabled, 2 disabled
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enabledText");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("advice");
    QTest::addColumn<QString>("response");

    QTest::newRow("enabled, active, 200") << 1 << "active" << 200 << "yes"
                                          << "delivering audit logs"
                                          << "accepted the last delivery"
                                          << "200 OK: accepted";
    QTest::newRow("enabled, inactive, 401") << 1 << "inactive" << 401 << "yes"
                                            << "The last delivery failed"
                                            << "Your SIEM refused the authorization — set it again and Apply."
                                            << "401 Unauthorized: refused";
    QTest::newRow("enabled, inactive, 404") << 1 << "inactive" << 404 << "yes"
                                            << "The last delivery failed"
                                            << "correct the path"
                                            << "404 Not Found: refused";
    QTest::newRow("disabled, active") << 2 << "active" << 0 << "no"
                                      << "Konnect is not sending"
                                      << "tick Enabled"
                                      << "no HTTP answer";
    QTest::newRow("disabled, inactive, 503") << 2 << "inactive" << 503 << "no"
                                             << "then turned off"
                                             << "overloaded or unavailable"
                                             << "503 Service Unavailable";
    QTest::newRow("disabled, unconfigured") << 0 << "unconfigured" << 0 << "no"
                                            << "Nothing is configured in this region"
                                            << "endpoint and authorization"
                                            << "";
}

void TestGuiStatus::rendersEveryCombination()
{
    QFETCH(int, configured);
    QFETCH(QString, status);
    QFETCH(int, code);
    QFETCH(QString, enabledText);
    QFETCH(QString, meaning);
    QFETCH(QString, advice);
    QFETCH(QString, response);

    Harness h;
    if (configured) {
        WebhookConfig config = Harness::splunkConfig();
        config.enabled = configured == 1;
        QVERIFY(h.seed(config));
    }
    const QDateTime attempt = h.clock.now().addSecs(-5 * 60);
    if (configured) {
        QVERIFY(!h.emulator
                     .setWebhookStatus({{QStringLiteral("webhook_status"), status},
                                        {QStringLiteral("last_attempt_at"), ReplayWindow::toRfc3339(attempt)},
                                        {QStringLiteral("last_response_code"), code},
                                        {QStringLiteral("last_response_message"),
                                         code == 200 ? QStringLiteral("accepted") : QStringLiteral("refused")}})
                     .has_value());
    }
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    showTab(h, QStringLiteral("statusTab"));
    // Konnect's word stays in the tooltip; the label says it in words.
    QTRY_VERIFY(h.child<QLabel>(QStringLiteral("statusStateValueLabel"))->toolTip().contains(status));
    QVERIFY(h.labelText(QStringLiteral("statusStateValueLabel")) != status);
    QCOMPARE(h.labelText(QStringLiteral("statusEnabledValueLabel")), enabledText);
    QVERIFY2(h.labelText(QStringLiteral("statusMeaningValueLabel")).contains(meaning),
             qPrintable(h.labelText(QStringLiteral("statusMeaningValueLabel"))));
    QVERIFY2(h.labelText(QStringLiteral("statusAdviceValueLabel")).contains(advice),
             qPrintable(h.labelText(QStringLiteral("statusAdviceValueLabel"))));
    QVERIFY(h.child<QLabel>(QStringLiteral("statusAdviceValueLabel"))->isVisible());
    const QString lastAttempt = h.labelText(QStringLiteral("statusLastAttemptValueLabel"));
    const QString lastResponse = h.labelText(QStringLiteral("statusLastResponseValueLabel"));
    if (configured) {
        const QString local = attempt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(lastAttempt, QStringLiteral("5 minutes ago (%1 local time)").arg(local));
        QVERIFY2(lastResponse.startsWith(response), qPrintable(lastResponse));
    } else {
        QCOMPARE(lastAttempt, QStringLiteral("never"));
        QCOMPARE(lastResponse, QStringLiteral("none yet"));
    }
}

void TestGuiStatus::refreshesOnlyWhileVisible()
{
    Harness h;
    openAfterStartUpStatus(h);
    auto* tab = h.child<StatusTab>(QStringLiteral("statusTab"));
    // Hidden: the one start-up request, no polling however long.
    QVERIFY(!tab->isPolling());
    h.clock.advance(5 * StatusTab::refreshIntervalMs);
    QCOMPARE(statusRequests(h.emulator), 1);

    showTab(h, QStringLiteral("statusTab"));
    QTRY_COMPARE(statusRequests(h.emulator), 2);
    QTRY_COMPARE(h.labelText(QStringLiteral("statusStateValueLabel")), QStringLiteral("delivering"));
    // The start-up answer already said so: wait for this request's answer, which starts the 30 s.
    QTRY_VERIFY(h.child<QPushButton>(QStringLiteral("refreshStatusButton"))->isEnabled());
    QVERIFY(tab->isPolling());
    h.clock.advance(StatusTab::refreshIntervalMs - 1000);
    QCOMPARE(statusRequests(h.emulator), 2);
    h.clock.advance(1000);
    QTRY_COMPARE(statusRequests(h.emulator), 3);
    QTRY_VERIFY(h.child<QPushButton>(QStringLiteral("refreshStatusButton"))->isEnabled());

    // Another tab: no more polling, however long it stays there.
    showTab(h, QStringLiteral("configureTab"));
    QVERIFY(!tab->isPolling());
    h.clock.advance(5 * StatusTab::refreshIntervalMs);
    h.child<QPushButton>(QStringLiteral("refreshButton"))->click(); // a request we can wait for
    QTRY_VERIFY(!h.window->controller()->isBusy());
    QCOMPARE(statusRequests(h.emulator), 3);

    // Back: at once, then every 30 s again.
    showTab(h, QStringLiteral("statusTab"));
    QTRY_COMPARE(statusRequests(h.emulator), 4);
    QTRY_VERIFY(h.child<QPushButton>(QStringLiteral("refreshStatusButton"))->isEnabled());
    h.clock.advance(StatusTab::refreshIntervalMs);
    QTRY_COMPARE(statusRequests(h.emulator), 5);
}

void TestGuiStatus::refreshesAfterAnApply()
{
    Harness h;
    openAfterStartUpStatus(h);
    showTab(h, QStringLiteral("statusTab"));
    QTRY_COMPARE(h.labelText(QStringLiteral("statusEnabledValueLabel")), QStringLiteral("yes"));
    QTRY_COMPARE(statusRequests(h.emulator), 2);

    // Turned off from the form (the Status tab stays in front): the status follows without waiting 30 s.
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.window->requestApply();
    QTRY_VERIFY(!h.emulator.webhook().isEnabled());
    QTRY_COMPARE(statusRequests(h.emulator), 3);
    QTRY_COMPARE(h.labelText(QStringLiteral("statusEnabledValueLabel")), QStringLiteral("no"));
    QVERIFY(h.labelText(QStringLiteral("statusMeaningValueLabel")).contains(QStringLiteral("not sending")));
}

void TestGuiStatus::neverOverlapsRequests()
{
    Harness h;
    openAfterStartUpStatus(h);
    EmulatorFault slow;
    slow.delayMs = 1500;
    h.emulator.addFault(slow);
    auto* tab = h.child<StatusTab>(QStringLiteral("statusTab"));
    showTab(h, QStringLiteral("statusTab"));
    QTRY_COMPARE(statusRequests(h.emulator), 2);
    QVERIFY(!h.child<QPushButton>(QStringLiteral("refreshStatusButton"))->isEnabled());

    // While Konnect takes its time: the interval passes, Refresh is asked for, an Apply's refresh comes.
    h.clock.advance(StatusTab::refreshIntervalMs);
    tab->refreshNow();
    tab->refreshAfterChange();
    QTest::qWait(300); // well inside the 1.5 s the first answer takes
    QCOMPARE(statusRequests(h.emulator), 2);

    // One more question after the answer (it may predate what prompted them), then the usual rhythm.
    QTRY_COMPARE(statusRequests(h.emulator), 3);
    QTRY_COMPARE(h.labelText(QStringLiteral("statusStateValueLabel")), QStringLiteral("delivering"));
    QTRY_VERIFY(h.child<QPushButton>(QStringLiteral("refreshStatusButton"))->isEnabled());
    QCOMPARE(statusRequests(h.emulator), 3);
    h.clock.advance(StatusTab::refreshIntervalMs);
    QTRY_COMPARE(statusRequests(h.emulator), 4);
}

void TestGuiStatus::explainsAFailedRequest()
{
    Harness h;
    openAfterStartUpStatus(h);
    EmulatorFault forbidden;
    forbidden.status = 403;
    h.emulator.addFault(forbidden);
    showTab(h, QStringLiteral("statusTab"));
    QTRY_VERIFY2(h.labelText(QStringLiteral("statusNoteLabel")).contains(QStringLiteral("Organization Admin")),
                 qPrintable(h.labelText(QStringLiteral("statusNoteLabel"))));
}

QTEST_MAIN(TestGuiStatus)
#include "tst_gui_status.moc"
