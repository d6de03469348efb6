#include "tst_gui_harness.h"

#include "ConnectionTestPanel.h"
#include "DeliveryWatch.h"
#include "DemoSession.h"
#include "EmulatedScope.h"
#include "HttpResponse.h"
#include "ReceivedEventsPanel.h"
#include "ReplayWindow.h"
#include "RequestProgressWidget.h"
#include "SiemReceiver.h"
#include "WebhookForm.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>

using namespace GuiTest;

class TestGuiConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void deliversToALocalReceiver();
    void explainsARefusedAuthorization();
    void addsTheVendorPresetsHint();
    void retryCountdownRunsAndCancelStops();
    void konnectTokenNeverReachesTheReceiver();
    void worksWithoutAToken();
    void watchesKonnectsOwnNextDelivery();
    void stopsWatchingWhenAsked();
    void demoReceiverShowsReceivedEventsWithValidSignatures();
};

namespace {
const QString kSiemSecret = QStringLiteral("siem-secret-0042");

void fillForm(Harness& h, const QUrl& endpoint, const QString& credential)
{
    h.replaceText(QStringLiteral("endpointEdit"), endpoint.toString());
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Bearer"));
    h.replaceText(QStringLiteral("authorizationEdit"), credential);
}

QStringList column(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}
} // namespace

void TestGuiConnectionTest::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiConnectionTest::deliversToALocalReceiver()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setExpectedAuthorization(QStringLiteral("Bearer ") + kSiemSecret);
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    fillForm(h, receiver.url(QStringLiteral("/in")), kSiemSecret);
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("cef"));

    h.child<QPushButton>(QStringLiteral("testConnectionButton"))->click();
    QTRY_VERIFY2(
        h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("Konnect will be able to deliver")),
        qPrintable(h.labelText(QStringLiteral("verdictLabel"))));
    QVERIFY(h.child<QPushButton>(QStringLiteral("testConnectionButton"))->isEnabled());
    QCOMPARE(receiver.deliveries().size(), 1);
    const SiemReceiver::Delivery& delivery = receiver.deliveries().constFirst();
    QCOMPARE(delivery.request.header("Authorization"), (QStringLiteral("Bearer ") + kSiemSecret).toUtf8());
    QCOMPARE(delivery.events.size(), 3);
    QVERIFY(delivery.events.constFirst().format == LogFormat::Cef);

    // The Konnect half's lines, what was sent, and the attempt.
    const QString konnect = h.labelText(QStringLiteral("konnectLinesLabel"));
    QCOMPARE(konnect.count(QStringLiteral("✓")), 3);
    const QString sent = h.labelText(QStringLiteral("siemSettingsLabel"));
    QVERIFY2(sent.contains(QStringLiteral("CEF")) && sent.contains(receiver.url(QStringLiteral("/in")).toString())
                 && sent.contains(QStringLiteral("the authorization from the form")),
             qPrintable(sent));
    auto* attempts = h.child<QTableWidget>(QStringLiteral("siemAttemptsTable"));
    QCOMPARE(attempts->rowCount(), 1);
    QCOMPARE(attempts->item(0, 1)->text(), QStringLiteral("application/gzip"));
    QCOMPARE(attempts->item(0, 2)->text(), QStringLiteral("200 OK"));
    QCOMPARE(attempts->item(0, 4)->text(), QStringLiteral("—"));
    QVERIFY(!h.labelText(QStringLiteral("verdictLabel")).contains(kSiemSecret));
}

void TestGuiConnectionTest::explainsARefusedAuthorization()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setExpectedAuthorization(QStringLiteral("Bearer the-right-one"));
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    fillForm(h, receiver.url(QStringLiteral("/in")), kSiemSecret);
    h.window->runConnectionTest();
    QTRY_VERIFY2(h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("refused the authorization")),
                 qPrintable(h.labelText(QStringLiteral("verdictLabel"))));
    QVERIFY(h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("401")));
    // Final: Konnect does not retry a 401, so neither does the test.
    QCOMPARE(receiver.deliveries().size(), 1);
    QCOMPARE(column(h.child<QTableWidget>(QStringLiteral("siemAttemptsTable")), 2),
             QStringList {QStringLiteral("401 Unauthorized")});
}

void TestGuiConnectionTest::addsTheVendorPresetsHint()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.queueAnswers(
        {HttpResponse::json(403,
                            QJsonDocument(QJsonObject {{QStringLiteral("text"), QStringLiteral("Invalid token")},
                                                       {QStringLiteral("code"), 4}}))});
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.window->findChild<WebhookForm*>()->choosePreset(QStringLiteral("splunk-hec"));
    h.replaceText(QStringLiteral("endpointEdit"), receiver.url(QStringLiteral("/services/collector/raw")).toString());
    h.replaceText(QStringLiteral("authorizationEdit"), kSiemSecret);
    h.window->runConnectionTest();
    QTRY_VERIFY2(
        h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("Splunk does not know this HEC token")),
        qPrintable(h.labelText(QStringLiteral("verdictLabel"))));
    QVERIFY(h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("refused the authorization")));
    QCOMPARE(receiver.deliveries().constFirst().request.header("Authorization"),
             (QStringLiteral("Splunk ") + kSiemSecret).toUtf8());
}

void TestGuiConnectionTest::retryCountdownRunsAndCancelStops()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    HttpResponse busy = HttpResponse::text(503, "busy");
    busy.setHeader("Retry-After", "4");
    receiver.queueAnswers({busy, busy, busy});
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    fillForm(h, receiver.url(QStringLiteral("/in")), kSiemSecret);
    h.child<QPushButton>(QStringLiteral("testConnectionButton"))->click();

    auto* progress = h.child<RequestProgressWidget>(QStringLiteral("connectionTestProgress"));
    QVERIFY(progress);
    QTRY_VERIFY2(progress->statusText().contains(QStringLiteral("attempt 1 of 5, retrying in 4 s")),
                 qPrintable(progress->statusText()));
    QVERIFY(progress->isVisible());
    QVERIFY(!h.child<QPushButton>(QStringLiteral("testConnectionButton"))->isEnabled());
    auto* attempts = h.child<QTableWidget>(QStringLiteral("siemAttemptsTable"));
    QCOMPARE(column(attempts, 2), QStringList {QStringLiteral("503 Service Unavailable")});
    QCOMPARE(attempts->item(0, 4)->text(), QLocale().toString(4.0, 'f', 1) + QStringLiteral(" s"));
    h.clock.advance(1000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("retrying in 3 s")));
    h.clock.advance(3000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("attempt 2 of 5, retrying in 4 s")));
    QCOMPARE(receiver.deliveries().size(), 2);

    h.child<QPushButton>(QStringLiteral("connectionTestCancelButton"))->click();
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY2(h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("ancel")),
             qPrintable(h.labelText(QStringLiteral("verdictLabel"))));
    QVERIFY(h.child<QPushButton>(QStringLiteral("testConnectionButton"))->isEnabled());
    h.clock.advance(60000);
    QCOMPARE(receiver.deliveries().size(), 2);
}

void TestGuiConnectionTest::konnectTokenNeverReachesTheReceiver()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    fillForm(h, receiver.url(QStringLiteral("/in")), kSiemSecret);
    for (const QString& format : {QStringLiteral("cef"), QStringLiteral("json"), QStringLiteral("cps")}) {
        h.chooseCombo(QStringLiteral("logFormatCombo"), format);
        const qsizetype before = receiver.deliveries().size();
        h.window->runConnectionTest();
        QTRY_COMPARE(receiver.deliveries().size(), before + 1);
        QTRY_VERIFY(!h.window->findChild<ConnectionTestPanel*>()->isRunning());
    }
    const QByteArray token = GuiTest::token.toUtf8();
    for (const SiemReceiver::Delivery& delivery : receiver.deliveries()) {
        for (const auto& header : delivery.request.headers)
            QVERIFY2(!header.second.contains(token), header.first.constData());
        QVERIFY(!delivery.request.target.contains(token));
        const auto body = SiemReceiver::gunzip(delivery.request.body, 1 << 20);
        QVERIFY(body);
        QVERIFY(!body->contains(token));
        QVERIFY(!delivery.request.body.contains(token));
    }
    // The Konnect half did talk to Konnect with it.
    QVERIFY(h.labelText(QStringLiteral("konnectLinesLabel")).contains(QStringLiteral("✓")));
}

void TestGuiConnectionTest::worksWithoutAToken()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    Harness h;
    h.openInMemory(QString());
    QTRY_VERIFY(!h.window->session()->hasToken());
    h.replaceText(QStringLiteral("endpointEdit"), receiver.url(QStringLiteral("/in")).toString());
    h.window->runConnectionTest();
    QTRY_VERIFY(
        h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("Konnect will be able to deliver")));
    const QString konnect = h.labelText(QStringLiteral("konnectLinesLabel"));
    QVERIFY2(konnect.contains(QStringLiteral("Not checked")), qPrintable(konnect));
    QVERIFY(h.labelText(QStringLiteral("siemSettingsLabel")).contains(QStringLiteral("no authorization")));
    QVERIFY(!receiver.deliveries().constFirst().request.hasHeader("Authorization"));
}

void TestGuiConnectionTest::watchesKonnectsOwnNextDelivery()
{
    SiemReceiver receiver;
    QVERIFY(receiver.listen());
    Harness h;
    h.emulator.setClock(&h.clock); // Konnect's updated_at and the watch share one time line
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* watch = h.child<QPushButton>(QStringLiteral("watchDeliveryButton"));
    QVERIFY(!watch->isVisible());

    // The desk test first, then Apply.
    fillForm(h, receiver.url(QStringLiteral("/in")), kSiemSecret);
    h.window->runConnectionTest();
    QTRY_VERIFY(
        h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("Konnect will be able to deliver")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.window->requestApply();
    QTRY_COMPARE(h.emulator.webhook().endpoint(), receiver.url(QStringLiteral("/in")).toString());
    QTRY_VERIFY(watch->isVisible());
    // An attempt before the Apply does not count.
    QVERIFY(!h.emulator
                 .setWebhookStatus(
                     {{QStringLiteral("last_attempt_at"), ReplayWindow::toRfc3339(h.clock.now().addSecs(-600))},
                      {QStringLiteral("last_response_code"), 200}})
                 .has_value());
    watch->click();
    QTRY_VERIFY2(h.labelText(QStringLiteral("konnectWordLabel")).contains(QStringLiteral("checked 1 time")),
                 qPrintable(h.labelText(QStringLiteral("konnectWordLabel"))));
    QVERIFY(h.child<QPushButton>(QStringLiteral("stopWatchButton"))->isVisible());

    // Konnect's own delivery is refused, whatever the desk test said.
    h.clock.advance(10000);
    QVERIFY(!h.emulator
                 .setWebhookStatus({{QStringLiteral("webhook_status"), QStringLiteral("inactive")},
                                    {QStringLiteral("last_attempt_at"), ReplayWindow::toRfc3339(h.clock.now())},
                                    {QStringLiteral("last_response_code"), 401},
                                    {QStringLiteral("last_response_message"), QStringLiteral("invalid token")}})
                 .has_value());
    h.clock.advance(20000);
    QTRY_VERIFY2(
        h.labelText(QStringLiteral("konnectWordLabel")).contains(QStringLiteral("401 Unauthorized (invalid token)")),
        qPrintable(h.labelText(QStringLiteral("konnectWordLabel"))));
    QVERIFY(h.labelText(QStringLiteral("konnectWordLabel"))
                .contains(QStringLiteral("Your SIEM refused the authorization — set it again and Apply.")));
    QVERIFY(h.labelText(QStringLiteral("verdictLabel")).contains(QStringLiteral("Konnect will be able to deliver")));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("stopWatchButton"))->isVisible());
    // Done: no more status requests.
    const auto statusReads = [&h] {
        int count = 0;
        for (const QJsonValue& entry : h.emulator.requestLog())
            count += entry.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/status"));
        return count;
    };
    const int reads = statusReads();
    h.clock.advance(120000);
    QCOMPARE(statusReads(), reads);
}

void TestGuiConnectionTest::stopsWatchingWhenAsked()
{
    Harness h;
    h.emulator.setClock(&h.clock);
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://other.example.com/in"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.window->requestApply();
    auto* watch = h.child<QPushButton>(QStringLiteral("watchDeliveryButton"));
    QTRY_VERIFY(watch->isVisible());
    watch->click();
    auto* panel = h.window->findChild<ConnectionTestPanel*>();
    QTRY_VERIFY(h.labelText(QStringLiteral("konnectWordLabel")).contains(QStringLiteral("checked 1 time")));
    QVERIFY(panel->isWatching());
    h.child<QPushButton>(QStringLiteral("stopWatchButton"))->click();
    QVERIFY(!panel->isWatching());
    QVERIFY(h.labelText(QStringLiteral("konnectWordLabel")).contains(QStringLiteral("Stopped watching")));
    QVERIFY(watch->isVisible()); // can watch again
    QCOMPARE(h.clock.pendingCount(), 0);
}

void TestGuiConnectionTest::demoReceiverShowsReceivedEventsWithValidSignatures()
{
    DemoSession demo;
    QVERIFY(demo.start());
    QVERIFY(demo.receiverUrl().scheme() == QLatin1String("https"));
    // The inline v2 flow: the demo's organization webhook is bound to its destination; unbind it first.
    demo.emulator()->scope(QString(), QString())->setBinding(EmulatedBinding {}, QDateTime::currentDateTimeUtc());
    const qsizetype seeded = demo.receiver()->deliveries().size();
    ManualClock clock;
    DemoWindow demoWindow(demo, &clock);
    QVERIFY(demoWindow.started);
    MainWindow& window = demoWindow.window;
    QTRY_VERIFY(window.controller()->current().has_value());
    QCOMPARE(seeded, 0); // seeding delivers nothing by itself

    // Nothing is pre-filled: the user picks the demo receiver.
    auto* endpoint = window.findChild<QLineEdit*>(QStringLiteral("endpointEdit"));
    QVERIFY(endpoint->text().isEmpty());
    QAction* use = window.findChild<QAction*>(QStringLiteral("useDemoReceiverAction"));
    QVERIFY(use);
    use->trigger();
    QCOMPARE(endpoint->text(), demo.receiverUrl().toString());
    QVERIFY(window.findChild<QCheckBox*>(QStringLiteral("skipTlsCheckBox"))->isChecked());
    QCOMPARE(window.findChild<WebhookForm*>()->presetId(), DemoSession::receiverPresetId());
    QVERIFY(!window.findChild<WebhookForm*>()->composedAuthorization().isEmpty());
    QVERIFY(window.canApply()); // the form is complete

    window.findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
    auto* panel = window.findChild<ReceivedEventsPanel*>(QStringLiteral("receivedEventsPanel"));
    QVERIFY(panel);
    QTRY_COMPARE(panel->eventCount(), 3);
    auto* events = panel->findChild<QTableWidget*>(QStringLiteral("receivedEventsTable"));
    QCOMPARE(column(events, 4), QStringList(3, QStringLiteral("valid")));
    // The receiver's action keeps the form's log format (CEF for a new webhook).
    QCOMPARE(column(events, 2), QStringList(3, QStringLiteral("CEF")));
    QVERIFY(column(events, 3).join(QLatin1Char(' ')).contains(QStringLiteral("AUTHENTICATION_OUTCOME")));
    QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("verdictLabel"))
                    ->text()
                    .contains(QStringLiteral("Konnect will be able to deliver")));
    for (const auto& header : demo.receiver()->deliveries().constFirst().request.headers)
        QVERIFY(!header.second.contains(demo.token().toUtf8()));

    // Applied, the emulated Konnect delivers on its own, and watching its next delivery gets its word.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    auto* watch = window.findChild<QPushButton*>(QStringLiteral("watchDeliveryButton"));
    QTRY_VERIFY(watch->isVisible());
    watch->click();
    // The organization's deliveries only: the seeded Partner Portal (still bound) delivers its own events too.
    const auto organizationDeliveries = [&demo] {
        QList<SiemReceiver::Delivery> found;
        for (const SiemReceiver::Delivery& delivery : demo.receiver()->deliveries()) {
            if (!delivery.events.isEmpty() && !delivery.events.constFirst().line.contains("|Dev-Portal|"))
                found << delivery;
        }
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(organizationDeliveries().size(), 2, 10000);
    auto* word = window.findChild<QLabel*>(QStringLiteral("konnectWordLabel"));
    for (int i = 0; i < 20 && !word->text().contains(QStringLiteral("200 OK")); ++i) {
        clock.advance(DeliveryWatch::intervalMs); // the watch asks Konnect's status at its pace
        QTest::qWait(200);
    }
    QVERIFY2(word->text().contains(QStringLiteral("Konnect's delivery at"))
                 && word->text().contains(QStringLiteral("200 OK")),
             qPrintable(word->text()));
    QCOMPARE(organizationDeliveries().at(1).events.size(), 3);
}

QTEST_MAIN(TestGuiConnectionTest)
#include "tst_gui_connectiontest.moc"
