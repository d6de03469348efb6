#include "TokenStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <set>

// Runs against the real Secret Service. scripts/run-tests.sh runs ctest inside scripts/with-private-keyring.sh, which
// gives this process a private D-Bus session with its own unlocked gnome-keyring and a throwaway HOME.
// The "no keychain" cases run this same binary again as a child process with a broken or empty session bus, because
// libsecret and QtDBus keep their first bus connection for the life of the process.

namespace {
const char childMarker[] = "KAW_TOKENSTORE_CHILD";

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString uniqueToken(const char* prefix)
{
    return QString::fromLatin1(prefix) + QStringLiteral("TstCanary")
        + QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Records every answer of a store from its creation on, so answers that arrive while the test waits for an earlier
// one are not lost.
class Answers
{
public:
    explicit Answers(TokenStore& store)
        : m_spy(&store, &TokenStore::finished)
    {
    }

    TokenStore::Result take(TokenStore::RequestId id)
    {
        for (int waited = 0; waited < 200; ++waited) {
            for (const QList<QVariant>& args : std::as_const(m_spy)) {
                const auto result = args.at(0).value<TokenStore::Result>();
                if (result.requestId == id)
                    return result;
            }
            m_spy.wait(100);
        }
        TokenStore::Result none;
        none.message = QStringLiteral("(test) no answer within 20 s");
        return none;
    }

private:
    QSignalSpy m_spy;
};

TokenStore::Result waitFor(TokenStore& store, TokenStore::RequestId id)
{
    // Answers always come from the event loop, so a spy made right after the call still sees this one.
    return Answers(store).take(id);
}
} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysAreScopedByProfileAndKind();
    void writesReadsOverwritesAndRemoves();
    void missingEntryIsNotFound();
    void memoryOnlyAnswersLaterAndNeverReachesTheKeychain();
    void profilesAreIsolated();
    void kindsAreIsolated();
    void everyCallAnswersOnceAndInOrder();
    void refusesBadInputWithoutTheKeychain();
    void answersOnceEvenWhenTheKeychainIsTooSlow();
    void secretsNeverLandInFilesOrLogs();
    void reportsNoKeychainWhenTheBusIsUnreachable();
    void reportsNoKeychainWhenTheBusHasNoSecretService();
    // Entry point of the child process; skipped when run normally.
    void noKeychainChild();

private:
    void runNoKeychainChild(const QString& busAddress);
    bool isChild() const { return qEnvironmentVariableIsSet(childMarker); }
    QStringList m_profilesUsed;
};

void TestTokenStore::initTestCase()
{
    if (isChild())
        return;
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    if (qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        const char* why = "tst_tokenstore needs a private Secret Service: run it through "
                          "scripts/with-private-keyring.sh (scripts/run-tests.sh does), so your own keychain is "
                          "never touched.";
        if (ci)
            QFAIL(why);
        QSKIP(why);
    }
    TokenStore store;
    const TokenStore::Result probe = waitFor(store, store.remove(QStringLiteral("tst-probe")));
    if (probe.state != TokenStore::State::Removed) {
        const QByteArray why = "No Secret Service is reachable although the private keyring should provide one: "
            + probe.message.toUtf8();
        if (ci)
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    QLoggingCategory::setFilterRules(QStringLiteral("kaw.keychain.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestTokenStore::cleanupTestCase()
{
    if (isChild() || qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1"))
        return;
    qInstallMessageHandler(g_previousHandler);
    TokenStore store;
    for (const QString& profile : std::as_const(m_profilesUsed)) {
        waitFor(store, store.remove(profile, SecretKind::KonnectToken));
        waitFor(store, store.remove(profile, SecretKind::SiemAuthorization));
    }
}

void TestTokenStore::keysAreScopedByProfileAndKind()
{
    QCOMPARE(TokenStore::serviceName(), QStringLiteral("konnect-audit-webhook"));
    QCOMPARE(TokenStore::keyFor(QStringLiteral("prod"), SecretKind::KonnectToken),
             QStringLiteral("profile/prod/konnect-token"));
    QCOMPARE(TokenStore::keyFor(QStringLiteral("prod"), SecretKind::SiemAuthorization),
             QStringLiteral("profile/prod/siem-authorization"));
}

void TestTokenStore::writesReadsOverwritesAndRemoves()
{
    TokenStore store;
    const QString profile = QStringLiteral("tst-roundtrip");
    m_profilesUsed << profile;
    const QString first = uniqueToken("kpat_");
    const QString second = uniqueToken("spat_");

    TokenStore::Result written = waitFor(store, store.write(profile, first));
    QCOMPARE(written.state, TokenStore::State::Written);
    QCOMPARE(written.operation, TokenStore::Operation::Write);
    QCOMPARE(written.profile, profile);
    QVERIFY(written.secret.isEmpty());

    TokenStore::Result read = waitFor(store, store.read(profile));
    QCOMPARE(read.state, TokenStore::State::Found);
    QCOMPARE(read.secret, first);
    QCOMPARE(read.kind, SecretKind::KonnectToken);

    // A second store object sees the same keychain: nothing is cached in memory.
    TokenStore other;
    QCOMPARE(waitFor(other, other.read(profile)).secret, first);

    QCOMPARE(waitFor(store, store.write(profile, second)).state, TokenStore::State::Written);
    read = waitFor(store, store.read(profile));
    QCOMPARE(read.state, TokenStore::State::Found);
    QCOMPARE(read.secret, second);

    const TokenStore::Result removed = waitFor(store, store.remove(profile));
    QCOMPARE(removed.state, TokenStore::State::Removed);
    read = waitFor(store, store.read(profile));
    QCOMPARE(read.state, TokenStore::State::NotFound);
    QVERIFY(read.secret.isEmpty());
    // Removing again is not an error.
    QCOMPARE(waitFor(store, store.remove(profile)).state, TokenStore::State::Removed);
}

void TestTokenStore::memoryOnlyAnswersLaterAndNeverReachesTheKeychain()
{
    TokenStore memory(TokenStore::Backing::MemoryOnly);
    QVERIFY(memory.isMemoryOnly());
    const QString profile = QStringLiteral("tst-memory-only");
    m_profilesUsed << profile;
    const QString secret = uniqueToken("kpat_");

    // Answered later, never from inside the call, like the keychain's store.
    QSignalSpy finished(&memory, &TokenStore::finished);
    const TokenStore::RequestId id = memory.write(profile, secret);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(waitFor(memory, id).state, TokenStore::State::Written);
    QCOMPARE(waitFor(memory, memory.read(profile)).secret, secret);
    QCOMPARE(waitFor(memory, memory.read(profile, SecretKind::SiemAuthorization)).state, TokenStore::State::NotFound);

    // The keychain has none of it.
    TokenStore keychain;
    QCOMPARE(waitFor(keychain, keychain.read(profile)).state, TokenStore::State::NotFound);
    // Bad input is refused as by the keychain's store.
    QCOMPARE(waitFor(memory, memory.write(QStringLiteral("bad/name"), secret)).state, TokenStore::State::Error);

    QCOMPARE(waitFor(memory, memory.remove(profile)).state, TokenStore::State::Removed);
    QCOMPARE(waitFor(memory, memory.read(profile)).state, TokenStore::State::NotFound);
}

void TestTokenStore::missingEntryIsNotFound()
{
    TokenStore store;
    const TokenStore::Result result = waitFor(store, store.read(QStringLiteral("tst-never-written")));
    QCOMPARE(result.state, TokenStore::State::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(QLatin1String("tst-never-written")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("Konnect token")), qPrintable(result.message));
}

void TestTokenStore::profilesAreIsolated()
{
    TokenStore store;
    const QString a = QStringLiteral("tst-iso-a");
    const QString b = QStringLiteral("tst-iso-b");
    m_profilesUsed << a << b;
    const QString tokenA = uniqueToken("kpat_");
    const QString tokenB = uniqueToken("kpat_");
    QCOMPARE(waitFor(store, store.write(a, tokenA)).state, TokenStore::State::Written);
    QCOMPARE(waitFor(store, store.write(b, tokenB)).state, TokenStore::State::Written);
    QCOMPARE(waitFor(store, store.read(a)).secret, tokenA);
    QCOMPARE(waitFor(store, store.read(b)).secret, tokenB);

    QCOMPARE(waitFor(store, store.remove(a)).state, TokenStore::State::Removed);
    QCOMPARE(waitFor(store, store.read(a)).state, TokenStore::State::NotFound);
    const TokenStore::Result stillThere = waitFor(store, store.read(b));
    QCOMPARE(stillThere.state, TokenStore::State::Found);
    QCOMPARE(stillThere.secret, tokenB);
}

void TestTokenStore::kindsAreIsolated()
{
    TokenStore store;
    const QString profile = QStringLiteral("tst-kinds");
    m_profilesUsed << profile;
    const QString token = uniqueToken("kpat_");
    const QString authorization = QStringLiteral("Splunk ") + uniqueToken("hec-");
    QCOMPARE(waitFor(store, store.write(profile, token)).state, TokenStore::State::Written);
    QCOMPARE(waitFor(store, store.read(profile, SecretKind::SiemAuthorization)).state, TokenStore::State::NotFound);
    QCOMPARE(waitFor(store, store.write(profile, authorization, SecretKind::SiemAuthorization)).state,
             TokenStore::State::Written);
    const TokenStore::Result siem = waitFor(store, store.read(profile, SecretKind::SiemAuthorization));
    QCOMPARE(siem.state, TokenStore::State::Found);
    QCOMPARE(siem.secret, authorization);
    QCOMPARE(siem.kind, SecretKind::SiemAuthorization);
    QCOMPARE(waitFor(store, store.read(profile)).secret, token);
    QCOMPARE(waitFor(store, store.remove(profile, SecretKind::SiemAuthorization)).state, TokenStore::State::Removed);
    QCOMPARE(waitFor(store, store.read(profile)).secret, token);
}

void TestTokenStore::everyCallAnswersOnceAndInOrder()
{
    TokenStore store;
    const QString profile = QStringLiteral("tst-order");
    m_profilesUsed << profile;
    const QString token = uniqueToken("kpat_");
    QList<TokenStore::Result> results;
    connect(&store, &TokenStore::finished, this, [&results](const TokenStore::Result& r) { results << r; });

    const QList<TokenStore::RequestId> ids {store.write(profile, token), store.read(profile), store.remove(profile),
                                            store.read(profile), store.write(QStringLiteral("bad name"), token)};
    QVERIFY2(results.isEmpty(), "answers come later, never from inside the call");
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), ids.size(), 20000);
    // A last round trip: any duplicate answer to the earlier calls would have arrived before it.
    const TokenStore::RequestId last = store.read(profile);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), ids.size() + 1, 20000);
    QCOMPARE(results.last().requestId, last);

    QList<TokenStore::RequestId> answered;
    for (const TokenStore::Result& r : std::as_const(results))
        answered << r.requestId;
    QCOMPARE(std::set<TokenStore::RequestId>(answered.begin(), answered.end()).size(), size_t(answered.size()));

    const auto resultFor = [&results](TokenStore::RequestId id) {
        for (const TokenStore::Result& r : std::as_const(results)) {
            if (r.requestId == id)
                return r;
        }
        return TokenStore::Result();
    };
    QCOMPARE(resultFor(ids[0]).state, TokenStore::State::Written);
    QCOMPARE(resultFor(ids[1]).state, TokenStore::State::Found);
    QCOMPARE(resultFor(ids[1]).secret, token);
    QCOMPARE(resultFor(ids[2]).state, TokenStore::State::Removed);
    QCOMPARE(resultFor(ids[3]).state, TokenStore::State::NotFound);
    QCOMPARE(resultFor(ids[4]).state, TokenStore::State::Error);
}

void TestTokenStore::refusesBadInputWithoutTheKeychain()
{
    TokenStore store;
    const QString token = uniqueToken("kpat_");
    for (const QString& name :
         {QString(), QStringLiteral("a/b"), QStringLiteral("../x"), QString(65, QLatin1Char('p'))}) {
        const TokenStore::Result result = waitFor(store, store.write(name, token));
        QCOMPARE(result.state, TokenStore::State::Error);
        QVERIFY2(result.message.contains(QLatin1String("profile name")), qPrintable(result.message));
        QVERIFY(!result.message.contains(token));
    }
    const TokenStore::Result empty = waitFor(store, store.write(QStringLiteral("tst-empty"), QString()));
    QCOMPARE(empty.state, TokenStore::State::Error);
    QVERIFY2(empty.message.contains(QLatin1String("empty")), qPrintable(empty.message));
    QCOMPARE(waitFor(store, store.read(QStringLiteral("tst-empty"))).state, TokenStore::State::NotFound);
}

void TestTokenStore::answersOnceEvenWhenTheKeychainIsTooSlow()
{
    TokenStore store;
    QList<TokenStore::Result> results;
    connect(&store, &TokenStore::finished, this, [&results](const TokenStore::Result& r) { results << r; });
    // No real keychain answers before the next turn of the event loop, so this request times out.
    store.setTimeout(std::chrono::milliseconds(0));
    const TokenStore::RequestId slow = store.read(QStringLiteral("tst-timeout"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20000);
    QCOMPARE(results.first().requestId, slow);
    QCOMPARE(results.first().state, TokenStore::State::Error);
    QVERIFY2(results.first().message.contains(QLatin1String("did not answer")), qPrintable(results.first().message));

    // The keychain's late answer to the timed-out request is dropped; the next request is answered normally.
    store.setTimeout(std::chrono::seconds(20));
    const TokenStore::RequestId next = store.read(QStringLiteral("tst-timeout"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 20000);
    QCOMPARE(results.last().requestId, next);
    QCOMPARE(results.last().state, TokenStore::State::NotFound);
    const TokenStore::RequestId last = store.read(QStringLiteral("tst-timeout"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 20000);
    QCOMPARE(results.last().requestId, last);
}

void TestTokenStore::secretsNeverLandInFilesOrLogs()
{
    const QString sandbox = qEnvironmentVariable("KAW_SANDBOX");
    QVERIFY2(!sandbox.isEmpty() && QDir(sandbox).exists(), "with-private-keyring.sh sets KAW_SANDBOX");
    for (const char* var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        QVERIFY2(qEnvironmentVariable(var).startsWith(sandbox), var);

    const QString keyringFile = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings/login.keyring");
    const auto fileHash = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    const QByteArray before = fileHash(keyringFile);

    TokenStore store;
    const QString profile = QStringLiteral("tst-files");
    m_profilesUsed << profile;
    const QString token = uniqueToken("kpat_");
    const QString authorization = QStringLiteral("Bearer ") + uniqueToken("siem");
    g_logLines.clear();
    QCOMPARE(waitFor(store, store.write(profile, token)).state, TokenStore::State::Written);
    QCOMPARE(waitFor(store, store.write(profile, authorization, SecretKind::SiemAuthorization)).state,
             TokenStore::State::Written);
    QCOMPARE(waitFor(store, store.read(profile)).secret, token);

    // The secret went into gnome-keyring's store, encrypted.
    QTRY_VERIFY_WITH_TIMEOUT(fileHash(keyringFile) != before, 10000);

    const QList<QByteArray> needles {token.toUtf8(), authorization.toUtf8(),
                                     QByteArray(reinterpret_cast<const char*>(token.utf16()), token.size() * 2),
                                     token.toUtf8().toBase64()};
    int scanned = 0;
    QDirIterator it(sandbox, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
            continue; // sockets
        const QByteArray content = file.readAll();
        ++scanned;
        for (const QByteArray& needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("secret in plain text in %1").arg(path)));
    }
    QVERIFY(scanned >= 1);
    // QtKeychain's plain-text fallback would be a QSettings file named after the service; it must not exist.
    for (const QString& dir :
         {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("HOME") + QStringLiteral("/.config")}) {
        const QString fallback = dir + QLatin1Char('/') + TokenStore::serviceName() + QStringLiteral(".conf");
        QVERIFY2(!QFile::exists(fallback), qPrintable(fallback));
    }

    QVERIFY(!g_logLines.isEmpty()); // debug logging was on, so the check below saw something
    for (const QString& line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(token), "the token was logged");
        QVERIFY2(!line.contains(authorization), "the SIEM authorization was logged");
    }
    QVERIFY2(g_logLines.join(QLatin1Char('\n')).contains(TokenStore::keyFor(profile, SecretKind::KonnectToken)),
             "key names are logged");
}

void TestTokenStore::runNoKeychainChild(const QString& busAddress)
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childMarker), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    for (const char* var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(var), home.path());
    env.remove(QStringLiteral("DISPLAY")); // no autolaunch of a bus behind our back
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForFinished(60000), "the child must answer without hanging");
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("PASS   : TestTokenStore::noKeychainChild()")), qPrintable(output));

    // No plain-text fallback: the child's HOME stays empty.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), qPrintable(QStringLiteral("the child wrote %1").arg(it.hasNext() ? it.next() : QString())));
}

void TestTokenStore::reportsNoKeychainWhenTheBusIsUnreachable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    runNoKeychainChild(QStringLiteral("unix:path=%1/no-bus-here").arg(dir.path()));
}

void TestTokenStore::reportsNoKeychainWhenTheBusHasNoSecretService()
{
    // A real session bus that offers no services at all: no Secret Service is running or can be started on it.
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QFAIL("dbus-daemon is missing: run scripts/setup-debian.sh");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                     .arg(dir.path())
                     .toUtf8());
    config.close();
    QProcess bus;
    bus.start(daemon,
              {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
               QStringLiteral("--print-address=1"), QStringLiteral("--nopidfile")});
    QVERIFY(bus.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine() || (bus.waitForReadyRead(100) && bus.canReadLine()), 10000);
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));
    runNoKeychainChild(address);
    bus.terminate();
    QVERIFY(bus.waitForFinished(10000));
}

void TestTokenStore::noKeychainChild()
{
    if (!isChild())
        QSKIP("runs only as the child process of the two tests above");
    TokenStore store;
    Answers answers(store);
    const QString token = uniqueToken("kpat_");
    struct Case
    {
        TokenStore::RequestId id;
        const char* consequence;
        bool konnect;
    };
    const QList<Case> cases {
        {store.write(QStringLiteral("child"), token), "the token cannot be stored", true},
        {store.read(QStringLiteral("child")), "the token cannot be read", true},
        {store.remove(QStringLiteral("child")), "the token cannot be removed", true},
        {store.write(QStringLiteral("child"), token, SecretKind::SiemAuthorization),
         "the SIEM authorization cannot be stored", false},
    };
    for (const Case& c : cases) {
        const TokenStore::Result result = answers.take(c.id);
        QCOMPARE(result.state, TokenStore::State::NoKeychain);
        QVERIFY2(result.message.startsWith(
                     QLatin1String("No system keychain is available (Secret Service not reachable over D-Bus)")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String(c.consequence)), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("gnome-keyring")), qPrintable(result.message));
        QCOMPARE(result.message.contains(QLatin1String("--token-stdin")), c.konnect);
        QVERIFY(!result.message.contains(token));
        QVERIFY(result.secret.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
