#include "ConnectionTest.h"

#include "ConnectionTestKonnectCheck.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"

#include <QTimer>

ConnectionTest::ConnectionTest(KonnectClient* konnect, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_konnect(konnect)
    , m_siem(new SiemDeliveryTest(clock, this))
{
    connect(m_siem, &SiemDeliveryTest::finished, this, &ConnectionTest::onSiemFinished);
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const Settings& settings)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_settings = settings;
    m_result = ConnectionTestResult();

    if (!m_konnect || !m_konnect->hasToken()) {
        using C = ConnectionTestLine::Check;
        const QString reason = m_konnectUnavailableReason.isEmpty()
            ? QStringLiteral("Not checked: no Konnect token.")
            : QStringLiteral("Not checked: %1").arg(m_konnectUnavailableReason);
        for (const C check : {C::Region, C::Token, C::Permission})
            m_result.konnectLines.append({check, ConnectionTestLine::Outcome::NotChecked, reason});
        // From the event loop, like every other signal of the test.
        QTimer::singleShot(0, this, [this]() {
            if (m_cancelled)
                return;
            for (const ConnectionTestLine& line : std::as_const(m_result.konnectLines))
                emit konnectLineReady(line);
            startSiemDelivery(std::nullopt);
        });
        return;
    }
    m_konnectCheck = new ConnectionTestKonnectCheck(m_konnect, m_regionLabel, this);
    connect(m_konnectCheck, &ConnectionTestKonnectCheck::lineReady, this, [this](const ConnectionTestLine& line) {
        m_result.konnectLines.append(line);
        emit konnectLineReady(line);
    });
    connect(m_konnectCheck, &ConnectionTestKonnectCheck::finished, this, &ConnectionTest::onKonnectChecked);
    m_konnectCheck->start();
}

void ConnectionTest::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_siem->isRunning())
        return m_siem->cancel(); // onSiemFinished() ends the test
    if (m_konnectCheck)
        m_konnectCheck->cancel();
    finishWithoutDelivery(DeliveryVerdict::cancelled());
}

void ConnectionTest::onKonnectChecked()
{
    const std::optional<WebhookConfig> current = m_konnectCheck->currentConfig();
    const ApiResult konnect = m_konnectCheck->result();
    if (!m_konnectCheck->passed() && konnect.kind != ApiResult::Kind::Cancelled
        && konnect.kind != ApiResult::Kind::InvalidInput)
        m_result.konnectCheckExitCode = konnect.exitCode() == 3 ? 3 : 4;
    m_konnectCheck->deleteLater();
    if (m_cancelled)
        return;
    startSiemDelivery(current);
}

void ConnectionTest::startSiemDelivery(const std::optional<WebhookConfig>& current)
{
    using S = ConnectionTestResult::Source;
    SiemDeliveryTest::Settings siem;
    siem.preset = m_settings.preset;

    if (m_settings.endpoint) {
        siem.endpoint = *m_settings.endpoint;
        m_result.endpointSource = S::Given;
    } else if (current && !current->endpoint.isEmpty()) {
        siem.endpoint = current->endpoint;
        m_result.endpointSource = S::Konnect;
    } else if (current) {
        return finishWithoutDelivery(DeliveryVerdict::invalidInput(
            QStringLiteral("Konnect has no webhook endpoint in this region yet: give the endpoint to test.")));
    } else if (m_konnectCheck || (m_konnect && m_konnect->hasToken())) {
        // Konnect was asked but could not tell: its failure is the reason, with its exit code (3 for the token).
        const ApiResult konnect = m_konnectCheck ? m_konnectCheck->result() : ApiResult();
        return finishWithoutDelivery(
            DeliveryVerdict::invalidInput(QStringLiteral("No endpoint to test: none was given, and Konnect's "
                                                         "configuration could not be read. %1")
                                              .arg(konnect.message)),
            konnect.exitCode() == 0 ? 4 : konnect.exitCode());
    } else {
        return finishWithoutDelivery(DeliveryVerdict::invalidInput(
            QStringLiteral("No endpoint to test: give one, or a Konnect token so that the test can use the "
                           "webhook's configured endpoint.")));
    }

    if (m_settings.logFormat) {
        siem.logFormat = *m_settings.logFormat;
        m_result.logFormatSource = S::Given;
    } else if (current) {
        siem.logFormat = current->logFormat;
        m_result.logFormatSource = S::Konnect;
    } else if (m_settings.preset) {
        siem.logFormat = m_settings.preset->logFormat;
        m_result.logFormatSource = S::Preset;
    } else {
        siem.logFormat = WebhookConfig().logFormat;
        m_result.logFormatSource = S::Default;
    }

    if (m_settings.skipSslVerification) {
        siem.skipSslVerification = *m_settings.skipSslVerification;
        m_result.skipSslVerificationSource = S::Given;
    } else if (current) {
        siem.skipSslVerification = current->skipSslVerification;
        m_result.skipSslVerificationSource = S::Konnect;
    } else {
        siem.skipSslVerification = WebhookConfig().skipSslVerification;
        m_result.skipSslVerificationSource = S::Default;
    }

    siem.authorization = m_settings.authorization;
    if (m_settings.authorization)
        m_result.authorizationSource = S::Given;
    else if (m_settings.preset && m_settings.preset->usesPlaceholderAuthorization())
        m_result.authorizationSource = S::Preset;
    else
        m_result.authorizationSource = S::None;

    m_result.endpoint
        = SiemDeliveryTest::displayEndpoint(QUrl(siem.endpoint), siem.preset && siem.preset->endpointIsSecret);
    m_result.logFormat = siem.logFormat;
    m_result.skipSslVerification = siem.skipSslVerification;
    emit siemDeliveryStarted(m_result.endpoint, siem.logFormat, siem.skipSslVerification, m_result.authorizationSource);
    m_siem->start(siem);
}

void ConnectionTest::finishWithoutDelivery(const DeliveryVerdict& verdict, std::optional<int> exitCode)
{
    m_result.verdict = verdict;
    m_result.konnectFailureExitCode = exitCode;
    m_running = false;
    QTimer::singleShot(0, this, [this]() { emit finished(m_result); });
}

void ConnectionTest::onSiemFinished(const DeliveryVerdict& verdict)
{
    if (!m_running)
        return;
    m_result.attempts = m_siem->attempts();
    m_result.siemDeliveryRan = !m_result.attempts.isEmpty();
    m_result.verdict = verdict;
    if (m_result.konnectCheckExitCode && verdict.willDeliver()) {
        // The SIEM half passed, but Konnect itself refused or did not answer: no promise of delivery.
        QString siemPart = verdict.message;
        const QString promise = QStringLiteral("Konnect will be able to deliver: ");
        if (siemPart.startsWith(promise))
            siemPart = siemPart.mid(promise.size());
        if (!siemPart.isEmpty())
            siemPart[0] = siemPart.at(0).toUpper();
        m_result.verdict.message = siemPart
            + (*m_result.konnectCheckExitCode == 3
                   ? QStringLiteral(" But Konnect refused the token (see the Konnect lines above), so nothing shows "
                                    "yet that Konnect can deliver: fix the Konnect check first.")
                   : QStringLiteral(" But Konnect's API did not answer as expected (see the Konnect lines above), "
                                    "so nothing shows yet that Konnect can deliver: fix the Konnect check first."));
    }
    m_running = false;
    emit finished(m_result);
}
