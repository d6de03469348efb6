#pragma once

#include "Clock.h"
#include "FleetNotice.h"
#include "FleetRow.h"
#include "FleetScan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class FleetNotifier;
class QNetworkAccessManager;
class TokenStore;

// Watches the fleet in the background: runs a FleetScan every interval (5 minutes unless set) on the injected
// clock, keeps the last verdict of every scope, and tells the notifier exactly once when a scope goes from OK to
// WARNING or CRITICAL, and once when it is OK again. UNKNOWN (no token, Konnect unreachable) is shown, not notified:
// it says nothing about the webhook, and a laptop going offline should not raise an alarm per scope; the scope's
// last known verdict stays what a later answer is compared with. Quiet mode keeps every verdict but tells nobody.
// Only the last scan's rows are kept, so memory stays flat however long it runs.
class FleetWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultIntervalMs = 5 * 60 * 1000;

    // `network` must not follow redirects; `clock` null: the system clock; `notifier` may be null (nobody told).
    FleetWatch(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, FleetNotifier* notifier,
               QObject* parent = nullptr);
    ~FleetWatch() override;

    // The profiles and options of every scan from the next one on.
    void setSettings(const FleetScan::Settings& settings) { m_settings = settings; }
    const FleetScan::Settings& settings() const { return m_settings; }
    void setIntervalMs(qint64 intervalMs);
    qint64 intervalMs() const { return m_intervalMs; }
    void setNotifier(FleetNotifier* notifier) { m_notifier = notifier; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    // Polling: a scan now, then one every interval after the last one ended.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    // One scan now (unless one is running), whether watching or not.
    void scanNow();
    bool isScanning() const { return !m_scan.isNull(); }

    const QList<FleetRow>& rows() const { return m_rows; }
    // The worst verdict of the last scan; UNKNOWN before the first one.
    FleetVerdict::Level worst() const;
    bool hasScanned() const { return m_scans > 0; }
    int scanCount() const { return m_scans; }
    // "2 OK, 1 WARNING, 1 CRITICAL", for a tooltip or a status line.
    QString summaryText() const;
    // How many scopes the watch has a known verdict for (OK, WARNING or CRITICAL).
    int knownScopeCount() const { return int(m_known.size()); }

    static FleetNotice noticeFor(const FleetRow& row, FleetNotice::Kind kind);

signals:
    void scanStarted();
    void rowReady(const FleetRow& row);
    void scanFinished();

private:
    void onScanFinished(const QList<FleetRow>& rows);
    void planNext();
    void judgeTransition(const FleetRow& row);

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QPointer<TokenStore> m_tokens;
    FleetNotifier* m_notifier;
    FleetScan::Settings m_settings;
    qint64 m_intervalMs = defaultIntervalMs;
    bool m_quiet = false;
    bool m_watching = false;
    Clock::TimerId m_timer = 0;
    QPointer<FleetScan> m_scan;
    QList<FleetRow> m_rows;
    QHash<QString, FleetVerdict::Level> m_known; // profile + scope key -> last OK/WARNING/CRITICAL
    int m_scans = 0;
};
