#pragma once

#include "ConnectionTestResult.h"
#include "SiemDeliveryTest.h"
#include "VendorPreset.h"
#include "WebhookConfig.h"

#include <QObject>
#include <QPointer>
#include <optional>

class Clock;
class ConnectionTestKonnectCheck;
class KonnectClient;

// The one-click connection test: first the Konnect half (when a token is there: the region answers, the token is
// valid, its owner may change audit-log settings), then the SIEM half (SiemDeliveryTest), which takes every setting
// the admin did not give from Konnect's current configuration. Drive it from a window or a command: connect to
// konnectLineReady(), to siemDelivery()'s per-attempt signals and to finished(); cancel() at any time.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    // Unset fields come from Konnect's configuration (then Konnect's defaults). Konnect never returns the
    // authorization: without one, the test sends none (or the preset's placeholder) and the verdict says so.
    struct Settings
    {
        std::optional<QString> endpoint;
        std::optional<QString> authorization;
        std::optional<LogFormat> logFormat;
        std::optional<bool> skipSslVerification;
        std::optional<VendorPreset> preset;
    };

    // `konnect` may be null or have no token: the Konnect half is then not checked (see setKonnectUnavailableReason).
    ConnectionTest(KonnectClient* konnect, Clock* clock = nullptr, QObject* parent = nullptr);
    ~ConnectionTest() override;

    // Names the region in the Konnect lines, e.g. "eu".
    void setRegionLabel(const QString& region) { m_regionLabel = region; }
    // Why there is no Konnect half, for its "not checked" lines (e.g. the token resolver's message).
    void setKonnectUnavailableReason(const QString& reason) { m_konnectUnavailableReason = reason; }
    // The SIEM half, for its signals (attempts, waits, the encoding fallback), its countdown and its signing key.
    SiemDeliveryTest* siemDelivery() const { return m_siem; }

    void start(const Settings& settings);
    void cancel();
    bool isRunning() const { return m_running; }
    const ConnectionTestResult& result() const { return m_result; }

signals:
    void konnectLineReady(const ConnectionTestLine& line);
    // The SIEM half starts with these settings (defaults resolved); `endpointForDisplay` has its query masked.
    void siemDeliveryStarted(const QString& endpointForDisplay, LogFormat logFormat, bool skipSslVerification,
                             ConnectionTestResult::Source authorizationSource);
    void finished(const ConnectionTestResult& result);

private:
    void onKonnectChecked();
    void startSiemDelivery(const std::optional<WebhookConfig>& current);
    void finishWithoutDelivery(const DeliveryVerdict& verdict, std::optional<int> exitCode = std::nullopt);
    void onSiemFinished(const DeliveryVerdict& verdict);

    KonnectClient* m_konnect;
    SiemDeliveryTest* m_siem;
    QPointer<ConnectionTestKonnectCheck> m_konnectCheck;
    QString m_regionLabel;
    QString m_konnectUnavailableReason;
    Settings m_settings;
    bool m_running = false;
    bool m_cancelled = false;
    ConnectionTestResult m_result;
};
