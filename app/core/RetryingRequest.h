#pragma once

#include "Clock.h"
#include "HttpAttempt.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

class QNetworkAccessManager;
class QTimer;

// Sends one HTTP request under Konnect's retry rule (RetryPolicy): timer-driven through an injected Clock,
// never blocking, cancellable at any point. Reports every attempt and every wait so a window can show them.
class RetryingRequest : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultTransferTimeoutMs = 30000;
    static constexpr qint64 defaultMaxAnswerBytes = 1024 * 1024;

    RetryingRequest(QNetworkAccessManager* network, Clock* clock, const QNetworkRequest& request,
                    const QByteArray& method, const QByteArray& body, QObject* parent = nullptr);
    ~RetryingRequest() override;

    // The time one attempt may take, as a whole: Qt's transfer timeout restarts with every byte, so a server that
    // drips its answer would hold an attempt forever; a deadline timer aborts it then, as a timeout.
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<HttpAttempt>& attempts() const { return m_attempts; }
    const HttpAttempt& lastAttempt() const { return m_attempts.constLast(); }
    int httpStatus() const { return m_attempts.isEmpty() ? 0 : lastAttempt().outcome.httpStatus; }
    QByteArray answerBody() const { return m_answerBody; }
    QByteArray answerHeader(const QByteArray& name) const;
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }
    qint64 totalElapsedMs() const;
    // When the next attempt starts, while waiting between attempts; invalid otherwise.
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }

signals:
    void attemptStarted(int number, int maxAttempts);
    void attemptFinished(const HttpAttempt& attempt);
    void retryScheduled(int nextNumber, qint64 waitMs);
    void finished();

private:
    void sendAttempt();
    void onReplyFinished();
    AttemptOutcome classify(QNetworkReply* reply, QString* errorText) const;
    bool mayHaveArrived(QNetworkReply* reply, const AttemptOutcome& outcome) const;
    void finish();

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    int m_transferTimeoutMs = defaultTransferTimeoutMs;
    qint64 m_maxAnswerBytes = defaultMaxAnswerBytes;

    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_attemptTimer;
    QTimer* m_deadline = nullptr;
    bool m_deadlinePassed = false;
    QElapsedTimer m_totalTimer;
    Clock::TimerId m_waitTimer = 0;
    QDateTime m_nextAttemptAt;
    bool m_cancelled = false;
    bool m_answerTooLarge = false;
    bool m_finished = false;

    QList<HttpAttempt> m_attempts;
    QByteArray m_answerBody;
    QList<QNetworkReply::RawHeaderPair> m_answerHeaders;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
};
