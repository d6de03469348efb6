#include "tst_gui_harness.h"

#include "ImportDialog.h"
#include "ProfileDialog.h"
#include "TokenDialog.h"
#include "WebhookForm.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>

using namespace GuiTest;

namespace {
bool seedInto(KonnectEmulator& emulator, const WebhookConfig& config)
{
    KonnectClient other;
    other.setApiRoot(emulator.baseUrl());
    other.setToken(token);
    ApiCall* call = other.updateWebhook(WebhookConfig {}, config);
    QSignalSpy finished(call, &ApiCall::finished);
    return finished.wait(10000) && finished.first().first().value<ApiResult>().ok();
}

TokenStore::Result readKeychain(const QString& profile, SecretKind kind)
{
    TokenStore store;
    QSignalSpy spy(&store, &TokenStore::finished);
    store.read(profile, kind);
    if (!spy.wait(20000))
        return {};
    return spy.first().first().value<TokenStore::Result>();
}

void removeKeychain(const QString& profile, SecretKind kind)
{
    TokenStore store;
    QSignalSpy spy(&store, &TokenStore::finished);
    store.remove(profile, kind);
    QVERIFY(spy.wait(20000));
}

QAction* action(MainWindow* window, const QString& name)
{
    return window->findChild<QAction*>(name);
}
} // namespace

class TestGuiProfiles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void switchingProfileReloadsEverythingAndKeepsDrafts();
    void addsRenamesAndDeletesProfiles();
    void regionPickerChangesTheApiRoot();
    void closingWithChangesAsksAndKeepsADraft();
    void draftNeverHoldsSecrets();
    void geometryIsRemembered();
    void tokenInMemoryCanBeReplacedAndRemoved();
    void tokenSetAndRemoveInTheKeychain();
    void siemAuthorizationRememberedInTheKeychain();
    void importsATokenFromKongctl();
};

void TestGuiProfiles::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    for (const char* name : {"KONNECT_TOKEN", "KONNECT_SPAT", "DECK_KONNECT_TOKEN"})
        qunsetenv(name);
}

void TestGuiProfiles::cleanup()
{
    qunsetenv("KONNECT_TOKEN");
}

void TestGuiProfiles::switchingProfileReloadsEverythingAndKeepsDrafts()
{
    Harness h;
    KonnectEmulator second;
    QVERIFY(second.listen(0));
    QVERIFY(h.seed(Harness::splunkConfig()));
    WebhookConfig other = Harness::splunkConfig();
    other.endpoint = QStringLiteral("https://second.example.com/in");
    other.logFormat = LogFormat::Cps;
    QVERIFY(seedInto(second, other));
    h.profiles = std::make_unique<ProfileStore>(h.iniPath());
    Profile a;
    a.name = QStringLiteral("alpha");
    a.region = QStringLiteral("global");
    a.baseUrl = h.emulator.baseUrl();
    Profile b = a;
    b.name = QStringLiteral("bravo");
    b.baseUrl = second.baseUrl();
    QVERIFY(h.profiles->save(a).isEmpty());
    QVERIFY(h.profiles->save(b).isEmpty());
    // Both profiles find their token in the environment (after the keychain, which has none for them).
    qputenv("KONNECT_TOKEN", token.toUtf8());

    ProfileSession::StartOptions options;
    options.profile = QStringLiteral("alpha");
    h.openWithProfiles(options);
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    QCOMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")), Harness::splunkConfig().endpoint);
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("alpha")));
    QVERIFY(h.labelText(QStringLiteral("tokenStateLabel")).contains(QStringLiteral("KONNECT_TOKEN")));
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://draft.example.com/alpha"));

    h.chooseCombo(QStringLiteral("profileCombo"), QStringLiteral("bravo"));
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("currentEndpointValueLabel")), other.endpoint, 20000);
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("bravo")));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), other.endpoint);
    QCOMPARE(h.labelText(QStringLiteral("currentLogFormatValueLabel")), QStringLiteral("CPS"));
    QCOMPARE(h.profiles->currentProfile(), QStringLiteral("bravo"));

    // Back to alpha: its unapplied edit comes back as a draft.
    h.chooseCombo(QStringLiteral("profileCombo"), QStringLiteral("alpha"));
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("currentEndpointValueLabel")),
                              Harness::splunkConfig().endpoint, 20000);
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(),
             QStringLiteral("https://draft.example.com/alpha"));
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("Restored")));
}

void TestGuiProfiles::addsRenamesAndDeletesProfiles()
{
    Harness h;
    h.openWithProfiles(h.optionsWithToken(QStringLiteral("first")));
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);

    action(h.window.get(), QStringLiteral("addProfileAction"))->trigger();
    ProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = h.window->findChild<ProfileDialog*>()) && dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("bad name!"));
    dialog->accept();
    QVERIFY(dialog->isVisible()); // refused, with the reason next to the fields
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("profileErrorLabel"))
                ->text()
                .contains(QStringLiteral("profile name")));
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("added"));
    auto* region = dialog->findChild<QComboBox*>(QStringLiteral("regionCombo"));
    region->setCurrentIndex(region->findData(QStringLiteral("eu")));
    dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->setText(h.emulator.baseUrl().toString());
    dialog->accept();
    QTRY_VERIFY(h.profiles->contains(QStringLiteral("added")));
    QCOMPARE(h.profiles->profile(QStringLiteral("added")).region, QStringLiteral("eu"));
    QCOMPARE(h.window->session()->profileName(), QStringLiteral("added"));
    QCOMPARE(h.child<QComboBox>(QStringLiteral("profileCombo"))->currentText(), QStringLiteral("added"));

    QTRY_VERIFY(!h.window->findChild<ProfileDialog*>());
    action(h.window.get(), QStringLiteral("renameProfileAction"))->trigger();
    QTRY_VERIFY((dialog = h.window->findChild<ProfileDialog*>()) && dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("renamed"));
    dialog->accept();
    QTRY_VERIFY(h.profiles->contains(QStringLiteral("renamed")));
    QVERIFY(!h.profiles->contains(QStringLiteral("added")));
    QCOMPARE(h.window->session()->profileName(), QStringLiteral("renamed"));
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("renamed")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    action(h.window.get(), QStringLiteral("deleteProfileAction"))->trigger();
    QTRY_VERIFY(!h.profiles->contains(QStringLiteral("renamed")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("renamed")));
    QCOMPARE(h.window->session()->profileName(), QStringLiteral("first"));
}

void TestGuiProfiles::regionPickerChangesTheApiRoot()
{
    Harness h;
    // No token anywhere: nothing is sent to the real regions.
    ProfileSession::StartOptions options;
    options.profile = QStringLiteral("regional");
    h.openWithProfiles(options);
    QTRY_VERIFY_WITH_TIMEOUT(h.window->session()->tokenState() != ProfileSession::TokenState::Checking, 20000);
    QCOMPARE(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("none"));
    QVERIFY(h.labelText(QStringLiteral("apiRootLabel")).contains(QStringLiteral("global.api.konghq.com")));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(h.labelText(QStringLiteral("applyStateLabel")).contains(QStringLiteral("Set a Konnect token")));
    h.chooseCombo(QStringLiteral("regionCombo"), QStringLiteral("eu"));
    QTRY_VERIFY(h.labelText(QStringLiteral("apiRootLabel")).contains(QStringLiteral("eu.api.konghq.com")));
    QCOMPARE(h.profiles->profile(QStringLiteral("regional")).region, QStringLiteral("eu"));
    QCOMPARE(h.client.apiRoot(), QUrl(QStringLiteral("https://eu.api.konghq.com")));
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("eu")));
}

void TestGuiProfiles::closingWithChangesAsksAndKeepsADraft()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openWithProfiles(h.optionsWithToken());
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://draft.example.com/in"));
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("cps"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    h.window->close();
    QTRY_VERIFY(MessageBox::lastQuestion().contains(QStringLiteral("not been applied")));
    QCoreApplication::processEvents(); // deliver the answer
    QVERIFY(h.window->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Save);
    h.window->close();
    QTRY_VERIFY(!h.window->isVisible());
    const auto draft = h.settings->draft(QStringLiteral("default"));
    QVERIFY(draft.has_value());
    QCOMPARE(draft->endpoint.value_or(QString()), QStringLiteral("https://draft.example.com/in"));
    QCOMPARE(toString(draft->logFormat), QStringLiteral("cps"));

    // A restart (a new window on the same settings) brings the draft back on top of what Konnect has.
    h.window.reset();
    h.settings = GuiSettings::forFile(h.iniPath());
    h.openWithProfiles(h.optionsWithToken());
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(),
             QStringLiteral("https://draft.example.com/in"));
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("cps"));
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(h.labelText(QStringLiteral("messageLabel")).contains(QStringLiteral("Restored")));

    // Discard and close: no draft next time.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    h.window->close();
    QTRY_VERIFY(!h.window->isVisible());
    QVERIFY(!h.settings->draft(QStringLiteral("default")).has_value());
}

void TestGuiProfiles::draftNeverHoldsSecrets()
{
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openWithProfiles(h.optionsWithToken());
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    const QString secret = QStringLiteral("draft-must-not-hold-this");
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://draft.example.com/in"));
    h.replaceText(QStringLiteral("authorizationEdit"), secret);
    // A URL that carries a key is a secret too.
    h.window->findChild<WebhookForm*>()->choosePreset(QStringLiteral("datadog"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    h.replaceText(QStringLiteral("endpointEdit"),
                  QStringLiteral("https://http-intake.logs.datadoghq.com/api/v2/logs?dd-api-key=ddsecretkey123"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    h.window->close();
    QTRY_VERIFY(!h.window->isVisible());
    h.window.reset();
    h.settings.reset();
    h.profiles.reset();
    QFile ini(h.iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray contents = ini.readAll();
    QVERIFY(contents.contains("drafts"));
    QVERIFY(!contents.contains(secret.toUtf8()));
    QVERIFY(!contents.contains("ddsecretkey123"));
    QVERIFY(!contents.contains(token.toUtf8()));
}

void TestGuiProfiles::geometryIsRemembered()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.window->resize(777, 555);
    QTRY_COMPARE(h.window->size(), QSize(777, 555));
    h.window->close();
    QVERIFY(!h.settings->windowGeometry().isEmpty());
    h.window.reset();
    h.openInMemory();
    QTRY_COMPARE(h.window->size(), QSize(777, 555));
}

void TestGuiProfiles::tokenInMemoryCanBeReplacedAndRemoved()
{
    Harness h;
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    QCOMPARE(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("held in memory for this session only"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    h.child<QPushButton>(QStringLiteral("removeTokenButton"))->click();
    QTRY_COMPARE(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("none"));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(!h.window->findChild<QAction*>(QStringLiteral("refreshAction"))->isEnabled());

    h.child<QPushButton>(QStringLiteral("setTokenButton"))->click();
    TokenDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = h.window->findChild<TokenDialog*>()) && dialog->isVisible());
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveTokenButton"));
    QTest::keyClicks(edit, QStringLiteral("not-a-token"));
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tokenErrorLabel"))->text().contains(QStringLiteral("kpat_")));
    edit->setText(token);
    QVERIFY(save->isEnabled());
    const int before = int(h.emulator.requestLog().size());
    save->click();
    QTRY_COMPARE(h.labelText(QStringLiteral("tokenStateLabel")),
                 QStringLiteral("held in memory for this session only"));
    // With a token again, the window loads.
    QTRY_VERIFY(int(h.emulator.requestLog().size()) > before);
}

void TestGuiProfiles::tokenSetAndRemoveInTheKeychain()
{
    GUITEST_REQUIRE_KEYCHAIN();
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    const QString profile = QStringLiteral("kc-token");
    removeKeychain(profile, SecretKind::KonnectToken);
    ProfileSession::StartOptions options;
    options.profile = profile;
    options.baseUrl = h.emulator.baseUrl();
    h.openWithProfiles(options);
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("none"), 20000);
    QCOMPARE(h.child<QPushButton>(QStringLiteral("setTokenButton"))->text(), QStringLiteral("Set &token…"));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("removeTokenButton"))->isEnabled());

    h.setTokenThroughDialog(token);
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")),
                              QStringLiteral("stored in the system keychain"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    QCOMPARE(h.child<QPushButton>(QStringLiteral("setTokenButton"))->text(), QStringLiteral("Replace &token…"));
    const TokenStore::Result stored = readKeychain(profile, SecretKind::KonnectToken);
    QCOMPARE(stored.state, TokenStore::State::Found);
    QCOMPARE(stored.secret, token);
    // Never in the settings file.
    QFile ini(h.iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(token.toUtf8()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    h.child<QPushButton>(QStringLiteral("removeTokenButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("none"), 20000);
    QCOMPARE(readKeychain(profile, SecretKind::KonnectToken).state, TokenStore::State::NotFound);
}

void TestGuiProfiles::siemAuthorizationRememberedInTheKeychain()
{
    GUITEST_REQUIRE_KEYCHAIN();
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    const QString profile = QStringLiteral("kc-siem");
    removeKeychain(profile, SecretKind::SiemAuthorization);
    ProfileSession::StartOptions options = h.optionsWithToken(profile);
    h.openWithProfiles(options);
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    auto* remember = h.child<QCheckBox>(QStringLiteral("rememberAuthorizationCheckBox"));
    QVERIFY(remember->isEnabled());
    remember->click();
    const QString credential = QStringLiteral("remembered-hec-token-77");
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Splunk"));
    h.replaceText(QStringLiteral("authorizationEdit"), credential);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(h.emulator.webhook().authorization(), QStringLiteral("Splunk ") + credential, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(profile, SecretKind::SiemAuthorization).secret,
                              QStringLiteral("Splunk ") + credential, 20000);

    // Next start: the form knows the authorization again, without counting it as a change.
    h.window.reset();
    h.openWithProfiles(options);
    QTRY_COMPARE_WITH_TIMEOUT(h.child<QLineEdit>(QStringLiteral("authorizationEdit"))->text(), credential, 20000);
    QVERIFY(h.child<QCheckBox>(QStringLiteral("rememberAuthorizationCheckBox"))->isChecked());
    QVERIFY(!h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());

    // Unchecking forgets it.
    h.child<QCheckBox>(QStringLiteral("rememberAuthorizationCheckBox"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(profile, SecretKind::SiemAuthorization).state, TokenStore::State::NotFound,
                              20000);
}

void TestGuiProfiles::importsATokenFromKongctl()
{
    GUITEST_REQUIRE_KEYCHAIN();
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    const QString configHome = h.dir.filePath(QStringLiteral("xdg"));
    QVERIFY(QDir().mkpath(configHome + QStringLiteral("/kongctl")));
    QFile config(configHome + QStringLiteral("/kongctl/config.yaml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("imported:\n  konnect:\n    pat: %1\n    base-url: %2\n")
                     .arg(token, h.emulator.baseUrl().toString())
                     .toUtf8());
    config.close();
    const QByteArray previousConfigHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", configHome.toUtf8());
    removeKeychain(QStringLiteral("imported"), SecretKind::KonnectToken);

    ProfileSession::StartOptions options;
    options.profile = QStringLiteral("before-import");
    h.openWithProfiles(options);
    QTRY_VERIFY_WITH_TIMEOUT(h.window->session()->tokenState() != ProfileSession::TokenState::Checking, 20000);
    h.child<QPushButton>(QStringLiteral("importButton"))->click();
    ImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = h.window->findChild<ImportDialog*>()) && dialog->isVisible());
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("candidatesList"));
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QStringLiteral("kongctl")))
            row = i;
        QVERIFY(!list->item(i)->text().contains(token));
    }
    QVERIFY(row >= 0);
    list->setCurrentRow(row);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("profileNameEdit"))->text(), QStringLiteral("imported"));
    dialog->findChild<QPushButton*>(QStringLiteral("importTokenButton"))->click();
    qputenv("XDG_CONFIG_HOME", previousConfigHome);

    QTRY_COMPARE_WITH_TIMEOUT(h.window->session()->profileName(), QStringLiteral("imported"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")),
                              QStringLiteral("stored in the system keychain"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(h.loaded(), 20000);
    QCOMPARE(h.profiles->profile(QStringLiteral("imported")).baseUrl, h.emulator.baseUrl());
    QCOMPARE(readKeychain(QStringLiteral("imported"), SecretKind::KonnectToken).secret, token);
    // kongctl's file is only read.
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(config.readAll().contains(token.toUtf8()));
}

QTEST_MAIN(TestGuiProfiles)
#include "tst_gui_profiles.moc"
