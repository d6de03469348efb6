#include "tst_gui_harness.h"

#include "ActivityPanel.h"
#include "ApplyDiffDialog.h"
#include "DemoSession.h"
#include "DestinationsController.h"
#include "DestinationsPage.h"
#include "FieldMessage.h"
#include "HttpServer.h"
#include "ImportDialog.h"
#include "ProblemJson.h"
#include "ProfileDialog.h"
#include "RequestProgressWidget.h"
#include "SecretRedactor.h"
#include "WebhookForm.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

using namespace GuiTest;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void loadsWhatKonnectHas();
    void unconfiguredWebhookAsksForEverything();
    void applyIsOnlyAvailableForValidChanges();
    void diffDialogShowsChangesAndCancelSendsNothing();
    void appliesAfterConfirmingWithMaskedSecrets();
    void keepsTheStoredAuthorizationWhenNoneIsTyped();
    void retryCountdownRunsAndCancelStops();
    void retryCountdownReachesTheNextAttempt();
    void givesUpAfterRetriesAndKeepsEdits();
    void explainsTokenAndAdminRefusals();
    void showsKonnectsFieldErrorsNextToTheFields();
    void activityPanelRedactsSecrets();
    void skipTlsShowsAWarning();
    void authorizationIsHiddenUntilShown();
    void keyboardShortcutsRefreshAndApply();
    void everyControlHasAnAccessibleName();
    void mnemonicsAreUniqueInTheWindow();
    void messagesReadWellOnDarkAndLightPalettes();
    void demoSessionRunsOnTheEmbeddedEmulator();
    void hidesFieldMessagesWithoutAFormLayout();
    void escapeCancelsOneShownRequestPerPress();
};

void TestGuiMainWindow::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiMainWindow::loadsWhatKonnectHas()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QCOMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")), Harness::splunkConfig().endpoint);
    QCOMPARE(h.labelText(QStringLiteral("currentAuthorizationValueLabel")), QStringLiteral("set, hidden by Konnect"));
    QCOMPARE(h.labelText(QStringLiteral("currentLogFormatValueLabel")), QStringLiteral("JSON"));
    QVERIFY(h.labelText(QStringLiteral("currentEnabledValueLabel")).startsWith(QStringLiteral("yes")));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), Harness::splunkConfig().endpoint);
    QVERIFY(h.child<QLineEdit>(QStringLiteral("authorizationEdit"))->text().isEmpty());
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(h.labelText(QStringLiteral("applyStateLabel")).contains(QStringLiteral("Nothing to apply")));
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("Konnect Audit Webhook")));
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("test")));
}

void TestGuiMainWindow::unconfiguredWebhookAsksForEverything()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QCOMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")), QStringLiteral("none"));
    QCOMPARE(h.labelText(QStringLiteral("currentAuthorizationValueLabel")), QStringLiteral("not set"));
    QVERIFY(h.labelText(QStringLiteral("currentStateLabel")).contains(QStringLiteral("No webhook is configured")));
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://siem.example.com/in"));
    // Konnect refuses a new webhook without an authorization: the form says so before anything is sent.
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(h.labelText(QStringLiteral("authorizationErrorLabel")).contains(QStringLiteral("needs an authorization")));
    h.replaceText(QStringLiteral("authorizationEdit"), QStringLiteral("new-token-value"));
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
}

void TestGuiMainWindow::applyIsOnlyAvailableForValidChanges()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* apply = h.child<QPushButton>(QStringLiteral("applyButton"));
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("http://siem.example.com/in"));
    QVERIFY(!apply->isEnabled());
    QVERIFY(h.labelText(QStringLiteral("endpointErrorLabel")).contains(QStringLiteral("HTTPS")));
    QVERIFY(h.labelText(QStringLiteral("applyStateLabel")).contains(QStringLiteral("Fix the fields")));
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://siem.example.com/in"));
    QVERIFY(apply->isEnabled());
    QVERIFY(h.labelText(QStringLiteral("endpointErrorLabel")).isEmpty()); // its line stays, empty
    // Back to what Konnect has: nothing to apply.
    h.replaceText(QStringLiteral("endpointEdit"), Harness::splunkConfig().endpoint);
    QVERIFY(!apply->isEnabled());
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    QVERIFY(apply->isEnabled());
    h.child<QPushButton>(QStringLiteral("discardEditsButton"))->click();
    QVERIFY(h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->isChecked());
    QVERIFY(!apply->isEnabled());
}

void TestGuiMainWindow::diffDialogShowsChangesAndCancelSendsNothing()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://other.example.com/in"));
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("cef"));
    const int requestsBefore = int(h.emulator.requestLog().size());
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();

    ApplyDiffDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = h.window->findChild<ApplyDiffDialog*>()) && dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("diffTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Endpoint"));
    QCOMPARE(table->item(0, 1)->text(), Harness::splunkConfig().endpoint);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("https://other.example.com/in"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Log format"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("JSON"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("CEF"));
    dialog->findChild<QPushButton*>(QStringLiteral("cancelApplyButton"))->click();
    QTRY_VERIFY(!h.window->findChild<ApplyDiffDialog*>());
    QCOMPARE(int(h.emulator.requestLog().size()), requestsBefore);
    QCOMPARE(h.emulator.webhook().endpoint(), Harness::splunkConfig().endpoint);
    // The edits are still there.
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(),
             QStringLiteral("https://other.example.com/in"));
}

void TestGuiMainWindow::appliesAfterConfirmingWithMaskedSecrets()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    const QString secret = QStringLiteral("brand-new-hec-secret-42");
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://other.example.com/in"));
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Splunk"));
    h.replaceText(QStringLiteral("authorizationEdit"), secret);

    // The real dialog, accepted with its Apply button.
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    ApplyDiffDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = h.window->findChild<ApplyDiffDialog*>()) && dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("diffTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Authorization"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("set, hidden by Konnect"));
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < 3; ++column)
            QVERIFY(!table->item(row, column)->text().contains(secret));
    }
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("https://other.example.com/in")));
    QVERIFY(!MessageBox::lastQuestion().contains(secret));
    dialog->findChild<QPushButton*>(QStringLiteral("confirmApplyButton"))->click();

    QTRY_COMPARE(h.emulator.webhook().endpoint(), QStringLiteral("https://other.example.com/in"));
    QCOMPARE(h.emulator.webhook().authorization(), QStringLiteral("Splunk ") + secret);
    QTRY_COMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")),
                 QStringLiteral("https://other.example.com/in"));
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).startsWith(QStringLiteral("Applied")));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    // The authorization just applied is known, so it is not a change any more.
    QVERIFY(!h.window->findChild<WebhookForm*>()->desired().authorization.has_value());
}

void TestGuiMainWindow::keepsTheStoredAuthorizationWhenNoneIsTyped()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY(!h.emulator.webhook().isEnabled());
    QCOMPARE(h.emulator.webhook().authorization(), *Harness::splunkConfig().authorization);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Enabled: yes → no")));
    const QJsonArray log = h.emulator.requestLog();
    const QJsonObject last = log.last().toObject();
    QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
}

void TestGuiMainWindow::retryCountdownRunsAndCancelStops()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    EmulatorFault busy;
    busy.status = 503;
    busy.retryAfter = QByteArray("4");
    h.emulator.addFaults({busy, busy, busy});
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();

    auto* progress = h.window->findChild<RequestProgressWidget*>();
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("attempt 1 of 5, retrying in 4 s")));
    QVERIFY(progress->isVisible());
    QVERIFY(progress->statusText().contains(QStringLiteral("503")));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    h.clock.advance(1000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("retrying in 3 s")));
    h.clock.advance(1000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("retrying in 2 s")));

    h.window->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).startsWith(QStringLiteral("Cancelled")));
    QVERIFY(h.emulator.webhook().isEnabled()); // never reached Konnect
    // The edit is kept and can be applied again.
    QVERIFY(!h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->isChecked());
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
}

void TestGuiMainWindow::retryCountdownReachesTheNextAttempt()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    EmulatorFault busy;
    busy.status = 503;
    h.emulator.addFaults({busy, busy});
    h.child<QPushButton>(QStringLiteral("refreshButton"))->click();
    auto* progress = h.window->findChild<RequestProgressWidget*>();
    QTRY_VERIFY2(progress->statusText().contains(QStringLiteral("attempt 1 of 5, retrying in 1 s")),
                 qPrintable(progress->statusText()));
    h.clock.advance(1000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("attempt 2 of 5, retrying in 2 s")));
    h.clock.advance(1000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("retrying in 1 s")));
    h.clock.advance(1000);
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")), Harness::splunkConfig().endpoint);
    auto* panel = h.window->findChild<ActivityPanel*>();
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("activityTable"));
    // The refresh reads v3 first: the binding is what took the two 503s.
    int row = table->rowCount() - 1;
    while (row > 0 && table->item(row, 2)->text() != QLatin1String("/v3/audit-log-webhook"))
        --row;
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("/v3/audit-log-webhook"));
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("200"));
}

void TestGuiMainWindow::givesUpAfterRetriesAndKeepsEdits()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.clock.setAutoAdvance(true);
    EmulatorFault down;
    down.status = 502;
    h.emulator.addFaults({down, down, down, down, down});
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://kept.example.com/in"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("gave up")));
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("502")));
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("5 attempt")));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), QStringLiteral("https://kept.example.com/in"));
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    QCOMPARE(h.emulator.webhook().endpoint(), Harness::splunkConfig().endpoint);
}

void TestGuiMainWindow::explainsTokenAndAdminRefusals()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    const QString nonAdmin = QStringLiteral("kpat_NotAnAdminToken0123456789abcdefghijk");
    h.emulator.setForbiddenToken(nonAdmin);
    h.openInMemory(nonAdmin);
    QTRY_VERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("Organization Admin")));
    QVERIFY(h.labelText(QStringLiteral("currentStateLabel")).contains(QStringLiteral("403")));

    Harness other;
    other.openInMemory(QStringLiteral("kpat_WrongToken0123456789abcdefghijklmnop"));
    QTRY_VERIFY(other.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("invalid or has expired")));
}

void TestGuiMainWindow::showsKonnectsFieldErrorsNextToTheFields()
{
    // A stand-in that refuses every change the way Konnect does, naming two fields.
    HttpServer server;
    server.setHandler([](const HttpRequest& request, HttpExchange& exchange) {
        if (request.method == "GET") {
            exchange.respond(HttpResponse::json(
                200,
                QJsonDocument(QJsonObject {{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/")},
                                           {QStringLiteral("enabled"), true},
                                           {QStringLiteral("log_format"), QStringLiteral("cef")}})));
            return;
        }
        exchange.respond(ProblemJson::response(
            400, QStringLiteral("Bad Request"), QStringLiteral("Invalid parameters"),
            {ProblemJson::invalidParameter(QStringLiteral("endpoint"), QStringLiteral("host is not allowed")),
             ProblemJson::invalidParameter(QStringLiteral("log_format"), QStringLiteral("not supported here")),
             ProblemJson::invalidParameter(QStringLiteral("retention"), QStringLiteral("too long"))}));
    });
    QVERIFY(server.listen());
    Harness h;
    h.emulator.close();
    // Point the in-memory profile at the stand-in.
    Profile profile;
    profile.name = QStringLiteral("test");
    profile.region = QStringLiteral("global");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(server.serverPort()));
    GuiContext context;
    context.clock = &h.clock;
    context.client = &h.client;
    context.settings = h.settings.get();
    context.inMemoryProfile = profile;
    context.inMemoryToken = token;
    h.window = std::make_unique<MainWindow>(context);
    h.window->show();
    h.window->start();
    QTRY_VERIFY(h.loaded());

    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://b.example.com/"));
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("json"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY(h.labelText(QStringLiteral("endpointErrorLabel")).contains(QStringLiteral("host is not allowed")));
    QVERIFY(h.labelText(QStringLiteral("logFormatErrorLabel")).contains(QStringLiteral("not supported here")));
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("next to the fields")));
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("retention: too long")));
    // Edits are kept, and editing a field clears Konnect's complaint about it.
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), QStringLiteral("https://b.example.com/"));
    QTest::keyClicks(h.child<QLineEdit>(QStringLiteral("endpointEdit")), QStringLiteral("x"));
    QVERIFY(!h.labelText(QStringLiteral("endpointErrorLabel")).contains(QStringLiteral("host is not allowed")));
    QVERIFY(h.labelText(QStringLiteral("logFormatErrorLabel")).contains(QStringLiteral("not supported here")));
}

void TestGuiMainWindow::activityPanelRedactsSecrets()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QTRY_COMPARE(statusRequests(h.emulator), 1); // the start-up status, for the failing-webhook banner
    const QString secret = QStringLiteral("activity-secret-hec-value");
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Splunk"));
    h.replaceText(QStringLiteral("authorizationEdit"), secret);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_COMPARE(h.emulator.webhook().authorization(), QStringLiteral("Splunk ") + secret);

    auto* panel = h.window->findChild<ActivityPanel*>();
    // The load (v3 binding, v2 inline webhook, the region's Dev Portals) and the start-up status, then the PUT.
    QTRY_COMPARE(panel->entryCount(), 5);
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("activityTable"));
    QStringList paths;
    for (int row = 0; row < table->rowCount(); ++row)
        paths << table->item(row, 1)->text() + QLatin1Char(' ') + table->item(row, 2)->text();
    QVERIFY2(paths.contains(QStringLiteral("GET /v2/audit-log-webhook")), qPrintable(paths.join(QLatin1Char(','))));
    QVERIFY2(paths.contains(QStringLiteral("GET /v2/audit-log-webhook/status")),
             qPrintable(paths.join(QLatin1Char(','))));
    QCOMPARE(table->item(4, 1)->text(), QStringLiteral("PUT"));
    QCOMPARE(table->item(4, 3)->text(), QStringLiteral("200"));
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QVERIFY(!table->item(row, column)->text().contains(secret));
            QVERIFY(!table->item(row, column)->text().contains(token));
        }
    }
    table->selectRow(4);
    const QString curl = panel->curlCommandForSelection();
    QVERIFY(curl.split(QLatin1Char('\n')).constLast().startsWith(QStringLiteral("curl -X ")));
    QVERIFY(curl.contains(QStringLiteral("$KONNECT_TOKEN")));
    // Run as it is, the command must not store mask characters as the authorization.
    QVERIFY2(!curl.contains(SecretRedactor::mask()), qPrintable(curl));
    QVERIFY2(curl.contains(QStringLiteral("\"authorization\":\"'\"$SIEM_AUTHORIZATION\"'\"")), qPrintable(curl));
    QVERIFY(curl.startsWith(QStringLiteral("# Set SIEM_AUTHORIZATION first")));
    QVERIFY(!curl.contains(secret));
    QVERIFY(!curl.contains(token));
    auto* copy = panel->findChild<QPushButton*>(QStringLiteral("copyCurlButton"));
    QVERIFY(copy->isEnabled());
}

void TestGuiMainWindow::skipTlsShowsAWarning()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* skip = h.child<QCheckBox>(QStringLiteral("skipTlsCheckBox"));
    QVERIFY(!skip->isChecked());
    QVERIFY(h.labelText(QStringLiteral("tlsWarningLabel")).isEmpty());
    skip->click();
    QVERIFY(h.child<QLabel>(QStringLiteral("tlsWarningLabel"))->isVisible());
    QVERIFY(h.labelText(QStringLiteral("tlsWarningLabel")).contains(QStringLiteral("outside production")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY(h.emulator.webhook().skipsSslVerification());
    QTRY_VERIFY(h.labelText(QStringLiteral("currentTlsValueLabel")).startsWith(QStringLiteral("skipped")));
}

void TestGuiMainWindow::authorizationIsHiddenUntilShown()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* edit = h.child<QLineEdit>(QStringLiteral("authorizationEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    h.child<QCheckBox>(QStringLiteral("showAuthorizationCheckBox"))->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    h.child<QCheckBox>(QStringLiteral("showAuthorizationCheckBox"))->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestGuiMainWindow::keyboardShortcutsRefreshAndApply()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    const int before = int(h.emulator.requestLog().size());
    QTest::keyClick(h.window.get(), Qt::Key_F5);
    // v3's binding first, then (not bound) the inline v2 webhook.
    QTRY_COMPARE(int(h.emulator.requestLog().size()), before + 2);
    QTRY_VERIFY(!h.window->controller()->isBusy());

    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    const int questions = MessageBox::questionCount();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(MessageBox::questionCount(), questions + 1);
    QTRY_VERIFY(!h.emulator.webhook().isEnabled());
}

void TestGuiMainWindow::everyControlHasAnAccessibleName()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QStringList unnamed;
    const auto widgets = h.window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        if (!control || widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).isEmpty())
            unnamed << widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestGuiMainWindow::mnemonicsAreUniqueInTheWindow()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    // Alt+letter must reach exactly one place: buttons, labels with a buddy and the menu bar share the window.
    QMap<QChar, QStringList> owners;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    auto add = [&owners](const QString& text, const QString& owner) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (match.hasMatch())
            owners[match.captured(1).at(0).toLower()] << owner;
    };
    for (QAbstractButton* button : h.window->findChildren<QAbstractButton*>()) {
        if (button->window() == h.window.get() && !button->objectName().isEmpty())
            add(button->text(), button->objectName());
    }
    for (QLabel* label : h.window->findChildren<QLabel*>()) {
        if (label->buddy() && label->window() == h.window.get())
            add(label->text(), label->objectName());
    }
    for (QAction* action : h.window->menuBar()->actions())
        add(action->text(), action->text());
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    QVERIFY(owners.size() >= 15);
}

void TestGuiMainWindow::messagesReadWellOnDarkAndLightPalettes()
{
    QLabel label;
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    label.setPalette(light);
    FieldMessage::show(&label, QStringLiteral("problem"));
    QVERIFY(label.styleSheet().contains(QStringLiteral("#b00020")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    label.setPalette(dark);
    FieldMessage::show(&label, QStringLiteral("problem"));
    QVERIFY(label.styleSheet().contains(QStringLiteral("#ff8a80")));
    FieldMessage::show(&label, QString());
    QVERIFY(label.isHidden());
}

void TestGuiMainWindow::demoSessionRunsOnTheEmbeddedEmulator()
{
    DemoSession demo;
    QVERIFY(demo.start());
    QVERIFY(demo.token().startsWith(QStringLiteral("kpat_")));
    QCOMPARE(demo.profile().baseUrl, demo.emulator()->baseUrl());
    ManualClock clock;
    KonnectClient client(&clock);
    auto settings = GuiSettings::inMemory();
    QVERIFY(!settings->isPersistent());
    GuiContext context = demoContext(demo, &clock, &client, settings.get());
    context.demoReceiver = nullptr; // the window without the receiver panel
    MainWindow window(context);
    window.show();
    QVERIFY(window.start().isEmpty());
    // The demo starts on Konnect's current model: the organization's webhook bound to the demo destination.
    QTRY_VERIFY(window.controller()->webhook().has_value());
    QCOMPARE(window.controller()->webhook()->model, ScopeWebhook::Model::Destination);
    QCOMPARE(window.controller()->webhook()->destination->name, QStringLiteral("Demo SIEM"));
    QTRY_COMPARE(window.findChild<QComboBox*>(QStringLiteral("scopeCombo"))->count(), 3);
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("profileCombo"))->currentText(), QStringLiteral("demo"));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());

    // The destinations' bindings are read after the scopes: the faults below are for the refresh alone.
    QTRY_VERIFY(!window.findChild<DestinationsPage*>()->controller()->isLoading());
    // The Demo menu forces retries so anyone can watch the countdown.
    QAction* busy = window.findChild<QAction*>(QStringLiteral("demoBusyAction"));
    QVERIFY(busy);
    busy->trigger();
    QCOMPARE(demo.emulator()->pendingFaults(), 2);
    window.refresh();
    auto* progress = window.findChild<RequestProgressWidget*>();
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("attempt 1 of 5, retrying in 3 s")));
    clock.advance(3000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("attempt 2 of 5, retrying in 3 s")));
    clock.advance(3000);
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(window.controller()->webhook().has_value());
    window.findChild<QAction*>(QStringLiteral("demoUnauthorizedAction"))->trigger();
    window.refresh();
    QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("401")));
}

// Qt 6.4's QFormLayout keeps the row index of a row that became wholly hidden and reads and writes its height-for-
// width table with it (out of bounds): the window's message rows are hidden and shown all the time, and an ASan run
// crashed in QFormLayout::setGeometry because of it. Every form is a QGridLayout instead; this keeps it that way.
void TestGuiMainWindow::hidesFieldMessagesWithoutAFormLayout()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QVERIFY(h.window->findChildren<QFormLayout*>().isEmpty());

    // The preset's note is a row of its own: it comes and goes, and the rows below keep their order.
    auto* note = h.child<QLabel>(QStringLiteral("presetNoteLabel"));
    auto* endpointEdit = h.child<QLineEdit>(QStringLiteral("endpointEdit"));
    QVERIFY(note && endpointEdit);
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("splunk-hec"));
    // Folded until asked for, so the fields stay in view.
    auto* unfold = h.child<QToolButton>(QStringLiteral("presetNoteButton"));
    QTRY_VERIFY(unfold->isVisible());
    QVERIFY(!note->isVisible());
    unfold->click();
    QTRY_VERIFY(note->isVisible());
    QTRY_VERIFY(endpointEdit->mapTo(h.window.get(), QPoint()).y()
                >= note->mapTo(h.window.get(), QPoint(0, note->height())).y());
    auto* presets = h.child<QComboBox>(QStringLiteral("presetCombo"));
    presets->setCurrentIndex(0);
    emit presets->activated(0);
    QTRY_VERIFY(!note->isVisible());
    QVERIFY(!unfold->isVisible());

    ProfileDialog profileDialog(ProfileDialog::Mode::Add, Profile {}, [](const Profile&) { return QString(); });
    QVERIFY(profileDialog.findChildren<QFormLayout*>().isEmpty());
    ImportDialog importDialog(CredentialImporter::Result {}, {},
                              [](const ImportCandidate&, const QString&) { return QString(); });
    QVERIFY(importDialog.findChildren<QFormLayout*>().isEmpty());
}

void TestGuiMainWindow::escapeCancelsOneShownRequestPerPress()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    EmulatorFault busy;
    busy.status = 503;
    busy.retryAfter = QByteArray("4");
    h.emulator.addFaults({busy, busy});

    // The Status tab's refresh and a Refresh of the configuration both wait for their next attempt.
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("statusTab")));
    auto* statusProgress = h.child<RequestProgressWidget>(QStringLiteral("statusProgress"));
    QTRY_VERIFY(statusProgress->statusText().contains(QStringLiteral("retrying in")));
    h.child<QPushButton>(QStringLiteral("refreshButton"))->click();
    auto* mainProgress = h.child<RequestProgressWidget>(QStringLiteral("requestProgress"));
    QTRY_VERIFY(mainProgress->statusText().contains(QStringLiteral("retrying in")));
    QVERIFY(statusProgress->isVisible() && mainProgress->isVisible());

    h.window->activateWindow();
    QTest::keyClick(h.window.get(), Qt::Key_Escape);
    QTRY_VERIFY(statusProgress->isVisible() != mainProgress->isVisible());
    QTest::keyClick(h.window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!statusProgress->isVisible() && !mainProgress->isVisible());
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).startsWith(QStringLiteral("Cancelled")));
    QVERIFY(h.labelText(QStringLiteral("statusNoteLabel")).startsWith(QStringLiteral("Cancelled")));
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
