#include "RetryingRequest.h"

#include "SecretRedactor.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNet, "kaw.net")

RetryingRequest::RetryingRequest(QNetworkAccessManager* network, Clock* clock, const QNetworkRequest& request,
                                 const QByteArray& method, const QByteArray& body, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_request(request)
    , m_method(method)
    , m_body(body)
    , m_deadline(new QTimer(this))
{
    // Wall time, not the injected Clock: this bounds the network, not a wait of the retry rule, and the test clocks
    // fire every timer at once.
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this]() {
        if (!m_reply)
            return;
        m_deadlinePassed = true;
        m_reply->abort(); // onReplyFinished() records it as a timeout
    });
}

RetryingRequest::~RetryingRequest()
{
    if (m_waitTimer)
        m_clock->cancel(m_waitTimer);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RetryingRequest::start()
{
    m_totalTimer.start();
    sendAttempt();
}

void RetryingRequest::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_waitTimer) {
        m_clock->cancel(m_waitTimer);
        m_waitTimer = 0;
        m_nextAttemptAt = {};
        HttpAttempt attempt;
        attempt.number = int(m_attempts.size()) + 1;
        attempt.outcome.transport = AttemptOutcome::Transport::Cancelled;
        attempt.errorText = tr("Cancelled before the next attempt.");
        m_attempts.append(attempt);
        finish();
    } else if (m_reply) {
        m_reply->abort(); // onReplyFinished() records the cancellation
    }
}

QByteArray RetryingRequest::answerHeader(const QByteArray& name) const
{
    for (const auto& pair : m_answerHeaders) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

qint64 RetryingRequest::totalElapsedMs() const
{
    return m_totalTimer.isValid() ? m_totalTimer.elapsed() : 0;
}

void RetryingRequest::sendAttempt()
{
    m_waitTimer = 0;
    m_nextAttemptAt = {};
    m_answerTooLarge = false;
    m_deadlinePassed = false;
    m_sslErrors.clear();
    m_peerChain.clear();
    QNetworkRequest request = m_request;
    request.setTransferTimeout(m_transferTimeoutMs);
    emit attemptStarted(int(m_attempts.size()) + 1, RetryPolicy::maxAttempts);
    m_attemptTimer.start();
    QNetworkReply* reply = m_body.isNull() && m_method == "GET"
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, m_method, m_body);
    m_reply = reply;
    m_deadline->start(m_transferTimeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply]() {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxAnswerBytes) {
            m_answerTooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_maxAnswerBytes && !m_answerTooLarge) {
            m_answerTooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        m_sslErrors = errors;
        m_peerChain = reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::finished, this, &RetryingRequest::onReplyFinished);
}

AttemptOutcome RetryingRequest::classify(QNetworkReply* reply, QString* errorText) const
{
    using T = AttemptOutcome::Transport;
    AttemptOutcome outcome;
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.retryAfter = reply->rawHeader("Retry-After");
    if (m_answerTooLarge) {
        outcome.transport = T::AnswerTooLarge;
        *errorText = tr("The answer was larger than %1 KiB and was refused.").arg(m_maxAnswerBytes / 1024);
        return outcome;
    }
    const QNetworkReply::NetworkError error = reply->error();
    // An HTTP status with a content error (4xx/5xx) is an answer, not a transport failure.
    if (outcome.httpStatus > 0 && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied))
        return outcome;
    if (error == QNetworkReply::NoError)
        return outcome;
    *errorText = SecretRedactor::redact(reply->errorString());
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports its own transfer timeout as a cancellation; only cancel() is a real one.
        if (m_cancelled) {
            outcome.transport = T::Cancelled;
            *errorText = tr("Cancelled.");
        } else if (m_deadlinePassed && outcome.httpStatus > 0) {
            // The answer had begun: a server dripping it, byte by byte.
            outcome.transport = T::TimedOut;
            *errorText = tr("The answer did not arrive whole within %1 s.").arg(m_transferTimeoutMs / 1000.0);
        } else {
            outcome.transport = T::TimedOut;
            *errorText = tr("No answer within %1 s.").arg(m_transferTimeoutMs / 1000.0);
        }
        break;
    case QNetworkReply::TimeoutError:
        outcome.transport = T::TimedOut;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        outcome.transport = m_sslErrors.isEmpty() ? T::TlsHandshake : T::TlsCertificate;
        if (m_sslErrors.isEmpty())
            *errorText = tr("The TLS handshake failed (%1): does the server speak HTTPS on this port? The request "
                            "was not retried.")
                             .arg(*errorText);
        break;
    case QNetworkReply::ProtocolUnknownError:
        outcome.transport = T::UnsupportedScheme;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        outcome.transport = T::TooManyRedirects;
        break;
    default:
        outcome.transport = T::ConnectionFailed;
        break;
    }
    outcome.httpStatus = 0;
    return outcome;
}

bool RetryingRequest::mayHaveArrived(QNetworkReply* reply, const AttemptOutcome& outcome) const
{
    using T = AttemptOutcome::Transport;
    switch (outcome.transport) {
    case T::None:
    case T::AnswerTooLarge:
    case T::TimedOut:
        return true;
    case T::ConnectionFailed:
        break;
    default:
        return false; // refused before anything was sent: an untrusted certificate, a bad scheme, a redirect
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return false;
    default:
        return true; // closed or reset once connected: the request may have been read
    }
}

void RetryingRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline->stop();
    reply->deleteLater();

    HttpAttempt attempt;
    attempt.number = int(m_attempts.size()) + 1;
    attempt.elapsedMs = m_attemptTimer.elapsed();
    attempt.outcome = classify(reply, &attempt.errorText);
    attempt.mayHaveArrived = mayHaveArrived(reply, attempt.outcome);
    if (attempt.outcome.transport == AttemptOutcome::Transport::None) {
        m_answerBody = reply->readAll();
        m_answerHeaders = reply->rawHeaderPairs();
        // Qt occasionally reports a connection reset mid-body as a clean end: a short body is a broken connection.
        bool hasLength = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
        const bool decoded = !reply->rawHeader("Content-Encoding").isEmpty(); // the length is of the encoded body
        if (hasLength && !decoded && m_answerBody.size() < announced) {
            attempt.outcome.transport = AttemptOutcome::Transport::ConnectionFailed;
            attempt.outcome.httpStatus = 0;
            attempt.errorText = tr("The connection closed before the whole answer arrived.");
            m_answerBody.clear();
            m_answerHeaders.clear();
        }
    } else {
        m_answerBody.clear();
        m_answerHeaders.clear();
    }
    const RetryDecision decision
        = m_cancelled ? RetryDecision {} : RetryPolicy::decide(attempt.number - 1, attempt.outcome, m_clock->now());
    attempt.waitBeforeNextMs = decision.retry ? decision.waitMs : -1;
    m_attempts.append(attempt);
    qCDebug(lcNet) << m_method << SecretRedactor::redact(m_request.url().path()) << "attempt" << attempt.number
                   << "status" << attempt.outcome.httpStatus << attempt.errorText << "wait" << attempt.waitBeforeNextMs;
    emit attemptFinished(attempt);

    if (!decision.retry) {
        finish();
        return;
    }
    m_nextAttemptAt = m_clock->now().addMSecs(decision.waitMs);
    emit retryScheduled(attempt.number + 1, decision.waitMs);
    m_waitTimer = m_clock->callAfter(decision.waitMs, this, [this]() { sendAttempt(); });
}

void RetryingRequest::finish()
{
    m_finished = true;
    emit finished();
}
