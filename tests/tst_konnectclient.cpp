#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "RetryingRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <optional>

// The client against the emulator over real loopback HTTP. Faults are scripted through the emulator's control
// API; waits go through a ManualClock, so no test sleeps through a retry wait.
class TestKonnectClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void getsTheDefaultConfiguration();
    void putThenGetRoundTripsWithoutAuthorization();
    void withoutNewAuthorizationSendsOnlyChanges();
    void nothingToChangeSendsNothing();
    void putRefusedWith405IsRepeatedAsPatchAndRemembered();
    void retriesServerErrorsWithDoublingWaits();
    void givesUpAfterFiveAttempts();
    void retryAfterSecondsReplacesTheWait();
    void retryAfterDateReplacesTheWait();
    void noRetry_data();
    void noRetry();
    void konnectsProblemNamesTheField();
    void wrongTokenIsUnauthorized();
    void nonAdminIsForbidden();
    void droppedConnectionIsRetried();
    void slowAnswerTimesOutAndIsRetried();
    void hugeAnswerIsRefused();
    void malformedJsonIsABadAnswer();
    void connectionRefusedGivesUpAfterRetries();
    void cancelDuringAWaitStopsEverything();
    void replayJobStartsThenConflicts();
    void replayOutsideTheWindowSendsNothing();
    void tokenGoesOnlyToHttpsOrLoopback();
    void jwksHasTheSigningKey();

private:
    ApiResult run(ApiCall* call);
    void script(const QByteArray& faultsJson);
    QJsonArray receivedRequests();
    WebhookConfig currentConfig();

    const QString m_token = QStringLiteral("kpat_client0test0000000000000000000000000000000000000");
    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KonnectClient> m_client;
    QNetworkAccessManager m_control;
};

void TestKonnectClient::init()
{
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(m_token);
    m_emulator->setForbiddenToken(QStringLiteral("kpat_notanadmin000000000000000000000000000000000000"));
    QVERIFY(m_emulator->listen());
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_clock->setAutoAdvance(true);
    m_client = std::make_unique<KonnectClient>(m_clock.get());
    m_client->setApiRoot(QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/v2")));
    m_client->setToken(m_token);
}

void TestKonnectClient::cleanup()
{
    m_client.reset();
    m_clock.reset();
    m_emulator.reset();
}

ApiResult TestKonnectClient::run(ApiCall* call)
{
    std::optional<ApiResult> result;
    connect(call, &ApiCall::finished, this, [&result](const ApiResult& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(ApiResult::invalidInput(QStringLiteral("the call never finished")));
}

void TestKonnectClient::script(const QByteArray& faultsJson)
{
    QUrl url = m_emulator->baseUrl();
    url.setPath(QStringLiteral("/_emulator/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_control.post(request, faultsJson);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

QJsonArray TestKonnectClient::receivedRequests()
{
    QUrl url = m_emulator->baseUrl();
    url.setPath(QStringLiteral("/_emulator/requests"));
    QNetworkReply* reply = m_control.get(QNetworkRequest(url));
    [&] { QTRY_VERIFY(reply->isFinished()); }();
    reply->deleteLater();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    return document.isArray() ? document.array() : document.object().value(QLatin1String("requests")).toArray();
}

WebhookConfig TestKonnectClient::currentConfig()
{
    const ApiResult result = run(m_client->getWebhook());
    [&] { QVERIFY2(result.ok(), qPrintable(result.message)); }();
    return WebhookConfig::fromJson(result.json.object()).value_or(WebhookConfig());
}

static WebhookConfig splunkConfig()
{
    WebhookConfig config;
    config.endpoint = QStringLiteral("https://splunk.example.com:8088/services/collector/raw");
    config.authorization = QStringLiteral("Splunk 11111111-2222-3333-4444-555555555555");
    config.enabled = true;
    config.logFormat = LogFormat::Json;
    return config;
}

void TestKonnectClient::getsTheDefaultConfiguration()
{
    const ApiResult result = run(m_client->getWebhook());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.attempts.size(), 1);
    const auto config = WebhookConfig::fromJson(result.json.object());
    QVERIFY(config);
    QVERIFY(!config->enabled);
    QVERIFY(!result.json.object().contains(QLatin1String("authorization")));
}

void TestKonnectClient::putThenGetRoundTripsWithoutAuthorization()
{
    const ApiResult put = run(m_client->updateWebhook(WebhookConfig(), splunkConfig()));
    QVERIFY2(put.ok(), qPrintable(put.message));
    QCOMPARE(put.method, QStringLiteral("PUT"));
    const WebhookConfig stored = currentConfig();
    QVERIFY(stored.sameSettingsAs(splunkConfig()));
    QVERIFY(!stored.authorization);

    const QJsonArray requests = receivedRequests();
    QCOMPARE(requests.size(), 2);
    const QJsonObject first = requests.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
    const QJsonObject body = first.value(QLatin1String("body")).toObject();
    QCOMPARE(body.value(QLatin1String("endpoint")).toString(), splunkConfig().endpoint);
    QVERIFY(body.contains(QLatin1String("authorization"))); // sent, and redacted in the emulator's log
    QVERIFY(!QJsonDocument(requests).toJson().contains("11111111-2222"));
}

void TestKonnectClient::withoutNewAuthorizationSendsOnlyChanges()
{
    QVERIFY(run(m_client->updateWebhook(WebhookConfig(), splunkConfig())).ok());
    const WebhookConfig current = currentConfig();
    WebhookConfig desired = current;
    desired.enabled = false;
    const ApiResult result = run(m_client->updateWebhook(current, desired));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.method, QStringLiteral("PATCH"));
    const QJsonObject last = receivedRequests().last().toObject();
    QCOMPARE(last.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(last.value(QLatin1String("body")).toObject(), QJsonObject({{QStringLiteral("enabled"), false}}));
    QVERIFY(!currentConfig().enabled);
}

void TestKonnectClient::nothingToChangeSendsNothing()
{
    WebhookConfig same;
    const ApiResult result = run(m_client->updateWebhook(same, same));
    QVERIFY(result.ok());
    QVERIFY(result.message.contains(QLatin1String("Nothing to change")));
    QCOMPARE(receivedRequests().size(), 0);
}

void TestKonnectClient::putRefusedWith405IsRepeatedAsPatchAndRemembered()
{
    m_emulator->setPutAllowed(false);
    QSignalSpy learned(m_client.get(), &KonnectClient::updateMethodLearned);
    const ApiResult result = run(m_client->updateWebhook(WebhookConfig(), splunkConfig()));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(learned.count(), 1);
    QCOMPARE(m_client->updateMethod(), KonnectClient::UpdateMethod::Patch);
    QJsonArray requests = receivedRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(requests.at(1).toObject().value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
    QVERIFY(currentConfig().sameSettingsAs(splunkConfig()));

    // A new authorization now goes straight to PATCH.
    WebhookConfig desired = splunkConfig();
    desired.authorization = QStringLiteral("Splunk 99999999-2222-3333-4444-555555555555");
    QVERIFY(run(m_client->updateWebhook(currentConfig(), desired)).ok());
    requests = receivedRequests();
    QCOMPARE(requests.last().toObject().value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(requests.at(requests.size() - 2).toObject().value(QLatin1String("method")).toString(),
             QStringLiteral("GET"));
}

void TestKonnectClient::retriesServerErrorsWithDoublingWaits()
{
    script(R"([{"status":500},{"status":502},{"status":504}])");
    ApiCall* call = m_client->getWebhook();
    QList<qint64> announced;
    connect(call, &ApiCall::retryScheduled, this, [&announced](int, qint64 waitMs) { announced.append(waitMs); });
    const ApiResult result = run(call);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts.size(), 4);
    QCOMPARE(announced, (QList<qint64>{1000, 2000, 4000}));
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64>{1000, 2000, 4000}));
    QCOMPARE(result.attempts.at(0).outcome.httpStatus, 500);
    QCOMPARE(result.attempts.at(2).outcome.httpStatus, 504);
}

void TestKonnectClient::givesUpAfterFiveAttempts()
{
    script(R"([{"status":500},{"status":500},{"status":503},{"status":500},{"status":500},{"status":500}])");
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::HttpError);
    QCOMPARE(result.exitCode(), 4);
    QCOMPARE(result.attempts.size(), 5);
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64>{1000, 2000, 4000, 8000}));
    QVERIFY2(result.message.contains(QLatin1String("gave up after 5 attempts")), qPrintable(result.message));
    QCOMPARE(receivedRequests().size(), 5);
}

void TestKonnectClient::retryAfterSecondsReplacesTheWait()
{
    script(R"([{"status":429,"retry_after":"7"},{"status":503,"retry_after":"120"},{"status":503}])");
    const ApiResult result = run(m_client->getStatus());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64>{7000, 30000, 4000}));
}

void TestKonnectClient::retryAfterDateReplacesTheWait()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
    m_clock->setNow(now);
    script(R"([{"status":503,"retry_after":"Wed, 25 Nov 2026 12:00:12 GMT"}])");
    const ApiResult result = run(m_client->getWebhook());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64>{12000}));
}

void TestKonnectClient::noRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("400") << 400 << 2;
    QTest::newRow("401") << 401 << 3;
    QTest::newRow("403") << 403 << 3;
    QTest::newRow("404") << 404 << 4;
    QTest::newRow("409") << 409 << 4;
    QTest::newRow("501") << 501 << 4;
}

void TestKonnectClient::noRetry()
{
    QFETCH(int, status);
    QFETCH(int, exitCode);
    script(QStringLiteral(R"([{"status":%1},{"status":500}])").arg(status).toUtf8());
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.exitCode(), exitCode);
    QVERIFY(m_clock->requestedDelays().isEmpty());
    QVERIFY(!result.message.isEmpty());
}

void TestKonnectClient::konnectsProblemNamesTheField()
{
    // A first configuration without an authorization: the emulator, like Konnect, refuses it.
    WebhookConfig desired;
    desired.endpoint = QStringLiteral("https://siem.example.com/audit");
    desired.enabled = true;
    const ApiResult result = run(m_client->updateWebhook(WebhookConfig(), desired));
    QCOMPARE(result.kind, ApiResult::Kind::BadRequest);
    QCOMPARE(result.exitCode(), 2);
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(result.fieldErrors.first().field, QStringLiteral("authorization"));
    QVERIFY2(result.message.contains(QLatin1String("authorization: cannot be blank")), qPrintable(result.message));
}

void TestKonnectClient::wrongTokenIsUnauthorized()
{
    m_client->setToken(QStringLiteral("kpat_wrong000000000000000000000000000000000000000000"));
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::Unauthorized);
    QCOMPARE(result.exitCode(), 3);
    QVERIFY(result.message.contains(QLatin1String("invalid, expired or revoked")));
    QVERIFY(!result.message.contains(QLatin1String("kpat_wrong")));
}

void TestKonnectClient::nonAdminIsForbidden()
{
    m_client->setToken(QStringLiteral("kpat_notanadmin000000000000000000000000000000000000"));
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::Forbidden);
    QCOMPARE(result.exitCode(), 3);
    QVERIFY(result.message.contains(QLatin1String("Organization Admin")));
}

void TestKonnectClient::droppedConnectionIsRetried()
{
    // A reset after the head: Qt cannot resend that on its own, so each one is an attempt of ours.
    script(R"([{"reset":true},{"reset":true}])");
    ApiResult result = run(m_client->getWebhook());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts.size(), 3);
    QCOMPARE(result.attempts.at(0).outcome.transport, AttemptOutcome::Transport::ConnectionFailed);
    QCOMPARE(m_clock->requestedDelays(), (QList<qint64>{1000, 2000}));

    // A connection closed before any answer: Qt may resend once by itself on a reused connection, so only the
    // outcome and the requests the server saw are certain.
    script(R"([{"drop":true},{"drop":true}])");
    m_emulator->clearRequestLog();
    result = run(m_client->getWebhook());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.attempts.size() >= 2);
    QCOMPARE(receivedRequests().size(), 3);
}

void TestKonnectClient::slowAnswerTimesOutAndIsRetried()
{
    m_client->setTransferTimeoutMs(300);
    script(R"([{"delay_ms":3000}])");
    const ApiResult result = run(m_client->getWebhook());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.attempts.at(0).outcome.transport, AttemptOutcome::Transport::TimedOut);
}

void TestKonnectClient::hugeAnswerIsRefused()
{
    script(R"([{"huge_body_bytes":10485760}])");
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::NetworkError);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts.at(0).outcome.transport, AttemptOutcome::Transport::AnswerTooLarge);
    QVERIFY(result.message.contains(QLatin1String("1024 KiB")));
}

void TestKonnectClient::malformedJsonIsABadAnswer()
{
    script(R"([{"malformed_json":true}])");
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::BadAnswer);
    QCOMPARE(result.exitCode(), 4);
}

void TestKonnectClient::connectionRefusedGivesUpAfterRetries()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    m_client->setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(closedPort)));
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::NetworkError);
    QCOMPARE(result.attempts.size(), 5);
    QCOMPARE(result.exitCode(), 4);
    QVERIFY2(result.message.contains(QLatin1String("gave up after 5 attempts")), qPrintable(result.message));
}

void TestKonnectClient::cancelDuringAWaitStopsEverything()
{
    m_clock->setAutoAdvance(false);
    script(R"([{"status":503}])");
    QPointer<ApiCall> call = m_client->getWebhook();
    QSignalSpy scheduled(call.data(), &ApiCall::retryScheduled);
    std::optional<ApiResult> result;
    connect(call, &ApiCall::finished, this, [&result](const ApiResult& r) { result = r; });
    QTRY_COMPARE(scheduled.count(), 1);
    QCOMPARE(scheduled.at(0).at(1).toLongLong(), 1000);
    QVERIFY(call->currentRequest());
    QCOMPARE(call->currentRequest()->nextAttemptAt(), m_clock->now().addMSecs(1000));
    call->cancel();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->kind, ApiResult::Kind::Cancelled);
    QCOMPARE(m_clock->pendingCount(), 0);
    m_clock->advance(60000);
    QCOMPARE(receivedRequests().size(), 1);
}

void TestKonnectClient::replayJobStartsThenConflicts()
{
    const QDateTime now = m_clock->now();
    const ApiResult started = run(m_client->startReplayJob(now.addSecs(-3600), now.addSecs(-60)));
    QVERIFY2(started.ok(), qPrintable(started.message));
    QCOMPARE(started.httpStatus, 202);
    QCOMPARE(started.json.object().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    const ApiResult again = run(m_client->startReplayJob(now.addSecs(-7200), now.addSecs(-60)));
    QCOMPARE(again.httpStatus, 409);
    QCOMPARE(again.attempts.size(), 1);
    QVERIFY2(again.message.contains(QLatin1String("already running in this region")), qPrintable(again.message));
    const ApiResult job = run(m_client->getReplayJob());
    QVERIFY(job.ok());
    QVERIFY(!job.json.object().value(QLatin1String("status")).toString().isEmpty());
}

void TestKonnectClient::replayOutsideTheWindowSendsNothing()
{
    const QDateTime now = m_clock->now();
    ApiResult result = run(m_client->startReplayJob(now.addDays(-8), now.addDays(-7)));
    QCOMPARE(result.kind, ApiResult::Kind::InvalidInput);
    QCOMPARE(result.fieldErrors.first().field, QStringLiteral("start_at"));
    result = run(m_client->startReplayJob(now.addSecs(-60), now.addSecs(3600)));
    QCOMPARE(result.fieldErrors.first().field, QStringLiteral("end_at"));
    result = run(m_client->startReplayJob(now.addSecs(-60), now.addSecs(-120)));
    QCOMPARE(result.kind, ApiResult::Kind::InvalidInput);
    QCOMPARE(receivedRequests().size(), 0);
}

void TestKonnectClient::tokenGoesOnlyToHttpsOrLoopback()
{
    m_client->setApiRoot(QUrl(QStringLiteral("http://konnect.example.com/v2")));
    const ApiResult result = run(m_client->getWebhook());
    QCOMPARE(result.kind, ApiResult::Kind::InvalidInput);
    QCOMPARE(result.exitCode(), 2);
    QVERIFY(result.attempts.isEmpty());
    QVERIFY(result.message.contains(QLatin1String("--base-url")));

    KonnectClient noToken(m_clock.get());
    noToken.setApiRoot(QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/v2")));
    const ApiResult missing = run(noToken.getWebhook());
    QCOMPARE(missing.kind, ApiResult::Kind::InvalidInput);
    QCOMPARE(receivedRequests().size(), 0);
}

void TestKonnectClient::jwksHasTheSigningKey()
{
    const ApiResult result = run(m_client->getJwks());
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonArray keys = result.json.object().value(QLatin1String("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
    QCOMPARE(QByteArray::fromBase64(key.value(QLatin1String("x")).toString().toLatin1(),
                                    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                 .size(),
             32);
}

QTEST_GUILESS_MAIN(TestKonnectClient)
#include "tst_konnectclient.moc"
