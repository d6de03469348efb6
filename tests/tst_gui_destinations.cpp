#include "tst_gui_harness.h"

#include "BindingEditor.h"
#include "DestinationEditor.h"
#include "DestinationsController.h"
#include "DestinationsPage.h"
#include "EmulatedDestination.h"
#include "EmulatedOrganization.h"
#include "EmulatedScope.h"
#include "MoveToDestinationDialog.h"
#include "ScopeController.h"
#include "StatusTab.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace GuiTest;

// The window on Konnect's current model: the scope picker, the Destinations tab, the binding editor and the move
// of an inline webhook to a destination, against the emulator's v3 API.
class TestGuiDestinations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tabsFollowTheChosenScope();
    void bindsTheOrganizationWebhookToAnExistingDestination();
    void createsADestinationFromAVendorPreset();
    void newDestinationFromTheBindingEditorIsChosen();
    void editingWithoutAnAuthorizationKeepsTheStoredOne();
    void movesTheInlineWebhookToADestination();
    void reportsAHalfDoneMoveInAMessageBox();
    void bindingEditsSurviveAFailedApply();
    void destinationEditsSurviveAFailedSave();
    void deleteRefusedWhileInUseSaysWhatUsesIt();
    void aKeyInTheEndpointIsNotListed();
    void aV2OnlyApiKeepsTheInlineFormAsBefore();
};

namespace {

bool requested(const KonnectEmulator& emulator, const QString& method, const QString& path)
{
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue& entry : log) {
        const QJsonObject object = entry.toObject();
        if (object.value(QLatin1String("method")).toString() == method
            && object.value(QLatin1String("path")).toString().endsWith(path))
            return true;
    }
    return false;
}

QString modelText(const Harness& h)
{
    return h.labelText(QStringLiteral("modelLabel"));
}

// A fault that lets its request through unchanged, so the one after it hits the next request.
EmulatorFault passThrough()
{
    EmulatorFault fault;
    fault.delayMs = 1;
    return fault;
}

EmulatorFault refused(int status)
{
    EmulatorFault fault;
    fault.status = status;
    return fault;
}

DestinationEditor* openEditor(Harness& h)
{
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("destinationsPage")));
    auto* button = h.child<QPushButton>(QStringLiteral("newDestinationButton"));
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }))
        return nullptr;
    // The page lists destinations and their users when shown: let those reads end, so that a fault a test scripts
    // next reaches the request it is meant for.
    auto* controller = h.window->findChild<DestinationsController*>();
    if (!controller || !QTest::qWaitFor([controller] { return !controller->isLoading(); }))
        return nullptr;
    button->click();
    return h.window->findChild<DestinationEditor*>();
}

} // namespace

void TestGuiDestinations::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiDestinations::tabsFollowTheChosenScope()
{
    Harness h;
    const QString siem
        = h.emulator.addDestination(QStringLiteral("Partner SIEM"), QStringLiteral("https://siem.example.com/partner"),
                                    QStringLiteral("Bearer partner-secret-0001"), LogFormat::Json);
    const QString portal
        = h.emulator.addPortal(QStringLiteral("global"), QStringLiteral("partner"), QStringLiteral("Partner Portal"));
    QVERIFY(h.emulator.bind(QStringLiteral("global"), portal, siem, true));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    auto* scopeCombo = h.child<QComboBox>(QStringLiteral("scopeCombo"));
    QTRY_COMPARE(scopeCombo->count(), 2);
    QCOMPARE(scopeCombo->itemText(0), QStringLiteral("Organization"));
    QVERIFY(scopeCombo->itemText(1).contains(QStringLiteral("Partner Portal")));

    h.chooseCombo(QStringLiteral("scopeCombo"), Scope::portal(QStringLiteral("global"), portal).key());
    QCOMPARE(h.window->scopes()->current().portalId(), portal);
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: bound")));
    auto* destinationCombo = h.child<QComboBox>(QStringLiteral("destinationCombo"));
    QTRY_COMPARE(destinationCombo->currentData().toString(), siem);
    QVERIFY(h.child<QCheckBox>(QStringLiteral("bindingEnabledCheckBox"))->isChecked());
    // The inline form belongs to the organization's v2 webhook: a portal has none.
    QVERIFY(!h.child<QWidget>(QStringLiteral("contentSplitter"))->isVisible());
    QVERIFY(
        requested(h.emulator, QStringLiteral("GET"), QStringLiteral("/v3/portals/%1/audit-log-webhook").arg(portal)));

    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("statusTab")));
    QTRY_VERIFY(requested(h.emulator, QStringLiteral("GET"),
                          QStringLiteral("/v3/portals/%1/audit-log-webhook/status").arg(portal)));
    QTRY_VERIFY(h.child<StatusTab>(QStringLiteral("statusTab"))->lastStatus().has_value());
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("replayTab")));
    QTRY_VERIFY(requested(h.emulator, QStringLiteral("GET"),
                          QStringLiteral("/v3/portals/%1/audit-log-replay-job").arg(portal)));

    // Back to the organization: the inline form again.
    h.chooseCombo(QStringLiteral("scopeCombo"), Scope::organization(QStringLiteral("global")).key());
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("configureTab")));
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    QTRY_VERIFY(h.child<QWidget>(QStringLiteral("contentSplitter"))->isVisible());

    // An inline webhook applied on the unbound region: the model says so at once, and it can move.
    QTRY_VERIFY(!h.window->controller()->isBusy());
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://siem.example.com/org"));
    h.replaceText(QStringLiteral("authorizationEdit"), QStringLiteral("org-secret-0001"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v2: inline")));
    QVERIFY(h.child<QPushButton>(QStringLiteral("moveToDestinationButton"))->isVisible());
}

void TestGuiDestinations::bindsTheOrganizationWebhookToAnExistingDestination()
{
    Harness h;
    const QString siem
        = h.emulator.addDestination(QStringLiteral("Main SIEM"), QStringLiteral("https://siem.example.com/main"),
                                    QStringLiteral("Bearer main-secret-0001"));
    h.openInMemory();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    auto* combo = h.child<QComboBox>(QStringLiteral("destinationCombo"));
    QTRY_VERIFY(combo->findData(siem) >= 0);
    h.chooseCombo(QStringLiteral("destinationCombo"), siem);
    auto* apply = h.child<QPushButton>(QStringLiteral("applyBindingButton"));
    QTRY_VERIFY(apply->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    apply->click();
    QTRY_VERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Main SIEM")));
    QTRY_COMPARE(h.emulator.scope(QString(), QString())->binding().destinationId, siem);
    QVERIFY(h.emulator.scope(QString(), QString())->binding().enabled);
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: bound")));
    QVERIFY(!apply->isEnabled());

    // Unbinding asks with the diff, leaves the destination, and the webhook is unbound at Konnect.
    auto* unbind = h.child<QPushButton>(QStringLiteral("unbindButton"));
    QTRY_VERIFY(unbind->isVisible() && unbind->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    unbind->click();
    QTRY_VERIFY(MessageBox::lastQuestion().contains(QStringLiteral("not bound")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Main SIEM")));
    QVERIFY(h.emulator.scope(QString(), QString())->binding().isBound());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    unbind->click();
    QTRY_VERIFY(!h.emulator.scope(QString(), QString())->binding().isBound());
    QCOMPARE(h.emulator.organization().destinations().size(), 1);
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    QTRY_VERIFY(h.labelText(QStringLiteral("bindingMessageLabel")).startsWith(QStringLiteral("Unbound:")));
    QTRY_VERIFY(!unbind->isVisible());
}

void TestGuiDestinations::createsADestinationFromAVendorPreset()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    DestinationEditor* editor = openEditor(h);
    QVERIFY(editor);
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("Splunk production"));
    editor->choosePreset(QStringLiteral("splunk-hec"));
    auto* endpoint = editor->findChild<QLineEdit*>(QStringLiteral("destinationEndpointEdit"));
    QVERIFY(endpoint);
    QVERIFY(endpoint->text().startsWith(QStringLiteral("https://<host>:8088/services/collector/raw")));
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveDestinationButton"));
    QVERIFY(!save->isEnabled()); // placeholders and no HEC token yet
    endpoint->selectAll();
    QTest::keyClick(endpoint, Qt::Key_Backspace);
    QTest::keyClicks(endpoint, QStringLiteral("https://splunk.example.com:8088/services/collector/raw"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("destinationAuthorizationEdit")),
                     QStringLiteral("hec-token-0001"));
    QTRY_VERIFY(save->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    save->click();
    QTRY_COMPARE(h.emulator.organization().destinations().size(), 1);
    const EmulatedDestination* created = h.emulator.organization().destinations().first();
    QCOMPARE(created->name(), QStringLiteral("Splunk production"));
    QCOMPARE(toString(created->logFormat()), QStringLiteral("json"));
    QCOMPARE(created->authorization(), QStringLiteral("Splunk hec-token-0001"));
    QVERIFY(!MessageBox::lastQuestion().contains(QStringLiteral("hec-token-0001")));
    QTRY_VERIFY(!h.window->findChild<DestinationEditor*>());
    auto* table = h.child<QTableWidget>(QStringLiteral("destinationsTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Splunk production"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("JSON"));
}

void TestGuiDestinations::newDestinationFromTheBindingEditorIsChosen()
{
    Harness h;
    const QString portal
        = h.emulator.addPortal(QStringLiteral("global"), QStringLiteral("internal"), QStringLiteral("Internal Portal"));
    h.openInMemory();
    auto* scopeCombo = h.child<QComboBox>(QStringLiteral("scopeCombo"));
    QTRY_COMPARE(scopeCombo->count(), 2);
    QTRY_VERIFY(!h.window->controller()->isBusy());
    h.chooseCombo(QStringLiteral("scopeCombo"), Scope::portal(QStringLiteral("global"), portal).key());
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    QTRY_VERIFY(h.child<QComboBox>(QStringLiteral("destinationCombo"))->count() > 0);
    h.chooseCombo(QStringLiteral("destinationCombo"), BindingEditor::newDestinationData());
    DestinationEditor* editor = nullptr;
    QTRY_VERIFY((editor = h.window->findChild<DestinationEditor*>()) != nullptr);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Portal SIEM"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("destinationEndpointEdit")),
                     QStringLiteral("https://portal-siem.example.com/in"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("destinationAuthorizationEdit")),
                     QStringLiteral("portal-secret-0001"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    editor->findChild<QPushButton*>(QStringLiteral("saveDestinationButton"))->click();
    QTRY_COMPARE(h.emulator.organization().destinations().size(), 1);
    const QString id = h.emulator.organization().destinations().first()->id();
    auto* combo = h.child<QComboBox>(QStringLiteral("destinationCombo"));
    QTRY_COMPARE(combo->currentData().toString(), id);
    auto* apply = h.child<QPushButton>(QStringLiteral("applyBindingButton"));
    QTRY_VERIFY(apply->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    apply->click();
    QTRY_COMPARE(h.emulator.scope(QStringLiteral("global"), portal)->binding().destinationId, id);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Internal Portal")));
}

void TestGuiDestinations::editingWithoutAnAuthorizationKeepsTheStoredOne()
{
    Harness h;
    const QString siem
        = h.emulator.addDestination(QStringLiteral("Old name"), QStringLiteral("https://siem.example.com/main"),
                                    QStringLiteral("Bearer stored-secret-0001"));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("destinationsPage")));
    auto* table = h.child<QTableWidget>(QStringLiteral("destinationsTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    table->selectRow(0);
    auto* edit = h.child<QPushButton>(QStringLiteral("editDestinationButton"));
    QTRY_VERIFY(edit->isEnabled());
    edit->click();
    auto* editor = h.window->findChild<DestinationEditor*>();
    QVERIFY(editor);
    QVERIFY(!editor->isCreating());
    auto* hint = editor->findChild<QLabel*>(QStringLiteral("destinationAuthorizationHintLabel"));
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(QStringLiteral("Leave empty to keep the stored authorization")),
             qPrintable(hint->text()));
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveDestinationButton"));
    QVERIFY(!save->isEnabled()); // nothing changed yet
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("New name"));
    QTRY_VERIFY(save->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    save->click();
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("New name")));
    QTRY_COMPARE(h.emulator.organization().findDestination(siem)->name(), QStringLiteral("New name"));
    QCOMPARE(h.emulator.organization().findDestination(siem)->authorization(),
             QStringLiteral("Bearer stored-secret-0001"));
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("New name"));
}

void TestGuiDestinations::movesTheInlineWebhookToADestination()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v2: inline")));
    auto* move = h.child<QPushButton>(QStringLiteral("moveToDestinationButton"));
    QVERIFY(move->isVisible());
    move->click();
    auto* dialog = h.window->findChild<MoveToDestinationDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), QStringLiteral("global SIEM"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("moveAuthorizationEdit")),
                     QStringLiteral("Splunk seeded-hec-token-0001"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->findChild<QPushButton*>(QStringLiteral("confirmMoveButton"))->click();
    QTRY_VERIFY(MessageBox::lastQuestion().contains(QStringLiteral("global SIEM")));
    QVERIFY(MessageBox::lastQuestion().contains(Harness::splunkConfig().endpoint));
    QTRY_VERIFY(h.emulator.scope(QString(), QString())->binding().isBound());
    const EmulatedDestination* created = h.emulator.organization().destinations().first();
    QCOMPARE(created->endpoint(), Harness::splunkConfig().endpoint);
    QCOMPARE(created->authorization(), *Harness::splunkConfig().authorization);
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: bound")));
    QTRY_VERIFY(h.labelText(QStringLiteral("bindingMessageLabel")).startsWith(QStringLiteral("Moved:")));
    QVERIFY(!h.child<QWidget>(QStringLiteral("contentSplitter"))->isVisible());
}

void TestGuiDestinations::reportsAHalfDoneMoveInAMessageBox()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v2: inline")));
    QTRY_VERIFY(!h.window->controller()->isBusy());
    h.child<QPushButton>(QStringLiteral("moveToDestinationButton"))->click();
    auto* dialog = h.window->findChild<MoveToDestinationDialog*>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("moveAuthorizationEdit")),
                     QStringLiteral("Splunk seeded-hec-token-0001"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    // The create goes through, the bind is refused.
    h.emulator.addFaults({passThrough(), refused(400)});
    dialog->findChild<QPushButton*>(QStringLiteral("confirmMoveButton"))->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = h.window->findChild<QMessageBox*>(QStringLiteral("questionMessageBox"))) != nullptr);
    QVERIFY(box->text().startsWith(QStringLiteral("Half done")));
    QCOMPARE(h.emulator.organization().destinations().size(), 1);
    const QString id = h.emulator.organization().destinations().first()->id();
    QVERIFY(box->text().contains(id));
    // Its commands act on this profile, not on the default one.
    QVERIFY2(box->text().contains(QStringLiteral("`apply --destination %1 --enable --profile test`").arg(id)),
             qPrintable(box->text()));
    QVERIFY(!h.emulator.scope(QString(), QString())->binding().isBound());
    QVERIFY(h.labelText(QStringLiteral("bindingMessageLabel")).startsWith(QStringLiteral("Half done")));
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v2: inline")));
}

void TestGuiDestinations::bindingEditsSurviveAFailedApply()
{
    Harness h;
    const QString siem
        = h.emulator.addDestination(QStringLiteral("Main SIEM"), QStringLiteral("https://siem.example.com/main"),
                                    QStringLiteral("Bearer main-secret-0001"));
    h.openInMemory();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    auto* combo = h.child<QComboBox>(QStringLiteral("destinationCombo"));
    QTRY_VERIFY(combo->findData(siem) >= 0);
    QTRY_VERIFY(!h.window->controller()->isBusy());
    h.chooseCombo(QStringLiteral("destinationCombo"), siem);
    auto* enabled = h.child<QCheckBox>(QStringLiteral("bindingEnabledCheckBox"));
    enabled->click(); // off
    QVERIFY(!enabled->isChecked());
    h.emulator.addFault(refused(400));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyBindingButton"))->click();
    QTRY_VERIFY2(h.labelText(QStringLiteral("bindingMessageLabel")).contains(QStringLiteral("Your edits are kept")),
                 qPrintable(h.labelText(QStringLiteral("bindingMessageLabel"))));
    QCOMPARE(combo->currentData().toString(), siem);
    QVERIFY(!enabled->isChecked());
    QVERIFY(!h.emulator.scope(QString(), QString())->binding().isBound());
    // A refresh keeps the choices too.
    h.window->refresh();
    QTRY_VERIFY(!h.window->controller()->isBusy());
    QCOMPARE(combo->currentData().toString(), siem);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyBindingButton"))->click();
    QTRY_COMPARE(h.emulator.scope(QString(), QString())->binding().destinationId, siem);
    QVERIFY(!h.emulator.scope(QString(), QString())->binding().enabled);
}

void TestGuiDestinations::destinationEditsSurviveAFailedSave()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    DestinationEditor* editor = openEditor(h);
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Lab SIEM"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("destinationEndpointEdit")),
                     QStringLiteral("https://lab.example.com/hook"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("destinationAuthorizationEdit")),
                     QStringLiteral("lab-secret-0001"));
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveDestinationButton"));
    QTRY_VERIFY(save->isEnabled());
    h.emulator.addFault(refused(400));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    save->click();
    auto* message = editor->findChild<QLabel*>(QStringLiteral("editorMessageLabel"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("Your edits are kept")), qPrintable(message->text()));
    QVERIFY(h.window->findChild<DestinationEditor*>());
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Lab SIEM"));
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("destinationEndpointEdit"))->text(),
             QStringLiteral("https://lab.example.com/hook"));
    QVERIFY(!message->text().contains(QStringLiteral("lab-secret-0001")));
    QTRY_VERIFY(save->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    save->click();
    QTRY_COMPARE(h.emulator.organization().destinations().size(), 1);
    QCOMPARE(h.emulator.organization().destinations().first()->authorization(),
             QStringLiteral("Bearer lab-secret-0001"));
}

void TestGuiDestinations::deleteRefusedWhileInUseSaysWhatUsesIt()
{
    Harness h;
    const QString siem
        = h.emulator.addDestination(QStringLiteral("Main SIEM"), QStringLiteral("https://siem.example.com/main"),
                                    QStringLiteral("Bearer main-secret-0001"));
    QVERIFY(h.emulator.bind(QStringLiteral("global"), QString(), siem, true));
    h.openInMemory();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: bound")));
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(h.child<QWidget>(QStringLiteral("destinationsPage")));
    auto* table = h.child<QTableWidget>(QStringLiteral("destinationsTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_VERIFY(table->item(0, 4)->text().contains(QStringLiteral("organization (global)")));
    table->selectRow(0);
    auto* remove = h.child<QPushButton>(QStringLiteral("deleteDestinationButton"));
    QTRY_VERIFY(remove->isEnabled());
    // Ask the emulator, not the window's list: Konnect is the one that refuses.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("still used by")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("organization (global)")));
    QTRY_VERIFY(h.labelText(QStringLiteral("destinationsMessageLabel")).contains(QStringLiteral("409")));
    QVERIFY(h.labelText(QStringLiteral("destinationsMessageLabel")).contains(QStringLiteral("organization (global)")));
    QCOMPARE(h.emulator.organization().destinations().size(), 1);
    QCOMPARE(table->rowCount(), 1);
}

void TestGuiDestinations::aKeyInTheEndpointIsNotListed()
{
    Harness h;
    const QString key = QStringLiteral("ddapikey0123456789abcdef");
    h.emulator.addDestination(
        QStringLiteral("Datadog"),
        QStringLiteral("https://http-intake.logs.datadoghq.eu/api/v2/logs?dd-api-key=%1").arg(key),
        QStringLiteral("Bearer unused-0001"), LogFormat::Json);
    h.openInMemory();
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("v3: not bound")));
    auto* combo = h.child<QComboBox>(QStringLiteral("destinationCombo"));
    QTRY_COMPARE(combo->count(), 3); // not bound, Datadog, New destination…
    QVERIFY(combo->itemText(1).contains(QStringLiteral("http-intake.logs.datadoghq.eu")));
    QVERIFY(!combo->itemText(1).contains(key));
    auto* table = h.child<QTableWidget>(QStringLiteral("destinationsTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("hidden")));
    QVERIFY(!table->item(0, 1)->text().contains(key));
}

void TestGuiDestinations::aV2OnlyApiKeepsTheInlineFormAsBefore()
{
    Harness h;
    h.emulator.setV3Available(false);
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QTRY_VERIFY(modelText(h).contains(QStringLiteral("this API has no v3")));
    QVERIFY(h.child<QWidget>(QStringLiteral("contentSplitter"))->isVisible());
    QVERIFY(!h.child<QWidget>(QStringLiteral("bindingGroupBox"))->isVisible());
    QVERIFY(!h.child<QWidget>(QStringLiteral("moveToDestinationButton"))->isVisible());
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), Harness::splunkConfig().endpoint);
    QTRY_VERIFY(!h.window->controller()->isBusy());
    QCOMPARE(h.child<QComboBox>(QStringLiteral("scopeCombo"))->count(), 1); // no Dev Portals without v3
}

QTEST_MAIN(TestGuiDestinations)
#include "tst_gui_destinations.moc"
