#include "DestinationMove.h"
#include "Profile.h"
#include "Region.h"

#include <QTest>

class TestRegion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsKonnectRegionsWithGlobalFirst();
    void apiRootPerRegion_data();
    void apiRootPerRegion();
    void refusesUnknownRegions_data();
    void refusesUnknownRegions();
    void acceptsBaseUrls_data();
    void acceptsBaseUrls();
    void refusesBaseUrls_data();
    void refusesBaseUrls();
    void baseUrlMessagesNeverEchoTheUrl();
    void normalizesTrailingSlashes();
    void profileApiRootPrefersBaseUrl();
    void destinationsLiveOnTheGlobalHost();
    void commandOptionsNameTheProfileAndScope_data();
    void commandOptionsNameTheProfileAndScope();
};

void TestRegion::listsKonnectRegionsWithGlobalFirst()
{
    QCOMPARE(Region::all(), QStringList({"global", "us", "eu", "au", "me", "in", "sg"}));
    QCOMPARE(Region::defaultRegion(), QStringLiteral("global"));
    QVERIFY(Region::isValid(Region::defaultRegion()));
}

void TestRegion::apiRootPerRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("root");
    for (const QString& region : Region::all())
        QTest::newRow(qPrintable(region)) << region << QStringLiteral("https://%1.api.konghq.com").arg(region);
}

void TestRegion::apiRootPerRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, root);
    QCOMPARE(Region::apiRoot(region), QUrl(root));
    QVERIFY(Region::checkRegion(region).isEmpty());
    QVERIFY2(Region::checkBaseUrl(Region::apiRoot(region)).isEmpty(), "a region's own root must pass --base-url");
}

void TestRegion::refusesUnknownRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("hint");
    QTest::newRow("empty") << QString() << "global, us, eu";
    QTest::newRow("unknown") << "mars"
                             << "global, us, eu, au, me, in, sg";
    QTest::newRow("upper case") << "EU"
                                << "lower case: use eu";
    QTest::newRow("with space") << " eu"
                                << "global, us";
}

void TestRegion::refusesUnknownRegions()
{
    QFETCH(QString, region);
    QFETCH(QString, hint);
    QVERIFY(!Region::isValid(region));
    QVERIFY(!Region::apiRoot(region).isValid());
    const QString message = Region::checkRegion(region);
    QVERIFY(message.startsWith(QLatin1String("--region")));
    QVERIFY2(message.contains(hint), qPrintable(message));
}

void TestRegion::acceptsBaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("konnect eu") << "https://eu.api.konghq.com/v2";
    QTest::newRow("trailing slash") << "https://eu.api.konghq.com/v2/";
    QTest::newRow("proxy prefix") << "https://proxy.example.com/konnect/v2";
    QTest::newRow("v3") << "https://us.api.konghq.com/v3";
    QTest::newRow("https any host with port") << "https://konnect.internal:8443/v2";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v2";
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080/v2";
    QTest::newRow("http ::1") << "http://[::1]:8080/v2";
    QTest::newRow("http localhost") << "http://localhost:8080/v2";
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/v2";
}

void TestRegion::acceptsBaseUrls()
{
    QFETCH(QString, url);
    const QString message = Region::checkBaseUrl(QUrl(url));
    QVERIFY2(message.isEmpty(), qPrintable(message));
}

void TestRegion::refusesBaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "is empty";
    QTest::newRow("relative") << "/v2"
                              << "absolute URL";
    QTest::newRow("no scheme") << "eu.api.konghq.com/v2"
                               << "absolute URL";
    QTest::newRow("endpoint path") << "https://eu.api.konghq.com/v2/audit-log-webhook"
                                   << "not an endpoint";
    QTest::newRow("v3 endpoint path") << "https://eu.api.konghq.com/v3/audit-log-destinations"
                                      << "not an endpoint";
    QTest::newRow("plain http remote") << "http://eu.api.konghq.com/v2"
                                       << "must use https";
    QTest::newRow("plain http private range") << "http://192.168.1.10/v2"
                                              << "only for a loopback host";
    QTest::newRow("plain http localhost lookalike") << "http://localhost.example.com/v2"
                                                    << "loopback";
    QTest::newRow("ftp") << "ftp://eu.api.konghq.com/v2"
                         << "must use https";
    QTest::newRow("user info") << "https://admin:hunter2@eu.api.konghq.com/v2"
                               << "user name or password";
    QTest::newRow("user only") << "https://admin@eu.api.konghq.com/v2"
                               << "user name or password";
    QTest::newRow("query") << "https://eu.api.konghq.com/v2?x=1"
                           << "query";
    QTest::newRow("empty query") << "https://eu.api.konghq.com/v2?"
                                 << "query";
    QTest::newRow("fragment") << "https://eu.api.konghq.com/v2#top"
                              << "fragment";
}

void TestRegion::refusesBaseUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QString message = Region::checkBaseUrl(QUrl(url));
    QVERIFY2(message.startsWith(QLatin1String("--base-url")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    // Every message says how to fix it, with an example or the accepted hosts.
    QVERIFY2(message.contains(QLatin1String("e.g.")) || message.contains(QLatin1String("loopback"))
                 || message.contains(QLatin1String("remove")),
             qPrintable(message));
}

void TestRegion::baseUrlMessagesNeverEchoTheUrl()
{
    const QString message = Region::checkBaseUrl(QUrl(QStringLiteral("https://admin:s3cr3t-pass@example.com/v2")));
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(QLatin1String("s3cr3t-pass")));
    QVERIFY(!message.contains(QLatin1String("admin")));
}

void TestRegion::normalizesTrailingSlashes()
{
    // The version belongs to each call: a root that still ends in /v2 or /v3 keeps working without it.
    QCOMPARE(Region::normalizedBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/v2//"))),
             QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(Region::normalizedBaseUrl(QUrl(QStringLiteral("https://x.example/v3"))),
             QUrl(QStringLiteral("https://x.example")));
    QCOMPARE(Region::normalizedBaseUrl(QUrl(QStringLiteral("https://x.example/konnect/v2/"))),
             QUrl(QStringLiteral("https://x.example/konnect")));
    QCOMPARE(Region::normalizedBaseUrl(QUrl(QStringLiteral("https://us.api.konghq.com/"))),
             QUrl(QStringLiteral("https://us.api.konghq.com")));
}

void TestRegion::destinationsLiveOnTheGlobalHost()
{
    QCOMPARE(Region::destinationsRoot(QUrl(QStringLiteral("https://eu.api.konghq.com"))),
             QUrl(QStringLiteral("https://global.api.konghq.com")));
    QCOMPARE(Region::destinationsRoot(QUrl(QStringLiteral("https://eu.api.konghq.com/v2"))),
             QUrl(QStringLiteral("https://global.api.konghq.com")));
    // A custom base URL (proxy, emulator) serves everything.
    QCOMPARE(Region::destinationsRoot(QUrl(QStringLiteral("http://127.0.0.1:8765"))),
             QUrl(QStringLiteral("http://127.0.0.1:8765")));
    QCOMPARE(Region::regionOfRoot(QUrl(QStringLiteral("https://sg.api.konghq.com/v3/"))), QStringLiteral("sg"));
    QVERIFY(Region::regionOfRoot(QUrl(QStringLiteral("https://proxy.example.com"))).isEmpty());
}

void TestRegion::profileApiRootPrefersBaseUrl()
{
    Profile profile;
    profile.region = QStringLiteral("eu");
    QCOMPARE(profile.apiRoot(), QUrl(QStringLiteral("https://eu.api.konghq.com")));
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v2/"));
    QCOMPARE(profile.apiRoot(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    Profile unset;
    QCOMPARE(unset.apiRoot(), QUrl(QStringLiteral("https://global.api.konghq.com")));
}

void TestRegion::commandOptionsNameTheProfileAndScope_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("profileRegion");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("options");
    QTest::newRow("own region") << "prod"
                                << "eu" << Scope::organization(QStringLiteral("eu")) << " --profile prod";
    QTest::newRow("another region") << "prod"
                                    << "eu" << Scope::organization(QStringLiteral("us"))
                                    << " --profile prod --region us";
    QTest::newRow("portal") << "prod"
                            << "eu" << Scope::portal(QStringLiteral("eu"), QStringLiteral("p-1"), "Partners")
                            << " --profile prod --portal p-1";
    QTest::newRow("a name for the shell")
        << "it's prod"
        << "eu" << Scope::organization(QStringLiteral("eu")) << " --profile 'it'\\''s prod'";
}

void TestRegion::commandOptionsNameTheProfileAndScope()
{
    QFETCH(QString, profile);
    QFETCH(QString, profileRegion);
    QFETCH(Scope, scope);
    QFETCH(QString, options);
    QCOMPARE(DestinationMove::repeatOptionsFor(profile, profileRegion, scope), options);
}

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
