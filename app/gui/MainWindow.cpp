#include "MainWindow.h"

#include "ApiCall.h"
#include "ApplyDiffDialog.h"
#include "AuditLogsPage.h"
#include "AuthorizationHeader.h"
#include "BindingEditor.h"
#include "Clock.h"
#include "ConfigDiff.h"
#include "ConnectionTestPanel.h"
#include "CredentialImporter.h"
#include "DemoMenu.h"
#include "DestinationMove.h"
#include "DestinationsController.h"
#include "DestinationsPage.h"
#include "ErrorText.h"
#include "FailingWebhookBanner.h"
#include "FieldMessage.h"
#include "FleetWatch.h"
#include "FocusFrameStyle.h"
#include "GuiResources.h"
#include "GuiSettings.h"
#include "KonnectClient.h"
#include "MessageBox.h"
#include "MultiScopeChangeDialog.h"
#include "OverviewPage.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "Region.h"
#include "ReplayTab.h"
#include "ScopeController.h"
#include "ScopeWebhook.h"
#include "SecretRedactor.h"
#include "StatusTab.h"
#include "TrayWatch.h"
#include "VendorPresetCatalog.h"
#include "VerifyTab.h"
#include "WebhookController.h"
#include "WelcomePage.h"
#include "WindowPlacement.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTableWidget>
#include <cstdlib>

MainWindow::MainWindow(const GuiContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_context(context)
    , m_session(new ProfileSession(context.client, context.profiles, context.tokens, context.settings, this))
    , m_controller(new WebhookController(context.client, this))
    , m_scopes(new ScopeController(context.client, this))
{
    GuiResources::ensureLoaded();
    FocusFrameStyle::install();
    m_ui->setupUi(this);
    m_ui->requestProgress->setClock(context.clock);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    FieldMessage::clear(m_ui->messageLabel);

    m_catalog = DemoMenu::catalog(context);
    m_ui->webhookForm->setCatalog(m_catalog);

    m_ui->statusTab->setUp(context.client, context.clock);
    // A failing webhook shows on every tab (banner) and on the Status tab's own title (badge).
    auto* banner = new FailingWebhookBanner(this);
    m_ui->centralLayout->insertWidget(1, banner);
    const QString statusTitle = m_ui->mainTabs->tabText(m_ui->mainTabs->indexOf(m_ui->statusTab));
    connect(m_ui->statusTab, &StatusTab::statusChanged, this,
            [this, banner, statusTitle](const std::optional<WebhookStatus>& status) {
                const bool failing = status && FailingWebhookBanner::isFailing(*status);
                if (status)
                    banner->showStatus(*status);
                else
                    banner->clear();
                const int index = m_ui->mainTabs->indexOf(m_ui->statusTab);
                m_ui->mainTabs->setTabIcon(index,
                                           failing ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
                m_ui->mainTabs->setTabText(index, failing ? tr("%1 (failing)").arg(statusTitle) : statusTitle);
            });
    m_ui->replayTab->setUp(context.client, context.clock);
    m_ui->verifyTab->setUp(context.client);
    m_ui->destinationsPage->setUp(context.client, context.clock, m_catalog, m_scopes);
    m_ui->auditLogsPage->setUp(context.client, context.clock, m_scopes);
    connect(m_ui->auditLogsPage, &AuditLogsPage::replayRequested, this, &MainWindow::offerReplay);
    m_ui->bindingEditor->setUp(context.client, context.clock, m_ui->destinationsPage->controller());
    connect(m_scopes, &ScopeController::scopeChanged, this, &MainWindow::onScopeChanged);
    connect(m_ui->bindingEditor, &BindingEditor::changed, this, [this] {
        refresh();
        m_ui->destinationsPage->refresh();
        m_ui->statusTab->refreshAfterChange();
    });
    connect(m_ui->bindingEditor, &BindingEditor::newDestinationRequested, m_ui->destinationsPage,
            &DestinationsPage::showCreate);
    connect(m_ui->bindingEditor, &BindingEditor::message, this, &MainWindow::showMessage);
    connect(m_ui->bindingEditor, &BindingEditor::busyChanged, this, &MainWindow::updateActions);
    m_ui->connectionTestPanel->setUp(context.client, context.clock);
    connect(m_ui->connectionTestPanel, &ConnectionTestPanel::runningChanged, this, &MainWindow::updateActions);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &MainWindow::runConnectionTest);
    connect(m_ui->testConnectionAction, &QAction::triggered, this, &MainWindow::runConnectionTest);

    QAction* activityToggle = m_ui->activityDock->toggleViewAction();
    activityToggle->setText(tr("Show activity &log"));
    activityToggle->setObjectName(QStringLiteral("showActivityAction"));
    m_ui->webhookMenu->addSeparator();
    QAction* manyScopes = m_ui->webhookMenu->addAction(tr("Change &many scopes…"));
    manyScopes->setObjectName(QStringLiteral("multiScopeChangeAction"));
    connect(manyScopes, &QAction::triggered, this, [this] { openMultiScopeChange(); });
    m_ui->webhookMenu->addAction(activityToggle);

    m_ui->connectionBar->setSession(m_session);
    m_ui->connectionBar->setScopeController(m_scopes);
    connect(m_ui->connectionBar, &ConnectionBar::profileSwitchRequested, this, &MainWindow::switchProfile);
    connect(m_ui->connectionBar, &ConnectionBar::regionChangeRequested, this, &MainWindow::changeRegion);

    connect(m_session, &ProfileSession::profileOpened, this, &MainWindow::onProfileOpened);
    connect(m_session, &ProfileSession::tokenSettled, this, &MainWindow::onTokenSettled);
    connect(m_session, &ProfileSession::tokenStateChanged, this, &MainWindow::updateActions);
    connect(m_session, &ProfileSession::tokenStateChanged, this, &MainWindow::updateOperationTabs);
    connect(m_session, &ProfileSession::tokenStateChanged, this, &MainWindow::updateWelcome);
    connect(m_session, &ProfileSession::profilesChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ProfileSession::authorizationRecalled, this, [this](const QString& authorization) {
        m_ui->webhookForm->setKnownAuthorization(authorization);
        m_ui->bindingEditor->setKnownAuthorization(authorization);
    });
    connect(m_session, &ProfileSession::problem, this, [this](const QString& text) { showMessage(text, true); });

    connect(m_controller, &WebhookController::callStarted, m_ui->requestProgress, &RequestProgressWidget::track);
    connect(m_controller, &WebhookController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &WebhookController::webhookRead, this, &MainWindow::onWebhookRead);
    connect(m_controller, &WebhookController::loaded, this, &MainWindow::onLoaded);
    connect(m_controller, &WebhookController::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_controller, &WebhookController::applied, this, &MainWindow::onApplied);
    connect(m_controller, &WebhookController::applyFailed, this, &MainWindow::onApplyFailed);
    connect(m_ui->requestProgress, &RequestProgressWidget::cancelRequested, m_controller, &WebhookController::cancel);
    connect(context.client, &KonnectClient::exchangeFinished, m_ui->activityPanel, &ActivityPanel::addEntry);

    connect(m_ui->webhookForm, &WebhookForm::edited, this, &MainWindow::onEdited);
    connect(m_ui->webhookForm, &WebhookForm::rememberAuthorizationToggled, this, [this](bool remember) {
        m_context.settings->setRemembersAuthorization(m_session->profileName(), remember);
        const QString known = m_ui->webhookForm->knownAuthorization();
        if (!remember)
            m_session->forgetAuthorization();
        else if (!known.isEmpty())
            m_session->storeAuthorization(known);
    });
    connect(m_ui->currentConfigPanel, &CurrentConfigPanel::refreshRequested, this, &MainWindow::refresh);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->applyAction, &QAction::triggered, this, &MainWindow::requestApply);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &MainWindow::requestApply);
    connect(m_ui->discardEditsAction, &QAction::triggered, this, &MainWindow::discardEdits);
    connect(m_ui->discardEditsButton, &QPushButton::clicked, this, &MainWindow::discardEdits);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_scopes, &ScopeController::portalsChanged, this, &MainWindow::choosePendingScope);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        MessageBox::ask(this, tr("About Konnect Audit Webhook"),
                        tr("Konnect Audit Webhook %1\nConfigures where Kong Konnect sends its audit logs.")
                            .arg(QStringLiteral(KAW_VERSION)),
                        QMessageBox::Ok, QMessageBox::Ok, [](MessageBox::Button) {});
    });

    const bool demo = context.demoEmulator != nullptr;
    m_ui->webhookForm->setRememberAvailable(context.tokens != nullptr,
                                            demo ? tr("Demo mode keeps everything in memory.")
                                                 : tr("No system keychain is available."));
    if (demo) {
        auto* menu
            = new DemoMenu(context, {this, m_ui->activityDock, m_ui->connectionTestPanel, m_ui->webhookForm}, this);
        connect(menu, &DemoMenu::message, this, &MainWindow::showMessage);
        connect(menu, &DemoMenu::receiverUsed, this, [this] { m_ui->mainTabs->setCurrentWidget(m_ui->configureTab); });
    }
    setUpWatch();
    setUpTabOrder();

    if (context.settings->windowGeometry().isEmpty() || !restoreGeometry(context.settings->windowGeometry()))
        resize(WindowPlacement::defaultSize);
    WindowPlacement::fitOnScreen(this);
    if (!context.settings->windowState().isEmpty())
        restoreState(context.settings->windowState());
    else
        resizeDocks({m_ui->activityDock}, {140}, Qt::Vertical); // the whole form fits at 1024×700; the log can grow
    m_ui->centralLayout->setStretchFactor(m_ui->mainTabs, 1);
    m_ui->actionLayout->setStretchFactor(m_ui->applyStateLabel, 1);
    updateTitle();
    updateActions();
    updateOperationTabs();
}

MainWindow::~MainWindow() = default;

QString MainWindow::start()
{
    if (m_context.inMemoryProfile) {
        m_session->startInMemory(*m_context.inMemoryProfile, m_context.inMemoryToken);
        for (const GuiContext::MemoryProfile& other : std::as_const(m_context.otherInMemoryProfiles))
            m_session->addInMemoryProfile(other.profile, other.token);
        return {};
    }
    return m_session->start(m_context.startOptions);
}

void MainWindow::setUpTabOrder()
{
    // Top to bottom, left to right: connection, form, what Konnect has, the actions, the activity log.
    const QList<QWidget*> chain {
        findChild<QWidget*>(QStringLiteral("profileCombo")),
        findChild<QWidget*>(QStringLiteral("manageProfilesButton")),
        findChild<QWidget*>(QStringLiteral("regionCombo")),
        findChild<QWidget*>(QStringLiteral("scopeCombo")),
        findChild<QWidget*>(QStringLiteral("setTokenButton")),
        findChild<QWidget*>(QStringLiteral("removeTokenButton")),
        findChild<QWidget*>(QStringLiteral("importButton")),
        m_ui->mainTabs->tabBar(),
        findChild<QWidget*>(QStringLiteral("presetCombo")),
        findChild<QWidget*>(QStringLiteral("presetNoteButton")),
        findChild<QWidget*>(QStringLiteral("endpointEdit")),
        findChild<QWidget*>(QStringLiteral("showEndpointCheckBox")),
        findChild<QWidget*>(QStringLiteral("authorizationSchemeCombo")),
        findChild<QWidget*>(QStringLiteral("authorizationEdit")),
        findChild<QWidget*>(QStringLiteral("showAuthorizationCheckBox")),
        findChild<QWidget*>(QStringLiteral("rememberAuthorizationCheckBox")),
        findChild<QWidget*>(QStringLiteral("enabledCheckBox")),
        findChild<QWidget*>(QStringLiteral("logFormatCombo")),
        findChild<QWidget*>(QStringLiteral("skipTlsCheckBox")),
        findChild<QWidget*>(QStringLiteral("refreshButton")),
        findChild<QWidget*>(QStringLiteral("connectionTestCancelButton")),
        findChild<QWidget*>(QStringLiteral("watchDeliveryButton")),
        findChild<QWidget*>(QStringLiteral("stopWatchButton")),
        findChild<QWidget*>(QStringLiteral("cancelButton")),
        m_ui->testConnectionButton,
        m_ui->discardEditsButton,
        m_ui->applyButton,
        findChild<QWidget*>(QStringLiteral("activityTable")),
        findChild<QWidget*>(QStringLiteral("copyCurlButton")),
    };
    for (int i = 1; i < chain.size(); ++i) {
        if (chain.at(i - 1) && chain.at(i))
            setTabOrder(chain.at(i - 1), chain.at(i));
    }
    // Tab leaves a table (arrows move inside it), so no table traps the keyboard.
    for (QAbstractItemView* view : findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    m_ui->mainTabs->tabBar()->setFocusPolicy(Qt::StrongFocus);
    m_ui->configureScrollArea->setAccessibleName(tr("Configure the webhook"));

    // The tabs switch from wherever the focus is, not only from inside the tab widget.
    auto step = [this](int by) {
        QTabWidget* tabs = m_ui->mainTabs;
        for (int i = 1; i < tabs->count(); ++i) {
            const int index = (tabs->currentIndex() + by * i + tabs->count()) % tabs->count();
            if (tabs->isTabEnabled(index) && tabs->isTabVisible(index)) {
                tabs->setCurrentIndex(index);
                return;
            }
        }
    };
    for (const QKeySequence& next : {QKeySequence(QKeySequence::NextChild), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        connect(new QShortcut(next, this), &QShortcut::activated, this, [step] { step(1); });
    for (const QKeySequence& previous :
         {QKeySequence(QKeySequence::PreviousChild), QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        connect(new QShortcut(previous, this), &QShortcut::activated, this, [step] { step(-1); });
}

void MainWindow::setUpWatch()
{
    // The Overview reads every profile's token through a TokenStore: the keychain's, or in demo mode one in memory
    // that holds the demo's own tokens, so that the user's keychain, profiles and settings stay untouched. A single
    // in-memory profile (no demo) has no fleet to look at.
    const bool inMemoryFleet = !m_context.profiles && m_context.inMemoryProfile
        && (m_context.demoEmulator || !m_context.otherInMemoryProfiles.isEmpty());
    if (!inMemoryFleet && (!m_context.tokens || !m_context.profiles))
        return;
    m_overview = new OverviewPage(this);
    if (inMemoryFleet) {
        m_memoryTokens = new TokenStore(TokenStore::Backing::MemoryOnly, this);
        QList<Profile> profiles {*m_context.inMemoryProfile};
        m_memoryTokens->write(m_context.inMemoryProfile->name, m_context.inMemoryToken);
        for (const GuiContext::MemoryProfile& other : std::as_const(m_context.otherInMemoryProfiles)) {
            profiles.append(other.profile);
            m_memoryTokens->write(other.profile.name, other.token);
        }
        m_overview->setUp(m_context.clock, m_memoryTokens, profiles);
    } else {
        m_overview->setUp(m_context.clock, m_context.tokens, m_context.profiles);
        connect(m_context.profiles, &ProfileStore::profilesChanged, this, &MainWindow::placeOverviewTab);
    }
    connect(m_overview, &OverviewPage::scopeOpenRequested, this, &MainWindow::openScope);
    connect(m_overview, &OverviewPage::changeScopesRequested, this,
            [this](const MultiScopeTargets& targets) { openMultiScopeChange(targets); });
    // The demo's fleet is in three regions: it shows them all unless told otherwise in this run.
    m_overview->setAllRegions(m_context.settings->overviewAllRegions(m_context.demoEmulator != nullptr));
    m_overview->setIntervalMinutes(m_context.settings->watchIntervalMinutes());
    connect(m_overview, &OverviewPage::allRegionsChanged, this,
            [this](bool on) { m_context.settings->setOverviewAllRegions(on); });
    connect(m_overview, &OverviewPage::intervalChanged, this, [this](int minutes) {
        m_context.settings->setWatchIntervalMinutes(minutes);
        updateWatchToolTip();
    });
    m_ui->webhookMenu->insertAction(m_ui->refreshAction, m_overview->refreshAction());
    placeOverviewTab();
    if (overviewProfileCount() > 1)
        m_ui->mainTabs->setCurrentWidget(m_overview);

    FleetWatch* watch = m_overview->watch();
    watch->setQuiet(m_context.settings->watchIsQuiet());
    m_tray = new TrayWatch(watch, this);
    connect(m_tray, &TrayWatch::openRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayWatch::quitRequested, this, &MainWindow::quit);
    connect(m_tray, &TrayWatch::quietChanged, this, [this](bool quiet) { m_context.settings->setWatchQuiet(quiet); });
    connect(m_tray, &TrayWatch::problem, this, [this](const QString& text) { showMessage(text, true); });
    m_watchAction = new QAction(tr("&Watch in the background"), this);
    m_watchAction->setObjectName(QStringLiteral("watchAction"));
    m_watchAction->setCheckable(true);
    updateWatchToolTip();
    connect(m_watchAction, &QAction::toggled, this, &MainWindow::setWatching);
    // Quiet is in the File menu as well as in the tray's, so that it is reachable where no tray exists.
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_watchAction);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_tray->quietAction());
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_tray->startAtLoginAction());
    if (!m_context.profiles) {
        // The demo never writes the user's files, and an autostart entry is one.
        m_tray->startAtLoginAction()->setEnabled(false);
        m_tray->startAtLoginAction()->setToolTip(tr("Demo mode keeps everything in memory."));
    }
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    if (!TrayWatch::isTrayAvailable()) {
        // Without a tray the window itself keeps telling the worst verdict, on every tab.
        m_watchStatus = new QLabel(this);
        m_watchStatus->setObjectName(QStringLiteral("watchStatusLabel"));
        m_watchStatus->setAccessibleName(tr("Background watch"));
        statusBar()->addPermanentWidget(m_watchStatus, 1);
        m_watchStatus->hide();
        connect(m_tray, &TrayWatch::statusChanged, this, [this](const QString& text) {
            m_watchStatus->setText(
                tr("No system tray here: the watch runs only while this window is open. %1").arg(text));
        });
    }
    if (m_context.settings->watchesInBackground())
        m_watchAction->setChecked(true);
}

void MainWindow::offerReplay(const QDateTime& start, const QDateTime& end)
{
    // The pulled audit logs are the organization's: a replay of them goes to the region's organization webhook.
    const Scope& current = m_scopes->current();
    if (current.isPortal())
        m_scopes->chooseScope(Scope::organization(current.region()));
    m_ui->mainTabs->setCurrentWidget(m_ui->replayTab);
    m_ui->replayTab->offerWindow(start, end);
}

void MainWindow::updateWatchToolTip()
{
    if (!m_watchAction || !m_overview)
        return;
    m_watchAction->setToolTip(tr("Checks every profile, region and Dev Portal every %n minute(s) (set on the "
                                 "Overview) and tells you when one stops delivering; closing the window keeps "
                                 "watching.",
                                 nullptr, m_overview->intervalMinutes()));
}

int MainWindow::overviewProfileCount() const
{
    if (m_context.profiles)
        return int(m_context.profiles->names().size());
    return m_context.inMemoryProfile ? 1 + int(m_context.otherInMemoryProfiles.size()) : 0;
}

void MainWindow::placeOverviewTab()
{
    // The first tab as soon as there is more than one profile to look at; otherwise the last.
    QTabWidget* tabs = m_ui->mainTabs;
    const bool first = overviewProfileCount() > 1;
    const int want = first ? (m_welcome && tabs->indexOf(m_welcome) == 0 ? 1 : 0) : tabs->count() - 1;
    const int index = tabs->indexOf(m_overview);
    if (index < 0)
        tabs->insertTab(first ? want : tabs->count(), m_overview, tr("Overview"));
    else if (index != want)
        tabs->tabBar()->moveTab(index, want);
    tabs->setTabToolTip(tabs->indexOf(m_overview), tr("Every profile, region and Dev Portal at a glance"));
}

void MainWindow::setWatching(bool on)
{
    if (!m_tray)
        return;
    if (m_watchAction->isChecked() != on)
        m_watchAction->setChecked(on); // comes back here through toggled()
    m_context.settings->setWatchesInBackground(on);
    FleetWatch* watch = m_overview->watch();
    if (on)
        watch->start();
    else
        watch->stop();
    m_tray->setShown(on);
    if (m_watchStatus)
        m_watchStatus->setVisible(on);
}

bool MainWindow::isWatching() const
{
    return m_overview && m_overview->watch()->isWatching();
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::openScope(const QString& profile, const Scope& scope)
{
    m_pendingProfile = profile;
    m_pendingScope = scope;
    m_ui->mainTabs->setCurrentWidget(m_ui->configureTab);
    if (profile != m_session->profileName()) {
        switchProfile(profile); // the scope is chosen once the profile's portals are listed
        return;
    }
    choosePendingScope();
}

void MainWindow::choosePendingScope()
{
    if (!m_pendingScope || m_pendingProfile != m_session->profileName())
        return;
    // First the scope's region: a standard root is per region, and so is a custom base URL that names its region
    // (…/global, eu.proxy…); one that names none serves its one region, whatever the scan called it.
    const Profile& open = m_session->profile();
    const QString serves = open.baseUrl.isEmpty() ? open.region : Region::regionNamedBy(open.apiRoot());
    const QString wanted = m_pendingScope->region();
    if (!serves.isEmpty() && !wanted.isEmpty() && serves != wanted) {
        saveDraft();
        const QUrl root = open.baseUrl.isEmpty() ? QUrl() : Region::regionalRoot(open.baseUrl, wanted);
        const QString error = m_session->editProfile(wanted, root, ProfileSession::Keep::ThisSession);
        if (!error.isEmpty()) {
            m_pendingScope.reset();
            showMessage(error, true);
        }
        return; // the region's portals are listed next, and portalsChanged() comes back here
    }
    const QString portalId = m_pendingScope->portalId();
    if (portalId.isEmpty()) {
        m_pendingScope.reset();
        m_scopes->choose(0);
        return;
    }
    const QList<Scope> scopes = m_scopes->scopes();
    for (const Scope& scope : scopes) {
        if (scope.portalId() == portalId) {
            m_pendingScope.reset();
            m_scopes->chooseScope(scope);
            return;
        }
    }
    // Its portals are not listed yet: portalsChanged() comes back here.
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QApplication::quit();
    else
        m_quitting = false;
}

void MainWindow::updateOperationTabs()
{
    const bool token = m_session->hasToken();
    QString why;
    if (!token)
        why = m_session->tokenNote().isEmpty() ? tr("No Konnect token: set one with Set token.")
                                               : m_session->tokenNote();
    m_ui->statusTab->setAvailable(token, why);
    m_ui->replayTab->setAvailable(token, why);
    m_ui->destinationsPage->setAvailable(token, why);
    m_ui->auditLogsPage->setAvailable(token, why);
    m_ui->verifyTab->setKonnectAvailable(token);
}

ConnectionTest::Settings MainWindow::formTestSettings() const
{
    const WebhookForm* form = m_ui->webhookForm;
    const WebhookConfig wanted = form->desired();
    ConnectionTest::Settings settings;
    // What the form shows is what is tested; an empty endpoint falls back to Konnect's.
    if (!wanted.endpoint.trimmed().isEmpty())
        settings.endpoint = wanted.endpoint;
    if (const QString authorization = form->composedAuthorization(); !authorization.isEmpty())
        settings.authorization = authorization;
    settings.logFormat = wanted.logFormat;
    settings.skipSslVerification = wanted.skipSslVerification;
    settings.preset = m_catalog.find(form->presetId());
    return settings;
}

MultiScopeChangeDialog* MainWindow::openMultiScopeChange(const MultiScopeTargets& preselected)
{
    QList<Profile> profiles;
    if (m_context.profiles) {
        for (const QString& name : m_context.profiles->names())
            profiles.append(m_context.profiles->profile(name));
    }
    if (profiles.isEmpty() && m_context.inMemoryProfile)
        profiles.append(*m_context.inMemoryProfile);
    if (m_context.inMemoryProfile && !m_context.profiles) {
        for (const GuiContext::MemoryProfile& other : std::as_const(m_context.otherInMemoryProfiles))
            profiles.append(other.profile);
    }
    // In demo mode the in-memory tokens, as the Overview reads them; else the keychain's.
    TokenStore* tokens = m_context.tokens ? m_context.tokens : m_memoryTokens;
    auto* dialog = new MultiScopeChangeDialog(m_context.client->network(), m_context.clock, tokens, profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->preselect(preselected);
    dialog->show();
    return dialog;
}

void MainWindow::runConnectionTest()
{
    ConnectionTestPanel* panel = m_ui->connectionTestPanel;
    if (panel->isRunning())
        return;
    QString why;
    if (!m_session->hasToken())
        why = m_session->tokenNote().isEmpty() ? tr("no Konnect token is set.") : m_session->tokenNote();
    m_ui->mainTabs->setCurrentWidget(m_ui->configureTab);
    panel->run(formTestSettings(), m_session->profile().region, why);
}

QString MainWindow::targetDescription() const
{
    const Profile& profile = m_session->profile();
    if (!profile.baseUrl.isEmpty())
        return tr("%1 (profile %2)").arg(profile.apiRoot().toString(), profile.name);
    return tr("region %1 (profile %2)").arg(profile.region, profile.name);
}

void MainWindow::updateTitle()
{
    const QString product = tr("Konnect Audit Webhook");
    const QString name = m_session->profileName();
    if (name.isEmpty()) {
        setWindowTitle(product);
        return;
    }
    const QString where = m_session->profile().baseUrl.isEmpty() ? m_session->profile().region : tr("custom URL");
    // The product name comes last and once: the platform appends the display name unless the title ends with it.
    setWindowTitle(m_context.demoEmulator ? tr("%1 — nothing here touches a real Konnect — %2").arg(name, product)
                                          : tr("%1 (%2) — %3").arg(name, where, product));
}

void MainWindow::showMessage(const QString& text, bool problem)
{
    FieldMessage::show(m_ui->messageLabel, SecretRedactor::redact(text),
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
    updateActions();
}

bool MainWindow::formShowsProblems() const
{
    const auto labels = m_ui->webhookForm->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->objectName().endsWith(QLatin1String("ErrorLabel")) && !label->isHidden() && !label->text().isEmpty())
            return true;
    }
    return false;
}

void MainWindow::onProfileOpened()
{
    m_controller->reset();
    m_scopes->reset(m_session->profile().region);
    const Scope scope = m_scopes->current();
    m_controller->setScope(scope);
    m_ui->statusTab->setScope(scope);
    m_ui->replayTab->setScope(scope);
    m_ui->destinationsPage->reset();
    m_ui->bindingEditor->clear(QString());
    m_ui->contentSplitter->show();
    m_ui->connectionTestPanel->reset();
    updateOperationTabs();
    m_formLoaded = false;
    WebhookForm* form = m_ui->webhookForm;
    form->setKnownAuthorization(QString());
    form->setCurrent(std::nullopt);
    form->resetToCurrent();
    form->setRemembersAuthorization(m_context.settings->remembersAuthorization(m_session->profileName()));
    m_pendingDraft = m_context.settings->draft(m_session->profileName());
    m_ui->currentConfigPanel->showUnavailable(tr("Waiting for the Konnect token…"));
    FieldMessage::clear(m_ui->messageLabel);
    updateTitle();
    updateActions();
}

void MainWindow::updateWelcome()
{
    using TokenState = ProfileSession::TokenState;
    const bool wanted = !m_session->isInMemory() && m_session->profileNames().size() <= 1
        && m_session->tokenState() == TokenState::None;
    if (!wanted) {
        if (m_welcome) {
            m_ui->mainTabs->removeTab(m_ui->mainTabs->indexOf(m_welcome));
            m_welcome->deleteLater();
            m_welcome = nullptr;
        }
        return;
    }
    if (!m_welcome) {
        m_welcome = new WelcomePage(this);
        connect(m_welcome, &WelcomePage::setTokenRequested, m_ui->connectionBar, &ConnectionBar::showSetToken);
        connect(m_welcome, &WelcomePage::importRequested, m_ui->connectionBar, &ConnectionBar::showImport);
        connect(m_welcome, &WelcomePage::demoRequested, this,
                [] { QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}); });
        m_ui->mainTabs->insertTab(0, m_welcome, tr("Welcome"));
        QStringList sources;
        for (const ImportCandidate& candidate :
             CredentialImporter::scan(CredentialImporter::Inputs::fromSystem()).candidates) {
            if (candidate.importable)
                sources << candidate.sourceDescription;
        }
        m_welcome->setImportable(sources);
    }
    m_welcome->setRegion(m_session->profile().region);
    m_ui->mainTabs->setCurrentWidget(m_welcome);
}

void MainWindow::onTokenSettled()
{
    updateActions();
    updateOperationTabs();
    updateWelcome();
    if (!m_session->hasToken()) {
        const QString why = m_session->tokenNote().isEmpty() ? tr("No Konnect token: set one with Set token.")
                                                             : m_session->tokenNote();
        m_ui->currentConfigPanel->showUnavailable(why);
        finishFirstLoad(false, 3, why);
        return;
    }
    m_scopes->load();
    refresh();
}

void MainWindow::onScopeChanged(const Scope& scope)
{
    // The organization's unapplied inline edits stay behind as the profile's draft and come back with it.
    saveDraft();
    m_controller->reset();
    m_controller->setScope(scope);
    m_ui->statusTab->setScope(scope);
    m_ui->replayTab->setScope(scope);
    m_ui->bindingEditor->clear(tr("Loading %1…").arg(scope.describe()));
    m_formLoaded = false;
    WebhookForm* form = m_ui->webhookForm;
    form->setCurrent(std::nullopt);
    form->resetToCurrent();
    if (!scope.isPortal())
        m_pendingDraft = m_context.settings->draft(m_session->profileName());
    else
        m_pendingDraft.reset();
    m_ui->currentConfigPanel->showLoading();
    FieldMessage::clear(m_ui->messageLabel);
    updateActions();
    refresh();
}

void MainWindow::onWebhookRead(const ScopeWebhook& webhook)
{
    m_ui->bindingEditor->setCommandOptions(
        DestinationMove::repeatOptionsFor(m_session->profileName(), m_session->savedRegion(), webhook.scope));
    m_ui->bindingEditor->showWebhook(webhook);
    // The inline form is for a region whose inline v2 webhook can be edited: not for a bound one, nor for a portal.
    const bool inlineEditable = m_controller->current().has_value();
    m_ui->contentSplitter->setVisible(inlineEditable);
    if (webhook.model != ScopeWebhook::Model::Inline && !m_ui->destinationsPage->controller()->isLoading())
        m_ui->destinationsPage->refresh(); // the binding editor picks from them
    if (!inlineEditable) {
        updateActions();
        finishFirstLoad(true, 0, {});
    }
}

void MainWindow::refresh()
{
    if (!m_session->hasToken() || m_controller->isBusy())
        return;
    m_ui->currentConfigPanel->showLoading();
    m_controller->load();
}

void MainWindow::onLoaded(const WebhookConfig& current)
{
    WebhookForm* form = m_ui->webhookForm;
    // A refresh keeps what the user is editing; only an untouched form follows Konnect.
    const bool keepEdits = m_formLoaded && form->hasChanges();
    form->setCurrent(current);
    if (!keepEdits) {
        form->resetToCurrent();
        if (m_pendingDraft) {
            form->restoreDraft(*m_pendingDraft);
            if (form->hasChanges())
                showMessage(tr("Restored the edits you had not applied last time. Discard edits goes back to what "
                               "Konnect has."),
                            false);
            else
                m_context.settings->clearDraft(m_session->profileName());
        }
    }
    m_pendingDraft.reset();
    m_formLoaded = true;
    m_ui->currentConfigPanel->showConfig(current, form->endpointIsSecret());
    updateActions();
    finishFirstLoad(true, 0, {});
}

void MainWindow::onLoadFailed(const ApiResult& result)
{
    const QString text = ErrorText::describe(result);
    m_ui->currentConfigPanel->showUnavailable(text);
    showMessage(text, result.kind != ApiResult::Kind::Cancelled);
    updateActions();
    finishFirstLoad(false, result.exitCode(), text);
}

void MainWindow::finishFirstLoad(bool ok, int exitCode, const QString& message)
{
    if (m_firstLoadReported)
        return;
    m_firstLoadReported = true;
    emit firstLoadFinished(ok, exitCode, message);
}

bool MainWindow::canApply() const
{
    const WebhookForm* form = m_ui->webhookForm;
    return m_session->hasToken() && !m_controller->isBusy() && m_controller->current() && form->isValid()
        && form->hasChanges();
}

void MainWindow::updateActions()
{
    const WebhookForm* form = m_ui->webhookForm;
    const bool busy = m_controller->isBusy();
    const bool apply = canApply();
    m_ui->applyButton->setEnabled(apply);
    m_ui->applyAction->setEnabled(apply);
    const bool hasChanges = m_controller->current() && form->hasChanges();
    m_ui->discardEditsButton->setEnabled(hasChanges && !busy);
    m_ui->discardEditsAction->setEnabled(hasChanges && !busy);
    const bool testing = m_ui->connectionTestPanel->isRunning();
    m_ui->testConnectionButton->setEnabled(!testing);
    m_ui->testConnectionAction->setEnabled(!testing);
    const bool canRefresh = m_session->hasToken() && !busy;
    m_ui->refreshAction->setEnabled(canRefresh);
    m_ui->currentConfigPanel->setRefreshEnabled(canRefresh);
    m_ui->connectionBar->setBusy(busy);
    m_ui->connectionBar->setScopeLocked(m_applying || m_ui->bindingEditor->isBusy());

    // While a request runs, the progress next to it says what is going on.
    QString why;
    if (busy)
        why.clear();
    else if (!m_session->hasToken())
        why = tr("Set a Konnect token to load and apply.");
    else if (!m_controller->current() && m_controller->webhook())
        why = tr("This webhook is set by its binding above (Konnect's v3 model); destinations are on the Destinations "
                 "tab.");
    else if (!m_controller->current())
        why = tr("Apply needs Konnect's current configuration: Refresh.");
    else if (!form->isValid())
        why = formShowsProblems() ? tr("Fix the fields marked in red to apply.")
                                  : tr("To apply: %1").arg(form->problems().constFirst().message);
    else if (!form->hasChanges())
        why = tr("Nothing to apply: the form matches Konnect.");
    // One message at a time in the bottom bar: a message about what just happened goes before the state of Apply,
    // which the button's tooltip keeps telling.
    if (why.isEmpty() || !m_ui->messageLabel->isHidden())
        FieldMessage::clear(m_ui->applyStateLabel);
    else
        FieldMessage::show(m_ui->applyStateLabel, why, FieldMessage::Kind::Note);
    m_ui->applyButton->setToolTip(busy ? tr("Wait for the request to finish, or cancel it.")
                                      : why.isEmpty()
                                      ? tr("Review the changes, then send them to Konnect (Ctrl+Return)")
                                      : why);
}

void MainWindow::onEdited()
{
    saveDraft();
    // What was said about the values before this edit no longer holds: the bottom bar and the test follow the form.
    FieldMessage::clear(m_ui->messageLabel);
    m_ui->connectionTestPanel->noteFormValues(formTestSettings());
    updateActions();
}

void MainWindow::saveDraft()
{
    if (!m_formLoaded)
        return;
    const QString profile = m_session->profileName();
    if (m_ui->webhookForm->hasChanges())
        m_context.settings->saveDraft(profile, m_ui->webhookForm->draft());
    else
        m_context.settings->clearDraft(profile);
}

void MainWindow::onBusyChanged(bool busy)
{
    // While an apply runs, edits wait until it is over, so what was sent is what the form shows. A refresh leaves
    // the form alone: it keeps edits anyway.
    if (!busy)
        m_applying = false;
    m_ui->webhookForm->setEnabled(!m_applying);
    updateActions();
}

void MainWindow::requestApply()
{
    if (!canApply())
        return;
    WebhookForm* form = m_ui->webhookForm;
    const WebhookConfig desired = form->desired();
    const WebhookConfig current = *m_controller->current();
    const bool secretEndpoint = form->endpointIsSecret();
    // Register before anything is sent or logged, so every later message masks them.
    if (desired.authorization)
        SecretRedactor::registerSecret(*desired.authorization);
    if (secretEndpoint)
        SecretRedactor::registerSecret(desired.endpoint);
    const QList<ConfigChange> changes = ConfigDiff::between(current, desired, secretEndpoint);
    auto* dialog = new ApplyDiffDialog(changes, targetDescription(), desired.authorization.has_value(), this);
    QString summary = tr("Apply these changes to %1?\n%2").arg(targetDescription(), ConfigDiff::asText(changes));
    if (desired.enabled) {
        // Delivery will be on: say whether these very values were tested, and offer to test them first.
        bool delivered = false;
        const QString tested = m_ui->connectionTestPanel->resultFor(formTestSettings(), &delivered);
        dialog->setDeliveryTest(tested, delivered);
        summary += QLatin1Char('\n') + tr("Connection test of these settings: %1.").arg(tested);
        connect(dialog, &ApplyDiffDialog::testFirstRequested, this, &MainWindow::runConnectionTest);
    }
    if (desired.skipSslVerification && !current.skipSslVerification) {
        const QString warning = tr("Security downgrade: Konnect will no longer check the endpoint's TLS certificate, "
                                   "so anyone who can intercept the connection can read the audit logs.");
        dialog->setSecurityWarning(warning);
        summary += QLatin1Char('\n') + warning;
    }
    MessageBox::askWith(dialog, summary, [this, desired](MessageBox::Button answer) {
        if (answer != QMessageBox::Ok || m_controller->isBusy())
            return;
        m_ui->webhookForm->clearServerErrors();
        FieldMessage::clear(m_ui->messageLabel);
        m_applying = true;
        m_controller->apply(desired);
    });
}

void MainWindow::onApplied(const WebhookConfig& stored, const WebhookConfig& sent)
{
    WebhookForm* form = m_ui->webhookForm;
    if (sent.authorization) {
        form->setKnownAuthorization(*sent.authorization);
        if (form->remembersAuthorization())
            m_session->storeAuthorization(*sent.authorization);
    }
    form->acceptApplied(stored);
    m_context.settings->clearDraft(m_session->profileName());
    m_ui->currentConfigPanel->showConfig(stored, form->endpointIsSecret());
    showMessage(tr("Applied: Konnect now has these settings in %1.").arg(targetDescription()), false);
    m_ui->statusTab->refreshAfterChange();
    if (stored.enabled) {
        // Konnect's own clock when its answer says when it stored the change; ours when that is missing or far off.
        const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
        const bool trusted = stored.updatedAt.isValid() && std::abs(stored.updatedAt.secsTo(now)) < 600;
        m_ui->connectionTestPanel->offerDeliveryWatch(trusted ? stored.updatedAt : now);
    }
    updateActions();
}

void MainWindow::onApplyFailed(const ApiResult& result)
{
    // The form keeps every edit; only messages change.
    const FieldErrors unplaced = m_ui->webhookForm->showServerErrors(result.fieldErrors);
    QString text = ErrorText::describe(result);
    for (const FieldError& error : unplaced)
        text += QLatin1Char(' ') + tr("%1: %2").arg(ErrorText::fieldLabel(error.field), error.message);
    showMessage(text, result.kind != ApiResult::Kind::Cancelled);
    updateActions();
}

void MainWindow::discardEdits()
{
    m_ui->webhookForm->resetToCurrent();
    m_context.settings->clearDraft(m_session->profileName());
    FieldMessage::clear(m_ui->messageLabel);
    updateActions();
}

void MainWindow::switchProfile(const QString& name)
{
    // Unapplied edits stay behind as that profile's draft and come back when it is opened again.
    saveDraft();
    if (const QString error = m_session->open(name); !error.isEmpty())
        showMessage(error, true);
}

void MainWindow::changeRegion(const QString& region)
{
    saveDraft();
    if (const QString error = m_session->setRegion(region); !error.isEmpty())
        showMessage(error, true);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeConfirmed && m_formLoaded && m_ui->webhookForm->hasChanges()) {
        event->ignore();
        MessageBox::ask(
            this, tr("Close with unapplied changes?"),
            tr("Your changes have not been applied to Konnect. Keep them as a draft for next time (without secrets), "
               "or discard them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            [this](MessageBox::Button answer) {
                if (answer == QMessageBox::Cancel)
                    return;
                if (answer == QMessageBox::Save)
                    saveDraft();
                else
                    m_context.settings->clearDraft(m_session->profileName());
                m_closeConfirmed = true;
                close();
            },
            {{QMessageBox::Save, tr("Keep as draft and close")}, {QMessageBox::Discard, tr("Discard and close")}});
        return;
    }
    m_context.settings->setWindowGeometry(saveGeometry());
    m_context.settings->setWindowState(saveState());
    if (!m_quitting && isWatching() && m_tray->trayIcon()) {
        // Closing the window keeps the watch: said once, then remembered.
        event->ignore();
        hide();
        if (!m_context.settings->closeKeepsWatchingExplained()) {
            m_context.settings->setCloseKeepsWatchingExplained(true);
            m_tray->trayIcon()->showMessage(
                tr("Still watching"),
                tr("Konnect Audit Webhook keeps watching your webhooks in the tray. Quit from the tray's menu to "
                   "stop."),
                QSystemTrayIcon::Information, 10000);
        }
        return;
    }
    m_controller->cancel();
    m_ui->connectionTestPanel->cancel();
    m_ui->verifyTab->cancel();
    if (m_overview)
        m_overview->watch()->stop();
    event->accept();
}
