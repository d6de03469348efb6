#include "AuthorizationHeader.h"
#include "WebhookConfig.h"

#include <QTest>

using Scheme = AuthorizationHeader::Scheme;
Q_DECLARE_METATYPE(AuthorizationHeader::Scheme)

class TestAuthorizationHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemeNames();
    void composes_data();
    void composes();
    void splitsWhatItComposes_data();
    void splitsWhatItComposes();
    void splitKeepsAnythingElseAsCustom_data();
    void splitKeepsAnythingElseAsCustom();
    void composeTrimsOnlyTokens();
    void acceptsGoodCredentials_data();
    void acceptsGoodCredentials();
    void refusesBadCredentialsWithoutEchoingThem_data();
    void refusesBadCredentialsWithoutEchoingThem();
};

void TestAuthorizationHeader::schemeNames()
{
    QCOMPARE(AuthorizationHeader::schemes().size(), 4);
    for (Scheme scheme : AuthorizationHeader::schemes())
        QVERIFY(AuthorizationHeader::schemeFromName(AuthorizationHeader::schemeName(scheme)) == scheme);
    QCOMPARE(AuthorizationHeader::schemeName(Scheme::Custom), QStringLiteral("custom"));
    QVERIFY(!AuthorizationHeader::schemeFromName(QStringLiteral("bearer")));
    QVERIFY(!AuthorizationHeader::schemeFromName(QStringLiteral("placeholder")));
    QVERIFY(!AuthorizationHeader::schemeFromName(QString()));
}

void TestAuthorizationHeader::composes_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("header");
    QTest::newRow("bearer") << Scheme::Bearer << "abc.DEF-123"
                            << "Bearer abc.DEF-123";
    QTest::newRow("splunk") << Scheme::Splunk << "12345678-abcd-ef01-2345-6789abcdef01"
                            << "Splunk 12345678-abcd-ef01-2345-6789abcdef01";
    // RFC 7617's own example.
    QTest::newRow("basic rfc example") << Scheme::Basic << "Aladdin:open sesame"
                                       << "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==";
    QTest::newRow("basic utf-8") << Scheme::Basic << QStringLiteral("test:123\u00a3") << "Basic dGVzdDoxMjPCow==";
    QTest::newRow("basic colon in password") << Scheme::Basic << "u:p:w"
                                             << "Basic dTpwOnc=";
    QTest::newRow("custom as is") << Scheme::Custom << "ApiKey k=v, other"
                                  << "ApiKey k=v, other";
    QTest::newRow("custom placeholder") << Scheme::Custom << "none"
                                        << "none";
}

void TestAuthorizationHeader::composes()
{
    QFETCH(Scheme, scheme);
    QFETCH(QString, credential);
    QFETCH(QString, header);
    QCOMPARE(AuthorizationHeader::compose(scheme, credential), header);
    QVERIFY(!AuthorizationHeader::check(scheme, credential));
    QVERIFY(!WebhookConfig::checkAuthorization(header));
}

void TestAuthorizationHeader::splitsWhatItComposes_data()
{
    composes_data();
}

void TestAuthorizationHeader::splitsWhatItComposes()
{
    QFETCH(Scheme, scheme);
    QFETCH(QString, credential);
    QFETCH(QString, header);
    const auto [splitScheme, splitCredential] = AuthorizationHeader::split(header);
    QCOMPARE(AuthorizationHeader::schemeName(splitScheme), AuthorizationHeader::schemeName(scheme));
    QCOMPARE(splitCredential, credential);
    QCOMPARE(AuthorizationHeader::compose(splitScheme, splitCredential), header);
}

void TestAuthorizationHeader::splitKeepsAnythingElseAsCustom_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("lower-case bearer") << "bearer abc";
    QTest::newRow("two spaces") << "Bearer  abc";
    QTest::newRow("token with space") << "Splunk abc def";
    QTest::newRow("scheme only") << "Bearer";
    QTest::newRow("scheme and space") << "Splunk ";
    QTest::newRow("basic not base64") << "Basic not*base64";
    QTest::newRow("basic without colon") << "Basic YWJj"; // "abc"
    QTest::newRow("basic non-canonical padding") << "Basic YWI6Yw"; // "ab:c" without '='
    QTest::newRow("basic invalid utf-8") << "Basic /zr/"; // ff 3a ff
    QTest::newRow("other scheme") << "Token abc";
    QTest::newRow("empty") << "";
    QTest::newRow("placeholder") << "none";
}

void TestAuthorizationHeader::splitKeepsAnythingElseAsCustom()
{
    QFETCH(QString, header);
    const auto [scheme, credential] = AuthorizationHeader::split(header);
    QCOMPARE(AuthorizationHeader::schemeName(scheme), QStringLiteral("custom"));
    QCOMPARE(credential, header);
    QCOMPARE(AuthorizationHeader::compose(scheme, credential), header);
}

void TestAuthorizationHeader::composeTrimsOnlyTokens()
{
    QCOMPARE(AuthorizationHeader::compose(Scheme::Bearer, QStringLiteral(" tok123\n")),
             QStringLiteral("Bearer tok123"));
    QCOMPARE(AuthorizationHeader::compose(Scheme::Splunk, QStringLiteral("tok123\r\n")),
             QStringLiteral("Splunk tok123"));
    QVERIFY(!AuthorizationHeader::check(Scheme::Splunk, QStringLiteral("tok123\r\n")));
    // A password may legitimately end with a space, and custom is sent exactly as typed.
    QCOMPARE(AuthorizationHeader::split(AuthorizationHeader::compose(Scheme::Basic, QStringLiteral("u:p "))).second,
             QStringLiteral("u:p "));
    QCOMPARE(AuthorizationHeader::compose(Scheme::Custom, QStringLiteral(" x ")), QStringLiteral(" x "));
}

void TestAuthorizationHeader::acceptsGoodCredentials_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("credential");
    QTest::newRow("basic empty user") << Scheme::Basic << ":apikey";
    QTest::newRow("basic empty password") << Scheme::Basic << "user:";
    QTest::newRow("custom with spaces") << Scheme::Custom << "Splunk abc";
}

void TestAuthorizationHeader::acceptsGoodCredentials()
{
    QFETCH(Scheme, scheme);
    QFETCH(QString, credential);
    const auto problem = AuthorizationHeader::check(scheme, credential);
    QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
}

void TestAuthorizationHeader::refusesBadCredentialsWithoutEchoingThem_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("secretPart");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer empty") << Scheme::Bearer << " \n" << QString() << "is empty";
    QTest::newRow("splunk with scheme pasted") << Scheme::Splunk << "Splunk SeCrEt-123"
                                               << "SeCrEt-123"
                                               << "Give only the token";
    QTest::newRow("bearer with scheme pasted") << Scheme::Bearer << "bearer SeCrEt-123"
                                               << "SeCrEt-123"
                                               << "Give only the token";
    QTest::newRow("bearer space inside") << Scheme::Bearer << "SeCrEt 123"
                                         << "SeCrEt"
                                         << "space or line break";
    QTest::newRow("splunk non-ascii") << Scheme::Splunk << QStringLiteral("SeCrEt\u00e9") << "SeCrEt"
                                      << "printable ASCII";
    QTest::newRow("basic without colon") << Scheme::Basic << "SeCrEtUser"
                                         << "SeCrEtUser"
                                         << "user:password";
    QTest::newRow("basic empty") << Scheme::Basic << "" << QString() << "is empty";
    QTest::newRow("basic line break") << Scheme::Basic << "user:SeCrEt\n"
                                      << "SeCrEt"
                                      << "line break";
    QTest::newRow("custom empty") << Scheme::Custom << "  " << QString() << "is empty";
    QTest::newRow("custom line break") << Scheme::Custom << "SeCrEt\r\nX-Evil: 1"
                                       << "SeCrEt"
                                       << "line break";
    QTest::newRow("custom tab") << Scheme::Custom << "SeCrEt\tx"
                                << "SeCrEt"
                                << "printable ASCII";
}

void TestAuthorizationHeader::refusesBadCredentialsWithoutEchoingThem()
{
    QFETCH(Scheme, scheme);
    QFETCH(QString, credential);
    QFETCH(QString, secretPart);
    QFETCH(QString, expected);
    const auto problem = AuthorizationHeader::check(scheme, credential);
    QVERIFY(problem);
    QCOMPARE(problem->field, QStringLiteral("authorization"));
    QVERIFY2(problem->message.contains(expected), qPrintable(problem->message));
    if (!secretPart.isEmpty())
        QVERIFY2(!problem->message.contains(secretPart), qPrintable(problem->message));
}

QTEST_APPLESS_MAIN(TestAuthorizationHeader)
#include "tst_authorizationheader.moc"
