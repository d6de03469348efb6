#include "ProblemDetails.h"
#include "ReplayWindow.h"
#include "WebhookConfig.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

class TestWebhookConfig : public QObject
{
    Q_OBJECT
private slots:
    void endpoint_data();
    void endpoint();
    void authorization_data();
    void authorization();
    void readsKonnectsAnswer();
    void refusesWrongTypes_data();
    void refusesWrongTypes();
    void fullBodyCarriesAuthorizationOnlyWhenSet();
    void changesHoldOnlyWhatDiffers();
    void problemDetailsNameEveryField();
    void problemDetailsToleratesOtherBodies();
    void replayWindow_data();
    void replayWindow();
    void rfc3339();
};

void TestWebhookConfig::endpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hint");
    QTest::newRow("https") << "https://siem.example.com/audit" << true << "";
    QTest::newRow("https with port") << "https://splunk.example.com:8088/services/collector/raw?index=main" << true
                                     << "";
    QTest::newRow("ipv6") << "https://[2001:db8::1]:8443/x" << true << "";
    QTest::newRow("http loopback") << "http://127.0.0.1:9000/receiver" << true << "";
    QTest::newRow("http localhost") << "http://localhost:9000/" << true << "";
    QTest::newRow("http ::1") << "http://[::1]:9000/" << true << "";
    QTest::newRow("http elsewhere") << "http://siem.example.com/audit" << false << "https://";
    QTest::newRow("ftp") << "ftp://siem.example.com/" << false << "https://";
    QTest::newRow("empty") << "" << false << "empty";
    QTest::newRow("blank") << "   " << false << "empty";
    QTest::newRow("relative") << "/audit" << false << "absolute";
    QTest::newRow("no scheme") << "siem.example.com/audit" << false << "";
    QTest::newRow("no host") << "https:///audit" << false << "host";
    QTest::newRow("port too big") << "https://siem.example.com:99999/" << false << "";
    QTest::newRow("port zero") << "https://siem.example.com:0/" << false << "port";
    QTest::newRow("port letters") << "https://siem.example.com:80a/" << false << "";
    QTest::newRow("newline") << "https://siem.example.com/a\nb" << false << "control";
    QTest::newRow("tab") << "https://siem.example.com/\ta" << false << "control";
    QTest::newRow("leading space") << " https://siem.example.com/" << false << "spaces";
}

void TestWebhookConfig::endpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QFETCH(QString, hint);
    const auto error = WebhookConfig::checkEndpoint(endpoint);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->field, QStringLiteral("endpoint"));
        QVERIFY2(error->message.contains(hint), qPrintable(error->message));
    }
}

void TestWebhookConfig::authorization_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<bool>("valid");
    QTest::newRow("bearer") << "Bearer abc.def-123" << true;
    QTest::newRow("splunk") << "Splunk 8c1b6f2e-5b7c-4c3e-9a7f-0d1e2f3a4b5c" << true;
    QTest::newRow("placeholder") << "none" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("crlf") << "Bearer x\r\nX-Evil: 1" << false;
    QTest::newRow("lf") << "Bearer x\ny" << false;
    QTest::newRow("tab") << "Bearer\tx" << false;
    QTest::newRow("non-ascii") << QStringLiteral("Bearer caf\u00e9") << false;
    QTest::newRow("nul") << QString(QStringLiteral("Bearer ") + QChar(0)) << false;
}

void TestWebhookConfig::authorization()
{
    QFETCH(QString, authorization);
    QFETCH(bool, valid);
    const auto error = WebhookConfig::checkAuthorization(authorization);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->field, QStringLiteral("authorization"));
        if (authorization.trimmed().size() > 6)
            QVERIFY2(!error->message.contains(authorization), "the message must not echo the secret");
    }
}

void TestWebhookConfig::readsKonnectsAnswer()
{
    const QByteArray answer = R"({"endpoint":"https://example.com/audit-log","enabled":true,"log_format":"json",
        "skip_ssl_verification":false,"updated_at":"2023-03-21T09:29:14.52Z"})";
    QString error;
    const auto config = WebhookConfig::fromJson(QJsonDocument::fromJson(answer).object(), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->endpoint, QStringLiteral("https://example.com/audit-log"));
    QVERIFY(config->enabled);
    QVERIFY(config->logFormat == LogFormat::Json);
    QVERIFY(!config->skipSslVerification);
    QVERIFY(!config->authorization);
    QCOMPARE(config->updatedAt, QDateTime(QDate(2023, 3, 21), QTime(9, 29, 14, 520), Qt::UTC));
}

void TestWebhookConfig::refusesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("enabled string") << QByteArray(R"({"enabled":"yes"})") << "enabled";
    QTest::newRow("format unknown") << QByteArray(R"({"log_format":"xml"})") << "log_format";
    QTest::newRow("endpoint number") << QByteArray(R"({"endpoint":5})") << "endpoint";
    QTest::newRow("skip number") << QByteArray(R"({"skip_ssl_verification":1})") << "skip_ssl_verification";
}

void TestWebhookConfig::refusesWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!WebhookConfig::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestWebhookConfig::fullBodyCarriesAuthorizationOnlyWhenSet()
{
    WebhookConfig config;
    config.endpoint = QStringLiteral("https://example.com/a");
    config.enabled = true;
    config.logFormat = LogFormat::Cps;
    QJsonObject body = config.toJson();
    QVERIFY(!body.contains(QLatin1String("authorization")));
    QCOMPARE(body.value(QLatin1String("log_format")).toString(), QStringLiteral("cps"));
    QCOMPARE(body.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("skip_ssl_verification")).toBool(), false);
    config.authorization = QStringLiteral("Bearer xyz123");
    body = config.toJson();
    QCOMPARE(body.value(QLatin1String("authorization")).toString(), QStringLiteral("Bearer xyz123"));
    QVERIFY(!body.contains(QLatin1String("updated_at")));
}

void TestWebhookConfig::changesHoldOnlyWhatDiffers()
{
    WebhookConfig current;
    current.endpoint = QStringLiteral("https://example.com/a");
    WebhookConfig desired = current;
    QVERIFY(desired.changesFrom(current).isEmpty());
    desired.enabled = true;
    QCOMPARE(desired.changesFrom(current), QJsonObject({{QStringLiteral("enabled"), true}}));
    desired.authorization = QStringLiteral("Bearer new-one");
    QCOMPARE(desired.changesFrom(current).keys(),
             QStringList({QStringLiteral("authorization"), QStringLiteral("enabled")}));
}

void TestWebhookConfig::problemDetailsNameEveryField()
{
    const QByteArray body = R"({"status":400,"title":"Bad Request","detail":"Invalid endpoint",
        "instance":"konnect:trace:1","invalid_parameters":[{"field":"endpoint","reason":"must be a valid URL"},
        {"field":"authorization","reason":"cannot be blank"}]})";
    const ProblemDetails problem = ProblemDetails::parse(body);
    QCOMPARE(problem.status, 400);
    QCOMPARE(problem.invalidParameters.size(), 2);
    QCOMPARE(problem.summary(),
             QStringLiteral("Invalid endpoint \u2014 endpoint: must be a valid URL; authorization: cannot be blank"));
}

void TestWebhookConfig::problemDetailsToleratesOtherBodies()
{
    QVERIFY(ProblemDetails::parse("<html>502 Bad Gateway</html>").isEmpty());
    QVERIFY(ProblemDetails::parse("").isEmpty());
    QVERIFY(ProblemDetails::parse("[1,2]").isEmpty());
    QCOMPARE(ProblemDetails::parse(R"({"title":"Unauthorized"})").summary(), QStringLiteral("Unauthorized"));
}

void TestWebhookConfig::replayWindow_data()
{
    QTest::addColumn<int>("startMinutesAgo");
    QTest::addColumn<int>("endMinutesAgo");
    QTest::addColumn<QStringList>("fields");
    const int day = 24 * 60;
    QTest::newRow("last hour") << 60 << 0 << QStringList();
    QTest::newRow("exactly 7 days") << 7 * day << 0 << QStringList();
    QTest::newRow("7 days and a minute") << 7 * day + 1 << 0 << QStringList {QStringLiteral("start_at")};
    QTest::newRow("start after end") << 10 << 20 << QStringList {QStringLiteral("start_at")};
    QTest::newRow("start equals end") << 10 << 10 << QStringList {QStringLiteral("start_at")};
    QTest::newRow("future end") << 60 << -5 << QStringList {QStringLiteral("end_at")};
}

void TestWebhookConfig::replayWindow()
{
    QFETCH(int, startMinutesAgo);
    QFETCH(int, endMinutesAgo);
    QFETCH(QStringList, fields);
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const FieldErrors errors
        = ReplayWindow::check(now.addSecs(-60 * startMinutesAgo), now.addSecs(-60 * endMinutesAgo), now);
    QStringList got;
    for (const FieldError& e : errors)
        got.append(e.field);
    QCOMPARE(got, fields);
}

void TestWebhookConfig::rfc3339()
{
    QCOMPARE(ReplayWindow::parseRfc3339(QStringLiteral("2026-11-24T08:00:00Z")),
             QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
    QCOMPARE(ReplayWindow::parseRfc3339(QStringLiteral("2026-11-24T10:00:00+02:00")),
             QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
    QCOMPARE(ReplayWindow::parseRfc3339(QStringLiteral("2026-11-24T08:00:00.250Z")),
             QDateTime(QDate(2026, 11, 24), QTime(8, 0, 0, 250), Qt::UTC));
    QVERIFY(!ReplayWindow::parseRfc3339(QStringLiteral("2026-11-24 08:00")).isValid());
    QVERIFY(!ReplayWindow::parseRfc3339(QStringLiteral("2026-11-24T08:00:00")).isValid()); // no zone
    QVERIFY(!ReplayWindow::parseRfc3339(QStringLiteral("yesterday")).isValid());
    QVERIFY(!ReplayWindow::parseRfc3339(QStringLiteral("2026-13-24T08:00:00Z")).isValid());
    QCOMPARE(ReplayWindow::toRfc3339(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(7200))),
             QStringLiteral("2026-11-24T08:00:00Z"));
}

QTEST_GUILESS_MAIN(TestWebhookConfig)
#include "tst_webhookconfig.moc"
