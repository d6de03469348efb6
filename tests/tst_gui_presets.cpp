#include "tst_gui_harness.h"

#include "ActivityPanel.h"
#include "VendorPresetCatalog.h"
#include "WebhookForm.h"

#include <QCheckBox>

using namespace GuiTest;

namespace {
const QString splunkEndpoint
    = QStringLiteral("https://splunk.example.com:8088/services/collector/raw?sourcetype=kong&index=audit");
}

class TestGuiPresets : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void pickerListsEveryPresetOfTheCatalog();
    void splunkFromPresetToAppliedWebhook();
    void presetAsksBeforeOverwritingTypedValues();
    void presetReplacesValuesNobodyTypedWithoutAsking();
    void tokenInUrlPresetMasksTheEndpointEverywhere();

private:
    static VendorPresetCatalog catalog();
};

void TestGuiPresets::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

VendorPresetCatalog TestGuiPresets::catalog()
{
    QString error;
    const VendorPresetCatalog loaded = VendorPresetCatalog::fromFile(VendorPresetCatalog::resourcePath(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return loaded;
}

void TestGuiPresets::pickerListsEveryPresetOfTheCatalog()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    // The window compiles the catalog in; it is data, so the picker simply lists it.
    const VendorPresetCatalog presets = catalog();
    QVERIFY(presets.presets().size() >= 10);
    auto* combo = h.child<QComboBox>(QStringLiteral("presetCombo"));
    QCOMPARE(combo->count(), int(presets.presets().size()) + 1);
    QCOMPARE(combo->itemData(0).toString(), QString());
    for (int i = 0; i < presets.presets().size(); ++i) {
        QCOMPARE(combo->itemData(i + 1).toString(), presets.presets().at(i).id);
        QCOMPARE(combo->itemText(i + 1), presets.presets().at(i).name);
    }
    for (const char* id : {"splunk-hec", "microsoft-sentinel", "ibm-qradar", "arcsight", "logrhythm", "sumo-logic",
                           "crowdstrike-ngsiem", "elastic", "datadog", "custom"})
        QVERIFY2(combo->findData(QString::fromLatin1(id)) > 0, id);
}

void TestGuiPresets::splunkFromPresetToAppliedWebhook()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("splunk-hec"));
    const VendorPreset splunk = *catalog().find(QStringLiteral("splunk-hec"));
    auto* endpoint = h.child<QLineEdit>(QStringLiteral("endpointEdit"));
    QCOMPARE(endpoint->text(), splunk.endpointTemplate);
    // The first part to replace is selected, so typing replaces it.
    QCOMPARE(endpoint->selectedText(), QStringLiteral("<host>"));
    QCOMPARE(h.child<QComboBox>(QStringLiteral("authorizationSchemeCombo"))->currentData().toString(),
             QStringLiteral("Splunk"));
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("json"));
    QVERIFY(h.labelText(QStringLiteral("presetNoteLabel")).contains(QStringLiteral("HTTP Event Collector")));
    QVERIFY(h.labelText(QStringLiteral("presetNoteLabel")).contains(QStringLiteral("/services/collector/raw")));
    QVERIFY(
        h.labelText(QStringLiteral("endpointErrorLabel")).contains(QStringLiteral("<host>, <sourcetype>, <index>")));
    QVERIFY(h.labelText(QStringLiteral("authorizationHintLabel")).contains(QStringLiteral("HEC token")));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());

    h.replaceText(QStringLiteral("endpointEdit"), splunkEndpoint);
    h.replaceText(QStringLiteral("authorizationEdit"), QStringLiteral("hec-token-from-preset"));
    QVERIFY(h.labelText(QStringLiteral("endpointErrorLabel")).isEmpty());
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_COMPARE(h.emulator.webhook().endpoint(), splunkEndpoint);
    QCOMPARE(h.emulator.webhook().authorization(), QStringLiteral("Splunk hec-token-from-preset"));
    QVERIFY(h.emulator.webhook().logFormat() == LogFormat::Json);
    QVERIFY(h.emulator.webhook().isEnabled());
    QVERIFY(MessageBox::lastQuestion().contains(splunkEndpoint));
    QVERIFY(!MessageBox::lastQuestion().contains(QStringLiteral("hec-token-from-preset")));
}

void TestGuiPresets::presetAsksBeforeOverwritingTypedValues()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    const QString typed = QStringLiteral("https://mine.example.com/typed");
    h.replaceText(QStringLiteral("endpointEdit"), typed);

    // "Keep mine": the typed endpoint stays, the rest comes from the preset.
    MessageBox::setNextAnswer(QMessageBox::No);
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("splunk-hec"));
    QTRY_COMPARE(h.child<QComboBox>(QStringLiteral("authorizationSchemeCombo"))->currentData().toString(),
                 QStringLiteral("Splunk"));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("endpoint")));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), typed);
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("json"));

    // Cancel: nothing changes and the picker goes back.
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("cef"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const int questions = MessageBox::questionCount();
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("elastic"));
    QTRY_COMPARE(h.child<QComboBox>(QStringLiteral("presetCombo"))->currentData().toString(),
                 QStringLiteral("splunk-hec"));
    QCOMPARE(MessageBox::questionCount(), questions + 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("log format")));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), typed);
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("cef"));

    // Replace: the preset wins.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("elastic"));
    QTRY_COMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(),
                 catalog().find(QStringLiteral("elastic"))->endpointTemplate);
    QCOMPARE(h.child<QComboBox>(QStringLiteral("authorizationSchemeCombo"))->currentData().toString(),
             QStringLiteral("Bearer"));
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("json"));
}

void TestGuiPresets::presetReplacesValuesNobodyTypedWithoutAsking()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    const int questions = MessageBox::questionCount();
    // What came from Konnect, or from another preset, was not typed: switching presets needs no question.
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("crowdstrike-ngsiem"));
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("cps"));
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("ibm-qradar"));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(),
             catalog().find(QStringLiteral("ibm-qradar"))->endpointTemplate);
    QCOMPARE(MessageBox::questionCount(), questions);
}

void TestGuiPresets::tokenInUrlPresetMasksTheEndpointEverywhere()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.chooseCombo(QStringLiteral("presetCombo"), QStringLiteral("datadog"));
    const VendorPreset datadog = *catalog().find(QStringLiteral("datadog"));
    auto* endpoint = h.child<QLineEdit>(QStringLiteral("endpointEdit"));
    QCOMPARE(endpoint->echoMode(), QLineEdit::Password);
    QVERIFY(h.child<QCheckBox>(QStringLiteral("showEndpointCheckBox"))->isVisible());
    // Konnect refuses a blank authorization: the harmless placeholder fills it.
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("authorizationEdit"))->text(), datadog.authorizationPlaceholder);
    QVERIFY(h.labelText(QStringLiteral("authorizationHintLabel")).contains(QStringLiteral("placeholder")));

    const QString key = QStringLiteral("ddapikey0123456789abcdef");
    const QString url = QStringLiteral("https://http-intake.logs.datadoghq.eu/api/v2/logs?dd-api-key=%1&ddsource="
                                       "kong-konnect&service=konnect")
                            .arg(key);
    h.replaceText(QStringLiteral("endpointEdit"), url);
    h.child<QCheckBox>(QStringLiteral("showEndpointCheckBox"))->click();
    QCOMPARE(endpoint->echoMode(), QLineEdit::Normal);
    h.child<QCheckBox>(QStringLiteral("showEndpointCheckBox"))->click();
    QCOMPARE(endpoint->echoMode(), QLineEdit::Password);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_COMPARE(h.emulator.webhook().endpoint(), url);
    QCOMPARE(h.emulator.webhook().authorization(), datadog.authorizationPlaceholder);
    QVERIFY(!MessageBox::lastQuestion().contains(key));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("hidden")));
    QTRY_VERIFY(!h.labelText(QStringLiteral("currentEndpointValueLabel")).contains(QStringLiteral("datadoghq")));
    QVERIFY(!h.labelText(QStringLiteral("currentEndpointValueLabel")).contains(key));
    auto* panel = h.window->findChild<ActivityPanel*>();
    // The load (v3 binding, v2 webhook, Dev Portals; not bound, so also the destinations and their bindings for the
    // binding editor), the start-up status (for the failing-webhook banner), then the PUT.
    QTRY_COMPARE(panel->entryCount(), 7);
    QVERIFY(!panel->curlCommandForSelection().contains(key));
}

QTEST_MAIN(TestGuiPresets)
#include "tst_gui_presets.moc"
