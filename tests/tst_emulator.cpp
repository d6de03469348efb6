#include "Ed25519Key.h"
#include "EmulatedDelivery.h"
#include "HttpServer.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "SiemReceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

namespace {

const QByteArray token = "kpat_EmulatorTestToken0123456789abcdefghijklmnopqrstuv";
const QByteArray nonAdminToken = "kpat_NotAnAdmin0123456789abcdefghijklmnopqrstuvwxyz";
const QByteArray siemSecret = "Splunk 7c1f2e4a-hec-secret-value";

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rejectsMissingMalformedAndWrongTokens_data();
    void rejectsMissingMalformedAndWrongTokens();
    void nonAdminTokenIsForbidden();
    void unknownPathIsNotFound();
    void defaultWebhookBeforeAnyConfiguration();
    void putThenGetRoundTripsWithoutAuthorization();
    void putReplacesEveryField();
    void patchChangesOnlyGivenFields();
    void firstPatchMustBringAuthorization();
    void badRequestsNameTheField_data();
    void badRequestsNameTheField();
    void loopbackHttpEndpointsAreAccepted_data();
    void loopbackHttpEndpointsAreAccepted();
    void putCanBeDisabled();
    void statusFollowsConfigurationAndTestApi();
    void replayJobProgressesAndConflicts();
    void replayJobCanBeMadeToFail();
    void replayJobValidation_data();
    void replayJobValidation();
    void jwksListsTheSigningKeys();
    void sampleEventsVerifyWithJwksKey_data();
    void sampleEventsVerifyWithJwksKey();
    void statusFaultsAnswerInOrder();
    void malformedJsonFault();
    void hugeBodyFault();
    void delayFault();
    void dropFaultClosesWithoutAnswer();
    void resetFaultCutsTheBody();
    void faultsCanBeClearedAndAreValidated();
    void requestLogRedactsSecrets();
    void nothingSecretIsPrinted();
    void keepAliveServesSeveralRequestsOnOneConnection();
    void rawKeepAliveAndOversizedBody();
    void serverAnswersSlowlyAndLater();
    void serverSpeaksTls();
    void deliversAfterAChangeWhenAskedAndReportsIt();

    void destinationCrudKeepsTheAuthorizationWriteOnly();
    void destinationValidationNamesTheFields();
    void destinationNamesMayRepeatAndFilter();
    void destinationPagesFollowNext();
    void destinationInUseCannotBeDeleted();
    void bindingsArePerRegion();
    void portalsAreListedInPages();
    void portalWebhookBindsReportsAndReplays();
    void v2OnABoundRegionAnswersTheEffectiveWebhook();
    void v3CanBeSwitchedOff();
    void deliversToTheBoundDestination();
    void controlsTargetARegionOrPortal();
    void seedDemoSetsUpWhatTheDemoShows();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& bearer = token, const QByteArray& authorizationHeader = {});
    Reply configure(const QJsonObject& body);
    QJsonObject createDestination(const QString& name, const QString& endpoint,
                                  const QString& format = QStringLiteral("cef"));
    static QStringList invalidFields(const Reply& reply);
    QUrl url(const QString& path) const;
    QByteArray rawRequest(const QByteArray& request, bool waitForClose, QAbstractSocket::SocketError* error = nullptr);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulator::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setClock(m_clock.get());
    m_emulator->setToken(QString::fromLatin1(token));
    m_emulator->setForbiddenToken(QString::fromLatin1(nonAdminToken));
    QVERIFY(m_emulator->listen());
    QVERIFY(m_emulator->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEmulator::cleanup()
{
    m_nam.reset();
    m_emulator.reset();
    m_clock.reset();
}

// baseUrl() is the API root; paths that bring no version (the v2 tests written before v3) are v2's.
QUrl TestEmulator::url(const QString& path) const
{
    static const QRegularExpression versioned(QStringLiteral("^(/_emulator|(/[a-z0-9-]+)*/v[23](/|$))"));
    if (versioned.match(path).hasMatch())
        return QUrl(m_emulator->baseUrl().toString() + path);
    return QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/v2") + path);
}

Reply TestEmulator::send(const QByteArray& method, const QString& path, const QByteArray& body,
                         const QByteArray& bearer, const QByteArray& authorizationHeader)
{
    QNetworkRequest request(url(path));
    if (!authorizationHeader.isEmpty())
        request.setRawHeader("Authorization", authorizationHeader);
    else if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("no answer to %s %s", method.constData(), qPrintable(path));
    Reply result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

Reply TestEmulator::configure(const QJsonObject& body)
{
    return send("PUT", QStringLiteral("/audit-log-webhook"), json(body));
}

// The emulator lives in this thread, so this waits through the event loop, never with blocking socket calls.
QByteArray TestEmulator::rawRequest(const QByteArray& request, bool waitForClose, QAbstractSocket::SocketError* error)
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    const bool done = QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::UnconnectedState
                || (!waitForClose && received.contains("\r\n\r\n"));
        },
        10000);
    if (!done)
        qWarning("raw request: no end after 10 s");
    received += socket.readAll();
    if (error)
        *error = socket.error();
    return received;
}

void TestEmulator::rejectsMissingMalformedAndWrongTokens_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("Unauthorized");
    QTest::newRow("not bearer") << QByteArray("Basic dXNlcjpwYXNz") << QStringLiteral("Unauthorized");
    QTest::newRow("bearer without token") << QByteArray("Bearer ") << QStringLiteral("Unauthorized");
    QTest::newRow("wrong token") << QByteArray("Bearer kpat_wrong") << QStringLiteral("Invalid credentials");
}

void TestEmulator::rejectsMissingMalformedAndWrongTokens()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detail);
    QNetworkRequest request(url(QStringLiteral("/audit-log-webhook")));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply* reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(problem.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(problem.value(QStringLiteral("detail")).toString(), detail);
    QVERIFY(problem.value(QStringLiteral("instance")).toString().startsWith(QStringLiteral("konnect:trace:")));
    reply->deleteLater();
    // Nothing changed behind the refusal.
    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook")).object().value(QStringLiteral("endpoint")).toString(),
             QString());
}

void TestEmulator::nonAdminTokenIsForbidden()
{
    const Reply reply = send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"enabled\":true}", nonAdminToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.object().value(QStringLiteral("detail")).toString(),
             QStringLiteral("You do not have permission to perform this action"));
    QCOMPARE(reply.object().value(QStringLiteral("title")).toString(), QStringLiteral("Forbidden"));
    QVERIFY(!m_emulator->webhook().isConfigured());
}

void TestEmulator::unknownPathIsNotFound()
{
    QCOMPARE(send("GET", QStringLiteral("/audit-logs-nowhere")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/v4/audit-log-webhook")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook/jwks.json")).status, 404); // the JWKS is v2's
    QCOMPARE(send("GET", QStringLiteral("/_emulator/nothing")).status, 404);
    const Reply wrongMethod = send("DELETE", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, PUT, PATCH"));
}

void TestEmulator::defaultWebhookBeforeAnyConfiguration()
{
    const Reply reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject expected {{QStringLiteral("endpoint"), QString()},
                                {QStringLiteral("enabled"), false},
                                {QStringLiteral("log_format"), QStringLiteral("cef")},
                                {QStringLiteral("skip_ssl_verification"), false},
                                {QStringLiteral("updated_at"), QStringLiteral("0001-01-01T00:00:00Z")}};
    QCOMPARE(reply.object(), expected);
}

void TestEmulator::putThenGetRoundTripsWithoutAuthorization()
{
    m_clock->setNow(QDateTime(QDate(2026, 11, 25), QTime(9, 29, 14, 520), Qt::UTC));
    const Reply put = configure({{QStringLiteral("endpoint"), QStringLiteral("https://siem.example.com/audit")},
                                 {QStringLiteral("authorization"), QString::fromLatin1(siemSecret)},
                                 {QStringLiteral("enabled"), true},
                                 {QStringLiteral("log_format"), QStringLiteral("json")}});
    QCOMPARE(put.status, 200);
    const QJsonObject expected {{QStringLiteral("endpoint"), QStringLiteral("https://siem.example.com/audit")},
                                {QStringLiteral("enabled"), true},
                                {QStringLiteral("log_format"), QStringLiteral("json")},
                                {QStringLiteral("skip_ssl_verification"), false},
                                {QStringLiteral("updated_at"), QStringLiteral("2026-11-25T09:29:14.520Z")}};
    QCOMPARE(put.object(), expected);
    QVERIFY(!put.body.contains(siemSecret));

    const Reply get = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.object(), expected);
    QVERIFY(!get.object().contains(QStringLiteral("authorization")));
    QCOMPARE(m_emulator->webhook().authorization(), QString::fromLatin1(siemSecret));
}

void TestEmulator::putReplacesEveryField()
{
    QCOMPARE(configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                        {QStringLiteral("authorization"), QStringLiteral("Bearer one")},
                        {QStringLiteral("enabled"), true},
                        {QStringLiteral("log_format"), QStringLiteral("cps")},
                        {QStringLiteral("skip_ssl_verification"), true}})
                 .status,
             200);
    const Reply second = configure({{QStringLiteral("endpoint"), QStringLiteral("https://b.example.com/y")},
                                    {QStringLiteral("authorization"), QStringLiteral("Bearer two")}});
    QCOMPARE(second.status, 200);
    const QJsonObject config = second.object();
    QCOMPARE(config.value(QStringLiteral("endpoint")).toString(), QStringLiteral("https://b.example.com/y"));
    QCOMPARE(config.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(config.value(QStringLiteral("log_format")).toString(), QStringLiteral("cef"));
    QCOMPARE(config.value(QStringLiteral("skip_ssl_verification")).toBool(), false);
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Bearer two"));
}

void TestEmulator::patchChangesOnlyGivenFields()
{
    QCOMPARE(configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                        {QStringLiteral("authorization"), QStringLiteral("Bearer one")},
                        {QStringLiteral("enabled"), true},
                        {QStringLiteral("log_format"), QStringLiteral("json")}})
                 .status,
             200);
    m_clock->advance(60000);
    const Reply patch = send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"enabled\":false}");
    QCOMPARE(patch.status, 200);
    const QJsonObject config = patch.object();
    QCOMPARE(config.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(config.value(QStringLiteral("endpoint")).toString(), QStringLiteral("https://a.example.com/x"));
    QCOMPARE(config.value(QStringLiteral("log_format")).toString(), QStringLiteral("json"));
    QCOMPARE(config.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-25T12:01:00Z"));
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Bearer one"));

    QCOMPARE(
        send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"authorization\":\"Bearer two\",\"log_format\":\"cps\"}")
            .status,
        200);
    QCOMPARE(m_emulator->webhook().authorization(), QStringLiteral("Bearer two"));
    QVERIFY(m_emulator->webhook().logFormat() == LogFormat::Cps); // QCOMPARE would pick up ::toString(LogFormat)
    QCOMPARE(m_emulator->webhook().endpoint(), QStringLiteral("https://a.example.com/x"));
}

void TestEmulator::firstPatchMustBringAuthorization()
{
    const Reply first
        = send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"endpoint\":\"https://a.example.com/x\"}");
    QCOMPARE(first.status, 400);
    const QJsonArray invalid = first.object().value(QStringLiteral("invalid_parameters")).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("authorization"));
    QCOMPARE(invalid.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("cannot be blank"));
    QVERIFY(!m_emulator->webhook().isConfigured());

    QCOMPARE(send("PATCH", QStringLiteral("/audit-log-webhook"),
                  "{\"endpoint\":\"https://a.example.com/x\",\"authorization\":\"Bearer x\"}")
                 .status,
             200);
    QVERIFY(m_emulator->webhook().isConfigured());
}

void TestEmulator::badRequestsNameTheField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detail");
    const QString unparsable = QStringLiteral("Could not parse request body");
    const QString formatInvalid = QStringLiteral("request format is invalid");
    const QString blank = QStringLiteral("cannot be blank");
    const QString missing = QStringLiteral("Required field missing");
    const QString notUrl = QStringLiteral("must be a valid URL");
    const QString invalidEndpoint = QStringLiteral("Invalid endpoint");
    const QString body = QStringLiteral("body");
    const QString endpoint = QStringLiteral("endpoint");
    const QString authorization = QStringLiteral("authorization");

    for (const QByteArray& method : {QByteArray("PUT"), QByteArray("PATCH")}) {
        const auto row = [&](const char* name) -> QTestData& {
            return QTest::newRow((method + ' ' + name).constData()) << method;
        };
        row("not json") << QByteArray("{\"endpoint\":") << body << formatInvalid << unparsable;
        row("array") << QByteArray("[]") << body << formatInvalid << unparsable;
        row("empty body") << QByteArray() << body << formatInvalid << unparsable;
        row("enabled is a string") << QByteArray(
            "{\"endpoint\":\"https://a.example\",\"authorization\":\"x\",\"enabled\":\"yes\"}")
                                   << body << formatInvalid << unparsable;
        row("endpoint is a number") << QByteArray("{\"endpoint\":42,\"authorization\":\"x\"}") << body << formatInvalid
                                    << unparsable;
        row("blank endpoint") << QByteArray("{\"endpoint\":\"  \",\"authorization\":\"x\"}") << endpoint << blank
                              << missing;
        row("plain http") << QByteArray("{\"endpoint\":\"http://siem.example.com/x\",\"authorization\":\"x\"}")
                          << endpoint << notUrl << invalidEndpoint;
        row("not a url") << QByteArray("{\"endpoint\":\"siem.example.com\",\"authorization\":\"x\"}") << endpoint
                         << notUrl << invalidEndpoint;
        row("ftp") << QByteArray("{\"endpoint\":\"ftp://siem.example.com/x\",\"authorization\":\"x\"}") << endpoint
                   << notUrl << invalidEndpoint;
        row("blank authorization") << QByteArray("{\"endpoint\":\"https://a.example\",\"authorization\":\"\"}")
                                   << authorization << blank << missing;
        row("unknown log format") << QByteArray(
            "{\"endpoint\":\"https://a.example\",\"authorization\":\"x\",\"log_format\":\"xml\"}")
                                  << QStringLiteral("log_format") << QStringLiteral("must be one of: cef, json, cps")
                                  << QStringLiteral("Invalid log_format");
    }
    QTest::newRow("PUT missing endpoint")
        << QByteArray("PUT") << QByteArray("{\"authorization\":\"x\"}") << endpoint << blank << missing;
    QTest::newRow("PUT missing authorization")
        << QByteArray("PUT") << QByteArray("{\"endpoint\":\"https://a.example\"}") << authorization << blank << missing;
}

void TestEmulator::badRequestsNameTheField()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QString, detail);
    // PATCH is checked against a configured webhook, so that only the fields it names are validated.
    const QJsonObject original {{QStringLiteral("endpoint"), QStringLiteral("https://original.example.com/x")},
                                {QStringLiteral("authorization"), QStringLiteral("Bearer original")}};
    if (method == "PATCH")
        QCOMPARE(configure(original).status, 200);
    const QJsonObject before = send("GET", QStringLiteral("/audit-log-webhook")).object();

    const Reply reply = send(method, QStringLiteral("/audit-log-webhook"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(problem.value(QStringLiteral("title")).toString(), QStringLiteral("Bad Request"));
    QCOMPARE(problem.value(QStringLiteral("detail")).toString(), detail);
    QVERIFY(problem.value(QStringLiteral("instance")).toString().startsWith(QStringLiteral("konnect:trace:")));
    const QJsonArray invalid = problem.value(QStringLiteral("invalid_parameters")).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.at(0).toObject().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(invalid.at(0).toObject().value(QStringLiteral("reason")).toString(), reason);

    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook")).object(), before);
}

void TestEmulator::loopbackHttpEndpointsAreAccepted_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:9999/audit");
    QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3/audit");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/audit");
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8443/audit");
    QTest::newRow("https anywhere") << QStringLiteral("https://siem.example.com:8088/services/collector/raw");
}

void TestEmulator::loopbackHttpEndpointsAreAccepted()
{
    QFETCH(QString, endpoint);
    const Reply reply = configure(
        {{QStringLiteral("endpoint"), endpoint}, {QStringLiteral("authorization"), QStringLiteral("Bearer x")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("endpoint")).toString(), endpoint);
}

void TestEmulator::putCanBeDisabled()
{
    m_emulator->setPutAllowed(false);
    const Reply put = configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                                 {QStringLiteral("authorization"), QStringLiteral("Bearer x")}});
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET, PATCH"));
    QCOMPARE(put.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(put.object().value(QStringLiteral("status")).toInt(), 405);
    QVERIFY(!m_emulator->webhook().isConfigured());
    QCOMPARE(send("PATCH", QStringLiteral("/audit-log-webhook"),
                  "{\"endpoint\":\"https://a.example.com/x\",\"authorization\":\"Bearer x\"}")
                 .status,
             200);
}

void TestEmulator::statusFollowsConfigurationAndTestApi()
{
    QJsonObject status = send("GET", QStringLiteral("/audit-log-webhook/status")).object();
    QCOMPARE(status.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("unconfigured"));
    QCOMPARE(status.value(QStringLiteral("webhook_enabled")).toBool(), false);
    QCOMPARE(status.value(QStringLiteral("last_attempt_at")).toString(), QStringLiteral("0001-01-01T00:00:00Z"));
    QCOMPARE(status.value(QStringLiteral("last_response_code")).toInt(), 0);
    QVERIFY(status.contains(QStringLiteral("last_response_message")));

    QCOMPARE(configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                        {QStringLiteral("authorization"), QStringLiteral("Bearer x")},
                        {QStringLiteral("enabled"), true}})
                 .status,
             200);
    status = send("GET", QStringLiteral("/audit-log-webhook/status")).object();
    QCOMPARE(status.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("active"));
    QCOMPARE(status.value(QStringLiteral("webhook_enabled")).toBool(), true);

    const Reply set = send("PUT", QStringLiteral("/_emulator/status"),
                           "{\"webhook_status\":\"inactive\",\"last_attempt_at\":\"2026-11-25T09:29:14.52Z\","
                           "\"last_response_code\":401,\"last_response_message\":\"Unauthorized\"}",
                           QByteArray());
    QCOMPARE(set.status, 200);
    status = send("GET", QStringLiteral("/audit-log-webhook/status")).object();
    const QJsonObject expected {{QStringLiteral("webhook_enabled"), true},
                                {QStringLiteral("webhook_status"), QStringLiteral("inactive")},
                                {QStringLiteral("last_attempt_at"), QStringLiteral("2026-11-25T09:29:14.520Z")},
                                {QStringLiteral("last_response_code"), 401},
                                {QStringLiteral("last_response_message"), QStringLiteral("Unauthorized")}};
    QCOMPARE(status, expected);

    QCOMPARE(send("PUT", QStringLiteral("/_emulator/status"), "{\"webhook_status\":\"sleeping\"}", QByteArray()).status,
             400);
    QVERIFY(m_emulator->setWebhookStatus({{QStringLiteral("webhook_status"), QStringLiteral("active")}})
            == std::nullopt);
    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook/status")).object().value(QStringLiteral("webhook_status")),
             QJsonValue(QStringLiteral("active")));
}

void TestEmulator::replayJobProgressesAndConflicts()
{
    const QDateTime now = m_clock->now();
    Reply reply = send("GET", QStringLiteral("/audit-log-replay-job"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("unconfigured"));

    const QJsonObject window {{QStringLiteral("start_at"), rfc3339(now.addDays(-2))},
                              {QStringLiteral("end_at"), rfc3339(now.addSecs(-60))}};
    reply = send("PUT", QStringLiteral("/audit-log-replay-job"), json(window));
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(reply.object().value(QStringLiteral("start_at")).toString(), QStringLiteral("2026-11-23T12:00:00Z"));
    QCOMPARE(reply.object().value(QStringLiteral("end_at")).toString(), QStringLiteral("2026-11-25T11:59:00Z"));
    QCOMPARE(reply.object().value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-25T12:00:00Z"));

    for (const char* expected : {"pending", "running"}) {
        reply = send("PUT", QStringLiteral("/audit-log-replay-job"), json(window));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.object().value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(reply.object().value(QStringLiteral("title")).toString(), QStringLiteral("Resource Conflict"));
        QCOMPARE(reply.object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("A replay job is currently running"));
        reply = send("GET", QStringLiteral("/audit-log-replay-job"));
        QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QLatin1String(expected));
    }
    QCOMPARE(send("PUT", QStringLiteral("/audit-log-replay-job"), json(window)).status, 409);
    reply = send("GET", QStringLiteral("/audit-log-replay-job"));
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(send("GET", QStringLiteral("/audit-log-replay-job")).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));

    reply = send("PUT", QStringLiteral("/audit-log-replay-job"), json(window));
    QCOMPARE(reply.status, 202);
    QCOMPARE(m_emulator->replayJob().status(), EmulatedReplayJob::Status::Accepted);
}

void TestEmulator::replayJobCanBeMadeToFail()
{
    QCOMPARE(send("POST", QStringLiteral("/_emulator/replay-fail"), {}, QByteArray()).status, 204);
    const QDateTime now = m_clock->now();
    const QJsonObject window {{QStringLiteral("start_at"), rfc3339(now.addSecs(-3600))},
                              {QStringLiteral("end_at"), rfc3339(now)}};
    QCOMPARE(send("PUT", QStringLiteral("/audit-log-replay-job"), json(window)).status, 202);
    QString status;
    for (int i = 0; i < 3; ++i)
        status
            = send("GET", QStringLiteral("/audit-log-replay-job")).object().value(QStringLiteral("status")).toString();
    QCOMPARE(status, QStringLiteral("failed"));
    // A failed job does not block the next one, and the failure was for one job only.
    QCOMPARE(send("PUT", QStringLiteral("/audit-log-replay-job"), json(window)).status, 202);
    for (int i = 0; i < 3; ++i)
        status
            = send("GET", QStringLiteral("/audit-log-replay-job")).object().value(QStringLiteral("status")).toString();
    QCOMPARE(status, QStringLiteral("completed"));
}

void TestEmulator::replayJobValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const auto window = [](const QString& start, const QString& end) {
        return json({{QStringLiteral("start_at"), start}, {QStringLiteral("end_at"), end}});
    };
    const QString hourAgo = rfc3339(now.addSecs(-3600));
    QTest::newRow("not json") << QByteArray("{") << 400 << QStringLiteral("body")
                              << QStringLiteral("request format is invalid");
    QTest::newRow("start is a number") << QByteArray("{\"start_at\":1,\"end_at\":\"2026-11-25T11:00:00Z\"}") << 400
                                       << QStringLiteral("body") << QStringLiteral("request format is invalid");
    QTest::newRow("missing start") << json({{QStringLiteral("end_at"), hourAgo}}) << 400 << QStringLiteral("start_at")
                                   << QStringLiteral("cannot be blank");
    QTest::newRow("missing end") << json({{QStringLiteral("start_at"), hourAgo}}) << 400 << QStringLiteral("end_at")
                                 << QStringLiteral("cannot be blank");
    QTest::newRow("not a date") << window(QStringLiteral("yesterday"), hourAgo) << 400 << QStringLiteral("start_at")
                                << QStringLiteral("must be a valid RFC 3339 date-time");
    QTest::newRow("no offset") << window(hourAgo, QStringLiteral("2026-11-25T11:30:00")) << 400
                               << QStringLiteral("end_at") << QStringLiteral("must be a valid RFC 3339 date-time");
    QTest::newRow("start equals end") << window(hourAgo, hourAgo) << 400 << QStringLiteral("end_at")
                                      << QStringLiteral("must be after start_at");
    QTest::newRow("start after end") << window(rfc3339(now.addSecs(-60)), hourAgo) << 400 << QStringLiteral("end_at")
                                     << QStringLiteral("must be after start_at");
    QTest::newRow("older than 7 days") << window(rfc3339(now.addDays(-7).addSecs(-1)), hourAgo) << 400
                                       << QStringLiteral("start_at")
                                       << QStringLiteral("must be within the last 7 days");
    QTest::newRow("end in the future") << window(hourAgo, rfc3339(now.addSecs(61))) << 400 << QStringLiteral("end_at")
                                       << QStringLiteral("cannot be in the future");
    QTest::newRow("exactly 7 days") << window(rfc3339(now.addDays(-7)), rfc3339(now)) << 202 << QString() << QString();
    QTest::newRow("end within clock skew")
        << window(hourAgo, rfc3339(now.addSecs(60))) << 202 << QString() << QString();
    QTest::newRow("offset and fraction") << window(QStringLiteral("2026-11-25T12:30:00.250+02:00"),
                                                   QStringLiteral("2026-11-25T11:00:00Z"))
                                         << 202 << QString() << QString();
}

void TestEmulator::replayJobValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const Reply reply = send("PUT", QStringLiteral("/audit-log-replay-job"), body);
    QCOMPARE(reply.status, status);
    if (status == 202) {
        QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        return;
    }
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonArray invalid = reply.object().value(QStringLiteral("invalid_parameters")).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.at(0).toObject().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(invalid.at(0).toObject().value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(m_emulator->replayJob().status(), EmulatedReplayJob::Status::Unconfigured);
}

void TestEmulator::jwksListsTheSigningKeys()
{
    Reply reply = send("GET", QStringLiteral("/audit-log-webhook/jwks.json"), {}, QByteArray());
    QCOMPARE(reply.status, 200);
    QJsonArray keys = reply.object().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject jwk = keys.at(0).toObject();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
    QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(jwk.value(QStringLiteral("kid")).toString().size(), 40);
    const auto x
        = QByteArray::fromBase64Encoding(jwk.value(QStringLiteral("x")).toString().toLatin1(),
                                         QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(x);
    QCOMPARE(*x, m_emulator->signingKey().publicKeyRaw());

    reply = send("POST", QStringLiteral("/_emulator/rotate-key"), {}, QByteArray());
    QCOMPARE(reply.status, 200);
    keys = send("GET", QStringLiteral("/audit-log-webhook/jwks.json"), {}, QByteArray())
               .object()
               .value(QStringLiteral("keys"))
               .toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).toObject(), jwk);
    QCOMPARE(keys.at(1).toObject().value(QStringLiteral("kid")).toString(), m_emulator->signingKey().kid());
    QVERIFY(m_emulator->signingKey().kid() != jwk.value(QStringLiteral("kid")).toString());
}

void TestEmulator::sampleEventsVerifyWithJwksKey_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("cef") << QStringLiteral("cef");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("cps") << QStringLiteral("cps");
}

void TestEmulator::sampleEventsVerifyWithJwksKey()
{
    QFETCH(QString, format);
    const QJsonObject jwk = send("GET", QStringLiteral("/audit-log-webhook/jwks.json"), {}, QByteArray())
                                .object()
                                .value(QStringLiteral("keys"))
                                .toArray()
                                .at(0)
                                .toObject();
    const QByteArray publicKey
        = QByteArray::fromBase64(jwk.value(QStringLiteral("x")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    const Reply reply = send("GET", QStringLiteral("/_emulator/sample-events?format=") + format, {}, QByteArray());
    QCOMPARE(reply.status, 200);
    const QList<QByteArray> lines = reply.body.split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray& line : lines) {
        QByteArray payload;
        QByteArray signature;
        if (format == QStringLiteral("cef")) {
            const qsizetype at = line.lastIndexOf(" sig=");
            QVERIFY(at > 0);
            payload = line.left(at);
            signature = line.mid(at + 5);
        } else {
            const qsizetype at = line.indexOf(",\"sig\":\"");
            QVERIFY(at > 0);
            const qsizetype end = line.indexOf('"', at + 8);
            signature = line.mid(at + 8, end - at - 8);
            payload = line.left(at) + line.mid(end + 1);
            if (format == QStringLiteral("cps"))
                payload = payload.mid(9, payload.size() - 10);
        }
        QVERIFY2(
            Ed25519Key::verify(publicKey, payload, QByteArray::fromBase64(signature, QByteArray::Base64UrlEncoding)),
            line.constData());
        QVERIFY(line.contains("2026-11-25T12:00:00Z")); // the emulator's clock
    }
    QCOMPARE(send("GET", QStringLiteral("/_emulator/sample-events?format=xml"), {}, QByteArray()).status, 400);
}

void TestEmulator::statusFaultsAnswerInOrder()
{
    const Reply queued = send("POST", QStringLiteral("/_emulator/faults"),
                              "[{\"status\":503,\"retry_after\":\"0\"},{\"status\":500},{\"status\":429,\"retry_"
                              "after\":\"Wed, 21 Oct 2026 07:28:00 GMT\"}]",
                              QByteArray());
    QCOMPARE(queued.status, 200);
    QCOMPARE(queued.object().value(QStringLiteral("pending")).toInt(), 3);
    QCOMPARE(m_emulator->pendingFaults(), 3);
    // The control endpoints do not use up faults.
    QCOMPARE(send("GET", QStringLiteral("/_emulator/requests"), {}, QByteArray()).status, 200);

    Reply reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.header("Retry-After"), QByteArray("0"));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.object().value(QStringLiteral("status")).toInt(), 503);
    reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.status, 500);
    QVERIFY(reply.header("Retry-After").isEmpty());
    // A fault answers in place of the request: this PUT changes nothing.
    reply = configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                       {QStringLiteral("authorization"), QStringLiteral("Bearer x")}});
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("Wed, 21 Oct 2026 07:28:00 GMT"));
    QVERIFY(!m_emulator->webhook().isConfigured());
    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook")).status, 200);
    QCOMPARE(m_emulator->pendingFaults(), 0);

    const QJsonArray log = m_emulator->requestLog();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("fault")).toObject().value(QStringLiteral("status")).toInt(),
             503);
    QCOMPARE(log.at(2).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    QVERIFY(!log.at(3).toObject().contains(QStringLiteral("fault")));
}

void TestEmulator::malformedJsonFault()
{
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"), "[{\"malformed_json\":true}]", QByteArray()).status,
             200);
    const Reply reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestEmulator::hugeBodyFault()
{
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"), "[{\"huge_body_bytes\":10485760}]", QByteArray()).status,
             200);
    const Reply reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray("10485760"));
    QCOMPARE(reply.body.size(), 10485760);
    QVERIFY(QJsonDocument::fromJson(reply.body).isObject());
}

void TestEmulator::delayFault()
{
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"), "[{\"delay_ms\":400}]", QByteArray()).status, 200);
    QElapsedTimer timer;
    timer.start();
    const Reply reply = configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                                   {QStringLiteral("authorization"), QStringLiteral("Bearer x")}});
    QVERIFY2(timer.elapsed() >= 390, QByteArray::number(timer.elapsed()).constData());
    // Only late: the request is then handled normally.
    QCOMPARE(reply.status, 200);
    QVERIFY(m_emulator->webhook().isConfigured());

    // A client that stops waiting gives up while the emulator is still holding the answer.
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"), "[{\"delay_ms\":5000}]", QByteArray()).status, 200);
    QNetworkRequest request(url(QStringLiteral("/audit-log-webhook")));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(200);
    QNetworkReply* late = m_nam->get(request);
    QSignalSpy finished(late, &QNetworkReply::finished);
    QVERIFY(finished.wait(3000));
    QCOMPARE(late->error(), QNetworkReply::OperationCanceledError);
    late->deleteLater();
}

void TestEmulator::dropFaultClosesWithoutAnswer()
{
    m_emulator->addFault(*EmulatorFault::fromJson({{QStringLiteral("drop"), true}}, nullptr));
    const QByteArray received = rawRequest("GET /v2/audit-log-webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Authorization: Bearer "
                                               + token + "\r\n\r\n",
                                           true);
    QVERIFY2(received.isEmpty(), received.constData());
    QCOMPARE(m_emulator->requestLog().size(), 1);
    QVERIFY(m_emulator->requestLog()
                .at(0)
                .toObject()
                .value(QStringLiteral("fault"))
                .toObject()
                .value(QStringLiteral("drop"))
                .toBool());

    // Through QNetworkAccessManager: Qt 6.4 silently re-sends a request once when its connection closes without
    // an answer, so a client only sees the failure when the retry is dropped as well.
    m_emulator->clearRequestLog();
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"),
                  "[{\"drop\":true},{\"drop\":true},{\"drop\":true},{\"drop\":true}]", QByteArray())
                 .status,
             200);
    const Reply reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.status, 0);
    const qsizetype dropped = 4 - m_emulator->pendingFaults();
    QVERIFY(dropped >= 1);
    QCOMPARE(m_emulator->requestLog().size(), dropped);
}

void TestEmulator::resetFaultCutsTheBody()
{
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"), "[{\"reset\":true}]", QByteArray()).status, 200);
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    const QByteArray received = rawRequest("GET /v2/audit-log-webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Authorization: Bearer "
                                               + token + "\r\n\r\n",
                                           true, &error);
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const qsizetype lengthAt = received.indexOf("Content-Length: ");
    const int contentLength = received.mid(lengthAt + 16, received.indexOf('\r', lengthAt) - lengthAt - 16).toInt();
    QVERIFY(contentLength > 10);
    QCOMPARE(received.size() - headEnd - 4, qsizetype(contentLength / 2));
    QCOMPARE(error, QAbstractSocket::RemoteHostClosedError);

    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"),
                  "[{\"reset\":true},{\"reset\":true},{\"reset\":true},{\"reset\":true}]", QByteArray())
                 .status,
             200);
    const Reply reply = send("GET", QStringLiteral("/audit-log-webhook"));
    QCOMPARE(reply.status, 200); // the head arrived before the reset
    // Qt 6.4 usually reports RemoteHostClosedError, but when it notices the closed socket while reading it may
    // finish the reply without error: then only the short body shows the cut.
    QVERIFY(reply.error != QNetworkReply::NoError || reply.body.size() < reply.header("Content-Length").toInt());
}

void TestEmulator::faultsCanBeClearedAndAreValidated()
{
    QCOMPARE(
        send("POST", QStringLiteral("/_emulator/faults"), "[{\"status\":500},{\"status\":503}]", QByteArray()).status,
        200);
    QCOMPARE(send("DELETE", QStringLiteral("/_emulator/faults"), {}, QByteArray()).status, 204);
    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook")).status, 200);

    for (const QByteArray& body :
         {QByteArray("{"), QByteArray("[{\"status\":\"500\"}]"), QByteArray("[{\"explode\":true}]"),
          QByteArray("[{\"retry_after\":\"5\"}]"), QByteArray("[42]"), QByteArray("[{\"delay_ms\":-1}]")}) {
        const Reply reply = send("POST", QStringLiteral("/_emulator/faults"), body, QByteArray());
        QVERIFY2(reply.status == 400, body.constData());
    }
    QCOMPARE(m_emulator->pendingFaults(), 0);
    // A single object is a list of one.
    QCOMPARE(send("POST", QStringLiteral("/_emulator/faults"), "{\"status\":502}", QByteArray()).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook")).status, 502);
}

void TestEmulator::requestLogRedactsSecrets()
{
    QCOMPARE(configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                        {QStringLiteral("authorization"), QString::fromLatin1(siemSecret)},
                        {QStringLiteral("enabled"), true}})
                 .status,
             200);
    QCOMPARE(send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"Authorization\":\"Bearer patch-secret-value\"}",
                  "kpat_someone_else")
                 .status,
             401);
    // Not JSON, so not redactable: left out of the log.
    QCOMPARE(
        send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"authorization\":\"Bearer unparsable-secret-value\"")
            .status,
        400);
    QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook?view=full"), {}, {}, "Bearer " + nonAdminToken).status,
             403);

    const Reply reply = send("GET", QStringLiteral("/_emulator/requests"), {}, QByteArray());
    QCOMPARE(reply.status, 200);
    for (const QByteArray& secret :
         {siemSecret, QByteArray("patch-secret-value"), QByteArray("unparsable-secret-value"), token, nonAdminToken,
          QByteArray("kpat_someone_else")})
        QVERIFY2(!reply.body.contains(secret), secret.constData());

    const QJsonArray log = QJsonDocument::fromJson(reply.body).array();
    QCOMPARE(log.size(), 4);
    const QJsonObject put = log.at(0).toObject();
    QCOMPARE(put.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(put.value(QStringLiteral("path")).toString(), QStringLiteral("/v2/audit-log-webhook"));
    QCOMPARE(put.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/json"));
    QCOMPARE(put.value(QStringLiteral("bearer_valid")).toBool(), true);
    const QJsonObject body = put.value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("authorization")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(body.value(QStringLiteral("endpoint")).toString(), QStringLiteral("https://a.example.com/x"));
    QCOMPARE(body.value(QStringLiteral("enabled")).toBool(), true);

    const QJsonObject patch = log.at(1).toObject();
    QCOMPARE(patch.value(QStringLiteral("bearer_valid")).toBool(), false);
    QCOMPARE(patch.value(QStringLiteral("body")).toObject().value(QStringLiteral("Authorization")).toString(),
             QStringLiteral("<redacted>"));
    QVERIFY(!log.at(2).toObject().contains(QStringLiteral("body")));
    QCOMPARE(log.at(3).toObject().value(QStringLiteral("query")).toString(), QStringLiteral("view=full"));
    QCOMPARE(log.at(3).toObject().value(QStringLiteral("bearer_valid")).toBool(), false);

    QCOMPARE(send("DELETE", QStringLiteral("/_emulator/requests"), {}, QByteArray()).status, 204);
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

namespace {
QStringList capturedMessages;
void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedMessages += message;
}
} // namespace

void TestEmulator::nothingSecretIsPrinted()
{
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
               {QStringLiteral("authorization"), QString::fromLatin1(siemSecret)}});
    send("GET", QStringLiteral("/audit-log-webhook"), {}, "kpat_wrong_token_value");
    send("PATCH", QStringLiteral("/audit-log-webhook"), "{\"authorization\":\"" + siemSecret);
    send("GET", QStringLiteral("/_emulator/requests"), {}, QByteArray());
    qInstallMessageHandler(previous);
    const QString all = capturedMessages.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QString::fromLatin1(siemSecret)));
    QVERIFY(!all.contains(QString::fromLatin1(token)));
    QVERIFY(!all.contains(QStringLiteral("kpat_wrong_token_value")));
}

void TestEmulator::keepAliveServesSeveralRequestsOnOneConnection()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(send("GET", QStringLiteral("/audit-log-webhook")).status, 200);
    QCOMPARE(configure({{QStringLiteral("endpoint"), QStringLiteral("https://a.example.com/x")},
                        {QStringLiteral("authorization"), QStringLiteral("Bearer x")}})
                 .status,
             200);
    QCOMPARE(m_emulator->httpServer()->acceptedConnections(), 1);
    QCOMPARE(m_emulator->requestLog().size(), 5);
}

void TestEmulator::rawKeepAliveAndOversizedBody()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "{\"endpoint\":\"https://a.example.com/x\",\"authorization\":\"Bearer x\"}";
    // Two requests in one write: the second waits in the buffer until the first is answered.
    socket.write("PUT /v2/audit-log-webhook HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body + "GET /v2/audit-log-webhook/status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                 + token + "\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 2 && received.endsWith("}"),
                             5000);
    QVERIFY(received.contains("\"webhook_status\":\"active\""));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_emulator->httpServer()->acceptedConnections(), 1);

    // Over 8 MiB is refused from the head alone, and the connection closed.
    const QByteArray refused
        = rawRequest("PUT /v2/audit-log-webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 8388609\r\n\r\n", true);
    QVERIFY2(refused.startsWith("HTTP/1.1 413 "), refused.constData());
    QVERIFY(refused.contains("Connection: close"));
    const QByteArray garbage = rawRequest("HELLO\r\n\r\n", true);
    QVERIFY2(garbage.startsWith("HTTP/1.1 400 "), garbage.constData());
}

void TestEmulator::serverAnswersSlowlyAndLater()
{
    HttpServer server;
    QPointer<HttpExchange> parked;
    server.setHandler([&](const HttpRequest& request, HttpExchange& exchange) {
        HttpResponse response = HttpResponse::text(200, QByteArray(40, 's'));
        if (request.path == QStringLiteral("/slow"))
            exchange.respondSlowly(response, 10, 100);
        else if (request.path == QStringLiteral("/later"))
            exchange.respondAfter(150, response);
        else
            parked = &exchange; // answered by the test below
    });
    QVERIFY(server.listen());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* slow = m_nam->get(QNetworkRequest(QUrl(base + QStringLiteral("/slow"))));
    QSignalSpy progress(slow, &QNetworkReply::readyRead);
    QSignalSpy slowFinished(slow, &QNetworkReply::finished);
    QVERIFY(slowFinished.wait(5000));
    QVERIFY2(timer.elapsed() >= 300, QByteArray::number(timer.elapsed()).constData());
    QVERIFY(progress.count() >= 2);
    QCOMPARE(slow->readAll(), QByteArray(40, 's'));
    slow->deleteLater();

    timer.restart();
    QNetworkReply* later = m_nam->get(QNetworkRequest(QUrl(base + QStringLiteral("/later"))));
    QSignalSpy laterFinished(later, &QNetworkReply::finished);
    QVERIFY(laterFinished.wait(5000));
    QVERIFY(timer.elapsed() >= 140);
    QCOMPARE(later->error(), QNetworkReply::NoError);
    later->deleteLater();

    QNetworkReply* manual = m_nam->get(QNetworkRequest(QUrl(base + QStringLiteral("/manual"))));
    QSignalSpy manualFinished(manual, &QNetworkReply::finished);
    QTRY_VERIFY(parked);
    QVERIFY(!manual->isFinished());
    parked->respond(HttpResponse::text(201, "made"));
    QVERIFY(manualFinished.count() == 1 || manualFinished.wait(5000));
    QCOMPARE(manual->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(manual->readAll(), QByteArray("made"));
    manual->deleteLater();
    QCOMPARE(server.acceptedConnections(), 1);
}

void TestEmulator::serverSpeaksTls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !QSslSocket::supportsSsl())
        QSKIP("needs TLS support and the openssl command-line tool");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!certificate.isNull() && !key.isNull());

    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    serverConfiguration.setLocalCertificate(certificate);
    serverConfiguration.setPrivateKey(key);
    HttpServer server;
    server.setSslConfiguration(serverConfiguration);
    QVERIFY(server.isTls());
    server.setHandler([](const HttpRequest& request, HttpExchange& exchange) {
        exchange.respond(HttpResponse::text(200, "secure " + request.body));
    });
    QVERIFY(server.listen());
    QSignalSpy handshakeFailures(&server, &HttpServer::tlsHandshakeFailed);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/audit").arg(server.serverPort()));

    // Not trusted: the client refuses the self-signed certificate.
    QNetworkReply* untrusted = m_nam->post(QNetworkRequest(url), QByteArray("hello"));
    QSignalSpy untrustedFinished(untrusted, &QNetworkReply::finished);
    QVERIFY(untrustedFinished.wait(10000));
    QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
    untrusted->deleteLater();
    QTRY_VERIFY(handshakeFailures.count() >= 1);

    // Trusted explicitly: served over TLS.
    QNetworkRequest request(url);
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.setCaCertificates({certificate});
    request.setSslConfiguration(clientConfiguration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
    // A fresh manager: one that already met this host keeps the TLS context (and trust) of its first handshake.
    QNetworkAccessManager freshNam;
    QNetworkReply* trusted = freshNam.post(request, QByteArray("hello"));
    QSignalSpy trustedFinished(trusted, &QNetworkReply::finished);
    QVERIFY(trustedFinished.wait(10000));
    QCOMPARE(trusted->error(), QNetworkReply::NoError);
    QCOMPARE(trusted->readAll(), QByteArray("secure hello"));
    trusted->deleteLater();
}

// The demo's emulator delivers like Konnect after each change; its status then tells what the SIEM answered.
void TestEmulator::deliversAfterAChangeWhenAskedAndReportsIt()
{
    m_clock->setAutoAdvance(true);
    SiemReceiver receiver;
    receiver.setJwks(m_emulator->jwks());
    receiver.setExpectedAuthorization(QStringLiteral("Bearer siem-secret-1"));
    QVERIFY(receiver.listen());

    // Off by default: a change alone delivers nothing.
    QCOMPARE(configure({{QStringLiteral("endpoint"), receiver.url().toString()},
                        {QStringLiteral("authorization"), QStringLiteral("Bearer siem-secret-1")},
                        {QStringLiteral("enabled"), true},
                        {QStringLiteral("log_format"), QStringLiteral("json")}})
                 .status,
             200);
    QTest::qWait(200);
    QCOMPARE(receiver.deliveries().size(), 0);

    m_emulator->setDeliversAfterChange(true);
    QCOMPARE(send("PATCH", QStringLiteral("/audit-log-webhook"), json({{QStringLiteral("log_format"), "cef"}})).status,
             200);
    QTRY_COMPARE(receiver.deliveries().size(), 1);
    QVERIFY(m_clock->requestedDelays().contains(EmulatedDelivery::delayMs)); // with Konnect's next batch, not at once
    const SiemReceiver::Delivery& first = receiver.deliveries().first();
    QCOMPARE(first.status, 200);
    QVERIFY(!first.events.isEmpty());
    for (const SiemReceiver::Event& event : first.events) {
        QCOMPARE(event.signature, SiemReceiver::Signature::Valid);
        QVERIFY(event.format == LogFormat::Cef);
    }
    QTRY_VERIFY(!m_emulator->isDelivering());
    QJsonObject status = send("GET", QStringLiteral("/audit-log-webhook/status")).object();
    QCOMPARE(status.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("active"));
    QCOMPARE(status.value(QStringLiteral("last_response_code")).toInt(), 200);
    QVERIFY(!status.value(QStringLiteral("last_attempt_at")).toString().isEmpty());

    // The SIEM refuses a new authorization: inactive, with its answer.
    QCOMPARE(send("PATCH", QStringLiteral("/audit-log-webhook"),
                  json({{QStringLiteral("authorization"), QStringLiteral("Bearer siem-secret-2")}}))
                 .status,
             200);
    QTRY_COMPARE(receiver.deliveries().size(), 2);
    QTRY_VERIFY(!m_emulator->isDelivering());
    status = send("GET", QStringLiteral("/audit-log-webhook/status")).object();
    QCOMPARE(status.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(status.value(QStringLiteral("last_response_code")).toInt(), 401);
    QCOMPARE(status.value(QStringLiteral("last_response_message")).toString(), QStringLiteral("Unauthorized"));

    // Turned off: nothing more is sent.
    QCOMPARE(send("PATCH", QStringLiteral("/audit-log-webhook"), json({{QStringLiteral("enabled"), false}})).status,
             200);
    QTest::qWait(200);
    QCOMPARE(receiver.deliveries().size(), 2);
}

QJsonObject TestEmulator::createDestination(const QString& name, const QString& endpoint, const QString& format)
{
    const Reply reply = send("POST", QStringLiteral("/v3/audit-log-destinations"),
                             json({{QStringLiteral("name"), name},
                                   {QStringLiteral("endpoint"), endpoint},
                                   {QStringLiteral("log_format"), format},
                                   {QStringLiteral("authorization"), QString::fromLatin1(siemSecret)}}));
    [&] { QCOMPARE(reply.status, 201); }();
    return reply.object();
}

QStringList TestEmulator::invalidFields(const Reply& reply)
{
    QStringList fields;
    const QJsonArray parameters = reply.object().value(QStringLiteral("invalid_parameters")).toArray();
    for (const QJsonValue& parameter : parameters)
        fields += parameter.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':')
            + parameter.toObject().value(QStringLiteral("reason")).toString();
    return fields;
}

void TestEmulator::destinationCrudKeepsTheAuthorizationWriteOnly()
{
    const QJsonObject created
        = createDestination(QStringLiteral("Splunk"), QStringLiteral("https://siem.example.com/a"));
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(QUuid::fromString(id).isNull() == false);
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Splunk"));
    QCOMPARE(created.value(QStringLiteral("log_format")).toString(), QStringLiteral("cef"));
    QCOMPARE(created.value(QStringLiteral("skip_ssl_verification")).toBool(true), false);
    QCOMPARE(created.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-25T12:00:00Z"));
    QVERIFY(!created.contains(QStringLiteral("authorization")));

    // Destinations are organization-wide: v2, v3 and any region prefix address the same set.
    const QString item = QStringLiteral("/audit-log-destinations/") + id;
    for (const QString& prefix : {QStringLiteral("/v3"), QStringLiteral("/v2"), QStringLiteral("/eu/v3")}) {
        const Reply got = send("GET", prefix + item);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object(), created);
    }

    m_clock->advance(60000);
    const Reply patched = send(
        "PATCH", QStringLiteral("/v3") + item,
        json({{QStringLiteral("name"), QStringLiteral("Splunk EU")}, {QStringLiteral("skip_ssl_verification"), true}}));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(QStringLiteral("name")).toString(), QStringLiteral("Splunk EU"));
    QCOMPARE(patched.object().value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("https://siem.example.com/a"));
    QCOMPARE(patched.object().value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-25T12:01:00Z"));
    QCOMPARE(m_emulator->organization().findDestination(id)->authorization(), QString::fromLatin1(siemSecret));

    const Reply listed = send("GET", QStringLiteral("/v3/audit-log-destinations"));
    QCOMPARE(listed.status, 200);
    for (const Reply& reply : {listed, patched, send("GET", QStringLiteral("/v3") + item)})
        QVERIFY(!reply.body.contains(siemSecret) && !reply.body.contains("authorization"));
    QCOMPARE(listed.object().value(QStringLiteral("data")).toArray().size(), 1);

    QCOMPARE(send("DELETE", QStringLiteral("/v3") + item).status, 204);
    QCOMPARE(send("GET", QStringLiteral("/v3") + item).status, 404);
    QCOMPARE(send("PATCH", QStringLiteral("/v3") + item, "{}").status, 404);
    QCOMPARE(send("DELETE", QStringLiteral("/v3") + item).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-destinations"))
                 .object()
                 .value(QStringLiteral("data"))
                 .toArray()
                 .size(),
             0);
}

void TestEmulator::destinationValidationNamesTheFields()
{
    const Reply empty = send("POST", QStringLiteral("/v3/audit-log-destinations"), "{}");
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(
        invalidFields(empty),
        (QStringList {QStringLiteral("name:cannot be blank"), QStringLiteral("endpoint:cannot be blank"),
                      QStringLiteral("authorization:cannot be blank"), QStringLiteral("log_format:cannot be blank")}));
    const Reply bad = send("POST", QStringLiteral("/v3/audit-log-destinations"),
                           json({{QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("endpoint"), QStringLiteral("http://siem.example.com/a")},
                                 {QStringLiteral("log_format"), QStringLiteral("xml")},
                                 {QStringLiteral("authorization"), QStringLiteral("Bearer x")}}));
    QCOMPARE(invalidFields(bad),
             (QStringList {QStringLiteral("endpoint:must be a valid URL"),
                           QStringLiteral("log_format:must be one of: cef, json, cps")}));
    QCOMPARE(m_emulator->organization().destinations().size(), 0); // nothing half-made

    const QString id = createDestination(QStringLiteral("a"), QStringLiteral("https://a.example.com/"))
                           .value(QStringLiteral("id"))
                           .toString();
    const Reply blankPatch = send("PATCH", QStringLiteral("/v3/audit-log-destinations/") + id,
                                  json({{QStringLiteral("authorization"), QStringLiteral(" ")}}));
    QCOMPARE(invalidFields(blankPatch), QStringList {QStringLiteral("authorization:cannot be blank")});
    QCOMPARE(m_emulator->organization().findDestination(id)->authorization(), QString::fromLatin1(siemSecret));
}

void TestEmulator::destinationNamesMayRepeatAndFilter()
{
    createDestination(QStringLiteral("Splunk"), QStringLiteral("https://a.example.com/"));
    createDestination(QStringLiteral("Splunk"), QStringLiteral("https://b.example.com/"));
    createDestination(QStringLiteral("Splunk Cloud"), QStringLiteral("https://c.example.com/"));
    createDestination(QStringLiteral("Elastic"), QStringLiteral("https://d.example.com/"));
    const auto endpoints = [this](const QString& query) {
        QStringList result;
        const Reply reply = send("GET", QStringLiteral("/v3/audit-log-destinations?") + query);
        const QJsonArray data = reply.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue& value : data)
            result += value.toObject().value(QStringLiteral("endpoint")).toString();
        return result;
    };
    QCOMPARE(endpoints(QStringLiteral("filter%5Bname%5D%5Beq%5D=Splunk")),
             (QStringList {QStringLiteral("https://a.example.com/"), QStringLiteral("https://b.example.com/")}));
    QCOMPARE(endpoints(QStringLiteral("filter[name][contains]=plunk")),
             (QStringList {QStringLiteral("https://a.example.com/"), QStringLiteral("https://b.example.com/"),
                           QStringLiteral("https://c.example.com/")}));
    QCOMPARE(endpoints(QStringLiteral("filter[name][eq]=Nobody")), QStringList());
}

void TestEmulator::destinationPagesFollowNext()
{
    QStringList created;
    for (int i = 0; i < 12; ++i)
        created += createDestination(QStringLiteral("d%1").arg(i), QStringLiteral("https://d%1.example.com/").arg(i))
                       .value(QStringLiteral("id"))
                       .toString();
    createDestination(QStringLiteral("other"), QStringLiteral("https://other.example.com/"));

    QStringList seen;
    QString next = QStringLiteral("/v3/audit-log-destinations?page%5Bsize%5D=5&filter%5Bname%5D%5Bcontains%5D=d");
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const Reply reply = send("GET", next);
        QCOMPARE(reply.status, 200);
        const QJsonObject page
            = reply.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("page")).toObject();
        QCOMPARE(page.value(QStringLiteral("size")).toInt(), 5);
        QCOMPARE(page.value(QStringLiteral("previous")).isNull(), pages == 0);
        const QJsonArray data = reply.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue& value : data)
            seen += value.toObject().value(QStringLiteral("id")).toString();
        next = page.value(QStringLiteral("next")).toString();
        if (!next.isEmpty()) {
            QVERIFY2(next.startsWith(QStringLiteral("/v3/audit-log-destinations?")), qPrintable(next));
            QVERIFY2(next.contains(QStringLiteral("filter%5Bname%5D%5Bcontains%5D=d")), qPrintable(next));
        }
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created); // creation order, every one once, the filter kept across pages

    const Reply defaults = send("GET", QStringLiteral("/v3/audit-log-destinations"));
    QCOMPARE(defaults.object().value(QStringLiteral("data")).toArray().size(), 10);

    const Reply badCursor = send("GET", QStringLiteral("/v3/audit-log-destinations?page%5Bafter%5D=not-a-cursor"));
    QCOMPARE(badCursor.status, 400);
    QCOMPARE(invalidFields(badCursor).value(0).section(QLatin1Char(':'), 0, 0), QStringLiteral("page[after]"));
    for (const QString& size : {QStringLiteral("0"), QStringLiteral("101"), QStringLiteral("ten")}) {
        const Reply badSize = send("GET", QStringLiteral("/v3/audit-log-destinations?page[size]=") + size);
        QCOMPARE(badSize.status, 400);
        QCOMPARE(invalidFields(badSize).value(0).section(QLatin1Char(':'), 0, 0), QStringLiteral("page[size]"));
    }
}

void TestEmulator::destinationInUseCannotBeDeleted()
{
    const QString id = createDestination(QStringLiteral("SIEM"), QStringLiteral("https://a.example.com/"))
                           .value(QStringLiteral("id"))
                           .toString();
    const QString portal
        = m_emulator->addPortal(QStringLiteral("eu"), QStringLiteral("Partner Portal"), QStringLiteral("Partners"));
    const QByteArray bindBody = json({{QStringLiteral("audit_log_destination_id"), id}});
    QCOMPARE(send("PATCH", QStringLiteral("/eu/v3/audit-log-webhook"), bindBody).status, 200);
    QCOMPARE(send("PATCH", QStringLiteral("/eu/v3/portals/%1/audit-log-webhook").arg(portal), bindBody).status, 200);

    const Reply refused = send("DELETE", QStringLiteral("/v3/audit-log-destinations/") + id);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(
        refused.object().value(QStringLiteral("detail")).toString(),
        QStringLiteral("Audit log destination is in use by: organization webhook (region eu), Dev Portal \"Partner "
                       "Portal\" (region eu)"));
    QVERIFY(m_emulator->organization().findDestination(id));

    QCOMPARE(send("DELETE", QStringLiteral("/eu/v3/audit-log-webhook")).status, 204);
    const Reply stillUsed = send("DELETE", QStringLiteral("/v3/audit-log-destinations/") + id);
    QCOMPARE(stillUsed.status, 409);
    QVERIFY(!stillUsed.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("organization")));
    QCOMPARE(send("DELETE", QStringLiteral("/eu/v3/portals/%1/audit-log-webhook").arg(portal)).status, 204);
    QCOMPARE(send("DELETE", QStringLiteral("/v3/audit-log-destinations/") + id).status, 204);
    QVERIFY(!m_emulator->organization().findDestination(id));
}

void TestEmulator::bindingsArePerRegion()
{
    const QJsonObject unbound {{QStringLiteral("audit_log_destination_id"), QJsonValue()},
                               {QStringLiteral("enabled"), false}};
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook")).object(), unbound);
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("webhook_status"))
                 .toString(),
             QStringLiteral("unconfigured"));

    const QString a = createDestination(QStringLiteral("A"), QStringLiteral("https://a.example.com/"))
                          .value(QStringLiteral("id"))
                          .toString();
    const QString b = createDestination(QStringLiteral("B"), QStringLiteral("https://b.example.com/"))
                          .value(QStringLiteral("id"))
                          .toString();
    const Reply eu = send("PATCH", QStringLiteral("/eu/v3/audit-log-webhook"),
                          json({{QStringLiteral("audit_log_destination_id"), a}, {QStringLiteral("enabled"), true}}));
    QCOMPARE(eu.status, 200);
    QCOMPARE(eu.object(),
             (QJsonObject {{QStringLiteral("audit_log_destination_id"), a}, {QStringLiteral("enabled"), true}}));
    QCOMPARE(send("PATCH", QStringLiteral("/us/v3/audit-log-webhook"),
                  json({{QStringLiteral("audit_log_destination_id"), b}}))
                 .status,
             200);

    // Independent regions: eu -> A enabled, us -> B disabled, the default (global) untouched.
    QCOMPARE(send("GET", QStringLiteral("/eu/v3/audit-log-webhook"))
                 .object()
                 .value(QStringLiteral("audit_log_destination_id"))
                 .toString(),
             a);
    const QJsonObject us = send("GET", QStringLiteral("/us/v3/audit-log-webhook")).object();
    QCOMPARE(us.value(QStringLiteral("audit_log_destination_id")).toString(), b);
    QCOMPARE(us.value(QStringLiteral("enabled")).toBool(true), false);
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook")).object(), unbound);
    QCOMPARE(send("GET", QStringLiteral("/global/v3/audit-log-webhook")).object(), unbound);
    const QJsonObject euStatus = send("GET", QStringLiteral("/eu/v3/audit-log-webhook/status")).object();
    QCOMPARE(euStatus.value(QStringLiteral("webhook_enabled")).toBool(), true);
    QCOMPARE(euStatus.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("active"));
    // v2 and v3 of one region share the status.
    QCOMPARE(send("GET", QStringLiteral("/eu/v2/audit-log-webhook/status")).object(), euStatus);

    m_emulator->setDefaultRegion(QStringLiteral("eu"));
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook"))
                 .object()
                 .value(QStringLiteral("audit_log_destination_id"))
                 .toString(),
             a);
    m_emulator->setDefaultRegion(QStringLiteral("global"));

    const Reply notUuid = send("PATCH", QStringLiteral("/v3/audit-log-webhook"),
                               json({{QStringLiteral("audit_log_destination_id"), QStringLiteral("splunk")}}));
    QCOMPARE(notUuid.status, 400);
    QCOMPARE(invalidFields(notUuid), QStringList {QStringLiteral("audit_log_destination_id:must be a valid UUID")});
    const Reply unknown = send(
        "PATCH", QStringLiteral("/v3/audit-log-webhook"),
        json({{QStringLiteral("audit_log_destination_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(invalidFields(unknown), QStringList {QStringLiteral("audit_log_destination_id:does not exist")});
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook")).object(), unbound);

    QCOMPARE(send("DELETE", QStringLiteral("/eu/v3/audit-log-webhook")).status, 204);
    QCOMPARE(send("GET", QStringLiteral("/eu/v3/audit-log-webhook")).object(), unbound);
    QCOMPARE(send("PUT", QStringLiteral("/v3/audit-log-webhook"), "{}").status, 405);
}

void TestEmulator::portalsAreListedInPages()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(
            !m_emulator->addPortal(QStringLiteral("eu"), QStringLiteral("p%1").arg(i), QStringLiteral("P %1").arg(i))
                 .isEmpty());
    m_emulator->addPortal(QStringLiteral("us"), QStringLiteral("us-portal"), QStringLiteral("US"));
    QVERIFY(m_emulator->addPortal(QStringLiteral("mars"), QStringLiteral("x"), QStringLiteral("x")).isEmpty());

    const Reply second = send("GET", QStringLiteral("/eu/v3/portals?page%5Bsize%5D=2&page%5Bnumber%5D=2"));
    QCOMPARE(second.status, 200);
    const QJsonArray data = second.object().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("p3"));
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("display_name")).toString(), QStringLiteral("P 3"));
    QVERIFY(data.at(0).toObject().contains(QStringLiteral("created_at")));
    QCOMPARE(second.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("page")).toObject(),
             (QJsonObject {{QStringLiteral("number"), 2}, {QStringLiteral("size"), 2}, {QStringLiteral("total"), 3}}));
    QCOMPARE(send("GET", QStringLiteral("/eu/v3/portals")).object().value(QStringLiteral("data")).toArray().size(), 3);
    QCOMPARE(send("GET", QStringLiteral("/us/v3/portals")).object().value(QStringLiteral("data")).toArray().size(), 1);
    QCOMPARE(send("GET", QStringLiteral("/v3/portals")).object().value(QStringLiteral("data")).toArray().size(), 0);
    QCOMPARE(send("GET", QStringLiteral("/eu/v3/portals?page[number]=0")).status, 400);
}

void TestEmulator::portalWebhookBindsReportsAndReplays()
{
    const QString portal
        = m_emulator->addPortal(QStringLiteral("eu"), QStringLiteral("Partner Portal"), QStringLiteral("Partners"));
    const QString id = createDestination(QStringLiteral("SIEM"), QStringLiteral("https://a.example.com/"))
                           .value(QStringLiteral("id"))
                           .toString();
    const QString base = QStringLiteral("/eu/v3/portals/") + portal;
    QCOMPARE(send("GET", base + QStringLiteral("/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("webhook_status"))
                 .toString(),
             QStringLiteral("unconfigured"));
    QCOMPARE(send("PATCH", base + QStringLiteral("/audit-log-webhook"),
                  json({{QStringLiteral("audit_log_destination_id"), id}, {QStringLiteral("enabled"), true}}))
                 .status,
             200);
    QCOMPARE(send("GET", base + QStringLiteral("/audit-log-webhook"))
                 .object()
                 .value(QStringLiteral("audit_log_destination_id"))
                 .toString(),
             id);
    const QJsonObject status = send("GET", base + QStringLiteral("/audit-log-webhook/status")).object();
    QCOMPARE(status.value(QStringLiteral("webhook_enabled")).toBool(), true);
    QCOMPARE(status.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("active"));
    // The portal's webhook is its own: the region's stays unbound.
    QCOMPARE(
        send("GET", QStringLiteral("/eu/v3/audit-log-webhook")).object().value(QStringLiteral("enabled")).toBool(true),
        false);

    // The controls reach the portal's status and replay job.
    QCOMPARE(send("PUT", QStringLiteral("/_emulator/status?portal=") + portal,
                  json({{QStringLiteral("webhook_status"), QStringLiteral("inactive")}}), QByteArray())
                 .status,
             200);
    QCOMPARE(send("GET", base + QStringLiteral("/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("webhook_status"))
                 .toString(),
             QStringLiteral("inactive"));
    QCOMPARE(send("GET", QStringLiteral("/eu/v3/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("webhook_status"))
                 .toString(),
             QStringLiteral("unconfigured"));
    QCOMPARE(send("POST", QStringLiteral("/_emulator/replay-fail?region=eu&portal=") + portal, {}, QByteArray()).status,
             204);
    const QJsonObject window {{QStringLiteral("start_at"), rfc3339(m_clock->now().addDays(-1))},
                              {QStringLiteral("end_at"), rfc3339(m_clock->now().addSecs(-60))}};
    QCOMPARE(send("PUT", base + QStringLiteral("/audit-log-replay-job"), json(window)).status, 202);
    QCOMPARE(send("PUT", base + QStringLiteral("/audit-log-replay-job"), json(window)).status, 409);
    QCOMPARE(
        send("GET", QStringLiteral("/eu/v3/audit-log-replay-job")).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("unconfigured"));
    QString last;
    for (int i = 0; i < 3; ++i)
        last = send("GET", base + QStringLiteral("/audit-log-replay-job"))
                   .object()
                   .value(QStringLiteral("status"))
                   .toString();
    QCOMPARE(last, QStringLiteral("failed"));

    const QString unknown = QStringLiteral("/eu/v3/portals/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(send("GET", unknown + QStringLiteral("/audit-log-webhook")).status, 404);
    QCOMPARE(send("GET", unknown + QStringLiteral("/audit-log-webhook/status")).status, 404);
    QCOMPARE(send("PUT", unknown + QStringLiteral("/audit-log-replay-job"), json(window)).status, 404);
    // A portal belongs to its region.
    QCOMPARE(send("GET", QStringLiteral("/us/v3/portals/%1/audit-log-webhook").arg(portal)).status, 404);
}

void TestEmulator::v2OnABoundRegionAnswersTheEffectiveWebhook()
{
    const QString id = createDestination(QStringLiteral("Bound SIEM"), QStringLiteral("https://bound.example.com/in"),
                                         QStringLiteral("json"))
                           .value(QStringLiteral("id"))
                           .toString();
    m_clock->advance(1000);
    QVERIFY(m_emulator->bind(QString(), QString(), id, true));
    const Reply effective = send("GET", QStringLiteral("/v2/audit-log-webhook"));
    QCOMPARE(effective.status, 200);
    QCOMPARE(effective.object(),
             (QJsonObject {{QStringLiteral("endpoint"), QStringLiteral("https://bound.example.com/in")},
                           {QStringLiteral("enabled"), true},
                           {QStringLiteral("log_format"), QStringLiteral("json")},
                           {QStringLiteral("skip_ssl_verification"), false},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-25T12:00:01Z")}}));

    const QJsonObject inline_ {{QStringLiteral("endpoint"), QStringLiteral("https://inline.example.com/")},
                               {QStringLiteral("authorization"), QStringLiteral("Bearer x")}};
    for (const QByteArray& method : {QByteArray("PUT"), QByteArray("PATCH")}) {
        const Reply refused = send(method, QStringLiteral("/v2/audit-log-webhook"), json(inline_));
        QCOMPARE(refused.status, 409);
        QCOMPARE(
            refused.object().value(QStringLiteral("detail")).toString(),
            QStringLiteral("This region's audit-log webhook is bound to the audit log destination Bound SIEM (%1); "
                           "change it with /v3/audit-log-webhook or unbind it first.")
                .arg(id));
    }
    QVERIFY(!m_emulator->webhook().isConfigured());
    // Another, unbound region keeps the inline v2 flow.
    QCOMPARE(send("PUT", QStringLiteral("/eu/v2/audit-log-webhook"), json(inline_)).status, 200);
    QCOMPARE(
        send("GET", QStringLiteral("/eu/v2/audit-log-webhook")).object().value(QStringLiteral("endpoint")).toString(),
        QStringLiteral("https://inline.example.com/"));
    QCOMPARE(m_emulator->organization().region(QStringLiteral("eu")).webhook().authorization(),
             QStringLiteral("Bearer x"));
    // Unbound again, the region's inline webhook answers once more.
    QCOMPARE(send("DELETE", QStringLiteral("/v3/audit-log-webhook")).status, 204);
    QCOMPARE(send("PUT", QStringLiteral("/v2/audit-log-webhook"), json(inline_)).status, 200);
}

void TestEmulator::v3CanBeSwitchedOff()
{
    m_emulator->setV3Available(false);
    for (const QString& path : {QStringLiteral("/v3/audit-log-webhook"), QStringLiteral("/v3/audit-log-destinations"),
                                QStringLiteral("/eu/v3/portals"), QStringLiteral("/v3/audit-log-webhook/status")})
        QCOMPARE(send("GET", path).status, 404);
    QCOMPARE(send("POST", QStringLiteral("/v3/audit-log-destinations"), "{}").status, 404);
    QCOMPARE(send("GET", QStringLiteral("/v2/audit-log-webhook")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/v2/audit-log-webhook/status")).status, 200);
    m_emulator->setV3Available(true);
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook")).status, 200);
}

void TestEmulator::deliversToTheBoundDestination()
{
    m_clock->setAutoAdvance(true);
    SiemReceiver receiver;
    receiver.setJwks(m_emulator->jwks());
    receiver.setExpectedAuthorization(QString::fromLatin1(siemSecret));
    QVERIFY(receiver.listen());
    m_emulator->setDeliversAfterChange(true);

    const QString id = createDestination(QStringLiteral("Receiver"), receiver.url().toString(), QStringLiteral("json"))
                           .value(QStringLiteral("id"))
                           .toString();
    QCOMPARE(receiver.deliveries().size(), 0); // a destination alone sends nothing
    QCOMPARE(
        send("PATCH", QStringLiteral("/v3/audit-log-webhook"), json({{QStringLiteral("audit_log_destination_id"), id}}))
            .status,
        200);
    QTest::qWait(100);
    QCOMPARE(receiver.deliveries().size(), 0); // bound but not enabled

    QCOMPARE(send("PATCH", QStringLiteral("/v3/audit-log-webhook"), json({{QStringLiteral("enabled"), true}})).status,
             200);
    QTRY_COMPARE(receiver.deliveries().size(), 1);
    const SiemReceiver::Delivery& org = receiver.deliveries().at(0);
    QCOMPARE(org.status, 200);
    QVERIFY(!org.events.isEmpty());
    for (const SiemReceiver::Event& event : org.events) {
        QCOMPARE(event.signature, SiemReceiver::Signature::Valid);
        QVERIFY(event.format == LogFormat::Json);
        QVERIFY(event.line.contains("\"event_product\":\"Konnect\""));
    }
    QTRY_VERIFY(!m_emulator->isDelivering());
    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("last_response_code"))
                 .toInt(),
             200);

    // A portal's webhook carries the portal's authentication events.
    const QString portal
        = m_emulator->addPortal(QStringLiteral("global"), QStringLiteral("Partner Portal"), QStringLiteral("Partners"));
    QCOMPARE(send("PATCH", QStringLiteral("/v3/audit-log-destinations/") + id,
                  json({{QStringLiteral("log_format"), QStringLiteral("cef")}}))
                 .status,
             200);
    QTRY_COMPARE(receiver.deliveries().size(), 2); // the format changed: the organization webhook sends anew
    QCOMPARE(send("PATCH", QStringLiteral("/v3/portals/%1/audit-log-webhook").arg(portal),
                  json({{QStringLiteral("audit_log_destination_id"), id}, {QStringLiteral("enabled"), true}}))
                 .status,
             200);
    QTRY_COMPARE(receiver.deliveries().size(), 3);
    const SiemReceiver::Delivery& fromPortal = receiver.deliveries().at(2);
    QCOMPARE(fromPortal.status, 200);
    QVERIFY(!fromPortal.events.isEmpty());
    for (const SiemReceiver::Event& event : fromPortal.events) {
        QCOMPARE(event.signature, SiemReceiver::Signature::Valid);
        QVERIFY2(event.line.contains("CEF:0|KongInc|Dev-Portal|"), event.line.constData());
        QVERIFY(event.line.contains("portal_id=" + portal.toLatin1()));
        QVERIFY(event.name.startsWith(QStringLiteral("AUTHENTICATION_OUTCOME_")));
    }
    QTRY_VERIFY(!m_emulator->isDelivering());

    // A new authorization goes to every enabled webhook bound there; the receiver refuses it, and both say so.
    QCOMPARE(send("PATCH", QStringLiteral("/v3/audit-log-destinations/") + id,
                  json({{QStringLiteral("authorization"), QStringLiteral("Bearer rotated")}}))
                 .status,
             200);
    QTRY_COMPARE(receiver.deliveries().size(), 5);
    QTRY_VERIFY(!m_emulator->isDelivering());
    for (const QString& path : {QStringLiteral("/v3/audit-log-webhook/status"),
                                QStringLiteral("/v3/portals/%1/audit-log-webhook/status").arg(portal)}) {
        const QJsonObject status = send("GET", path).object();
        QCOMPARE(status.value(QStringLiteral("webhook_status")).toString(), QStringLiteral("inactive"));
        QCOMPARE(status.value(QStringLiteral("last_response_code")).toInt(), 401);
    }
    QCOMPARE(receiver.deliveries().at(3).request.header("Authorization"), QByteArray("Bearer rotated"));

    // A name change is no delivery change.
    QCOMPARE(send("PATCH", QStringLiteral("/v3/audit-log-destinations/") + id,
                  json({{QStringLiteral("name"), QStringLiteral("n")}}))
                 .status,
             200);
    QTest::qWait(100);
    QCOMPARE(receiver.deliveries().size(), 5);
}

void TestEmulator::controlsTargetARegionOrPortal()
{
    const Reply created = send("POST", QStringLiteral("/_emulator/portals"),
                               json({{QStringLiteral("name"), QStringLiteral("Partner Portal")},
                                     {QStringLiteral("display_name"), QStringLiteral("Partners")},
                                     {QStringLiteral("region"), QStringLiteral("au")}}),
                               QByteArray());
    QCOMPARE(created.status, 201);
    const QString portal = created.object().value(QStringLiteral("id")).toString();
    QVERIFY(m_emulator->organization().region(QStringLiteral("au")).findPortal(portal));
    QCOMPARE(send("GET", QStringLiteral("/au/v3/portals")).object().value(QStringLiteral("data")).toArray().size(), 1);
    QCOMPARE(
        send("POST", QStringLiteral("/_emulator/portals"),
             json({{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("region"), QStringLiteral("mars")}}),
             QByteArray())
            .status,
        400);

    QCOMPARE(send("PUT", QStringLiteral("/_emulator/status?region=eu"),
                  json({{QStringLiteral("last_response_code"), 503}}), QByteArray())
                 .status,
             200);
    QCOMPARE(send("GET", QStringLiteral("/eu/v2/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("last_response_code"))
                 .toInt(),
             503);
    QCOMPARE(send("GET", QStringLiteral("/v2/audit-log-webhook/status"))
                 .object()
                 .value(QStringLiteral("last_response_code"))
                 .toInt(),
             0);
    QCOMPARE(send("PUT", QStringLiteral("/_emulator/status?portal=nope"), "{}", QByteArray()).status, 400);
}

void TestEmulator::seedDemoSetsUpWhatTheDemoShows()
{
    m_emulator->seedDemo(QStringLiteral("http://127.0.0.1:9/in"), QStringLiteral("Bearer demo"));
    const QList<EmulatedDestination*> destinations = m_emulator->organization().destinations();
    QCOMPARE(destinations.size(), 1);
    QCOMPARE(destinations.at(0)->name(), QStringLiteral("Demo SIEM"));
    QCOMPARE(destinations.at(0)->endpoint(), QStringLiteral("http://127.0.0.1:9/in"));
    QCOMPARE(destinations.at(0)->authorization(), QStringLiteral("Bearer demo"));
    const QString id = destinations.at(0)->id();

    QCOMPARE(send("GET", QStringLiteral("/v3/audit-log-webhook")).object(),
             (QJsonObject {{QStringLiteral("audit_log_destination_id"), id}, {QStringLiteral("enabled"), true}}));
    const QJsonArray portals
        = send("GET", QStringLiteral("/v3/portals")).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(portals.size(), 2);
    QCOMPARE(portals.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Partner Portal"));
    QCOMPARE(portals.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Internal Portal"));
    const QString partner = portals.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString internal = portals.at(1).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(send("GET", QStringLiteral("/v3/portals/%1/audit-log-webhook").arg(partner)).object(),
             (QJsonObject {{QStringLiteral("audit_log_destination_id"), id}, {QStringLiteral("enabled"), true}}));
    QCOMPARE(
        send("GET", QStringLiteral("/v3/portals/%1/audit-log-webhook").arg(internal)).object(),
        (QJsonObject {{QStringLiteral("audit_log_destination_id"), QJsonValue()}, {QStringLiteral("enabled"), false}}));
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
