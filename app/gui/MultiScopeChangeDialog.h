#pragma once

#include "MultiScopeTarget.h"
#include "Profile.h"

#include <QDialog>

class Clock;
class MultiScopeChange;
class MultiScopeOutcome;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;
class TokenStore;

// "Change many scopes…": pick targets from the fleet's scopes (every profile's regions and Dev Portals, read with
// FleetScan), choose one change (point at a destination, rotate the SIEM authorization, enable, disable), read the
// combined plan (MultiScopeChange: secrets masked, cells wrap), confirm, and watch one result row per target; "Retry
// failed" reads and applies the failed ones again. Tokens come from the keychain only, one per profile.
class MultiScopeChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Change { Destination, Authorization, Enable, Disable };

    MultiScopeChangeDialog(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens,
                           const QList<Profile>& profiles, QWidget* parent = nullptr);

    // Ticks exactly these scopes (added to the list when the fleet did not show them), e.g. from the Overview.
    void preselect(const MultiScopeTargets& targets);
    MultiScopeTargets checkedTargets() const;

private:
    void loadFleet();
    void addTarget(const MultiScopeTarget& target, bool checked);
    void updateInputs();
    void showPlan();
    void onPlan();
    void confirmAndApply();
    void onOutcome(const MultiScopeOutcome& outcome);
    void onApplied();
    void retryFailed();

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    TokenStore* m_tokens;
    QList<Profile> m_profiles;
    MultiScopeChange* m_change = nullptr;
    bool m_applyAfterPlan = false;

    QListWidget* m_targetList;
    QComboBox* m_changeCombo;
    QLineEdit* m_destinationEdit;
    QLineEdit* m_authorizationEdit;
    QCheckBox* m_alsoEnableCheck;
    QPushButton* m_planButton;
    QTableWidget* m_planTable;
    QLabel* m_skippedLabel;
    QPushButton* m_applyButton;
    QTableWidget* m_resultTable;
    QPushButton* m_retryButton;
    QLabel* m_statusLabel;
};
