#include "EmulatedDelivery.h"

#include "Clock.h"
#include "DeliveryVerdict.h"
#include "EmulatedWebhook.h"
#include "HttpStatusText.h"
#include "ReplayWindow.h"

EmulatedDelivery::EmulatedDelivery(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

EmulatedDelivery::~EmulatedDelivery() = default;

bool EmulatedDelivery::isRunning() const
{
    return m_pending != 0 || (m_test && m_test->isRunning());
}

void EmulatedDelivery::deliver(const EmulatedWebhook& webhook, const Ed25519Key& key)
{
    SiemDeliveryTest::Settings settings;
    settings.endpoint = webhook.endpoint();
    settings.authorization = webhook.authorization();
    settings.logFormat = webhook.logFormat();
    settings.skipSslVerification = webhook.skipsSslVerification();
    deliver(settings, key);
}

void EmulatedDelivery::deliver(const SiemDeliveryTest::Settings& settings, const Ed25519Key& key)
{
    cancel();
    m_pending = m_clock->callAfter(delayMs, this, [this, settings, key] {
        m_pending = 0;
        start(settings, key);
    });
}

void EmulatedDelivery::cancel()
{
    if (m_pending) {
        m_clock->cancel(m_pending);
        m_pending = 0;
    }
    if (m_test) {
        m_test->disconnect(this);
        m_test->cancel();
        m_test.release()->deleteLater(); // it may be inside one of its own signals
    }
}

void EmulatedDelivery::start(const SiemDeliveryTest::Settings& settings, const Ed25519Key& key)
{
    m_test = std::make_unique<SiemDeliveryTest>(m_clock);
    m_test->setSigningKey(key);
    connect(m_test.get(), &SiemDeliveryTest::finished, this, [this](const DeliveryVerdict& verdict) {
        if (verdict.reason == DeliveryVerdict::Reason::Cancelled)
            return;
        const bool accepted = verdict.httpStatus >= 200 && verdict.httpStatus < 300;
        QString message;
        if (verdict.httpStatus > 0)
            message = HttpStatusText::describe(verdict.httpStatus).section(QLatin1Char(' '), 1);
        else if (!m_test->attempts().isEmpty())
            message = m_test->attempts().constLast().attempt.errorText;
        const QDateTime now = m_clock->now();
        emit delivered(
            {{QStringLiteral("webhook_status"), accepted ? QStringLiteral("active") : QStringLiteral("inactive")},
             {QStringLiteral("last_attempt_at"), ReplayWindow::toRfc3339(now)},
             {QStringLiteral("last_response_code"), verdict.httpStatus},
             {QStringLiteral("last_response_message"), message}});
    });
    m_test->start(settings);
}
