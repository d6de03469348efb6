#pragma once

// Shared set-up of the GUI tests: the real MainWindow on the offscreen platform, talking over loopback to an
// in-process KonnectEmulator, with a ManualClock for retry waits and settings in a temporary directory.

#include "DemoSession.h"
#include "GuiContext.h"
#include "GuiSettings.h"
#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "TokenDialog.h"
#include "TokenStore.h"
#include "WebhookController.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
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

    // Seeds `config`, opens the in-memory profile and waits until the window has loaded it.
    void openSeededInMemory(const WebhookConfig& config)
    {
        QVERIFY(seed(config));
        openInMemory();
        QTRY_VERIFY(loaded());
    }

    // Set token…, types `value` into the token dialog and saves it.
    void setTokenThroughDialog(const QString& value)
    {
        child<QPushButton>(QStringLiteral("setTokenButton"))->click();
        TokenDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<TokenDialog*>()) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")), value);
        dialog->findChild<QPushButton*>(QStringLiteral("saveTokenButton"))->click();
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
    // The window gets no clock, as the app builds it: every part falls back to the system clock.
    bool systemClock = false;

private:
    GuiContext baseContext()
    {
        GuiContext context;
        context.clock = systemClock ? nullptr : &clock;
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

// How many API requests the emulator got whose path ends with `pathEnd` (and of `method`, when given).
inline int requestCount(const KonnectEmulator& emulator, const QString& pathEnd, const QString& method = {})
{
    int count = 0;
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue& value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("path")).toString().endsWith(pathEnd)
            && (method.isEmpty() || entry.value(QStringLiteral("method")).toString() == method))
            ++count;
    }
    return count;
}

inline int statusRequests(const KonnectEmulator& emulator)
{
    return requestCount(emulator, QStringLiteral("/audit-log-webhook/status"));
}

// Visible labels of `root` that overlap one another or are lower than their text needs (clipped descenders).
inline QStringList labelProblemsIn(QWidget* root)
{
    QList<QLabel*> labels;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty())
            labels << label;
    }
    QStringList problems;
    for (int i = 0; i < labels.size(); ++i) {
        QLabel* a = labels.at(i);
        const QRect ra(a->mapTo(root, QPoint(0, 0)), a->size());
        // Clipped: a wrapping label lower than its text needs, or any label lower than one line.
        const int needed
            = a->wordWrap() && a->hasHeightForWidth() ? a->heightForWidth(a->width()) : a->fontMetrics().height();
        if (a->height() < needed)
            problems << QStringLiteral("%1 clipped (%2 < %3)").arg(a->objectName()).arg(a->height()).arg(needed);
        for (int j = i + 1; j < labels.size(); ++j) {
            QLabel* b = labels.at(j);
            const QRect rb(b->mapTo(root, QPoint(0, 0)), b->size());
            if (ra.intersects(rb))
                problems << QStringLiteral("%1 overlaps %2").arg(a->objectName(), b->objectName());
        }
    }
    return problems;
}
// What GuiApp gives the window in --demo: the demo's profile, token, emulator and receiver (settings in memory).
inline GuiContext demoContext(const DemoSession& demo, Clock* clock, KonnectClient* client, GuiSettings* settings)
{
    GuiContext context;
    context.clock = clock;
    context.client = client;
    context.settings = settings;
    context.inMemoryProfile = demo.profile();
    context.inMemoryToken = demo.token();
    context.otherInMemoryProfiles.append({demo.secondProfile(), demo.secondToken()});
    context.demoEmulator = demo.emulator();
    context.demoReceiver = demo.receiver();
    return context;
}

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

namespace GuiTest {

// The window of --demo on `demo` with the test's clock, started.
struct DemoWindow
{
    DemoWindow(const DemoSession& demo, ManualClock* clock)
        : client(clock)
        , settings(GuiSettings::inMemory())
        , window(demoContext(demo, clock, &client, settings.get()))
    {
        window.show();
        started = window.start().isEmpty();
    }

    KonnectClient client;
    std::unique_ptr<GuiSettings> settings;
    MainWindow window;
    bool started = false;
};

} // namespace GuiTest
