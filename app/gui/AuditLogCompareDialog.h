#pragma once

#include "ApiResult.h"
#include "AuditLogComparison.h"
#include "Scope.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QThreadPool>
#include <atomic>

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

    // Reads `path` on a worker thread (a large export takes a while), then pulls the organization's audit logs of
    // `regionScope` for the export's span. When the export cannot be read or has nothing inside Konnect's 7 days, the
    // reason is shown and finished(false) emitted.
    void start(const QString& path, const Scope& regionScope);
    // While the export is read or Konnect's records are pulled.
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
    void onExportRead(const QString& error, const Scope& regionScope);
    bool startPull(const Scope& regionScope);
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
    bool m_reading = false;
    std::atomic_bool m_cancelRead {false}; // set when the dialog goes: the export's read ends at its next megabyte
    // Last: destroyed first, it waits for the export being read (whose answer, posted to this dialog, dies with it).
    QThreadPool m_readPool;
};
