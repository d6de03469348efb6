// The emulator as a fleet: several organizations told apart by their tokens, a region selected by Host, lasting
// region faults, and the demo fleet's states. Real HTTP over loopback with QNetworkAccessManager.

#include "EmulatedRegionFault.h"
#include "KonnectEmulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {
const QString kFirst = QStringLiteral("kpat_emulatedfleet_first_000001");
const QString kSecond = QStringLiteral("kpat_emulatedfleet_second_00002");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};
} // namespace

class TestEmulatedFleet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void organizationsAreToldApartByToken();
    void unknownTokenIsRefused();
    void hostSelectsTheRegion();
    void unavailableRegion();
    void slowRegionAnswersLate();
    void regionFaultParsing_data();
    void regionFaultParsing();
    void demoFleet();

private:
    Answer get(const QString& path, const QString& token, const QByteArray& host = {});

    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestEmulatedFleet::init()
{
    m_emulator = std::make_unique<KonnectEmulator>();
    QVERIFY(m_emulator->addOrganization(QStringLiteral("first"), kFirst));
    QVERIFY(m_emulator->addOrganization(QStringLiteral("second"), kSecond));
    QVERIFY(!m_emulator->addOrganization(QStringLiteral("first"), QStringLiteral("kpat_other_token_0000000000")));
    QVERIFY(!m_emulator->addOrganization(QStringLiteral("third"), kFirst));
    QVERIFY(m_emulator->listen(0));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatedFleet::cleanup()
{
    m_network.reset();
    m_emulator.reset();
}

Answer TestEmulatedFleet::get(const QString& path, const QString& token, const QByteArray& host)
{
    QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!host.isEmpty())
        request.setRawHeader("Host", host);
    QNetworkReply* reply = m_network->get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    answer.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

void TestEmulatedFleet::organizationsAreToldApartByToken()
{
    EmulatedOrganization* first = m_emulator->organizations().byName(QStringLiteral("first"));
    QVERIFY(first);
    EmulatedDestination& destination = first->createDestination(QDateTime::currentDateTimeUtc());
    destination.set(QStringLiteral("First SIEM"), QStringLiteral("https://siem.example.com/a"), QStringLiteral("x y"),
                    LogFormat::Cef, false);
    first->region(QStringLiteral("eu"))
        .addPortal(EmulatedOrganization::newId(), QStringLiteral("First Portal"), QStringLiteral("First"),
                   QDateTime::currentDateTimeUtc());

    const Answer mine = get(QStringLiteral("/v3/audit-log-destinations"), kFirst);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json.value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(
        get(QStringLiteral("/v3/audit-log-destinations"), kSecond).json.value(QLatin1String("data")).toArray().size(),
        0);
    QCOMPARE(get(QStringLiteral("/eu/v3/portals"), kFirst).json.value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(get(QStringLiteral("/eu/v3/portals"), kSecond).json.value(QLatin1String("data")).toArray().size(), 0);
}

void TestEmulatedFleet::unknownTokenIsRefused()
{
    // With named organizations only, a token of none of them is refused, as Konnect refuses an unknown token.
    QCOMPARE(get(QStringLiteral("/v2/audit-log-webhook/status"), QStringLiteral("kpat_nobody_knows_me_000000")).status,
             401);
}

void TestEmulatedFleet::hostSelectsTheRegion()
{
    EmulatedOrganization* second = m_emulator->organizations().byName(QStringLiteral("second"));
    second->region(QStringLiteral("au")).setStatus({{QStringLiteral("last_response_code"), 418}});
    const Answer byHost = get(QStringLiteral("/v2/audit-log-webhook/status"), kSecond, "au.localhost");
    QCOMPARE(byHost.json.value(QLatin1String("last_response_code")).toInt(), 418);
    const Answer byPath = get(QStringLiteral("/au/v2/audit-log-webhook/status"), kSecond);
    QCOMPARE(byPath.json.value(QLatin1String("last_response_code")).toInt(), 418);
    const Answer neither = get(QStringLiteral("/v2/audit-log-webhook/status"), kSecond, "localhost");
    QCOMPARE(neither.json.value(QLatin1String("last_response_code")).toInt(), 0);
}

void TestEmulatedFleet::unavailableRegion()
{
    m_emulator->setRegionFault({QStringLiteral("me"), EmulatedRegionFault::Kind::Unavailable, 0});
    for (int i = 0; i < 3; ++i) {
        const Answer answer = get(QStringLiteral("/me/v3/audit-log-webhook"), kFirst);
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.retryAfter, QByteArray("1"));
    }
    QCOMPARE(get(QStringLiteral("/eu/v3/audit-log-webhook"), kFirst).status, 200);
    m_emulator->clearRegionFaults();
    QCOMPARE(get(QStringLiteral("/me/v3/audit-log-webhook"), kFirst).status, 200);
}

void TestEmulatedFleet::slowRegionAnswersLate()
{
    m_emulator->setRegionFault({QStringLiteral("us"), EmulatedRegionFault::Kind::Slow, 600});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(QStringLiteral("/us/v3/audit-log-webhook"), kFirst).status, 200);
    QVERIFY(timer.elapsed() >= 600);
    timer.restart();
    QCOMPARE(get(QStringLiteral("/eu/v3/audit-log-webhook"), kFirst).status, 200);
    QVERIFY(timer.elapsed() < 600);
}

void TestEmulatedFleet::regionFaultParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("unavailable") << QStringLiteral("eu:unavailable") << true << 0;
    QTest::newRow("slow") << QStringLiteral("us:slow=20") << true << 20000;
    QTest::newRow("slow fraction") << QStringLiteral("au:slow=0.5") << true << 500;
    QTest::newRow("unknown region") << QStringLiteral("mars:unavailable") << false << 0;
    QTest::newRow("no colon") << QStringLiteral("eu") << false << 0;
    QTest::newRow("unknown fault") << QStringLiteral("eu:broken") << false << 0;
    QTest::newRow("too slow") << QStringLiteral("eu:slow=601") << false << 0;
    QTest::newRow("negative") << QStringLiteral("eu:slow=-1") << false << 0;
}

void TestEmulatedFleet::regionFaultParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, delayMs);
    QString error;
    const std::optional<EmulatedRegionFault> fault = EmulatedRegionFault::parse(text, &error);
    QCOMPARE(fault.has_value(), valid);
    if (valid)
        QCOMPARE(fault->delayMs, delayMs);
    else
        QVERIFY(!error.isEmpty());
}

void TestEmulatedFleet::demoFleet()
{
    QVERIFY(m_emulator->seedFleetDemo(QStringLiteral("https://siem.example.com/demo")));
    // Production: one failing Dev Portal, in global.
    const QJsonArray portals
        = get(QStringLiteral("/global/v3/portals"), kFirst).json.value(QLatin1String("data")).toArray();
    QCOMPARE(portals.size(), 1);
    const QString partner = portals.first()[QLatin1String("id")].toString();
    const Answer failing = get(QStringLiteral("/global/v3/portals/%1/audit-log-webhook/status").arg(partner), kFirst);
    QCOMPARE(failing.json.value(QLatin1String("webhook_status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(failing.json.value(QLatin1String("last_response_code")).toInt(), 401);
    // eu is the older inline model, with an endpoint of its own.
    QCOMPARE(get(QStringLiteral("/eu/v2/audit-log-webhook"), kFirst).json.value(QLatin1String("endpoint")).toString(),
             QStringLiteral("https://siem.example.com/demo"));
    // Staging's us webhook was turned off after failing.
    const Answer us = get(QStringLiteral("/us/v2/audit-log-webhook/status"), kSecond);
    QCOMPARE(us.json.value(QLatin1String("webhook_enabled")).toBool(), false);
    QCOMPARE(us.json.value(QLatin1String("webhook_status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(us.json.value(QLatin1String("last_response_code")).toInt(), 302);
}

QTEST_GUILESS_MAIN(TestEmulatedFleet)
#include "tst_emulatedfleet.moc"
