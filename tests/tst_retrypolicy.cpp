#include "RetryPolicy.h"

#include <QTest>

using T = AttemptOutcome::Transport;
Q_DECLARE_METATYPE(AttemptOutcome::Transport)

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
    void backoffDoublesAndCaps();
    void retryAfter_data();
    void retryAfter();
    void neverMoreThanFourRetries();
};

static const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);

void TestRetryPolicy::decide_data()
{
    QTest::addColumn<int>("attemptIndex");
    QTest::addColumn<AttemptOutcome::Transport>("transport");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("waitMs");

    // Answers that are never retried.
    for (int status : {200, 201, 202, 204, 301, 400, 401, 403, 404, 405, 409, 413, 415, 422, 501})
        QTest::addRow("status %d", status) << 0 << T::None << status << QByteArray() << false << qint64(0);
    // Retried answers: 429 and every 5xx but 501.
    for (int status : {429, 500, 502, 503, 504, 505, 507, 511, 599})
        QTest::addRow("status %d first wait", status) << 0 << T::None << status << QByteArray() << true << qint64(1000);
    // The wait before retry n is 1 s * 2^n.
    QTest::newRow("500 second wait") << 1 << T::None << 500 << QByteArray() << true << qint64(2000);
    QTest::newRow("500 third wait") << 2 << T::None << 500 << QByteArray() << true << qint64(4000);
    QTest::newRow("500 fourth wait") << 3 << T::None << 500 << QByteArray() << true << qint64(8000);
    QTest::newRow("500 after fifth attempt") << 4 << T::None << 500 << QByteArray() << false << qint64(0);
    // Retry-After replaces the wait on 429 and 503 only.
    QTest::newRow("429 retry-after 7") << 0 << T::None << 429 << QByteArray("7") << true << qint64(7000);
    QTest::newRow("503 retry-after 3") << 2 << T::None << 503 << QByteArray("3") << true << qint64(3000);
    QTest::newRow("503 retry-after 0") << 1 << T::None << 503 << QByteArray("0") << true << qint64(0);
    QTest::newRow("500 ignores retry-after") << 0 << T::None << 500 << QByteArray("7") << true << qint64(1000);
    QTest::newRow("502 ignores retry-after") << 1 << T::None << 502 << QByteArray("9") << true << qint64(2000);
    QTest::newRow("429 retry-after capped") << 0 << T::None << 429 << QByteArray("120") << true << qint64(30000);
    QTest::newRow("429 retry-after date")
        << 0 << T::None << 429 << QByteArray("Wed, 25 Nov 2026 12:00:12 GMT") << true << qint64(12000);
    QTest::newRow("503 retry-after date capped")
        << 0 << T::None << 503 << QByteArray("Wed, 25 Nov 2026 13:00:00 GMT") << true << qint64(30000);
    QTest::newRow("429 retry-after past date")
        << 0 << T::None << 429 << QByteArray("Wed, 25 Nov 2026 11:00:00 GMT") << true << qint64(0);
    QTest::newRow("429 bad retry-after falls back")
        << 2 << T::None << 429 << QByteArray("soon") << true << qint64(4000);
    QTest::newRow("429 negative retry-after falls back")
        << 1 << T::None << 429 << QByteArray("-5") << true << qint64(2000);
    QTest::newRow("503 retry-after on last attempt") << 4 << T::None << 503 << QByteArray("1") << false << qint64(0);
    // Transport failures.
    QTest::newRow("connection failed") << 0 << T::ConnectionFailed << 0 << QByteArray() << true << qint64(1000);
    QTest::newRow("connection failed 4th") << 3 << T::ConnectionFailed << 0 << QByteArray() << true << qint64(8000);
    QTest::newRow("timed out") << 1 << T::TimedOut << 0 << QByteArray() << true << qint64(2000);
    QTest::newRow("tls certificate is final") << 0 << T::TlsCertificate << 0 << QByteArray() << false << qint64(0);
    QTest::newRow("unsupported scheme is final")
        << 0 << T::UnsupportedScheme << 0 << QByteArray() << false << qint64(0);
    QTest::newRow("redirects are final") << 0 << T::TooManyRedirects << 0 << QByteArray() << false << qint64(0);
    QTest::newRow("invalid header is final") << 0 << T::InvalidHeader << 0 << QByteArray() << false << qint64(0);
    QTest::newRow("too large is final") << 0 << T::AnswerTooLarge << 0 << QByteArray() << false << qint64(0);
    QTest::newRow("cancel is final") << 0 << T::Cancelled << 0 << QByteArray() << false << qint64(0);
}

void TestRetryPolicy::decide()
{
    QFETCH(int, attemptIndex);
    QFETCH(AttemptOutcome::Transport, transport);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, retry);
    QFETCH(qint64, waitMs);

    AttemptOutcome outcome;
    outcome.transport = transport;
    outcome.httpStatus = status;
    outcome.retryAfter = retryAfter;
    const RetryDecision decision = RetryPolicy::decide(attemptIndex, outcome, kNow);
    QCOMPARE(decision.retry, retry);
    if (retry)
        QCOMPARE(decision.waitMs, waitMs);
}

void TestRetryPolicy::backoffDoublesAndCaps()
{
    QCOMPARE(RetryPolicy::backoffMs(0), 1000);
    QCOMPARE(RetryPolicy::backoffMs(3), 8000);
    QCOMPARE(RetryPolicy::backoffMs(4), 16000);
    QCOMPARE(RetryPolicy::backoffMs(5), 30000);
    QCOMPARE(RetryPolicy::backoffMs(62), 30000);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QByteArray("5") << true << qint64(5000);
    QTest::newRow("spaces") << QByteArray(" 2 ") << true << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("huge") << QByteArray("99999999999999") << true << qint64(31000);
    QTest::newRow("imf-fixdate") << QByteArray("Wed, 25 Nov 2026 12:00:05 GMT") << true << qint64(5000);
    QTest::newRow("rfc850") << QByteArray("Wednesday, 25-Nov-26 12:00:06 GMT") << true << qint64(6000);
    QTest::newRow("asctime") << QByteArray("Wed Nov 25 12:00:04 2026") << true << qint64(4000);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("negative") << QByteArray("-1") << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("tomorrow") << false << qint64(0);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const auto parsed = RetryPolicy::parseRetryAfterMs(value, kNow);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

void TestRetryPolicy::neverMoreThanFourRetries()
{
    AttemptOutcome outcome;
    outcome.httpStatus = 503;
    int attempts = 1;
    while (RetryPolicy::decide(attempts - 1, outcome, kNow).retry)
        ++attempts;
    QCOMPARE(attempts, 5);
    QCOMPARE(RetryPolicy::maxAttempts, 5);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
