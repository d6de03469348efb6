#pragma once

#include "Scope.h"

#include <QWidget>

class Clock;
class FleetWatch;
class OverviewModel;
class ProfileStore;
class QAction;
class QLabel;
class QModelIndex;
class QNetworkAccessManager;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TokenStore;

// The Overview: every profile × region × Dev Portal at a glance (FleetScan), the verdict with icon, word and tint,
// sortable; a double-click opens that scope in the window. Owns its controller, the FleetWatch that the tray's
// background watch also follows, so that the window and the tray always tell the same.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setUp(Clock* clock, TokenStore* tokens, ProfileStore* profiles);
    FleetWatch* watch() const { return m_watch; }
    QAction* refreshAction() const { return m_refreshAction; }
    QTableView* table() const { return m_table; }
    void refresh();
    // The rows as the table shows them now (after sorting).
    int shownRowCount() const;
    QModelIndex sourceIndex(int shownRow) const;

signals:
    void scopeOpenRequested(const QString& profile, const Scope& scope);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateProfiles();
    void onScanFinished();
    void onActivated(const QModelIndex& index);

    QNetworkAccessManager* m_network = nullptr;
    FleetWatch* m_watch = nullptr;
    ProfileStore* m_profiles = nullptr;
    OverviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_refreshButton;
    QAction* m_refreshAction;
    bool m_scannedOnce = false;
};
