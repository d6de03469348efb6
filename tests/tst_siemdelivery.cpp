#include "ApiCall.h"
#include "AuditEventSamples.h"
#include "ConnectionTest.h"
#include "HttpServer.h"
#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "RetryingRequest.h"
#include "SecretRedactor.h"
#include "SelfSignedCertificate.h"
#include "SiemDeliveryTest.h"
#include "SiemReceiver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <memory>

// The SIEM half of the connection test against SiemReceiver over real loopback HTTP and HTTPS (certificates made at
// test time), and the whole connection test with the Konnect emulator. Retry waits go through a ManualClock that
// skips them and records what was asked for.
class TestSiemDelivery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sendsWhatKonnectSends_data();
    void sendsWhatKonnectSends();
    void retriesServerErrorsByTheRule();
    void givesUpAfterAllRetries_data();
    void givesUpAfterAllRetries();
    void retryAfterReplacesTheWait();
    void refusedAuthorizationIsFinal_data();
    void refusedAuthorizationIsFinal();
    void withoutAuthorizationTheVerdictSaysSo();
    void wrongPathNamesThePath();
    void tooLargeBatch();
    void refusedApplicationGzipFallsBackToGzip_data();
    void refusedApplicationGzipFallsBackToGzip();
    void refusedEvenWithGzipIsAFormatProblem();
    void badRequestNamesTheFormat();
    void notRetriedStatus();
    void redirectIsNotFollowed();
    void connectionRefusedIsRetriedThenReported();
    void unknownHostIsADnsFailure();
    void silentReceiverTimesOut();
    void untrustedCertificateIsFinal();
    void skipVerificationOnlyWhenAsked();
    void trustedCertificateDelivers();
    void expiredCertificateNamesTheReason();
    void wrongHostCertificateNamesTheReason();
    void vendorHintIsAdded();
    void placeholderAuthorizationOfThePreset();
    void secretsNeverReachTheVerdict();
    void cancelDuringAWait();
    void invalidInputSendsNothing();
    void receiverVerifiesSignatures();
    void connectionTestUsesKonnectsConfiguration();
    void connectionTestReportsTheKonnectLines_data();
    void connectionTestReportsTheKonnectLines();
    void connectionTestWithoutTokenNeedsAnEndpoint();

private:
    SiemDeliveryTest::Settings settingsFor(const QUrl& url, LogFormat format = LogFormat::Json) const;
    bool run(SiemDeliveryTest& test, const SiemDeliveryTest::Settings& settings, int timeoutMs = 30000);
    void trust(const QSslCertificate& certificate);
    void serveTls(const SelfSignedCertificate& certificate);

    const QString m_authorization = QStringLiteral("Splunk 5f8e1d2c-aaaa-4bbb-8ccc-0123456789ab");
    const QString m_konnectToken = QStringLiteral("kpat_siemtest000000000000000000000000000000000000000");
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SiemReceiver> m_receiver;
    Ed25519Key m_key;
    QSslConfiguration m_originalDefault;
};

void TestSiemDelivery::init()
{
    m_originalDefault = QSslConfiguration::defaultConfiguration();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_clock->setAutoAdvance(true);
    m_key = Ed25519Key::generate();
    m_receiver = std::make_unique<SiemReceiver>();
    m_receiver->setPublicKeys({m_key.publicKeyRaw()});
}

void TestSiemDelivery::cleanup()
{
    m_receiver.reset();
    m_clock.reset();
    QSslConfiguration::setDefaultConfiguration(m_originalDefault);
    SecretRedactor::forgetAll();
}

SiemDeliveryTest::Settings TestSiemDelivery::settingsFor(const QUrl& url, LogFormat format) const
{
    SiemDeliveryTest::Settings settings;
    settings.endpoint = url.toString();
    settings.authorization = m_authorization;
    settings.logFormat = format;
    return settings;
}

bool TestSiemDelivery::run(SiemDeliveryTest& test, const SiemDeliveryTest::Settings& settings, int timeoutMs)
{
    test.setSigningKey(m_key);
    QSignalSpy finished(&test, &SiemDeliveryTest::finished);
    test.start(settings);
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        return false;
    QTest::qWait(0); // let nothing else arrive: finished() comes exactly once
    return finished.size() == 1 && !test.isRunning();
}

void TestSiemDelivery::trust(const QSslCertificate& certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TestSiemDelivery::serveTls(const SelfSignedCertificate& certificate)
{
    QVERIFY(!certificate.isNull());
    m_receiver->setSslConfiguration(certificate.serverConfiguration());
    QVERIFY(m_receiver->listen());
}

void TestSiemDelivery::sendsWhatKonnectSends_data()
{
    QTest::addColumn<LogFormat>("format");
    QTest::newRow("cef") << LogFormat::Cef;
    QTest::newRow("json") << LogFormat::Json;
    QTest::newRow("cps") << LogFormat::Cps;
}

void TestSiemDelivery::sendsWhatKonnectSends()
{
    QFETCH(LogFormat, format);
    m_receiver->setExpectedAuthorization(m_authorization);
    m_receiver->setPath(QStringLiteral("/services/collector/raw"));
    QVERIFY(m_receiver->listen());
    QSignalSpy events(m_receiver.get(), &SiemReceiver::eventReceived);

    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url(QStringLiteral("/services/collector/raw")), format)));

    QCOMPARE(m_receiver->deliveries().size(), 1);
    const SiemReceiver::Delivery& delivery = m_receiver->deliveries().constFirst();
    const HttpRequest& request = delivery.request;
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("Content-Type"), QByteArray("text/plain"));
    QCOMPARE(request.header("Content-Encoding"), QByteArray("application/gzip"));
    QCOMPARE(request.header("Authorization"), m_authorization.toUtf8());

    // The body is real gzip (magic bytes and all) of the signed lines, one a line.
    QVERIFY(request.body.startsWith("\x1f\x8b"));
    const std::optional<QByteArray> text = SiemReceiver::gunzip(request.body, 1 << 20);
    QVERIFY(text);
    const QList<QByteArray> lines = text->split('\n');
    QCOMPARE(lines, test.sentLines());
    QCOMPARE(lines.size(), 3);
    for (const QByteArray& line : lines) {
        QVERIFY(SiemReceiver::formatOf(line) == format);
        QCOMPARE(SiemReceiver::verifyLine(line, {m_key.publicKeyRaw()}), SiemReceiver::Signature::Valid);
        // A signature from another key does not pass.
        QCOMPARE(SiemReceiver::verifyLine(line, {Ed25519Key::generate().publicKeyRaw()}),
                 SiemReceiver::Signature::Invalid);
        if (format != LogFormat::Cef) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonObject event
                = format == LogFormat::Cps ? object.value(QLatin1String("event")).toObject() : object;
            // Current timestamps: the clock's now, in milliseconds.
            QCOMPARE(qint64(event.value(QLatin1String("rt")).toDouble()), m_clock->now().toMSecsSinceEpoch());
            QVERIFY(event.contains(QLatin1String("sig")));
        } else {
            QVERIFY(line.contains("CEF:0|KongInc|Konnect|"));
            QVERIFY(line.contains("rt=" + QByteArray::number(m_clock->now().toMSecsSinceEpoch())));
        }
    }

    // An authentication, an authorization and an access event, each signalled by the receiver with its check.
    QCOMPARE(events.size(), 3);
    const QList<SiemReceiver::Event> received = m_receiver->events();
    QCOMPARE(received.at(0).name, QStringLiteral("AUTHENTICATION_OUTCOME_SUCCESS"));
    QCOMPARE(received.at(1).name, QStringLiteral("Authz.audit-logs"));
    QCOMPARE(received.at(2).name, QStringLiteral("Ingress"));
    for (const SiemReceiver::Event& event : received)
        QCOMPARE(event.signature, SiemReceiver::Signature::Valid);

    const DeliveryVerdict& verdict = test.verdict();
    QVERIFY(verdict.willDeliver());
    QCOMPARE(verdict.exitCode(), 0);
    QCOMPARE(verdict.httpStatus, 200);
    QVERIFY2(verdict.message.startsWith(QLatin1String("Konnect will be able to deliver")), qPrintable(verdict.message));
    QVERIFY(!verdict.note.isEmpty());
    QCOMPARE(test.attempts().size(), 1);
    QCOMPARE(test.attempts().constFirst().contentEncoding, QByteArray("application/gzip"));
}

void TestSiemDelivery::retriesServerErrorsByTheRule()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers(
        {HttpResponse::empty(500), HttpResponse::empty(502), HttpResponse::empty(503), HttpResponse::empty(504)});
    SiemDeliveryTest test(m_clock.get());
    QSignalSpy waits(&test, &SiemDeliveryTest::retryScheduled);
    QSignalSpy started(&test, &SiemDeliveryTest::attemptStarted);
    QVERIFY(run(test, settingsFor(m_receiver->url())));

    QCOMPARE(m_clock->requestedDelays(), (QList<qint64> {1000, 2000, 4000, 8000}));
    QCOMPARE(waits.size(), 4);
    QCOMPARE(started.size(), 5);
    QCOMPARE(started.last().at(0).toInt(), 5);
    QCOMPARE(started.last().at(1).toInt(), RetryPolicy::maxAttempts);
    QCOMPARE(m_receiver->deliveries().size(), 5);
    QCOMPARE(test.attempts().size(), 5);
    QCOMPARE(test.attempts().at(0).attempt.outcome.httpStatus, 500);
    QCOMPARE(test.attempts().at(0).attempt.waitBeforeNextMs, 1000);
    QCOMPARE(test.attempts().at(4).attempt.outcome.httpStatus, 200);
    QCOMPARE(test.attempts().at(4).attempt.waitBeforeNextMs, -1);
    QVERIFY(test.verdict().willDeliver());
    QVERIFY2(test.verdict().message.contains(QLatin1String("after 5 attempts")), qPrintable(test.verdict().message));
}

void TestSiemDelivery::givesUpAfterAllRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("503") << 503 << QStringLiteral("kept failing (503 Service Unavailable) through all 5");
    QTest::newRow("500") << 500 << QStringLiteral("kept failing (500 Internal Server Error) through all 5");
    QTest::newRow("429") << 429 << QStringLiteral("kept throttling (429 Too Many Requests) through all 5");
}

void TestSiemDelivery::givesUpAfterAllRetries()
{
    QFETCH(int, status);
    QFETCH(QString, words);
    QVERIFY(m_receiver->listen());
    for (int i = 0; i < 6; ++i)
        m_receiver->queueAnswers({HttpResponse::text(status, "busy\n")});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));

    QCOMPARE(m_receiver->deliveries().size(), 5);
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64> {1000, 2000, 4000, 8000}));
    const DeliveryVerdict& verdict = test.verdict();
    QCOMPARE(verdict.reason, DeliveryVerdict::Reason::ReceiverUnavailable);
    QCOMPARE(verdict.exitCode(), 4);
    QCOMPARE(verdict.attempts, 5);
    QVERIFY2(verdict.message.contains(words), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(QLatin1String("1, 2, 4 and 8 s")), qPrintable(verdict.message));
    QCOMPARE(verdict.answerExcerpt, QStringLiteral("busy"));
}

void TestSiemDelivery::retryAfterReplacesTheWait()
{
    QVERIFY(m_receiver->listen());
    HttpResponse throttled = HttpResponse::empty(429);
    throttled.setHeader("Retry-After", "7");
    m_receiver->queueAnswers({throttled});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(m_clock->requestedDelays(), QList<qint64> {7000});
    QVERIFY(test.verdict().willDeliver());
}

void TestSiemDelivery::refusedAuthorizationIsFinal_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
}

void TestSiemDelivery::refusedAuthorizationIsFinal()
{
    QFETCH(int, status);
    QVERIFY(m_receiver->listen());
    if (status == 401)
        m_receiver->setExpectedAuthorization(QStringLiteral("Splunk another-token-entirely"));
    else
        m_receiver->queueAnswers({HttpResponse::text(403, "{\"text\":\"Invalid token\",\"code\":4}")});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));

    QCOMPARE(m_receiver->deliveries().size(), 1);
    QVERIFY(m_clock->requestedDelays().isEmpty());
    const DeliveryVerdict& verdict = test.verdict();
    QCOMPARE(verdict.reason, DeliveryVerdict::Reason::AuthorizationRefused);
    QCOMPARE(verdict.httpStatus, status);
    QCOMPARE(verdict.exitCode(), 4);
    QVERIFY2(verdict.message.contains(
                 QStringLiteral("the SIEM refused the authorization (%1").arg(DeliveryVerdict::statusText(status))),
             qPrintable(verdict.message));
    QVERIFY(verdict.message.contains(QLatin1String("does not retry")));
}

void TestSiemDelivery::withoutAuthorizationTheVerdictSaysSo()
{
    m_receiver->setExpectedAuthorization(m_authorization);
    QVERIFY(m_receiver->listen());
    SiemDeliveryTest test(m_clock.get());
    SiemDeliveryTest::Settings settings = settingsFor(m_receiver->url());
    settings.authorization.reset();
    QVERIFY(run(test, settings));

    QVERIFY(!m_receiver->deliveries().constFirst().request.hasHeader("Authorization"));
    QVERIFY(!test.authorizationSent());
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::AuthorizationNotTested);
    QCOMPARE(test.verdict().exitCode(), 4);
    QVERIFY2(test.verdict().message.contains(QLatin1String("this test sent none")), qPrintable(test.verdict().message));

    // A receiver that needs none accepts it, and the note says nothing was sent.
    m_receiver->setExpectedAuthorization(std::nullopt);
    SiemDeliveryTest open(m_clock.get());
    QVERIFY(run(open, settings));
    QVERIFY(open.verdict().willDeliver());
    QVERIFY(open.verdict().note.contains(QLatin1String("No authorization was sent")));
}

void TestSiemDelivery::wrongPathNamesThePath()
{
    m_receiver->setPath(QStringLiteral("/services/collector/raw"));
    QVERIFY(m_receiver->listen());
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url(QStringLiteral("/services/collector/event")))));
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::WrongPath);
    QVERIFY2(test.verdict().message.contains(QLatin1String("nothing receives events at this path (404 Not Found)")),
             qPrintable(test.verdict().message));
    QVERIFY(test.verdict().message.contains(QLatin1String("/services/collector/raw")));
}

void TestSiemDelivery::tooLargeBatch()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers({HttpResponse::empty(413)});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::PayloadTooLarge);
    QVERIFY2(test.verdict().message.contains(QLatin1String("too large (413 Payload Too Large)")),
             qPrintable(test.verdict().message));
}

void TestSiemDelivery::refusedApplicationGzipFallsBackToGzip_data()
{
    QTest::addColumn<int>("refusal");
    QTest::newRow("415 like Elastic") << 415;
    QTest::newRow("400") << 400;
}

void TestSiemDelivery::refusedApplicationGzipFallsBackToGzip()
{
    QFETCH(int, refusal);
    m_receiver->setAcceptedEncodings({"gzip", "x-gzip"});
    m_receiver->setEncodingRefusalStatus(refusal);
    QVERIFY(m_receiver->listen());
    SiemDeliveryTest test(m_clock.get());
    QSignalSpy fallback(&test, &SiemDeliveryTest::encodingFallbackStarted);
    QVERIFY(run(test, settingsFor(m_receiver->url())));

    QCOMPARE(fallback.size(), 1);
    QCOMPARE(fallback.constFirst().at(0).toByteArray(), QByteArray("gzip"));
    QCOMPARE(m_receiver->deliveries().size(), 2);
    QCOMPARE(m_receiver->deliveries().at(0).request.header("Content-Encoding"), QByteArray("application/gzip"));
    QCOMPARE(m_receiver->deliveries().at(0).status, refusal);
    QCOMPARE(m_receiver->deliveries().at(1).request.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(m_receiver->deliveries().at(1).status, 200);
    QCOMPARE(m_receiver->deliveries().at(1).events.size(), 3);
    QCOMPARE(test.attempts().size(), 2);
    QCOMPARE(test.attempts().at(1).contentEncoding, QByteArray("gzip"));

    const DeliveryVerdict& verdict = test.verdict();
    QCOMPARE(verdict.reason, DeliveryVerdict::Reason::EncodingRefused);
    QCOMPARE(verdict.acceptedEncoding, QByteArray("gzip"));
    QCOMPARE(verdict.exitCode(), 4);
    QCOMPARE(verdict.httpStatus, refusal);
    QVERIFY2(verdict.message.contains(QStringLiteral("refused Content-Encoding: application/gzip (%1)")
                                          .arg(DeliveryVerdict::statusText(refusal))),
             qPrintable(verdict.message));
    QVERIFY(verdict.message.contains(QLatin1String("accepted the same batch with Content-Encoding: gzip (200 OK)")));
    QCOMPARE(verdict.toJson().value(QLatin1String("accepted_content_encoding")).toString(), QStringLiteral("gzip"));
}

void TestSiemDelivery::refusedEvenWithGzipIsAFormatProblem()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers({HttpResponse::empty(415), HttpResponse::empty(415)});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(m_receiver->deliveries().size(), 2);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::FormatRefused);
    QVERIFY(test.verdict().acceptedEncoding.isEmpty());
    QVERIFY2(test.verdict().message.contains(QLatin1String("does not accept what Konnect sends (415 Unsupported "
                                                           "Media Type)")),
             qPrintable(test.verdict().message));
    QVERIFY(test.verdict().message.contains(QLatin1String("refused Content-Encoding: gzip as well")));
}

void TestSiemDelivery::badRequestNamesTheFormat()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers({HttpResponse::empty(400), HttpResponse::empty(400)});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url(), LogFormat::Cps)));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::FormatRefused);
    QVERIFY2(test.verdict().message.contains(QLatin1String("malformed (400 Bad Request): it does not read CPS lines")),
             qPrintable(test.verdict().message));
}

void TestSiemDelivery::notRetriedStatus()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers({HttpResponse::empty(501)});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::NotRetriedStatus);
    QVERIFY(test.verdict().message.contains(QLatin1String("501 Not Implemented, which Konnect does not retry")));
}

void TestSiemDelivery::redirectIsNotFollowed()
{
    SiemReceiver elsewhere;
    QVERIFY(elsewhere.listen());
    QVERIFY(m_receiver->listen());
    HttpResponse moved = HttpResponse::empty(301);
    moved.setHeader("Location", elsewhere.url(QStringLiteral("/new")).toEncoded());
    m_receiver->queueAnswers({moved});
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(elsewhere.deliveries().size(), 0); // the authorization never went there
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::Redirected);
    QVERIFY2(test.verdict().message.contains(elsewhere.url(QStringLiteral("/new")).toString()),
             qPrintable(test.verdict().message));
}

void TestSiemDelivery::connectionRefusedIsRetriedThenReported()
{
    QVERIFY(m_receiver->listen());
    const QUrl url = m_receiver->url();
    m_receiver->close();
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(url)));
    QCOMPARE(test.attempts().size(), 5);
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64> {1000, 2000, 4000, 8000}));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::ConnectionFailed);
    QVERIFY2(test.verdict().message.contains(
                 QStringLiteral("could not connect to 127.0.0.1:%1 (tried 5 times)").arg(url.port())),
             qPrintable(test.verdict().message));
}

void TestSiemDelivery::unknownHostIsADnsFailure()
{
    SiemDeliveryTest test(m_clock.get());
    // .invalid never resolves (RFC 6761). Five lookups ask the system's resolver, which may take its own time to say
    // no (glibc: 5 s per try): allow for that rather than fail on a slow resolver.
    QVERIFY(run(test, settingsFor(QUrl(QStringLiteral("https://siem.konnect-test.invalid/collector"))), 180000));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::DnsFailure);
    QCOMPARE(test.attempts().size(), 5); // Konnect retries connection errors, this one too
    QVERIFY2(test.verdict().message.contains(QLatin1String("the host name siem.konnect-test.invalid does not "
                                                           "resolve in DNS (tried 5 times)")),
             qPrintable(test.verdict().message));
}

void TestSiemDelivery::silentReceiverTimesOut()
{
    HttpServer silent;
    silent.setHandler([](const HttpRequest&, HttpExchange&) {}); // reads the request, never answers
    QVERIFY(silent.listen());
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(silent.serverPort());
    url.setPath(QStringLiteral("/"));
    SiemDeliveryTest test(m_clock.get());
    test.setTransferTimeoutMs(200);
    QVERIFY(run(test, settingsFor(url)));
    QCOMPARE(test.attempts().size(), 5); // a timeout is retried like a connection error
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::TimedOut);
    QVERIFY2(test.verdict().message.contains(QStringLiteral("the SIEM at 127.0.0.1:%1 did not answer in time (tried 5 "
                                                            "times)")
                                                 .arg(silent.serverPort())),
             qPrintable(test.verdict().message));
}

void TestSiemDelivery::untrustedCertificateIsFinal()
{
    const SelfSignedCertificate certificate = SelfSignedCertificate::create();
    serveTls(certificate);
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));

    QCOMPARE(test.attempts().size(), 1);
    QVERIFY(m_clock->requestedDelays().isEmpty());
    QCOMPARE(m_receiver->deliveries().size(), 0);
    const DeliveryVerdict& verdict = test.verdict();
    QCOMPARE(verdict.reason, DeliveryVerdict::Reason::TlsCertificate);
    QCOMPARE(verdict.exitCode(), 4);
    QVERIFY2(verdict.message.contains(QLatin1String("self-signed")), qPrintable(verdict.message));
    QVERIFY(
        verdict.message.contains(QLatin1String("subject CN=localhost, O=konnect-audit-webhook demo SIEM receiver")));
    QVERIFY(verdict.message.contains(QLatin1String("issuer CN=localhost, O=konnect-audit-webhook demo SIEM receiver")));
    QVERIFY(verdict.message.contains(
        QStringLiteral("expires %1")
            .arg(certificate.certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
    QVERIFY(verdict.message.contains(QLatin1String("does not retry a certificate failure")));
    QCOMPARE(verdict.certificate.subject, QStringLiteral("CN=localhost, O=konnect-audit-webhook demo SIEM receiver"));
    QVERIFY(verdict.toJson().contains(QLatin1String("certificate")));
}

void TestSiemDelivery::skipVerificationOnlyWhenAsked()
{
    serveTls(SelfSignedCertificate::create());
    SiemDeliveryTest::Settings settings = settingsFor(m_receiver->url());
    QVERIFY(!settings.skipSslVerification);
    SiemDeliveryTest strict(m_clock.get());
    QVERIFY(run(strict, settings));
    QCOMPARE(strict.verdict().reason, DeliveryVerdict::Reason::TlsCertificate);

    settings.skipSslVerification = true;
    SiemDeliveryTest skipping(m_clock.get());
    QVERIFY(run(skipping, settings));
    QVERIFY2(skipping.verdict().willDeliver(), qPrintable(skipping.verdict().text()));
    QCOMPARE(m_receiver->deliveries().size(), 1);

    // Skipping once leaves nothing behind: the next strict test refuses the certificate again.
    settings.skipSslVerification = false;
    SiemDeliveryTest strictAgain(m_clock.get());
    QVERIFY(run(strictAgain, settings));
    QCOMPARE(strictAgain.verdict().reason, DeliveryVerdict::Reason::TlsCertificate);
    QCOMPARE(m_receiver->deliveries().size(), 1);
}

void TestSiemDelivery::trustedCertificateDelivers()
{
    const SelfSignedCertificate certificate = SelfSignedCertificate::create();
    trust(certificate.certificate);
    serveTls(certificate);
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QVERIFY2(test.verdict().willDeliver(), qPrintable(test.verdict().text()));
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QCOMPARE(m_receiver->events().size(), 3);
}

void TestSiemDelivery::expiredCertificateNamesTheReason()
{
    SelfSignedCertificate::Options options;
    options.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    options.notAfter = QDateTime::currentDateTimeUtc().addDays(-2);
    const SelfSignedCertificate certificate = SelfSignedCertificate::create(options);
    trust(certificate.certificate);
    serveTls(certificate);
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(test.attempts().size(), 1);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::TlsCertificate);
    QVERIFY2(test.verdict().certificate.reasons.contains(QStringLiteral("The certificate has expired")),
             qPrintable(test.verdict().message));
    QVERIFY(test.verdict().message.contains(
        QStringLiteral("expired %1").arg(options.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
}

void TestSiemDelivery::wrongHostCertificateNamesTheReason()
{
    SelfSignedCertificate::Options options;
    options.commonName = QStringLiteral("siem.example.com");
    options.dnsNames = {QStringLiteral("siem.example.com")};
    options.addresses.clear();
    const SelfSignedCertificate certificate = SelfSignedCertificate::create(options);
    trust(certificate.certificate);
    serveTls(certificate);
    SiemDeliveryTest test(m_clock.get());
    QVERIFY(run(test, settingsFor(m_receiver->url())));
    QCOMPARE(test.attempts().size(), 1);
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::TlsCertificate);
    QCOMPARE(test.verdict().certificate.reasons,
             QStringList {QStringLiteral("The host name did not match any of the valid hosts for this certificate")});
    QVERIFY2(test.verdict().message.contains(QLatin1String("subject CN=siem.example.com")),
             qPrintable(test.verdict().message));
    QVERIFY(test.verdict().message.contains(QLatin1String("valid for siem.example.com")));
}

void TestSiemDelivery::vendorHintIsAdded()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers(
        {HttpResponse::json(403, QJsonDocument::fromJson("{\"text\":\"Invalid token\",\"code\":4}"))});
    VendorPreset splunk;
    splunk.id = QStringLiteral("splunk-hec");
    splunk.answerHints = {{403, 4, QStringLiteral("Splunk does not know this HEC token.")},
                          {403, std::nullopt, QStringLiteral("Generic 403.")}};
    SiemDeliveryTest test(m_clock.get());
    SiemDeliveryTest::Settings settings = settingsFor(m_receiver->url());
    settings.preset = splunk;
    QVERIFY(run(test, settings));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::AuthorizationRefused);
    QCOMPARE(test.verdict().hint, QStringLiteral("Splunk does not know this HEC token."));
    QVERIFY(test.verdict().text().contains(QLatin1String("Splunk does not know this HEC token.")));
    QVERIFY(test.verdict().text().contains(QLatin1String("Invalid token")));
}

void TestSiemDelivery::placeholderAuthorizationOfThePreset()
{
    QVERIFY(m_receiver->listen());
    VendorPreset sumo;
    sumo.id = QStringLiteral("sumo-logic");
    sumo.authorizationPlaceholder = QStringLiteral("Sumo-URL-token");
    sumo.endpointIsSecret = true;
    const QString code = QStringLiteral("ZaVnC4dhaV3sumoUniqueCode0123");
    SiemDeliveryTest test(m_clock.get());
    SiemDeliveryTest::Settings settings = settingsFor(m_receiver->url(QStringLiteral("/receiver/v1/http/") + code));
    settings.authorization.reset();
    settings.preset = sumo;
    QVERIFY(run(test, settings));
    QCOMPARE(m_receiver->deliveries().constFirst().request.header("Authorization"), QByteArray("Sumo-URL-token"));
    QVERIFY(test.authorizationSent());
    QVERIFY(test.verdict().willDeliver());
    // The URL is the token: whatever text mentions it is masked.
    QVERIFY(!SecretRedactor::redact(QStringLiteral("posted to ") + settings.endpoint).contains(code));
}

void TestSiemDelivery::secretsNeverReachTheVerdict()
{
    QVERIFY(m_receiver->listen());
    // A receiver that echoes the header it refused.
    m_receiver->queueAnswers({HttpResponse::text(401, "bad header: " + m_authorization.toUtf8())});
    SiemDeliveryTest test(m_clock.get());
    QUrl url = m_receiver->url(QStringLiteral("/receiver/v1/http"));
    url.setQuery(QStringLiteral("dd-api-key=0123456789abcdef"));
    QVERIFY(run(test, settingsFor(url)));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::AuthorizationRefused);
    const QString everything
        = test.verdict().text() + QString::fromUtf8(QJsonDocument(test.verdict().toJson()).toJson());
    QVERIFY(!everything.contains(QLatin1String("5f8e1d2c-aaaa-4bbb-8ccc-0123456789ab")));
    QVERIFY(everything.contains(SecretRedactor::mask()));
    QCOMPARE(SiemDeliveryTest::displayEndpoint(url, true),
             QStringLiteral("http://127.0.0.1:%1/%2").arg(url.port()).arg(SecretRedactor::mask()));
    QCOMPARE(SiemDeliveryTest::displayEndpoint(url),
             QStringLiteral("http://127.0.0.1:%1/receiver/v1/http?dd-api-key=%2")
                 .arg(url.port())
                 .arg(SecretRedactor::mask()));
}

void TestSiemDelivery::cancelDuringAWait()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers({HttpResponse::empty(503)});
    m_clock->setAutoAdvance(false);
    SiemDeliveryTest test(m_clock.get());
    test.setSigningKey(m_key);
    QSignalSpy waits(&test, &SiemDeliveryTest::retryScheduled);
    QSignalSpy finished(&test, &SiemDeliveryTest::finished);
    test.start(settingsFor(m_receiver->url()));
    QVERIFY(waits.wait(10000));
    QVERIFY(test.currentRequest());
    QVERIFY(test.currentRequest()->nextAttemptAt().isValid());
    test.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::Cancelled);
    QCOMPARE(m_clock->pendingCount(), 0);
    m_clock->advance(60000);
    QTest::qWait(0);
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestSiemDelivery::invalidInputSendsNothing()
{
    QVERIFY(m_receiver->listen());
    SiemDeliveryTest test(m_clock.get());
    SiemDeliveryTest::Settings settings = settingsFor(QUrl(QStringLiteral("http://siem.example.com/collector")));
    QVERIFY(run(test, settings));
    QCOMPARE(test.verdict().reason, DeliveryVerdict::Reason::InvalidInput);
    QCOMPARE(test.verdict().exitCode(), 2);
    QVERIFY(test.verdict().message.contains(QLatin1String("HTTPS")));

    settings = settingsFor(m_receiver->url());
    settings.authorization = QStringLiteral("Bearer two\nlines");
    SiemDeliveryTest second(m_clock.get());
    QVERIFY(run(second, settings));
    QCOMPARE(second.verdict().reason, DeliveryVerdict::Reason::InvalidInput);
    QVERIFY(second.attempts().isEmpty());
    QCOMPARE(m_receiver->deliveries().size(), 0);
}

void TestSiemDelivery::receiverVerifiesSignatures()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const LogFormat format : {LogFormat::Cef, LogFormat::Json, LogFormat::Cps}) {
        const QList<QByteArray> lines = AuditEventSamples::lines(format, now, m_key);
        for (const QByteArray& line : lines) {
            QCOMPARE(SiemReceiver::verifyLine(line, {m_key.publicKeyRaw()}), SiemReceiver::Signature::Valid);
            QCOMPARE(SiemReceiver::verifyLine(line, {}), SiemReceiver::Signature::NoKey);
            QByteArray tampered = line;
            tampered.replace("203.0.113.24", "203.0.113.25");
            tampered.replace("127.0.0.6", "127.0.0.7");
            QCOMPARE(SiemReceiver::verifyLine(tampered, {m_key.publicKeyRaw()}), SiemReceiver::Signature::Invalid);
        }
    }
    QCOMPARE(SiemReceiver::verifyLine("{\"name\":\"x\"}", {m_key.publicKeyRaw()}), SiemReceiver::Signature::Missing);

    // The JWKS route: the emulator's key set verifies the emulator's events; a plain body without encoding is read too.
    KonnectEmulator emulator;
    QVERIFY(m_receiver->setJwks(emulator.jwks()));
    QVERIFY(m_receiver->listen());
    QNetworkAccessManager network;
    QNetworkRequest request(m_receiver->url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply* reply = network.post(request, emulator.sampleEvents(LogFormat::Json).join('\n'));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QCOMPARE(m_receiver->events().size(), 3);
    for (const SiemReceiver::Event& event : m_receiver->events())
        QCOMPARE(event.signature, SiemReceiver::Signature::Valid);

    // A body that claims gzip but is not: 400.
    QNetworkRequest broken(m_receiver->url());
    broken.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    broken.setRawHeader("Content-Encoding", "gzip");
    QNetworkReply* brokenReply = network.post(broken, QByteArray("not gzip at all"));
    QSignalSpy brokenDone(brokenReply, &QNetworkReply::finished);
    QVERIFY(brokenDone.wait(10000));
    QCOMPARE(brokenReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    brokenReply->deleteLater();
}

void TestSiemDelivery::connectionTestUsesKonnectsConfiguration()
{
    KonnectEmulator emulator;
    emulator.setToken(m_konnectToken);
    QVERIFY(emulator.listen());
    m_receiver->setExpectedAuthorization(m_authorization);
    QVERIFY(m_receiver->listen());
    KonnectClient client(m_clock.get());
    client.setApiRoot(QUrl(emulator.baseUrl().toString() + QStringLiteral("/v2")));
    client.setToken(m_konnectToken);

    WebhookConfig desired;
    desired.endpoint = m_receiver->url(QStringLiteral("/konnect")).toString();
    desired.authorization = m_authorization;
    desired.logFormat = LogFormat::Cps;
    desired.enabled = true;
    ApiCall* put = client.updateWebhook(WebhookConfig(), desired);
    QSignalSpy stored(put, &ApiCall::finished);
    QVERIFY(stored.wait(10000));

    ConnectionTest test(&client, m_clock.get());
    test.setRegionLabel(QStringLiteral("eu"));
    test.siemDelivery()->setSigningKey(m_key);
    QSignalSpy lines(&test, &ConnectionTest::konnectLineReady);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    ConnectionTest::Settings settings;
    settings.authorization = m_authorization; // Konnect never returns it
    test.start(settings);
    QVERIFY(finished.wait(20000));

    const ConnectionTestResult& result = test.result();
    QCOMPARE(lines.size(), 3);
    QVERIFY(result.konnectPassed());
    QVERIFY(result.konnectLines.at(0).text.contains(QLatin1String("region eu")));
    QCOMPARE(result.endpointSource, ConnectionTestResult::Source::Konnect);
    QVERIFY(result.logFormat == LogFormat::Cps);
    QCOMPARE(result.logFormatSource, ConnectionTestResult::Source::Konnect);
    QCOMPARE(result.authorizationSource, ConnectionTestResult::Source::Given);
    QVERIFY2(result.verdict.willDeliver(), qPrintable(result.verdict.text()));
    QCOMPARE(result.exitCode(), 0);
    QCOMPARE(result.attempts.size(), 1);

    // The Konnect token went to Konnect only: nowhere in what the receiver got.
    QCOMPARE(m_receiver->deliveries().size(), 1);
    const HttpRequest& request = m_receiver->deliveries().constFirst().request;
    for (const auto& header : request.headers)
        QVERIFY2(!header.second.contains(m_konnectToken.toUtf8()), header.first.constData());
    QVERIFY(!SiemReceiver::gunzip(request.body, 1 << 20)->contains(m_konnectToken.toUtf8()));
    QVERIFY(!request.target.contains(m_konnectToken.toUtf8()));
    QVERIFY(m_receiver->events().constFirst().format == LogFormat::Cps);

    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("exit_code")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("verdict")).toObject().value(QLatin1String("will_deliver")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("sources")).toObject().value(QLatin1String("endpoint")).toString(),
             QStringLiteral("konnect"));
}

void TestSiemDelivery::connectionTestReportsTheKonnectLines_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("valid") << QStringLiteral("kpat_siemtest000000000000000000000000000000000000000")
                           << QStringList {QStringLiteral("passed"), QStringLiteral("passed"), QStringLiteral("passed")}
                           << 0;
    QTest::newRow("refused") << QStringLiteral("kpat_wrong00000000000000000000000000000000000000000")
                             << QStringList {QStringLiteral("passed"), QStringLiteral("failed"),
                                             QStringLiteral("not_checked")}
                             << 0;
    QTest::newRow("not admin") << QStringLiteral("kpat_notadmin000000000000000000000000000000000000000")
                               << QStringList {QStringLiteral("passed"), QStringLiteral("passed"),
                                               QStringLiteral("failed")}
                               << 0;
}

void TestSiemDelivery::connectionTestReportsTheKonnectLines()
{
    QFETCH(QString, token);
    QFETCH(QStringList, outcomes);
    QFETCH(int, exitCode);
    KonnectEmulator emulator;
    emulator.setToken(m_konnectToken);
    emulator.setForbiddenToken(QStringLiteral("kpat_notadmin000000000000000000000000000000000000000"));
    QVERIFY(emulator.listen());
    QVERIFY(m_receiver->listen());
    KonnectClient client(m_clock.get());
    client.setApiRoot(QUrl(emulator.baseUrl().toString() + QStringLiteral("/v2")));
    client.setToken(token);

    ConnectionTest test(&client, m_clock.get());
    QSignalSpy finished(&test, &ConnectionTest::finished);
    ConnectionTest::Settings settings;
    settings.endpoint = m_receiver->url().toString(); // the SIEM half does not need Konnect then
    test.start(settings);
    QVERIFY(finished.wait(20000));
    const ConnectionTestResult& result = test.result();
    QStringList seen;
    for (const ConnectionTestLine& line : result.konnectLines)
        seen.append(ConnectionTestLine::outcomeName(line.outcome));
    QCOMPARE(seen, outcomes);
    if (outcomes.contains(QLatin1String("failed")) && outcomes.last() == QLatin1String("failed"))
        QVERIFY2(result.konnectLines.last().text.contains(QLatin1String("Organization Admin")),
                 qPrintable(result.konnectLines.last().text));
    QCOMPARE(result.exitCode(), exitCode);
    // With Konnect's answer, its (unconfigured) webhook's format; without it, Konnect's default.
    QCOMPARE(result.logFormatSource,
             outcomes.at(2) == QLatin1String("passed") ? ConnectionTestResult::Source::Konnect
                                                       : ConnectionTestResult::Source::Default);
    QCOMPARE(m_receiver->deliveries().size(), 1);

    // Without the endpoint, a refused token decides (3), as for every command.
    if (outcomes.at(1) == QLatin1String("failed")) {
        ConnectionTest needsKonnect(&client, m_clock.get());
        QSignalSpy done(&needsKonnect, &ConnectionTest::finished);
        needsKonnect.start({});
        QVERIFY(done.wait(20000));
        QCOMPARE(needsKonnect.result().exitCode(), 3);
        QVERIFY(!needsKonnect.result().siemDeliveryRan);
    }
}

void TestSiemDelivery::connectionTestWithoutTokenNeedsAnEndpoint()
{
    KonnectClient client(m_clock.get());
    ConnectionTest test(&client, m_clock.get());
    test.setKonnectUnavailableReason(QStringLiteral("No Konnect token in the keychain."));
    QSignalSpy finished(&test, &ConnectionTest::finished);
    QSignalSpy lines(&test, &ConnectionTest::konnectLineReady);
    test.start({});
    QVERIFY(finished.wait(10000));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(test.result().konnectLines.constFirst().outcome, ConnectionTestLine::Outcome::NotChecked);
    QVERIFY(test.result().konnectLines.constFirst().text.contains(QLatin1String("No Konnect token in the keychain.")));
    QCOMPARE(test.result().verdict.reason, DeliveryVerdict::Reason::InvalidInput);
    QCOMPARE(test.result().exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestSiemDelivery)
#include "tst_siemdelivery.moc"
