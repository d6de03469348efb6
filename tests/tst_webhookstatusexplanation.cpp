#include "WebhookStatusExplanation.h"

#include <QJsonObject>
#include <QTest>

using Situation = WebhookStatusExplanation::Situation;

class TestWebhookStatusExplanation : public QObject
{
    Q_OBJECT
private slots:
    void readsKonnectsStatus();
    void zeroTimeMeansNever();
    void refusesWrongTypes();
    void everyCombinationOfTheTable_data();
    void everyCombinationOfTheTable();
    void adviceFollowsTheLastResponse_data();
    void adviceFollowsTheLastResponse();
    void anUnconfiguredPortalIsToldToBindADestination();
    void lastAttemptIsRelativeAndLocal();
    void relativeTimes_data();
    void relativeTimes();
};

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

WebhookStatus make(bool enabled, const QString& status, int code = 0, const QString& message = {},
                   const QDateTime& attempt = {})
{
    WebhookStatus s;
    s.enabled = enabled;
    s.status = status;
    s.lastResponseCode = code;
    s.lastResponseMessage = message;
    s.lastAttemptAt = attempt;
    return s;
}
} // namespace

void TestWebhookStatusExplanation::readsKonnectsStatus()
{
    const auto status
        = WebhookStatus::fromJson({{QStringLiteral("webhook_enabled"), true},
                                   {QStringLiteral("webhook_status"), QStringLiteral("inactive")},
                                   {QStringLiteral("last_attempt_at"), QStringLiteral("2026-11-25T11:55:00Z")},
                                   {QStringLiteral("last_response_code"), 401},
                                   {QStringLiteral("last_response_message"), QStringLiteral("bad token")}});
    QVERIFY(status);
    QVERIFY(status->enabled);
    QCOMPARE(status->status, QStringLiteral("inactive"));
    QCOMPARE(status->lastAttemptAt, QDateTime(QDate(2026, 11, 25), QTime(11, 55), Qt::UTC));
    QCOMPARE(status->lastResponseCode, 401);
    QCOMPARE(status->lastResponseMessage, QStringLiteral("bad token"));
}

void TestWebhookStatusExplanation::zeroTimeMeansNever()
{
    const auto status
        = WebhookStatus::fromJson({{QStringLiteral("webhook_enabled"), false},
                                   {QStringLiteral("webhook_status"), QStringLiteral("unconfigured")},
                                   {QStringLiteral("last_attempt_at"), QStringLiteral("0001-01-01T00:00:00Z")},
                                   {QStringLiteral("last_response_code"), 0},
                                   {QStringLiteral("last_response_message"), QString()}});
    QVERIFY(status);
    QVERIFY(!status->hasAttempt());
    const auto e = WebhookStatusExplanation::explain(*status, kNow);
    QCOMPARE(e.lastAttempt, QStringLiteral("never"));
    QCOMPARE(e.lastResponse, QStringLiteral("none yet"));
}

void TestWebhookStatusExplanation::refusesWrongTypes()
{
    QString error;
    QVERIFY(!WebhookStatus::fromJson({{QStringLiteral("webhook_enabled"), QStringLiteral("yes")}}, &error));
    QVERIFY(error.contains(QStringLiteral("webhook_enabled")));
    QVERIFY(!WebhookStatus::fromJson({{QStringLiteral("last_attempt_at"), QStringLiteral("yesterday")}}, &error));
    QVERIFY(error.contains(QStringLiteral("last_attempt_at")));
    QVERIFY(!WebhookStatus::fromJson({{QStringLiteral("last_response_code"), QStringLiteral("401")}}, &error));
    QVERIFY(error.contains(QStringLiteral("last_response_code")));
}

void TestWebhookStatusExplanation::everyCombinationOfTheTable_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("situation");
    QTest::addColumn<bool>("attention");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("advice");
    QTest::newRow("true/active") << true << "active" << int(Situation::Delivering) << false << "delivering audit logs"
                                 << "Nothing to do";
    QTest::newRow("true/inactive") << true << "inactive" << int(Situation::Failing) << true
                                   << "The last delivery failed"
                                   << "Test connection";
    QTest::newRow("false/active") << false << "active" << int(Situation::SavedNotSending) << false
                                  << "Konnect is not sending"
                                  << "tick Enabled";
    QTest::newRow("false/inactive") << false << "inactive" << int(Situation::TurnedOffAfterFailure) << true
                                    << "then turned off"
                                    << "Then tick Enabled and Apply";
    QTest::newRow("false/unconfigured") << false << "unconfigured" << int(Situation::Unconfigured) << false
                                        << "Nothing is configured in this region"
                                        << "endpoint and authorization";
    QTest::newRow("true/unconfigured") << true << "unconfigured" << int(Situation::Unknown) << true << "does not know"
                                       << "Refresh";
    QTest::newRow("true/paused (unknown)") << true << "paused" << int(Situation::Unknown) << true << "\"paused\""
                                           << "Refresh";
}

void TestWebhookStatusExplanation::everyCombinationOfTheTable()
{
    QFETCH(bool, enabled);
    QFETCH(QString, status);
    QFETCH(int, situation);
    QFETCH(bool, attention);
    QFETCH(QString, meaning);
    QFETCH(QString, advice);
    const auto e = WebhookStatusExplanation::explain(make(enabled, status), kNow);
    QCOMPARE(int(e.situation), situation);
    QCOMPARE(e.needsAttention, attention);
    QVERIFY2(e.meaning.contains(meaning), qPrintable(e.meaning));
    QVERIFY2(e.advice.contains(advice), qPrintable(e.advice));
    QCOMPARE(e.lastAttempt, QStringLiteral("never"));
}

void TestWebhookStatusExplanation::adviceFollowsTheLastResponse_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("advice");
    QTest::addColumn<QString>("response");
    QTest::newRow("active 200") << true << "active" << 200 << "accepted the last delivery"
                                << "200 OK";
    QTest::newRow("inactive 401") << true << "inactive" << 401
                                  << "Your SIEM refused the authorization — set it again and Apply."
                                  << "401 Unauthorized";
    QTest::newRow("inactive 403") << true << "inactive" << 403 << "refused the authorization"
                                  << "403 Forbidden";
    QTest::newRow("inactive 404") << true << "inactive" << 404 << "correct the path"
                                  << "404 Not Found";
    QTest::newRow("inactive 415") << true << "inactive" << 415 << "gzip encoding"
                                  << "415";
    QTest::newRow("inactive 400") << true << "inactive" << 400 << "log format"
                                  << "400";
    QTest::newRow("inactive 413") << true << "inactive" << 413 << "too large"
                                  << "413";
    QTest::newRow("inactive 503") << true << "inactive" << 503 << "overloaded or unavailable"
                                  << "503";
    QTest::newRow("inactive 429") << true << "inactive" << 429 << "overloaded or unavailable"
                                  << "429";
    QTest::newRow("inactive 0") << true << "inactive" << 0 << "reachable from the internet"
                                << "no HTTP answer";
    QTest::newRow("inactive 302") << true << "inactive" << 302 << "redirects"
                                  << "302";
    QTest::newRow("inactive 422") << true << "inactive" << 422 << "look in its logs"
                                  << "422";
    QTest::newRow("off after 401") << false << "inactive" << 401 << "set it again and Apply. Then tick Enabled"
                                   << "401";
}

void TestWebhookStatusExplanation::adviceFollowsTheLastResponse()
{
    QFETCH(bool, enabled);
    QFETCH(QString, status);
    QFETCH(int, code);
    QFETCH(QString, advice);
    QFETCH(QString, response);
    const auto e = WebhookStatusExplanation::explain(
        make(enabled, status, code, QStringLiteral("the SIEM's words"), kNow.addSecs(-300)), kNow);
    QVERIFY2(e.advice.contains(advice), qPrintable(e.advice));
    QVERIFY2(e.lastResponse.startsWith(response), qPrintable(e.lastResponse));
    QVERIFY(e.lastResponse.endsWith(QStringLiteral(": the SIEM's words")));
    if (status == QLatin1String("inactive"))
        QVERIFY(e.advice.contains(QStringLiteral("Replay tab")));
}

void TestWebhookStatusExplanation::anUnconfiguredPortalIsToldToBindADestination()
{
    const auto e = WebhookStatusExplanation::explain(make(false, QStringLiteral("unconfigured")), kNow,
                                                     Scope::portal(QStringLiteral("eu"), QStringLiteral("p-1")));
    QCOMPARE(int(e.situation), int(Situation::Unconfigured));
    QVERIFY2(e.meaning.contains(QStringLiteral("Dev Portal")), qPrintable(e.meaning));
    QVERIFY2(e.advice.contains(QStringLiteral("Bind one of the organization's audit log destinations")),
             qPrintable(e.advice));
    QVERIFY2(e.advice.contains(QStringLiteral("apply --portal p-1 --destination NAME --enable")), qPrintable(e.advice));
    QVERIFY2(!e.advice.contains(QStringLiteral("endpoint")), qPrintable(e.advice));
}

void TestWebhookStatusExplanation::lastAttemptIsRelativeAndLocal()
{
    const QDateTime attempt = kNow.addSecs(-5 * 60);
    const auto e = WebhookStatusExplanation::explain(make(true, QStringLiteral("active"), 200, {}, attempt), kNow);
    const QString local = attempt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(e.lastAttempt, QStringLiteral("5 minutes ago (%1 local time)").arg(local));
}

void TestWebhookStatusExplanation::relativeTimes_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(0) << "just now";
    QTest::newRow("slightly ahead") << qint64(-30) << "just now";
    QTest::newRow("1 min") << qint64(70) << "1 minute ago";
    QTest::newRow("59 min") << qint64(59 * 60) << "59 minutes ago";
    QTest::newRow("1 h") << qint64(3600) << "1 hour ago";
    QTest::newRow("5 h") << qint64(5 * 3600) << "5 hours ago";
    QTest::newRow("3 days") << qint64(3 * 86400) << "3 days ago";
    QTest::newRow("future") << qint64(-600) << "in the future (this computer's clock is behind Konnect's)";
}

void TestWebhookStatusExplanation::relativeTimes()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);
    QCOMPARE(WebhookStatusExplanation::relativeTime(kNow.addSecs(-secondsAgo), kNow), text);
}

QTEST_GUILESS_MAIN(TestWebhookStatusExplanation)
#include "tst_webhookstatusexplanation.moc"
