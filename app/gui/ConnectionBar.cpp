#include "ConnectionBar.h"

#include "CredentialImporter.h"
#include "FieldMessage.h"
#include "ImportDialog.h"
#include "MessageBox.h"
#include "ProfileDialog.h"
#include "ProfileSession.h"
#include "Region.h"
#include "ScopeController.h"
#include "TokenDialog.h"
#include "ui_ConnectionBar.h"

#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>

ConnectionBar::ConnectionBar(QWidget* parent)
    : QFrame(parent)
    , m_ui(new Ui::ConnectionBar)
{
    m_ui->setupUi(this);
    m_ui->tokenNoteLabel->setTextInteractionFlags(m_ui->tokenNoteLabel->textInteractionFlags()
                                                  | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->tokenNoteLabel, &QLabel::linkActivated, this, &ConnectionBar::showTokenNoteDetails);
    for (const QString& region : Region::all())
        m_ui->regionCombo->addItem(region, region);

    auto* menu = new QMenu(this);
    m_addProfile = menu->addAction(tr("&Add a profile…"), this, &ConnectionBar::showAddProfile);
    m_addProfile->setObjectName(QStringLiteral("addProfileAction"));
    m_editProfile = menu->addAction(tr("&Region and base URL…"), this, &ConnectionBar::showEditProfile);
    m_editProfile->setObjectName(QStringLiteral("editProfileAction"));
    m_renameProfile = menu->addAction(tr("Re&name this profile…"), this, &ConnectionBar::showRenameProfile);
    m_renameProfile->setObjectName(QStringLiteral("renameProfileAction"));
    m_deleteProfile = menu->addAction(tr("&Delete this profile…"), this, &ConnectionBar::confirmDeleteProfile);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileAction"));
    m_ui->manageProfilesButton->setMenu(menu);

    connect(m_ui->profileCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString name = m_ui->profileCombo->itemData(index).toString();
        if (m_session && name != m_session->profileName()) {
            // The window switches (or not); either way the combo shows the open profile again until it does.
            refreshProfiles();
            emit profileSwitchRequested(name);
        }
    });
    connect(m_ui->regionCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString region = m_ui->regionCombo->itemData(index).toString();
        if (m_session && region != m_session->profile().region) {
            refreshConnection();
            emit regionChangeRequested(region);
        }
    });
    connect(m_ui->setTokenButton, &QPushButton::clicked, this, &ConnectionBar::showSetToken);
    connect(m_ui->removeTokenButton, &QPushButton::clicked, this, &ConnectionBar::confirmRemoveToken);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ConnectionBar::showImport);
}

ConnectionBar::~ConnectionBar() = default;

void ConnectionBar::setScopeController(ScopeController* scopes)
{
    m_scopes = scopes;
    connect(scopes, &ScopeController::portalsChanged, this, &ConnectionBar::refreshScopes);
    connect(scopes, &ScopeController::scopeChanged, this, &ConnectionBar::refreshScopes);
    connect(m_ui->scopeCombo, qOverload<int>(&QComboBox::activated), scopes, &ScopeController::choose);
    refreshScopes();
}

void ConnectionBar::refreshScopes()
{
    if (!m_scopes)
        return;
    const QSignalBlocker blocker(m_ui->scopeCombo);
    m_ui->scopeCombo->clear();
    const QList<Scope> scopes = m_scopes->scopes();
    for (const Scope& scope : scopes) {
        m_ui->scopeCombo->addItem(scope.isPortal() ? tr("Dev Portal: %1").arg(scope.portalName()) : scope.label(),
                                  scope.key());
        if (scope == m_scopes->current())
            m_ui->scopeCombo->setCurrentIndex(m_ui->scopeCombo->count() - 1);
    }
    m_ui->scopeCombo->setToolTip(scopes.size() > 1 ? tr("Whose audit-log webhook the tabs show and change")
                                                   : tr("This region has no Dev Portals (or they are still loading)."));
}

void ConnectionBar::setSession(ProfileSession* session)
{
    m_session = session;
    connect(session, &ProfileSession::profileOpened, this, [this] {
        refreshProfiles();
        refreshConnection();
        refreshToken();
    });
    connect(session, &ProfileSession::profilesChanged, this, &ConnectionBar::refreshProfiles);
    connect(session, &ProfileSession::tokenStateChanged, this, &ConnectionBar::refreshToken);
    const bool inMemory = session->isInMemory();
    const QString demoOnly = tr("Demo mode has one profile of its own and never touches your profiles.");
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->manageProfilesButton), static_cast<QWidget*>(m_ui->importButton)}) {
        widget->setEnabled(!inMemory);
        if (inMemory)
            widget->setToolTip(demoOnly);
    }
    refreshProfiles();
    refreshConnection();
    refreshToken();
}

void ConnectionBar::setScopeLocked(bool locked)
{
    m_ui->scopeCombo->setEnabled(!locked);
}

void ConnectionBar::setBusy(bool busy)
{
    m_busy = busy;
    refreshToken();
}

void ConnectionBar::refreshProfiles()
{
    if (!m_session)
        return;
    m_ui->profileCombo->clear();
    for (const QString& name : m_session->profileNames())
        m_ui->profileCombo->addItem(name, name);
    m_ui->profileCombo->setCurrentIndex(std::max(0, m_ui->profileCombo->findData(m_session->profileName())));
    // In memory (demo) the combo switches between the demo's own profiles, when it has more than one.
    m_ui->profileCombo->setEnabled(!m_session->isInMemory() || m_ui->profileCombo->count() > 1);
    m_deleteProfile->setEnabled(!m_session->isInMemory());
}

void ConnectionBar::refreshConnection()
{
    if (!m_session)
        return;
    const Profile& profile = m_session->profile();
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(profile.region)));
    const bool overridden = !profile.baseUrl.isEmpty();
    m_ui->regionCombo->setEnabled(!overridden);
    m_ui->regionCombo->setToolTip(overridden ? tr("The base URL decides where requests go: edit it under Manage.")
                                             : tr("Each Konnect region has its own audit-log webhook."));
    m_ui->apiRootLabel->setText(overridden ? tr("API: %1").arg(profile.apiRoot().toString())
                                           : tr("API: %1").arg(profile.apiRoot().host()));
}

void ConnectionBar::refreshToken()
{
    if (!m_session)
        return;
    using State = ProfileSession::TokenState;
    const State state = m_session->tokenState();
    m_ui->tokenStateLabel->setText(m_session->tokenStateText());
    const bool checking = state == State::Checking;
    const bool stored = state == State::Keychain || state == State::Memory;
    m_ui->setTokenButton->setText(m_session->hasToken() ? tr("Replace &token…") : tr("Set &token…"));
    m_ui->setTokenButton->setEnabled(!checking && !m_busy);
    m_ui->removeTokenButton->setEnabled(stored && !checking && !m_busy);
    const QString note = m_session->tokenNote();
    const QString details = m_session->tokenNoteDetails();
    // One short sentence; what the keychain said is behind Details (a message box's expander).
    const QString shown = details.isEmpty()
        ? note
        : QStringLiteral("%1 <a href=\"#details\">%2</a>").arg(note.toHtmlEscaped(), tr("Details…"));
    if (note.isEmpty())
        FieldMessage::clear(m_ui->tokenNoteLabel);
    else
        FieldMessage::show(m_ui->tokenNoteLabel, shown,
                           m_session->hasToken() ? FieldMessage::Kind::Note : FieldMessage::Kind::Warning);
}

void ConnectionBar::showTokenNoteDetails()
{
    if (!m_session || m_session->tokenNoteDetails().isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("System keychain"), m_session->tokenNote(), QMessageBox::Ok,
                                window());
    box->setObjectName(QStringLiteral("keychainDetailsMessageBox"));
    box->setDetailedText(m_session->tokenNoteDetails());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ConnectionBar::showAddProfile()
{
    if (!m_session || m_session->isInMemory())
        return;
    Profile fresh;
    fresh.region = m_session->profile().region;
    auto* dialog = new ProfileDialog(
        ProfileDialog::Mode::Add, fresh, [this](const Profile& profile) { return m_session->addProfile(profile); },
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ConnectionBar::showEditProfile()
{
    if (!m_session)
        return;
    auto* dialog = new ProfileDialog(
        ProfileDialog::Mode::Edit, m_session->profile(),
        [this](const Profile& profile) { return m_session->editProfile(profile.region, profile.baseUrl); }, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ConnectionBar::showRenameProfile()
{
    if (!m_session || m_session->isInMemory())
        return;
    auto* dialog = new ProfileDialog(
        ProfileDialog::Mode::Rename, m_session->profile(),
        [this](const Profile& profile) { return m_session->renameProfile(profile.name); }, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ConnectionBar::confirmDeleteProfile()
{
    if (!m_session || m_session->isInMemory())
        return;
    const QString name = m_session->profileName();
    MessageBox::ask(
        window(), tr("Delete the profile?"),
        tr("Delete profile \"%1\"? Its token and SIEM authorization are removed from the system keychain. The "
           "webhook in Konnect is not changed.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, name](MessageBox::Button answer) {
            if (answer != QMessageBox::Yes || !m_session || m_session->profileName() != name)
                return;
            if (const QString error = m_session->removeProfile(); !error.isEmpty())
                FieldMessage::show(m_ui->tokenNoteLabel, error);
        },
        {{QMessageBox::Yes, tr("Delete")}});
}

void ConnectionBar::showSetToken()
{
    if (!m_session)
        return;
    auto* dialog = new TokenDialog(m_session->profileName(), m_session->hasToken(), m_session->hasKeychain(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session)
            return;
        if (const QString error = m_session->setToken(dialog->token()); !error.isEmpty())
            FieldMessage::show(m_ui->tokenNoteLabel, error);
    });
    dialog->open();
}

void ConnectionBar::confirmRemoveToken()
{
    if (!m_session)
        return;
    const QString where = m_session->hasKeychain() ? tr("from the system keychain") : tr("from memory");
    MessageBox::ask(
        window(), tr("Remove the token?"),
        tr("Remove the Konnect token of profile \"%1\" %2? The window cannot reach Konnect until a token is set "
           "again.")
            .arg(m_session->profileName(), where),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](MessageBox::Button answer) {
            if (answer == QMessageBox::Yes && m_session)
                m_session->removeToken();
        },
        {{QMessageBox::Yes, tr("Remove")}});
}

void ConnectionBar::showImport()
{
    if (!m_session || m_session->isInMemory())
        return;
    const CredentialImporter::Result found = CredentialImporter::scan(CredentialImporter::Inputs::fromSystem());
    auto* dialog = new ImportDialog(
        found, m_session->profileNames(),
        [this](const ImportCandidate& candidate, const QString& profileName) {
            return m_session->importCandidate(candidate, profileName);
        },
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}
