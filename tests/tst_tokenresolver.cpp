#include "TokenResolver.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Resolves against the real Secret Service (see tst_tokenstore: run through scripts/with-private-keyring.sh).
// The "keychain unavailable" cases run this binary again with a session bus address that leads nowhere.

namespace {
const char childMarker[] = "KAW_TOKENRESOLVER_CHILD";

QString uniqueToken(const char* prefix)
{
    return QString::fromLatin1(prefix) + QStringLiteral("TstResolve")
        + QString::number(QRandomGenerator::global()->generate64(), 36);
}

TokenResolver::Resolution resolveNow(TokenResolver& resolver, const QString& profile,
                                     const std::optional<QString>& forThisRun = std::nullopt)
{
    QSignalSpy spy(&resolver, &TokenResolver::resolved);
    const TokenResolver::RequestId id = resolver.resolve(profile, forThisRun);
    if (spy.count() != 0)
        qWarning("resolved() fired from inside resolve()");
    if (!spy.wait(20000))
        return {};
    // Exactly one answer, for this request.
    if (spy.count() != 1)
        qWarning("resolved() fired %lld times", qlonglong(spy.count()));
    const auto resolution = spy.at(0).at(0).value<TokenResolver::Resolution>();
    if (resolution.requestId != id)
        qWarning("answer for another request");
    return resolution;
}

void setEnvironmentToken(const QString& token)
{
    if (token.isNull())
        qunsetenv("KONNECT_TOKEN");
    else
        qputenv("KONNECT_TOKEN", token.toUtf8());
}
} // namespace

class TestTokenResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void tokenForThisRunComesFirst();
    void invalidTokenForThisRunIsRefusedNotSkipped();
    void keychainComesBeforeEnvironment();
    void invalidKeychainTokenIsRefusedNamingTheKeychain();
    void environmentIsTheLastResort();
    void invalidEnvironmentTokenIsRefusedNamingTheVariable();
    void noTokenAnywhereSaysHowToSetOne();
    void profilesResolveIndependently();
    void unavailableKeychainFallsBackToEnvironmentWithANote();
    void unavailableKeychainWithoutEnvironmentSaysSo();
    // Entry points of the child process; skipped when run normally.
    void childEnvironmentWithNote();
    void childNothing();

private:
    void runChild(const QString& function, const QString& environmentToken);
    bool isChild() const { return qEnvironmentVariableIsSet(childMarker); }
    TokenStore m_store;
    QStringList m_profilesUsed;
};

void TestTokenResolver::initTestCase()
{
    if (isChild())
        return;
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    if (qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        const char* why = "tst_tokenresolver needs a private Secret Service: run it through "
                          "scripts/with-private-keyring.sh (scripts/run-tests.sh does).";
        if (ci)
            QFAIL(why);
        QSKIP(why);
    }
}

void TestTokenResolver::init()
{
    if (!isChild())
        setEnvironmentToken(QString());
}

void TestTokenResolver::cleanupTestCase()
{
    setEnvironmentToken(QString());
    QSignalSpy spy(&m_store, &TokenStore::finished);
    for (const QString& profile : std::as_const(m_profilesUsed))
        m_store.remove(profile);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), m_profilesUsed.size(), 20000);
}

void TestTokenResolver::tokenForThisRunComesFirst()
{
    const QString profile = QStringLiteral("tst-res-stdin");
    m_profilesUsed << profile;
    QSignalSpy stored(&m_store, &TokenStore::finished);
    m_store.write(profile, uniqueToken("kpat_"));
    QVERIFY(stored.wait(20000));
    setEnvironmentToken(uniqueToken("kpat_"));

    TokenResolver resolver(&m_store);
    const QString given = uniqueToken("spat_");
    const TokenResolver::Resolution resolution = resolveNow(resolver, profile, given + QStringLiteral("\n"));
    QVERIFY2(resolution.ok, qPrintable(resolution.error));
    QCOMPARE(resolution.source, TokenResolver::Source::Stdin);
    QCOMPARE(resolution.token, given);
    QCOMPARE(resolution.profile, profile);
    QVERIFY(resolution.notes.isEmpty());
}

void TestTokenResolver::invalidTokenForThisRunIsRefusedNotSkipped()
{
    setEnvironmentToken(uniqueToken("kpat_"));
    TokenResolver resolver(&m_store);
    for (const QString& bad : {QString(), QStringLiteral("\n"), QStringLiteral("ghp_SeCrEtXyz")}) {
        const TokenResolver::Resolution resolution = resolveNow(resolver, QStringLiteral("tst-res-any"), bad);
        QVERIFY(!resolution.ok);
        QVERIFY(resolution.token.isEmpty());
        QCOMPARE(resolution.source, TokenResolver::Source::Stdin);
        QVERIFY2(resolution.error.contains(QLatin1String("--token-stdin")), qPrintable(resolution.error));
        QVERIFY(!resolution.error.contains(QLatin1String("SeCrEtXyz")));
    }
}

void TestTokenResolver::keychainComesBeforeEnvironment()
{
    const QString profile = QStringLiteral("tst-res-keychain");
    m_profilesUsed << profile;
    const QString stored = uniqueToken("kpat_");
    QSignalSpy spy(&m_store, &TokenStore::finished);
    m_store.write(profile, stored);
    QVERIFY(spy.wait(20000));
    setEnvironmentToken(uniqueToken("kpat_"));

    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, profile);
    QVERIFY2(resolution.ok, qPrintable(resolution.error));
    QCOMPARE(resolution.source, TokenResolver::Source::Keychain);
    QCOMPARE(resolution.token, stored);
    QVERIFY(resolution.notes.isEmpty());
}

void TestTokenResolver::invalidKeychainTokenIsRefusedNamingTheKeychain()
{
    const QString profile = QStringLiteral("tst-res-badstored");
    m_profilesUsed << profile;
    QSignalSpy spy(&m_store, &TokenStore::finished);
    m_store.write(profile, QStringLiteral("not-a-kpat SeCrEtStored"));
    QVERIFY(spy.wait(20000));
    setEnvironmentToken(uniqueToken("kpat_"));

    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, profile);
    QVERIFY(!resolution.ok);
    QCOMPARE(resolution.source, TokenResolver::Source::Keychain);
    QVERIFY2(resolution.error.contains(QLatin1String("system keychain")), qPrintable(resolution.error));
    QVERIFY2(resolution.error.contains(profile), qPrintable(resolution.error));
    QVERIFY2(resolution.error.contains(QLatin1String("token set --profile tst-res-badstored")),
             qPrintable(resolution.error));
    QVERIFY(!resolution.error.contains(QLatin1String("SeCrEtStored")));
}

void TestTokenResolver::environmentIsTheLastResort()
{
    const QString fromEnvironment = uniqueToken("spat_");
    setEnvironmentToken(QStringLiteral("  ") + fromEnvironment + QStringLiteral("\n"));
    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, QStringLiteral("tst-res-nothing-stored"));
    QVERIFY2(resolution.ok, qPrintable(resolution.error));
    QCOMPARE(resolution.source, TokenResolver::Source::Environment);
    QCOMPARE(resolution.token, fromEnvironment);
    QVERIFY(resolution.notes.isEmpty());
}

void TestTokenResolver::invalidEnvironmentTokenIsRefusedNamingTheVariable()
{
    setEnvironmentToken(QStringLiteral("kpat_SeCrEt WithSpace"));
    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, QStringLiteral("tst-res-nothing-stored"));
    QVERIFY(!resolution.ok);
    QCOMPARE(resolution.source, TokenResolver::Source::Environment);
    QVERIFY2(resolution.error.contains(QLatin1String("KONNECT_TOKEN")), qPrintable(resolution.error));
    QVERIFY2(resolution.error.contains(QLatin1String("space")), qPrintable(resolution.error));
    QVERIFY(!resolution.error.contains(QLatin1String("SeCrEt")));
}

void TestTokenResolver::noTokenAnywhereSaysHowToSetOne()
{
    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, QStringLiteral("tst-res-empty"));
    QVERIFY(!resolution.ok);
    QCOMPARE(resolution.source, TokenResolver::Source::None);
    QVERIFY(resolution.token.isEmpty());
    for (const char* hint :
         {"No Konnect token for profile \"tst-res-empty\"", "konnect-audit-webhook token set --profile tst-res-empty",
          "standard input", "KONNECT_TOKEN", "--token-stdin"})
        QVERIFY2(resolution.error.contains(QLatin1String(hint)), qPrintable(resolution.error));
}

void TestTokenResolver::profilesResolveIndependently()
{
    const QString a = QStringLiteral("tst-res-a");
    const QString b = QStringLiteral("tst-res-b");
    m_profilesUsed << a;
    const QString tokenA = uniqueToken("kpat_");
    QSignalSpy stored(&m_store, &TokenStore::finished);
    m_store.write(a, tokenA);
    QVERIFY(stored.wait(20000));

    TokenResolver resolver(&m_store);
    QSignalSpy spy(&resolver, &TokenResolver::resolved);
    const TokenResolver::RequestId idB = resolver.resolve(b);
    const TokenResolver::RequestId idA = resolver.resolve(a);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
    for (const QList<QVariant>& args : std::as_const(spy)) {
        const auto r = args.at(0).value<TokenResolver::Resolution>();
        if (r.requestId == idA) {
            QVERIFY(r.ok);
            QCOMPARE(r.token, tokenA);
            QCOMPARE(r.profile, a);
        } else {
            QCOMPARE(r.requestId, idB);
            QVERIFY(!r.ok);
            QCOMPARE(r.profile, b);
        }
    }
}

void TestTokenResolver::runChild(const QString& function, const QString& environmentToken)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childMarker), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1/no-bus").arg(dir.path()));
    env.remove(QStringLiteral("DISPLAY"));
    if (environmentToken.isNull())
        env.remove(QStringLiteral("KONNECT_TOKEN"));
    else
        env.insert(QStringLiteral("KONNECT_TOKEN"), environmentToken);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForFinished(60000), "the child must answer without hanging");
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestTokenResolver::%1()").arg(function)), qPrintable(output));
    if (!environmentToken.isEmpty())
        QVERIFY2(!output.contains(environmentToken), "the child printed the token");
}

void TestTokenResolver::unavailableKeychainFallsBackToEnvironmentWithANote()
{
    runChild(QStringLiteral("childEnvironmentWithNote"), QStringLiteral("kpat_ChildEnvToken42"));
}

void TestTokenResolver::unavailableKeychainWithoutEnvironmentSaysSo()
{
    runChild(QStringLiteral("childNothing"), QString());
}

void TestTokenResolver::childEnvironmentWithNote()
{
    if (!isChild())
        QSKIP("runs only as a child process of unavailableKeychainFallsBackToEnvironmentWithANote");
    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, QStringLiteral("child"));
    QVERIFY2(resolution.ok, qPrintable(resolution.error));
    QCOMPARE(resolution.source, TokenResolver::Source::Environment);
    QCOMPARE(resolution.token, QStringLiteral("kpat_ChildEnvToken42"));
    QCOMPARE(resolution.notes.size(), 1);
    QVERIFY2(resolution.notes.first().contains(QLatin1String("No system keychain is available")),
             qPrintable(resolution.notes.first()));
}

void TestTokenResolver::childNothing()
{
    if (!isChild())
        QSKIP("runs only as a child process of unavailableKeychainWithoutEnvironmentSaysSo");
    TokenResolver resolver(&m_store);
    const TokenResolver::Resolution resolution = resolveNow(resolver, QStringLiteral("child"));
    QVERIFY(!resolution.ok);
    QVERIFY2(resolution.error.contains(QLatin1String("No system keychain is available")), qPrintable(resolution.error));
    QVERIFY2(resolution.error.contains(QLatin1String("--token-stdin")), qPrintable(resolution.error));
    QVERIFY2(resolution.error.contains(QLatin1String("KONNECT_TOKEN")), qPrintable(resolution.error));
}

QTEST_GUILESS_MAIN(TestTokenResolver)
#include "tst_tokenresolver.moc"
