#pragma once

#include "ApiResult.h"
#include "AuditLogExport.h"
#include "Scope.h"

#include <QTimer>
#include <QWidget>

class AuditLogCompareDialog;
class AuditLogsController;
class AuditLogTableModel;
class Clock;
class KonnectClient;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QPushButton;
class QTableView;
class RequestProgressWidget;
class ScopeController;

// The Audit logs tab: the organization's audit events of a window of the last 7 days (the last 15 minutes, hour,
// 24 hours, 7 days or a custom range), pulled page by page into a table that stays responsive at 100,000 rows;
// type toggles, Kong-initiated events marked and hideable, a search over the records, every field and the raw
// record of the selected row, Copy row, and an export of the rows shown (JSONL, CSV, CEF). A page that fails shows
// the retry rule's countdown in place and keeps the rows loaded so far. Owns its AuditLogsController.
class AuditLogsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Pick { Last15Minutes, LastHour, Last24Hours, Last7Days, Custom };

    explicit AuditLogsPage(QWidget* parent = nullptr);
    ~AuditLogsPage() override;

    void setUp(KonnectClient* client, Clock* clock, ScopeController* scopes);
    AuditLogsController* controller() const { return m_controller; }
    AuditLogTableModel* model() const;
    QTableView* table() const { return m_table; }
    void setAvailable(bool available, const QString& why = {});

    // Pulls the chosen window again; false when the window was refused (the message is next to the field).
    bool load();
    void setPick(Pick pick);
    // The text of the selected row's details pane.
    QString detailsText() const;
    void copySelectedRows();
    void copyRawRecord();
    // Writes the rows that pass the filter to `path` (format from its suffix); false when it could not start.
    bool exportShownRows(const QString& path);
    bool isExporting() const { return m_export->isRunning(); }
    // Follow on: catch up on the window, then poll every pollIntervalSeconds(); off: stop, the rows stay.
    void setFollowing(bool on);
    bool isFollowing() const;
    void setPollIntervalSeconds(int seconds);
    int pollIntervalSeconds() const;
    QString followText() const;
    // Opens the comparison of the SIEM export at `path` with Konnect's records of its span (a dialog of its own).
    AuditLogCompareDialog* compareWithExport(const QString& path);

signals:
    void exportFinished(bool ok, const QString& message);
    // "Replay the missing window…" of a comparison: the Replay tab takes it from here.
    void replayRequested(const QDateTime& start, const QDateTime& end);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout();
    void connectControls();
    void applyFilter();
    void onPicked();
    void onLoadingChanged(bool loading);
    void onFinished(const ApiResult& result);
    void onCurrentRowChanged();
    void chooseExportFile();
    void chooseCompareFile();
    void onFollowToggled(bool on);
    void showFollowState(const QString& text, bool problem = false);
    void updateCounts();
    // While a follow waits for its next poll and the view shows the last row, new rows scroll into view (tail -f).
    void followTail();
    bool isTailing() const;
    void updateActions();
    void showMessage(const QString& text, bool problem);
    static QString describeRecord(const QByteArray& raw);

    AuditLogsController* m_controller = nullptr;
    KonnectClient* m_client = nullptr;
    Clock* m_clock = nullptr;
    ScopeController* m_scopes = nullptr;
    AuditLogExport* m_export;
    QTimer m_searchDelay;
    bool m_available = false;
    bool m_loadedOnce = false;
    bool m_stoppingFollow = false;
    bool m_atEnd = true; // the view showed the last row before its range last changed
    qint64 m_caughtUpRecords = 0; // new records handed on when the follow had read its window
    QString m_region;

    QComboBox* m_windowCombo = nullptr;
    QDateTimeEdit* m_startEdit = nullptr;
    QDateTimeEdit* m_endEdit = nullptr;
    QLabel* m_startMessage = nullptr;
    QLabel* m_endMessage = nullptr;
    QPushButton* m_loadButton = nullptr;
    QCheckBox* m_followCheck = nullptr;
    QSpinBox* m_pollSpin = nullptr;
    QLabel* m_followLabel = nullptr;
    QCheckBox* m_authenticationCheck = nullptr;
    QCheckBox* m_authorizationCheck = nullptr;
    QCheckBox* m_gatewayCheck = nullptr;
    QCheckBox* m_hideKongCheck = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    RequestProgressWidget* m_pullProgress = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_exportCancelButton = nullptr;
};
