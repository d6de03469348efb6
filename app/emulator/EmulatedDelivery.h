#pragma once

#include "Clock.h"
#include "Ed25519Key.h"
#include "SiemDeliveryTest.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

class EmulatedWebhook;

// Konnect's own delivery, for the demo: one batch of signed sample events sent to the webhook's endpoint exactly as
// Konnect sends it (SiemDeliveryTest: its retry rule, gzip, the stored authorization, signed with the emulator's key
// so the receiver can verify it), and the outcome in Konnect's status words: active or inactive, the time of the
// attempt, the SIEM's answer code and a short message.
class EmulatedDelivery : public QObject
{
    Q_OBJECT
public:
    // Konnect sends with its next batch, not at the instant of a change; the pause also puts the attempt in a later
    // second than the change's updated_at, which is what "a delivery after the Apply" is judged by.
    static constexpr qint64 delayMs = 2000;

    explicit EmulatedDelivery(Clock* clock, QObject* parent = nullptr);
    ~EmulatedDelivery() override;

    // Delivers to what `webhook` holds now, after delayMs; one pending or running is dropped (a newer change wins).
    void deliver(const EmulatedWebhook& webhook, const Ed25519Key& key);
    // The same for a destination's settings (a v3 binding); a portal's carry its portalId.
    void deliver(const SiemDeliveryTest::Settings& settings, const Ed25519Key& key);
    // Drops a delivery that is pending or running; nothing more is reported for it.
    void cancel();
    bool isRunning() const;

signals:
    // The status fields of /_emulator/status (webhook_status, last_attempt_at, last_response_code,
    // last_response_message).
    void delivered(const QJsonObject& statusFields);

private:
    void start(const SiemDeliveryTest::Settings& settings, const Ed25519Key& key);

    Clock* m_clock;
    Clock::TimerId m_pending = 0; // a delivery not yet started
    std::unique_ptr<SiemDeliveryTest> m_test;
};
