#include "Ed25519Key.h"
#include "Ed25519Verifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

namespace {
// DER prefixes that turn a raw 32-byte Ed25519 key into what the openssl tool reads (RFC 8410).
const QByteArray spkiPrefix = QByteArray::fromHex("302a300506032b6570032100");
const QByteArray pkcs8Prefix = QByteArray::fromHex("302e020100300506032b657004220420");
} // namespace

class TestEd25519Key : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedKeySignsAndVerifies();
    void tamperedMessageOrSignatureFails();
    void otherKeyFails();
    void malformedInputsFail();
    void nullKey();
    void rfc8032Vectors_data();
    void rfc8032Vectors();
    void kidAndJwk();
    void verifiesSignatureMadeByOpensslTool();
    void opensslToolVerifiesOurSignature();
    void verifierIsSafeAcrossThreads();

private:
    QByteArray runOpenssl(const QStringList& arguments, int* exitCode = nullptr);
    QString m_openssl;
    QTemporaryDir m_dir;
};

void TestEd25519Key::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY(m_dir.isValid());
}

QByteArray TestEd25519Key::runOpenssl(const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

static QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestEd25519Key::generatedKeySignsAndVerifies()
{
    const Ed25519Key key = Ed25519Key::generate();
    QVERIFY(!key.isNull());
    QCOMPARE(key.publicKeyRaw().size(), 32);
    const QByteArray message = "2026-11-25T12:00:00Z konghq.com CEF:0|KongInc|Konnect|1.0|konnect|Authz.x|1|rt=1";
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(Ed25519Key::verify(key.publicKeyRaw(), message, signature));
    QVERIFY(Ed25519Verifier(key.publicKeyRaw()).verify(message, signature));
    // Ed25519 is deterministic: the same message gives the same signature.
    QCOMPARE(key.sign(message), signature);
    QVERIFY(Ed25519Key::generate().publicKeyRaw() != key.publicKeyRaw());
}

void TestEd25519Key::tamperedMessageOrSignatureFails()
{
    const Ed25519Key key = Ed25519Key::generate();
    const QByteArray message = "{\"name\":\"Ingress\",\"status\":200}";
    const QByteArray signature = key.sign(message);

    QByteArray otherMessage = message;
    otherMessage[otherMessage.size() - 3] = '1';
    QVERIFY(!Ed25519Key::verify(key.publicKeyRaw(), otherMessage, signature));
    QVERIFY(!Ed25519Key::verify(key.publicKeyRaw(), message + ' ', signature));

    QByteArray otherSignature = signature;
    otherSignature[10] = char(otherSignature.at(10) ^ 0x01);
    QVERIFY(!Ed25519Key::verify(key.publicKeyRaw(), message, otherSignature));
}

void TestEd25519Key::otherKeyFails()
{
    const Ed25519Key key = Ed25519Key::generate();
    const Ed25519Key other = Ed25519Key::generate();
    const QByteArray message = "payload";
    QVERIFY(!Ed25519Key::verify(other.publicKeyRaw(), message, key.sign(message)));
}

void TestEd25519Key::malformedInputsFail()
{
    const Ed25519Key key = Ed25519Key::generate();
    const QByteArray message = "payload";
    const QByteArray signature = key.sign(message);
    QVERIFY(!Ed25519Key::verify(key.publicKeyRaw().left(31), message, signature));
    QVERIFY(!Ed25519Key::verify(QByteArray(), message, signature));
    QVERIFY(!Ed25519Key::verify(key.publicKeyRaw(), message, signature.left(63)));
    QVERIFY(!Ed25519Key::verify(key.publicKeyRaw(), message, signature + 'x'));
    QVERIFY(!Ed25519Verifier(QByteArray(33, 'a')).isValid());
    QVERIFY(!Ed25519Verifier().verify(message, signature));
}

void TestEd25519Key::nullKey()
{
    const Ed25519Key key;
    QVERIFY(key.isNull());
    QVERIFY(key.sign("x").isEmpty());
    QVERIFY(key.publicKeyRaw().isEmpty());
    QVERIFY(key.kid().isEmpty());
    QVERIFY(key.jwk().isEmpty());
    QVERIFY(Ed25519Key::fromPrivateRaw(QByteArray(31, 'k')).isNull());
}

void TestEd25519Key::rfc8032Vectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("test 1") << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                            << QByteArray()
                            << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                                   "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2") << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                            << QByteArray("r")
                            << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                                   "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TestEd25519Key::rfc8032Vectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const Ed25519Key key = Ed25519Key::fromPrivateRaw(secret);
    QVERIFY(!key.isNull());
    QCOMPARE(key.publicKeyRaw(), publicKey);
    QCOMPARE(key.sign(message), signature);
    QVERIFY(Ed25519Key::verify(publicKey, message, signature));
}

void TestEd25519Key::kidAndJwk()
{
    const Ed25519Key key = Ed25519Key::generate();
    const QString kid = key.kid();
    QCOMPARE(kid.size(), 40);
    QCOMPARE(kid, QString::fromLatin1(QCryptographicHash::hash(key.publicKeyRaw(), QCryptographicHash::Sha1).toHex()));

    const QJsonObject jwk = key.jwk();
    QCOMPARE(jwk.size(), 5);
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
    QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), kid);
    const QString x = jwk.value(QStringLiteral("x")).toString();
    QCOMPARE(x.size(), 43); // 32 bytes, base64 without padding
    QVERIFY(!x.contains(QLatin1Char('=')) && !x.contains(QLatin1Char('+')) && !x.contains(QLatin1Char('/')));
    const auto decoded = QByteArray::fromBase64Encoding(
        x.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, key.publicKeyRaw());
}

void TestEd25519Key::verifiesSignatureMadeByOpensslTool()
{
    if (m_openssl.isEmpty())
        QSKIP("the openssl command-line tool is not installed");
    int exitCode = -1;
    runOpenssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                QStringLiteral("-out"), QStringLiteral("tool.pem")},
               &exitCode);
    QCOMPARE(exitCode, 0);
    runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("tool.pem"), QStringLiteral("-pubout"),
                QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                QStringLiteral("tool.pub.der")},
               &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray spki = readFile(m_dir.filePath(QStringLiteral("tool.pub.der")));
    QCOMPARE(spki.size(), 44);
    QVERIFY(spki.startsWith(spkiPrefix));
    const QByteArray publicRaw = spki.right(32);

    const QByteArray message = "2026-11-25T12:00:00Z konghq.com CEF:0|KongInc|Konnect|1.0|KongGateway|Ingress|1|rt=1";
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("message.bin")), message));
    runOpenssl({QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"),
                QStringLiteral("tool.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"),
                QStringLiteral("message.bin"), QStringLiteral("-out"), QStringLiteral("message.sig")},
               &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray signature = readFile(m_dir.filePath(QStringLiteral("message.sig")));
    QCOMPARE(signature.size(), 64);

    QVERIFY(Ed25519Key::verify(publicRaw, message, signature));
    QVERIFY(!Ed25519Key::verify(publicRaw, message + '.', signature));

    // The same seed loaded here must be the same key: same public key, and (Ed25519 being deterministic) the same
    // signature as the independent signer.
    runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("tool.pem"), QStringLiteral("-outform"),
                QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("tool.der")},
               &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray pkcs8 = readFile(m_dir.filePath(QStringLiteral("tool.der")));
    QCOMPARE(pkcs8.size(), 48);
    QVERIFY(pkcs8.startsWith(pkcs8Prefix));
    const Ed25519Key same = Ed25519Key::fromPrivateRaw(pkcs8.right(32));
    QCOMPARE(same.publicKeyRaw(), publicRaw);
    QCOMPARE(same.sign(message), signature);
}

void TestEd25519Key::opensslToolVerifiesOurSignature()
{
    if (m_openssl.isEmpty())
        QSKIP("the openssl command-line tool is not installed");
    const Ed25519Key key = Ed25519Key::generate();
    const QByteArray message = "{\"name\":\"Authz.audit-logs\",\"rt\":1}";
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ours.pub.der")), spkiPrefix + key.publicKeyRaw()));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ours.bin")), message));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ours.sig")), key.sign(message)));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("other.bin")), message + ' '));
    const QStringList verify {QStringLiteral("pkeyutl"),      QStringLiteral("-verify"), QStringLiteral("-pubin"),
                              QStringLiteral("-keyform"),     QStringLiteral("DER"),     QStringLiteral("-inkey"),
                              QStringLiteral("ours.pub.der"), QStringLiteral("-rawin"),  QStringLiteral("-sigfile"),
                              QStringLiteral("ours.sig"),     QStringLiteral("-in")};
    int exitCode = -1;
    const QByteArray out = runOpenssl(verify + QStringList {QStringLiteral("ours.bin")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(out.contains("Signature Verified Successfully"));
    runOpenssl(verify + QStringList {QStringLiteral("other.bin")}, &exitCode);
    QVERIFY(exitCode != 0);
}

void TestEd25519Key::verifierIsSafeAcrossThreads()
{
    const Ed25519Key key = Ed25519Key::generate();
    QList<QByteArray> messages;
    QList<QByteArray> signatures;
    for (int i = 0; i < 64; ++i) {
        messages += "line " + QByteArray::number(i);
        signatures += key.sign(messages.last());
    }
    const Ed25519Verifier verifier(key.publicKeyRaw());
    std::atomic<int> good {0};
    std::atomic<int> bad {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                for (int i = 0; i < messages.size(); ++i) {
                    // Every other thread checks a mismatched pair, which must fail.
                    const int sigIndex = (t % 2 == 0) ? i : (i + 1) % int(messages.size());
                    if (verifier.verify(messages.at(i), signatures.at(sigIndex)))
                        ++good;
                    else
                        ++bad;
                }
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(good.load(), 2 * 20 * 64);
    QCOMPARE(bad.load(), 2 * 20 * 64);
}

QTEST_GUILESS_MAIN(TestEd25519Key)
#include "tst_ed25519key.moc"
