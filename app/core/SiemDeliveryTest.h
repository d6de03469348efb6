#pragma once

#include "DeliveryVerdict.h"
#include "Ed25519Key.h"
#include "LogFormat.h"
#include "SiemDeliveryAttempt.h"
#include "VendorPreset.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class Clock;
class QNetworkAccessManager;
class RetryingRequest;

// The SIEM half of the connection test: sends the endpoint exactly what Konnect sends (one POST of a small batch of
// signed audit events, one a line, text/plain, gzip-compressed with Content-Encoding application/gzip and the
// configured Authorization header) under Konnect's retry rule, and judges the answer (DeliveryVerdict). When the
// receiver refuses application/gzip with 415 or 400, the same batch goes once more with "gzip" so the verdict can
// say which one the receiver accepts.
//
// Asynchronous and cancellable: every attempt, wait and the fallback are signalled as they happen, and finished()
// comes exactly once, from the event loop. It has its own network access manager: the Konnect token can never
// reach the SIEM.
class SiemDeliveryTest : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString endpoint; // as the webhook stores it
        // Sent verbatim as Konnect does. None: no Authorization header, unless the preset uses a placeholder.
        std::optional<QString> authorization;
        LogFormat logFormat = LogFormat::Cef;
        bool skipSslVerification = false;
        std::optional<VendorPreset> preset; // adds its hint for the receiver's answer
        // Set: the batch holds this Dev Portal's events instead of the organization's (the emulator's portal
        // webhooks deliver those).
        QString portalId;
        // Set: the batch holds exactly these lines instead of sample events (what a replay re-sends).
        std::optional<QList<QByteArray>> lines;
    };

    static QByteArray documentedEncoding() { return QByteArrayLiteral("application/gzip"); }
    static QByteArray fallbackEncoding() { return QByteArrayLiteral("gzip"); }

    // `clock` drives the retry waits and the events' timestamps; the system clock when null.
    explicit SiemDeliveryTest(Clock* clock = nullptr, QObject* parent = nullptr);
    ~SiemDeliveryTest() override;

    // The key the test events are signed with: a fresh test key unless set (the demo uses the emulator's, so that
    // its receiver can verify them against the emulator's JWKS).
    void setSigningKey(const Ed25519Key& key) { m_key = key; }
    Ed25519Key signingKey() const { return m_key; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    void start(const Settings& settings);
    void cancel();
    bool isRunning() const { return m_running; }

    const Settings& settings() const { return m_settings; }
    bool authorizationSent() const { return m_authorization.has_value(); }
    const QList<QByteArray>& sentLines() const { return m_lines; }
    const QList<SiemDeliveryAttempt>& attempts() const { return m_attempts; }
    const DeliveryVerdict& verdict() const { return m_verdict; }
    // While running: the request in flight or waiting for its next attempt, e.g. for a countdown to nextAttemptAt().
    RetryingRequest* currentRequest() const;

    // Exactly the request Konnect sends, for one Content-Encoding value.
    static QNetworkRequest buildRequest(const QUrl& endpoint, const std::optional<QString>& authorization,
                                        bool skipSslVerification, const QByteArray& contentEncoding);
    // The endpoint for display: user info dropped and query values masked, since some receivers carry their token
    // there (Datadog, a Logic App's sig); with `endpointIsSecret` (a preset's, e.g. Sumo Logic's token in the path)
    // only the scheme, host and port are left.
    static QString displayEndpoint(const QUrl& endpoint, bool endpointIsSecret = false);

signals:
    void attemptStarted(int number, int maxAttempts, const QByteArray& contentEncoding);
    void attemptFinished(const SiemDeliveryAttempt& attempt);
    void retryScheduled(int nextNumber, qint64 waitMs);
    void encodingFallbackStarted(const QByteArray& contentEncoding);
    void finished(const DeliveryVerdict& verdict);

private:
    void send(const QByteArray& contentEncoding);
    void onRequestFinished();
    void judge(const DeliveryVerdict::Observation& observation);
    void conclude(DeliveryVerdict verdict);
    void finish(const DeliveryVerdict& verdict);

    Clock* m_clock;
    QNetworkAccessManager* m_network;
    Ed25519Key m_key;
    int m_transferTimeoutMs;
    Settings m_settings;
    std::optional<QString> m_authorization; // what is really sent
    QList<QByteArray> m_lines;
    QByteArray m_body;
    QByteArray m_encoding;
    QPointer<RetryingRequest> m_request;
    int m_lookupId = -1;
    bool m_running = false;
    bool m_cancelled = false;
    std::optional<DeliveryVerdict> m_refusedDocumentedEncoding;
    QList<SiemDeliveryAttempt> m_attempts;
    DeliveryVerdict m_verdict;
};
