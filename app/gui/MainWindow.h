#pragma once

#include "ConnectionTest.h"
#include "GuiContext.h"
#include "MultiScopeTarget.h"
#include "VendorPresetCatalog.h"
#include "WebhookConfig.h"
#include "WebhookDraft.h"

#include "Scope.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class ApiCall;
class ApiResult;
class OverviewPage;
class QLabel;
class TokenStore;
class TrayWatch;
class ProfileSession;
class ScopeController;
class ScopeWebhook;
class WebhookController;
class WelcomePage;

namespace Ui {
class MainWindow;
}

// The window: connection bar (with whose webhook: the organization's or a Dev Portal's), what model that webhook
// uses and its binding (BindingEditor), the inline v2 webhook form with vendor presets, what Konnect has now, Apply
// with a diff, the connection test, the progress of requests (with the retry countdown and Cancel) and the activity of
// the session; beside the configuration, tabs for the delivery status, replays, the destinations and signature
// verification. It reaches Konnect only through the WebhookController, the tabs' own controllers and the connection
// test, and the keychain only through the ProfileSession.
class MultiScopeChangeDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const GuiContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the start profile and loads its configuration. Returns a problem with the start options, else empty.
    QString start();

    ProfileSession* session() const { return m_session; }
    WebhookController* controller() const { return m_controller; }
    ScopeController* scopes() const { return m_scopes; }
    // Null with a single in-memory profile and no demo: there is no fleet to look at.
    OverviewPage* overview() const { return m_overview; }
    TrayWatch* trayWatch() const { return m_tray; }

    // Watches every profile in the background (the tray icon shows while it does); closing the window then hides
    // it. Remembered in the settings.
    void setWatching(bool on);
    bool isWatching() const;
    // Opens a profile's scope as the Overview's double-click does: the profile, then the scope, on Configure.
    void openScope(const QString& profile, const Scope& scope);
    // Quit for real, watch or not.
    void quit();

    void refresh();
    // Shows the diff and, once confirmed, applies.
    void requestApply();
    bool canApply() const;
    // Runs the connection test with the form's current values (endpoint, composed authorization, log format, TLS).
    void runConnectionTest();
    // "Change many scopes…": one change over the fleet's scopes, `preselected` ticked (the Overview's selection).
    MultiScopeChangeDialog* openMultiScopeChange(const MultiScopeTargets& preselected = {});

signals:
    // The first load of the configuration after start() ended; exitCode as the headless commands use it.
    void firstLoadFinished(bool ok, int exitCode, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onProfileOpened();
    void onTokenSettled();
    void onScopeChanged(const Scope& scope);
    void onWebhookRead(const ScopeWebhook& webhook);
    void onLoaded(const WebhookConfig& current);
    void onLoadFailed(const ApiResult& result);
    void onApplied(const WebhookConfig& stored, const WebhookConfig& sent);
    void onApplyFailed(const ApiResult& result);
    void onEdited();
    void onBusyChanged(bool busy);
    void switchProfile(const QString& name);
    void changeRegion(const QString& region);
    void discardEdits();
    void updateActions();
    void updateTitle();
    void saveDraft();
    void showMessage(const QString& text, bool problem);
    void finishFirstLoad(bool ok, int exitCode, const QString& message);
    void setUpTabOrder();
    void setUpWatch();
    void placeOverviewTab();
    void offerReplay(const QDateTime& start, const QDateTime& end);
    int overviewProfileCount() const;
    void updateWatchToolTip();
    void choosePendingScope();
    void showFromTray();
    void updateOperationTabs();
    void updateWelcome();
    QString targetDescription() const;
    ConnectionTest::Settings formTestSettings() const;
    bool formShowsProblems() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    GuiContext m_context;
    VendorPresetCatalog m_catalog;
    ProfileSession* m_session;
    WebhookController* m_controller;
    ScopeController* m_scopes;
    WelcomePage* m_welcome = nullptr; // first run only: no profile, no token
    OverviewPage* m_overview = nullptr;
    TrayWatch* m_tray = nullptr;
    TokenStore* m_memoryTokens = nullptr; // demo mode: the in-memory profiles' tokens, for the Overview
    QAction* m_watchAction = nullptr;
    QLabel* m_watchStatus = nullptr; // where no tray exists: the watch's worst verdict
    QString m_pendingProfile; // openScope(): the scope to choose once this profile's portals are known
    std::optional<Scope> m_pendingScope;
    bool m_quitting = false;
    bool m_formLoaded = false; // the form shows this profile's configuration (or the user's edits of it)
    bool m_firstLoadReported = false;
    bool m_closeConfirmed = false;
    bool m_applying = false;
    std::optional<WebhookDraft> m_pendingDraft;
};
