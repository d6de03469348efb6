#pragma once

#include "ApiResult.h"
#include "AuditLogComparison.h"
#include "Scope.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class AuditLogPuller;
class Clock;
class KonnectClient;
class QLabel;
class QPushButton;
class QTableWidget;
class RequestProgressWidget;

// "Compare with SIEM export…" of the Audit logs tab: reads a SIEM export (the formats `verify` reads, gzip
// included), pulls Konnect's records of the export's own time span (AuditLogComparison::exportWindow, as
// `logs --compare` does), and lists the events Konnect has that the export lacks and the export's lines Konnect
// does not know. "Replay the missing window…" hands the smallest window covering the missing events to the Replay
// tab, which asks before sending. A pull that fails after the retry rule makes no comparison: half the records would
// show as missing.
class AuditLogCompareDialog : public QDialog
{
    Q_OBJECT
public:
    // Rows listed per table: the counts are always whole, the lists are for reading.
    static constexpr int maxRowsShown = 1000;

    AuditLogCompareDialog(KonnectClient* client, Clock* clock, QWidget* parent = nullptr);
    ~AuditLogCompareDialog() override;

    // Reads `path` and starts the pull in the organization's audit logs of `regionScope`; false (the reason shown in
    // the dialog) when the export cannot be read or has nothing inside Konnect's 7 days.
    bool start(const QString& path, const Scope& regionScope);
    bool isRunning() const;
    bool isDone() const { return m_done; }
    const AuditLogComparison& comparison() const { return m_comparison; }
    QString statusText() const;
    QTableWidget* missingTable() const { return m_missingTable; }
    QTableWidget* extraTable() const { return m_extraTable; }
    QPushButton* replayButton() const { return m_replayButton; }

signals:
    // The comparison was made (ok) or could not be (the reason is shown).
    void finished(bool ok);
    void replayRequested(const QDateTime& start, const QDateTime& end);

private:
    void onPulled(const ApiResult& result);
    void showResult();
    void showStatus(const QString& text, bool problem);

    KonnectClient* m_client;
    Clock* m_clock;
    AuditLogComparison m_comparison;
    QPointer<AuditLogPuller> m_puller;
    QString m_fileName;
    bool m_done = false;

    QLabel* m_statusLabel;
    RequestProgressWidget* m_progress;
    QLabel* m_missingLabel;
    QTableWidget* m_missingTable;
    QLabel* m_extraLabel;
    QTableWidget* m_extraTable;
    QPushButton* m_replayButton;
};
