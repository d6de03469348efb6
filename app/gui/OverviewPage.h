#pragma once

#include "MultiScopeTarget.h"
#include "Profile.h"
#include "Scope.h"

#include <QWidget>

class Clock;
class FleetWatch;
class OverviewModel;
class ProfileStore;
class QAction;
class QCheckBox;
class QLabel;
class QModelIndex;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;
class TokenStore;

// The Overview: every profile × region × Dev Portal at a glance (FleetScan), the verdict with icon, word and tint,
// sortable; a double-click opens that scope in the window, "Change selected scopes…" (button and context menu) hands
// the selected rows to the many-scopes dialog. "All regions" scans every region of each profile (fleet
// --all-regions), and the watch's interval is set here. Owns its controller, the FleetWatch that the tray's
// background watch also follows, so that the window and the tray always tell the same.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    // The profiles of the store, followed as they change; `tokens` is the keychain's store.
    void setUp(Clock* clock, TokenStore* tokens, ProfileStore* profiles);
    // A fixed list of profiles (demo mode: the demo's in-memory ones), `tokens` a memory-only store holding theirs.
    void setUp(Clock* clock, TokenStore* tokens, const QList<Profile>& profiles);
    FleetWatch* watch() const { return m_watch; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* changeSelectedAction() const { return m_changeSelectedAction; }
    QTableView* table() const { return m_table; }
    void refresh();

    // Every region of each profile, not only its own; a change scans again at once.
    void setAllRegions(bool on);
    bool allRegions() const;
    // The watch's poll interval in minutes (the spin box); reschedules a running watch.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const;
    // The selected rows' scopes, in the order shown, each once.
    MultiScopeTargets selectedTargets() const;
    // The rows as the table shows them now (after sorting).
    int shownRowCount() const;
    QModelIndex sourceIndex(int shownRow) const;

signals:
    void scopeOpenRequested(const QString& profile, const Scope& scope);
    void changeScopesRequested(const MultiScopeTargets& targets);
    void allRegionsChanged(bool on);
    void intervalChanged(int minutes);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpWatch(Clock* clock, TokenStore* tokens);
    void updateProfiles();
    void updateSelectionActions();
    void showContextMenu(const QPoint& position);
    void onScanFinished();
    void onActivated(const QModelIndex& index);

    QNetworkAccessManager* m_network = nullptr;
    FleetWatch* m_watch = nullptr;
    ProfileStore* m_profiles = nullptr;
    QList<Profile> m_fixedProfiles; // without a store
    OverviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_refreshButton;
    QCheckBox* m_allRegionsCheck;
    QSpinBox* m_intervalSpin;
    QPushButton* m_changeSelectedButton;
    QAction* m_refreshAction;
    QAction* m_changeSelectedAction;
    bool m_scannedOnce = false;
};
