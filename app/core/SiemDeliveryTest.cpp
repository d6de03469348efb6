#include "SiemDeliveryTest.h"

#include "AuditEventSamples.h"
#include "Clock.h"
#include "RetryingRequest.h"
#include "SecretRedactor.h"
#include "WebhookConfig.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

SiemDeliveryTest::SiemDeliveryTest(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_key(Ed25519Key::generate())
    , m_transferTimeoutMs(RetryingRequest::defaultTransferTimeoutMs)
{
    // Redirects are judged, not followed: a delivery should not depend on one, and the SIEM authorization must not
    // travel to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SiemDeliveryTest::~SiemDeliveryTest()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void SiemDeliveryTest::start(const Settings& settings)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_settings = settings;
    m_attempts.clear();
    m_lines.clear();
    m_refusedDocumentedEncoding.reset();
    m_verdict = DeliveryVerdict();

    m_authorization = settings.authorization;
    // A placeholder vendor's form stores its harmless placeholder, so that is what Konnect sends.
    if (!m_authorization && settings.preset && settings.preset->usesPlaceholderAuthorization())
        m_authorization = settings.preset->authorizationPlaceholder;
    else if (m_authorization)
        SecretRedactor::registerSecret(*m_authorization);
    SecretRedactor::registerEndpointSecrets(settings.endpoint);
    if (settings.preset && settings.preset->endpointIsSecret) {
        // The URL is the receiver's token: keep it out of every message, path included.
        SecretRedactor::registerSecret(settings.endpoint);
        SecretRedactor::registerSecret(QUrl(settings.endpoint).path());
    }

    if (const auto problem = WebhookConfig::checkEndpoint(settings.endpoint))
        return finish(DeliveryVerdict::invalidInput(problem->message));
    if (m_authorization) {
        if (const auto problem = WebhookConfig::checkAuthorization(*m_authorization))
            return finish(DeliveryVerdict::invalidInput(problem->message));
    }

    if (settings.lines)
        m_lines = *settings.lines;
    else if (settings.portalId.isEmpty())
        m_lines = AuditEventSamples::lines(settings.logFormat, m_clock->now(), m_key);
    else
        m_lines = AuditEventSamples::portalLines(settings.logFormat, m_clock->now(), m_key, settings.portalId);
    m_body = AuditEventSamples::gzipBody(m_lines);
    send(documentedEncoding());
}

RetryingRequest* SiemDeliveryTest::currentRequest() const
{
    return m_request;
}

void SiemDeliveryTest::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        return finish(DeliveryVerdict::cancelled());
    }
    if (m_request)
        m_request->cancel(); // its finished() brings the cancellation through onRequestFinished()
}

QNetworkRequest SiemDeliveryTest::buildRequest(const QUrl& endpoint, const std::optional<QString>& authorization,
                                               bool skipSslVerification, const QByteArray& contentEncoding)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setRawHeader("Content-Encoding", contentEncoding);
    if (authorization)
        request.setRawHeader("Authorization", authorization->toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("konnect-audit-webhook/" KAW_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (skipSslVerification) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    return request;
}

QString SiemDeliveryTest::displayEndpoint(const QUrl& endpoint, bool endpointIsSecret)
{
    if (endpointIsSecret)
        return endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            + QLatin1Char('/') + SecretRedactor::mask();
    return SecretRedactor::maskedEndpoint(endpoint);
}

void SiemDeliveryTest::send(const QByteArray& contentEncoding)
{
    m_encoding = contentEncoding;
    const QUrl url(m_settings.endpoint, QUrl::StrictMode);
    const QNetworkRequest request = buildRequest(url, m_authorization, m_settings.skipSslVerification, contentEncoding);
    auto* retrying = new RetryingRequest(m_network, m_clock, request, "POST", m_body, this);
    retrying->setTransferTimeoutMs(m_transferTimeoutMs);
    m_request = retrying;
    connect(retrying, &RetryingRequest::attemptStarted, this,
            [this](int number, int maxAttempts) { emit attemptStarted(number, maxAttempts, m_encoding); });
    connect(retrying, &RetryingRequest::attemptFinished, this, [this](const HttpAttempt& attempt) {
        SiemDeliveryAttempt delivery {attempt, m_encoding};
        delivery.attempt.errorText = SecretRedactor::redact(delivery.attempt.errorText);
        m_attempts.append(delivery);
        emit attemptFinished(delivery);
    });
    connect(retrying, &RetryingRequest::retryScheduled, this, &SiemDeliveryTest::retryScheduled);
    connect(retrying, &RetryingRequest::finished, this, &SiemDeliveryTest::onRequestFinished);
    retrying->start();
}

void SiemDeliveryTest::onRequestFinished()
{
    RetryingRequest* request = m_request;
    if (!request)
        return;
    m_request = nullptr;
    request->deleteLater();

    const QUrl url(m_settings.endpoint, QUrl::StrictMode);
    DeliveryVerdict::Observation seen;
    seen.last = request->lastAttempt();
    seen.last.errorText = SecretRedactor::redact(seen.last.errorText);
    seen.attempts = int(request->attempts().size());
    seen.answerBody = request->answerBody();
    seen.location = request->answerHeader("Location");
    seen.host = url.host();
    seen.port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    seen.logFormat = m_settings.logFormat;
    seen.events = int(m_lines.size());
    seen.authorizationSent = m_authorization.has_value();
    seen.transferTimeoutMs = m_transferTimeoutMs;
    seen.certificate = CertificateSummary::from(request->peerCertificateChain(), request->sslErrors());
    seen.now = m_clock->now();
    if (!seen.location.isEmpty())
        seen.location = displayEndpoint(url.resolved(QUrl::fromEncoded(seen.location)),
                                        m_settings.preset && m_settings.preset->endpointIsSecret)
                            .toUtf8();

    // A connection failure may be a name that does not resolve: ask the resolver, so the verdict can say "DNS".
    const bool isAddress = !QHostAddress(seen.host).isNull();
    if (!m_cancelled && seen.last.outcome.transport == AttemptOutcome::Transport::ConnectionFailed && !isAddress) {
        m_lookupId = QHostInfo::lookupHost(seen.host, this, [this, seen](const QHostInfo& info) mutable {
            m_lookupId = -1;
            seen.hostNotFound = info.error() == QHostInfo::HostNotFound;
            judge(seen);
        });
        return;
    }
    judge(seen);
}

void SiemDeliveryTest::judge(const DeliveryVerdict::Observation& observation)
{
    DeliveryVerdict verdict = DeliveryVerdict::judge(observation);
    if (m_settings.preset)
        verdict.hint = m_settings.preset->hintFor(observation.last.outcome.httpStatus, observation.answerBody);
    conclude(verdict);
}

void SiemDeliveryTest::conclude(DeliveryVerdict verdict)
{
    if (m_cancelled)
        return finish(DeliveryVerdict::cancelled());
    const bool refusedEncoding = verdict.reason == DeliveryVerdict::Reason::FormatRefused
        && (verdict.httpStatus == 415 || verdict.httpStatus == 400);
    if (!m_refusedDocumentedEncoding && refusedEncoding && m_encoding == documentedEncoding()) {
        m_refusedDocumentedEncoding = verdict;
        emit encodingFallbackStarted(fallbackEncoding());
        send(fallbackEncoding());
        return;
    }
    if (m_refusedDocumentedEncoding) {
        DeliveryVerdict combined = DeliveryVerdict::afterEncodingFallback(*m_refusedDocumentedEncoding, verdict);
        // The hint explains the answer to what Konnect sends, not to the fallback.
        combined.hint = m_refusedDocumentedEncoding->hint;
        verdict = combined;
    }
    finish(verdict);
}

void SiemDeliveryTest::finish(const DeliveryVerdict& verdict)
{
    m_verdict = verdict;
    m_verdict.message = SecretRedactor::redact(m_verdict.message);
    m_verdict.answerExcerpt = SecretRedactor::redact(m_verdict.answerExcerpt);
    if (m_verdict.attempts == 0)
        m_verdict.attempts = int(m_attempts.size());
    m_running = false;
    // Always from the event loop, also for input errors found in start() and for cancel().
    QTimer::singleShot(0, this, [this]() { emit finished(m_verdict); });
}
