#pragma once

#include <QFrame>
#include <memory>

class ProfileSession;
class ScopeController;
class QAction;

namespace Ui {
class ConnectionBar;
}

// Which Konnect the window talks to: the profile (add, rename, delete, edit region and base URL), the region, and
// whose webhook (the organization's or a Dev Portal's), the token (state, set or replace, remove, import from Kong's
// tools). Acts through the ProfileSession.
class ConnectionBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBar(QWidget* parent = nullptr);
    ~ConnectionBar() override;

    void setSession(ProfileSession* session);
    // The scope picker beside the region: the organization and each Dev Portal of the region.
    void setScopeController(ScopeController* scopes);
    void setBusy(bool busy);
    // While a change is being sent, the scope stays: switching would drop the answer that says whether it was stored.
    void setScopeLocked(bool locked);

    QAction* addProfileAction() const { return m_addProfile; }
    QAction* editProfileAction() const { return m_editProfile; }
    QAction* renameProfileAction() const { return m_renameProfile; }
    QAction* deleteProfileAction() const { return m_deleteProfile; }

    void showAddProfile();
    void showEditProfile();
    void showRenameProfile();
    void confirmDeleteProfile();
    void showSetToken();
    void confirmRemoveToken();
    void showImport();
    // What the keychain said when it failed, in a message box's Details.
    void showTokenNoteDetails();

signals:
    // The user asked for another profile; the window decides (it may have unapplied edits).
    void profileSwitchRequested(const QString& name);
    void regionChangeRequested(const QString& region);

private:
    void refreshProfiles();
    void refreshConnection();
    void refreshToken();
    void refreshScopes();

    const std::unique_ptr<Ui::ConnectionBar> m_ui;
    ProfileSession* m_session = nullptr;
    ScopeController* m_scopes = nullptr;
    QAction* m_addProfile;
    QAction* m_editProfile;
    QAction* m_renameProfile;
    QAction* m_deleteProfile;
    bool m_busy = false;
    bool m_filling = false;
};
