#pragma once

// Shared set-up of the GUI tests: the real MainWindow on the offscreen platform, talking over loopback to an
// in-process KonnectEmulator, with a ManualClock for retry waits and settings in a temporary directory.

#include "GuiContext.h"
#include "GuiSettings.h"
#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "TokenStore.h"
#include "WebhookController.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace GuiTest {

inline const QString token = QStringLiteral("kpat_GuiTestToken0123456789abcdefghijklmnopqrstuvw");

class Harness
{
public:
    Harness()
    {
        emulator.listen(0);
        emulator.setToken(token);
        settings = GuiSettings::forFile(iniPath());
    }

    ~Harness()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        window.reset();
    }

    QString iniPath() const { return dir.filePath(QStringLiteral("settings.ini")); }

    // One profile in memory on the emulator, with the token held in memory (no keychain, no settings file).
    MainWindow* openInMemory(const QString& withToken = token)
    {
        GuiContext context = baseContext();
        Profile profile;
        profile.name = QStringLiteral("test");
        profile.region = QStringLiteral("global");
        profile.baseUrl = emulator.baseUrl();
        context.inMemoryProfile = profile;
        context.inMemoryToken = withToken;
        return create(context);
    }

    // Profiles from the settings file and the real keychain (a token for this run when given).
    MainWindow* openWithProfiles(const ProfileSession::StartOptions& options)
    {
        if (!profiles)
            profiles = std::make_unique<ProfileStore>(iniPath());
        if (!tokens)
            tokens = std::make_unique<TokenStore>();
        GuiContext context = baseContext();
        context.profiles = profiles.get();
        context.tokens = tokens.get();
        context.startOptions = options;
        return create(context);
    }

    ProfileSession::StartOptions optionsWithToken(const QString& profile = QStringLiteral("default")) const
    {
        ProfileSession::StartOptions options;
        options.profile = profile;
        options.baseUrl = emulator.baseUrl();
        options.tokenForThisRun = token;
        return options;
    }

    // Puts a configuration into the emulator as another client would, before the window looks.
    bool seed(const WebhookConfig& config)
    {
        KonnectClient other;
        other.setApiRoot(emulator.baseUrl());
        other.setToken(token);
        ApiCall* call = other.updateWebhook(WebhookConfig {}, config);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(10000))
            return false;
        return finished.first().first().value<ApiResult>().ok();
    }

    static WebhookConfig splunkConfig()
    {
        WebhookConfig config;
        config.endpoint = QStringLiteral("https://splunk.example.com:8088/services/collector/raw");
        config.authorization = QStringLiteral("Splunk seeded-hec-token-0001");
        config.enabled = true;
        config.logFormat = LogFormat::Json;
        return config;
    }

    template<typename T> T* child(const QString& name) const { return window ? window->findChild<T*>(name) : nullptr; }

    QString labelText(const QString& name) const
    {
        auto* label = child<QLabel>(name);
        return label ? label->text() : QStringLiteral("(no label %1)").arg(name);
    }

    bool loaded() const { return window && window->controller()->current().has_value(); }

    void replaceText(const QString& editName, const QString& text)
    {
        auto* edit = child<QLineEdit>(editName);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    void chooseCombo(const QString& comboName, const QVariant& data)
    {
        auto* combo = child<QComboBox>(comboName);
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    QTemporaryDir dir;
    ManualClock clock;
    KonnectEmulator emulator;
    KonnectClient client {&clock};
    std::unique_ptr<GuiSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<MainWindow> window;

private:
    GuiContext baseContext()
    {
        GuiContext context;
        context.clock = &clock;
        context.client = &client;
        context.settings = settings.get();
        return context;
    }

    MainWindow* create(const GuiContext& context)
    {
        window = std::make_unique<MainWindow>(context);
        window->show();
        const QString problem = window->start();
        if (!problem.isEmpty())
            qWarning("start: %s", qPrintable(problem));
        return window.get();
    }
};

// A Secret Service is needed for the keychain cases: skip them without one, except in CI where they must run.
inline bool keychainAvailable(QString* why)
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    *why = QStringLiteral("no D-Bus session (run the suite inside scripts/with-private-keyring.sh)");
    return false;
}

} // namespace GuiTest

#define GUITEST_REQUIRE_KEYCHAIN()                                                                                     \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if (!GuiTest::keychainAvailable(&why)) {                                                                       \
            if (qgetenv("CI") == "true")                                                                               \
                QFAIL(qPrintable(why));                                                                                \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)
