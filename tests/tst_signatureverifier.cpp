#include "AuditEventSamples.h"
#include "AuditLine.h"
#include "Ed25519Key.h"
#include "Jwks.h"
#include "JwksVerifier.h"
#include "KonnectEmulator.h"
#include "SignatureVerifier.h"
#include "VerificationRun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>
#include <zlib.h>

// Lines here are signed by an independent signer, OpenSSL's command-line tool, and the lines are put together by
// hand around its signatures, following Konnect's rule. Nothing here uses this project's signing code except the
// sample-based cases that say so.
namespace {
constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray cefPayload(int n, const QByteArray& action = "edit")
{
    return "2026-11-25T12:00:" + QByteArray::number(10 + n)
        + "Z konghq.com CEF:0|KongInc|Konnect|1.0|konnect|Authz.audit-logs|1|rt=17640720"
        + QByteArray::number(10000 + n) + " src=127.0.0.6 action=" + action
        + " granted=true org_id=5f0a9c42-3b1e-4d7a-9c61-2e8f7d4b1a90 principal_id=c3d9e2b7-81f4-4a5c-b0e6-7f2a9d13c845"
          " trace_id=46116860184273879"
        + QByteArray::number(10 + n) + " user_agent=grpc-node-js/1.12.4";
}

QByteArray jsonPayload(int n, const QByteArray& action = "edit")
{
    return R"({"action":")" + action + R"(","cef_version":"0","event_class_id":"konnect","event_ts":"2026-11-25T12:00:)"
        + QByteArray::number(10 + n)
        + R"(Z","granted":true,"name":"Authz.audit-logs","org_id":"5f0a9c42-3b1e-4d7a-9c61-2e8f7d4b1a90","rt":17640720)"
        + QByteArray::number(10000 + n) + R"(,"trace_id":46116860184273879)" + QByteArray::number(10 + n)
        + R"(,"user_agent":"Mozilla/5.0 (X11; Linux x86_64) \"quoted\""})";
}

QByteArray cefAtEnd(const QByteArray& payload, const QByteArray& sig)
{
    return payload + " sig=" + sig;
}

QByteArray cefInMiddle(const QByteArray& payload, const QByteArray& sig)
{
    const qsizetype at = payload.indexOf(" org_id=");
    return payload.left(at) + " sig=" + sig + payload.mid(at);
}

QByteArray cefFirstExtension(const QByteArray& payload, const QByteArray& sig)
{
    const qsizetype at = payload.lastIndexOf('|') + 1;
    return payload.left(at) + "sig=" + sig + ' ' + payload.mid(at);
}

QByteArray jsonAtEnd(const QByteArray& payload, const QByteArray& sig)
{
    return payload.chopped(1) + R"(,"sig":")" + sig + "\"}";
}

QByteArray jsonInMiddle(const QByteArray& payload, const QByteArray& sig)
{
    const qsizetype at = payload.indexOf(R"(,"org_id")");
    return payload.left(at) + R"(,"sig":")" + sig + '"' + payload.mid(at);
}

QByteArray jsonFirstMember(const QByteArray& payload, const QByteArray& sig)
{
    return R"({"sig":")" + sig + "\"," + payload.mid(1);
}

QByteArray cps(const QByteArray& payload, const QByteArray& sig)
{
    return R"({"event":)" + jsonAtEnd(payload, sig) + '}';
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// With zlib's own gzip writer, not ours.
bool writeGzip(const QString& path, const QList<QByteArray>& lines)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb1");
    if (!file)
        return false;
    bool ok = true;
    for (const QByteArray& line : lines) {
        const QByteArray withNewline = line + '\n';
        ok = ok && gzwrite(file, withNewline.constData(), unsigned(withNewline.size())) == int(withNewline.size());
    }
    return gzclose(file) == Z_OK && ok;
}

QByteArray jwksJson(const QList<QByteArray>& publicKeys)
{
    QJsonArray keys;
    for (const QByteArray& key : publicKeys)
        keys.append(Ed25519Key::jwkFor(key));
    return QJsonDocument(QJsonObject {{QStringLiteral("keys"), keys}}).toJson();
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditLineRebuildsThePayload_data();
    void auditLineRebuildsThePayload();
    void auditLineClassifies_data();
    void auditLineClassifies();
    void jwksKeepsOnlyEd25519Keys();
    void sessionTriesEveryKey_data();
    void sessionTriesEveryKey();
    void verifiesLinesSignedByTheOpensslTool();
    void reportsInvalidLinesWithReasons();
    void sigTextInsideACefValueDoesNotHideTheRealSignature();
    void verifiesSamplesInEveryFormat();
    void readsGzipInput();
    void truncatedGzipIsAnError();
    void manySmallBatchesKeepLineOrder();
    void overlongLineIsSkippedAndCounted();
    void severalFilesAreNamedInTheReport();
    void missingFileIsAnError();
    void verifierRunsInBackgroundWithProgress();
    void cancelStopsEarly();
    void cliExitCodesAndJson();
    void cliReadsStandardInput();
    void cliInputErrors();
    void cliFetchesTheKeySetFromKonnect();
    void cliMemoryStaysFlatOnALargeGzipFile();

private:
    QByteArray sign(const QString& keyFile, const QByteArray& payload);
    QByteArray publicKeyOf(const QString& keyFile);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    VerificationReport verify(const QStringList& files, int threads = 2, qsizetype batchBytes = 0);
    CliResult runCli(const QStringList& arguments, const QByteArray& input = {}, const QString& inputFile = {},
                     const QString& token = {});
    QList<QByteArray> mixedLines();

    QString m_openssl;
    QString m_binary;
    QTemporaryDir m_dir;
    QByteArray m_key1; // raw public keys
    QByteArray m_key2;
    QByteArray m_foreignKey;
    Jwks m_jwks; // key1 and key2, as the JWKS file has them
    QString m_jwksFile;
    QList<QByteArray> m_mixedLines; // signing takes a process per line: made once
};

void TestSignatureVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "the openssl command-line tool is needed as the independent signer");
    m_binary = qEnvironmentVariable("KAW_BINARY");
    for (const QString& name : {QStringLiteral("k1.pem"), QStringLiteral("k2.pem"), QStringLiteral("foreign.pem")}) {
        QProcess openssl;
        openssl.start(m_openssl,
                      {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                       QStringLiteral("-out"), path(name)});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
    }
    m_key1 = publicKeyOf(path(QStringLiteral("k1.pem")));
    m_key2 = publicKeyOf(path(QStringLiteral("k2.pem")));
    m_foreignKey = publicKeyOf(path(QStringLiteral("foreign.pem")));
    QCOMPARE(m_key1.size(), 32);
    QCOMPARE(m_key2.size(), 32);
    QVERIFY(m_key1 != m_key2);
    m_jwksFile = path(QStringLiteral("jwks.json"));
    QVERIFY(writeFile(m_jwksFile, jwksJson({m_key1, m_key2})));
    QString error;
    m_jwks = Jwks::fromFile(m_jwksFile, &error);
    QVERIFY2(!m_jwks.isEmpty(), qPrintable(error));
}

QByteArray TestSignatureVerifier::sign(const QString& keyFile, const QByteArray& payload)
{
    const QString payloadFile = path(QStringLiteral("payload.bin"));
    const QString signatureFile = path(QStringLiteral("signature.bin"));
    QFile::remove(signatureFile);
    if (!writeFile(payloadFile, payload))
        return {};
    QProcess openssl;
    openssl.start(m_openssl,
                  {QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"), keyFile,
                   QStringLiteral("-rawin"), QStringLiteral("-in"), payloadFile, QStringLiteral("-out"),
                   signatureFile});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    const QByteArray signature = readFile(signatureFile);
    return signature.size() == 64 ? signature.toBase64(base64Url) : QByteArray();
}

QByteArray TestSignatureVerifier::publicKeyOf(const QString& keyFile)
{
    QProcess openssl;
    openssl.start(m_openssl,
                  {QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout"),
                   QStringLiteral("-outform"), QStringLiteral("DER")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    // SubjectPublicKeyInfo for Ed25519 (RFC 8410) ends with the 32 raw bytes.
    return openssl.readAllStandardOutput().right(32);
}

VerificationReport TestSignatureVerifier::verify(const QStringList& files, int threads, qsizetype batchBytes)
{
    VerificationRun run(m_jwks, threads);
    if (batchBytes > 0)
        run.setBatchBytes(batchBytes);
    return run.run(files);
}

CliResult TestSignatureVerifier::runCli(const QStringList& arguments, const QByteArray& input, const QString& inputFile,
                                        const QString& token)
{
    CliResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Nothing of the user's: fresh settings, and a token only when the case gives one.
    for (const char* dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(dir), path(QStringLiteral("home/") + QString::fromLatin1(dir)));
    environment.remove(QStringLiteral("KONNECT_TOKEN"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("KONNECT_TOKEN"), token);
    process.setProcessEnvironment(environment);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, QStringList {QStringLiteral("verify")} + arguments);
    if (!process.waitForStarted(30000))
        return result;
    if (inputFile.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    // An in-process emulator answers only while the event loop runs, hence the spy rather than waitForFinished().
    if (finished.isEmpty() && !finished.wait(240000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestSignatureVerifier::auditLineRebuildsThePayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("cps");

    const QByteArray sig = QByteArray(64, '\x5a').toBase64(base64Url);
    const QByteArray padded = QByteArray(64, '\x5a').toBase64(QByteArray::Base64UrlEncoding);
    QVERIFY(padded.endsWith("=="));
    const QByteArray cef = cefPayload(1);
    const QByteArray json = jsonPayload(1);
    QTest::newRow("cef at end") << cef << cefAtEnd(cef, sig) << false;
    QTest::newRow("cef in middle") << cef << cefInMiddle(cef, sig) << false;
    QTest::newRow("cef first extension") << cef << cefFirstExtension(cef, sig) << false;
    QTest::newRow("cef padded") << cef << cefAtEnd(cef, padded) << false;
    QTest::newRow("cef crlf") << cef << cefAtEnd(cef, sig) + '\r' << false;
    QTest::newRow("json at end") << json << jsonAtEnd(json, sig) << false;
    QTest::newRow("json in middle") << json << jsonInMiddle(json, sig) << false;
    QTest::newRow("json first member") << json << jsonFirstMember(json, sig) << false;
    QTest::newRow("json only member") << QByteArray("{}") << QByteArray(R"({"sig":")" + sig + "\"}") << false;
    QTest::newRow("json crlf") << json << jsonAtEnd(json, padded) + '\r' << false;
    QTest::newRow("cps") << json << cps(json, sig) << true;
    // Re-serialised with spaces: the member is still found (and removed exactly as it stands).
    QTest::newRow("json spaced") << QByteArray(R"({"rt":1})") << QByteArray(R"({"rt":1, "sig" : ")" + sig + "\"}")
                                 << false;
}

void TestSignatureVerifier::auditLineRebuildsThePayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, line);
    QFETCH(bool, cps);

    const AuditLine parsed(line);
    QCOMPARE(parsed.kind(), AuditLine::Kind::Signed);
    QCOMPARE(parsed.candidateCount(), 1);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(parsed.candidate(0).signature.data()), 64),
             QByteArray(64, '\x5a'));
    QByteArray scratch;
    const QByteArrayView rebuilt = AuditLine::payload(parsed.candidate(0), scratch);
    if (cps)
        QCOMPARE(AuditLine::cpsInner(rebuilt).toByteArray(), payload);
    else
        QCOMPARE(rebuilt.toByteArray(), payload);
}

void TestSignatureVerifier::auditLineClassifies_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<AuditLine::Kind>("kind");
    QTest::addColumn<AuditLine::Problem>("problem");

    const QByteArray sig = QByteArray(64, '\x01').toBase64(base64Url);
    using Kind = AuditLine::Kind;
    using Problem = AuditLine::Problem;
    QTest::newRow("empty") << QByteArray() << Kind::Blank << Problem::None;
    QTest::newRow("spaces") << QByteArray(" \t ") << Kind::Blank << Problem::None;
    QTest::newRow("carriage return") << QByteArray("\r") << Kind::Blank << Problem::None;
    QTest::newRow("cef unsigned") << cefPayload(1) << Kind::Unsigned << Problem::None;
    QTest::newRow("json unsigned") << jsonPayload(1) << Kind::Unsigned << Problem::None;
    QTest::newRow("cef longer key") << cefPayload(1) + " xsig=" + sig << Kind::Unsigned << Problem::None;
    QTest::newRow("json sig inside a string")
        << QByteArray(R"({"note":"x\"sig\":\")" + sig + R"(\"","rt":1})") << Kind::Unsigned << Problem::None;
    QTest::newRow("json sig as a value") << QByteArray(R"({"list":["a","sig"],"rt":1})") << Kind::Unsigned
                                         << Problem::None;
    QTest::newRow("json sig not a string") << QByteArray(R"({"rt":1,"sig":5})") << Kind::Unsigned << Problem::None;
    QTest::newRow("cef empty sig") << cefPayload(1) + " sig=" << Kind::Malformed << Problem::EmptySignature;
    QTest::newRow("json empty sig") << jsonAtEnd(jsonPayload(1), "") << Kind::Malformed << Problem::EmptySignature;
    QTest::newRow("cef truncated") << cefAtEnd(cefPayload(1), sig.left(60)) << Kind::Malformed << Problem::WrongLength;
    QTest::newRow("json truncated") << jsonAtEnd(jsonPayload(1), sig.left(43)) << Kind::Malformed
                                    << Problem::WrongLength;
    QTest::newRow("too long") << cefAtEnd(cefPayload(1), sig + "AAAA") << Kind::Malformed << Problem::WrongLength;
    QTest::newRow("standard base64") << cefAtEnd(cefPayload(1), sig.left(85) + '+') << Kind::Malformed
                                     << Problem::NotBase64Url;
    QTest::newRow("one char too many") << cefAtEnd(cefPayload(1), sig + 'A') << Kind::Malformed << Problem::WrongLength;
    QTest::newRow("impossible length") << cefAtEnd(cefPayload(1), sig.left(85)) << Kind::Malformed
                                       << Problem::NotBase64Url;
    QTest::newRow("json unterminated") << QByteArray(R"({"rt":1,"sig":")" + sig.left(20)) << Kind::Malformed
                                       << Problem::UnterminatedValue;
}

void TestSignatureVerifier::auditLineClassifies()
{
    QFETCH(QByteArray, line);
    QFETCH(AuditLine::Kind, kind);
    QFETCH(AuditLine::Problem, problem);

    const AuditLine parsed(line);
    QCOMPARE(parsed.kind(), kind);
    QCOMPARE(parsed.problem(), problem);
    if (kind == AuditLine::Kind::Malformed)
        QVERIFY(!parsed.problemText().isEmpty());
}

void TestSignatureVerifier::jwksKeepsOnlyEd25519Keys()
{
    QCOMPARE(m_jwks.keys().size(), 2);
    QCOMPARE(m_jwks.keys().at(0).publicKey, m_key1);
    QCOMPARE(m_jwks.keys().at(0).kid, Ed25519Key::kidFor(m_key1));

    QJsonObject rsa {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("kid"), QStringLiteral("r1")}};
    QJsonObject shortKey = Ed25519Key::jwkFor(m_key2);
    shortKey.insert(QStringLiteral("x"), QStringLiteral("AAAA"));
    QString error;
    const Jwks mixed = Jwks::fromObject(
        QJsonObject {{QStringLiteral("keys"), QJsonArray {rsa, shortKey, Ed25519Key::jwkFor(m_key1)}}}, &error);
    QCOMPARE(mixed.keys().size(), 1);
    QCOMPARE(mixed.keys().at(0).publicKey, m_key1);
    QCOMPARE(mixed.notes().size(), 2);
    QVERIFY(mixed.notes().at(0).contains(QLatin1String("r1")));

    const Jwks single = Jwks::fromObject(Ed25519Key::jwkFor(m_key2), &error);
    QCOMPARE(single.keys().size(), 1);

    QVERIFY(Jwks::fromJson("{\"keys\":[]}", &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("no Ed25519")));
    QVERIFY(Jwks::fromJson("not json", &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("not a JSON Web Key Set")));
    QVERIFY(Jwks::fromFile(path(QStringLiteral("missing.json")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("missing.json")));
}

void TestSignatureVerifier::sessionTriesEveryKey_data()
{
    QTest::addColumn<bool>("reuseContexts");
    QTest::newRow("contexts reused") << true;
    QTest::newRow("contexts initialised each time") << false;
}

void TestSignatureVerifier::sessionTriesEveryKey()
{
    QFETCH(bool, reuseContexts);
    const Ed25519Key first = Ed25519Key::generate();
    const Ed25519Key second = Ed25519Key::generate();
    const JwksVerifier verifier({first.publicKeyRaw(), QByteArray("not a key"), second.publicKeyRaw()});
    QCOMPARE(verifier.keyCount(), 2);
    JwksVerifier::Session session(verifier, reuseContexts);
    const QByteArray message = cefPayload(1);
    const QByteArray byFirst = first.sign(message);
    const QByteArray bySecond = second.sign(message);
    QByteArray flipped = byFirst;
    flipped[10] = char(flipped.at(10) ^ 0x04);
    auto bytes
        = [](const QByteArray& signature) { return reinterpret_cast<const unsigned char*>(signature.constData()); };
    // Several rounds, so that every context verifies again after a success and after a failure.
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(session.verify(message, bytes(byFirst)), 0);
        QCOMPARE(session.verify(message, bytes(flipped)), -1);
        QCOMPARE(session.verify(message, bytes(bySecond)), 1);
        QCOMPARE(session.verify(message, bytes(bySecond)), 1);
        QCOMPARE(session.verify(cefPayload(2), bytes(bySecond)), -1);
        QCOMPARE(session.verify(message, bytes(byFirst)), 0);
    }
}

void TestSignatureVerifier::verifiesLinesSignedByTheOpensslTool()
{
    const QString k1 = path(QStringLiteral("k1.pem"));
    const QString k2 = path(QStringLiteral("k2.pem"));
    QList<QByteArray> lines;
    lines << cefAtEnd(cefPayload(1), sign(k1, cefPayload(1)));
    lines << cefInMiddle(cefPayload(2), sign(k2, cefPayload(2)));
    lines << cefFirstExtension(cefPayload(3), sign(k1, cefPayload(3)));
    lines << jsonAtEnd(jsonPayload(4), sign(k2, jsonPayload(4)));
    lines << jsonInMiddle(jsonPayload(5), sign(k1, jsonPayload(5)));
    lines << jsonFirstMember(jsonPayload(6), sign(k2, jsonPayload(6)));
    lines << cps(jsonPayload(7), sign(k1, jsonPayload(7)));
    // Padded base64url and CRLF line ends, as some SIEM exports have.
    const QByteArray padded = QByteArray::fromBase64(sign(k2, cefPayload(8)), QByteArray::Base64UrlEncoding)
                                  .toBase64(QByteArray::Base64UrlEncoding);
    lines << cefAtEnd(cefPayload(8), padded) + '\r';
    lines << jsonAtEnd(jsonPayload(9), sign(k1, jsonPayload(9))) + '\r';
    QVERIFY(padded.endsWith("=="));
    QVERIFY(writeFile(path(QStringLiteral("good.log")), lines.join('\n') + '\n'));

    const VerificationReport report = verify({path(QStringLiteral("good.log"))});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.invalid, 0);
    QCOMPARE(report.valid, 9);
    QCOMPARE(report.unsignedLines, 0);
    QCOMPARE(report.blank, 0);
    // Key rotation: both keys verified their own lines.
    QCOMPARE(report.validByKey, (QList<qint64> {5, 4}));
    QCOMPARE(report.exitCode(), 0);
}

QList<QByteArray> TestSignatureVerifier::mixedLines()
{
    if (!m_mixedLines.isEmpty())
        return m_mixedLines;
    const QString k1 = path(QStringLiteral("k1.pem"));
    const QString k2 = path(QStringLiteral("k2.pem"));
    const QString foreign = path(QStringLiteral("foreign.pem"));
    const QByteArray goodCefSig = sign(k1, cefPayload(1));
    const QByteArray goodJsonSig = sign(k2, jsonPayload(2));
    QList<QByteArray> lines;
    lines << cefAtEnd(cefPayload(1), goodCefSig); // 1 valid
    lines << QByteArray(); // 2 blank
    lines << cefAtEnd(cefPayload(1, "view"), goodCefSig); // 3 tampered
    lines << jsonInMiddle(jsonPayload(2), goodJsonSig); // 4 valid
    lines << jsonInMiddle(jsonPayload(2, "view"), goodJsonSig); // 5 tampered
    lines << cefPayload(3); // 6 unsigned
    lines << "   "; // 7 blank
    lines << cefAtEnd(cefPayload(4), sign(foreign, cefPayload(4))); // 8 unknown key
    lines << jsonAtEnd(jsonPayload(5), sign(foreign, jsonPayload(5))); // 9 unknown key
    lines << cefAtEnd(cefPayload(6), sign(k2, cefPayload(6)).left(70)); // 10 truncated
    lines << jsonAtEnd(jsonPayload(7), sign(k1, jsonPayload(7)).left(40)); // 11 truncated
    lines << cefInMiddle(cefPayload(8), "not*base64"); // 12 malformed
    lines << jsonPayload(9); // 13 unsigned
    lines << "\r"; // 14 blank
    lines << cps(jsonPayload(10), sign(k2, jsonPayload(10))); // 15 valid
    m_mixedLines = lines;
    return lines;
}

void TestSignatureVerifier::reportsInvalidLinesWithReasons()
{
    QVERIFY(writeFile(path(QStringLiteral("mixed.log")), mixedLines().join('\n')));

    const VerificationReport report = verify({path(QStringLiteral("mixed.log"))});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.valid, 3);
    QCOMPARE(report.invalid, 7);
    QCOMPARE(report.unsignedLines, 2);
    QCOMPARE(report.blank, 3);
    QCOMPARE(report.lines(), 15);
    QCOMPARE(report.exitCode(), 5);

    using Reason = VerificationReport::Reason;
    const QList<QPair<qint64, Reason>> expected {{3, Reason::TamperedOrUnknownKey}, {5, Reason::TamperedOrUnknownKey},
                                                 {8, Reason::TamperedOrUnknownKey}, {9, Reason::TamperedOrUnknownKey},
                                                 {10, Reason::MalformedSignature},  {11, Reason::MalformedSignature},
                                                 {12, Reason::MalformedSignature}};
    QCOMPARE(report.invalidLines.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(report.invalidLines.at(i).line, expected.at(i).first);
        QCOMPARE(report.invalidLines.at(i).reason, expected.at(i).second);
        QCOMPARE(report.invalidLines.at(i).fileIndex, 0);
    }
    QVERIFY(report.invalidLines.at(4).detail.contains(QLatin1String("52 bytes")));
    QVERIFY(report.invalidLines.at(6).detail.contains(QLatin1String("base64url")));

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("valid")).toInteger(), 3);
    QCOMPARE(json.value(QLatin1String("invalid")).toInteger(), 7);
    QCOMPARE(json.value(QLatin1String("unsigned")).toInteger(), 2);
    const QJsonObject first = json.value(QLatin1String("invalid_lines")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("line")).toInteger(), 3);
    QCOMPARE(first.value(QLatin1String("reason")).toString(), QStringLiteral("tampered_or_unknown_key"));
    QCOMPARE(first.value(QLatin1String("file")).toString(), path(QStringLiteral("mixed.log")));
}

void TestSignatureVerifier::sigTextInsideACefValueDoesNotHideTheRealSignature()
{
    // CEF values are not escaped: a user agent can carry " sig=" followed by something that looks like a signature.
    const QByteArray decoy = QByteArray(64, '\x33').toBase64(base64Url);
    const QByteArray payload = cefPayload(1) + " sig=" + decoy + " request=/x";
    const QByteArray line = cefInMiddle(payload, sign(path(QStringLiteral("k1.pem")), payload));
    const AuditLine parsed(line);
    QCOMPARE(parsed.candidateCount(), 2);
    QVERIFY(writeFile(path(QStringLiteral("decoy.log")), line + '\n'));
    const VerificationReport report = verify({path(QStringLiteral("decoy.log"))});
    QCOMPARE(report.valid, 1);
    QCOMPARE(report.invalid, 0);
}

void TestSignatureVerifier::verifiesSamplesInEveryFormat()
{
    // The project's own sample signer (AuditEventSamples), with a key made in-process.
    const Ed25519Key key = Ed25519Key::generate();
    const Jwks jwks = Jwks::fromPublicKeys({m_key1, key.publicKeyRaw()});
    QList<QByteArray> lines;
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-25T12:00:00Z"), Qt::ISODate);
    for (LogFormat format : {LogFormat::Cef, LogFormat::Json, LogFormat::Cps})
        lines += AuditEventSamples::lines(format, now, key);
    QVERIFY(writeFile(path(QStringLiteral("samples.log")), lines.join('\n')));
    const VerificationReport report = VerificationRun(jwks, 2).run({path(QStringLiteral("samples.log"))});
    QCOMPARE(report.valid, 9);
    QCOMPARE(report.invalid, 0);
    QCOMPARE(report.validByKey, (QList<qint64> {0, 9}));
}

void TestSignatureVerifier::readsGzipInput()
{
    const QList<QByteArray> lines = mixedLines();
    QVERIFY(writeGzip(path(QStringLiteral("mixed.log.gz")), lines));
    const VerificationReport report = verify({path(QStringLiteral("mixed.log.gz"))});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.valid, 3);
    QCOMPARE(report.invalid, 7);
    QCOMPARE(report.invalidLines.at(0).line, 3);

    // gzip is found by its content, not its name; concatenated members (cat a.gz b.gz) are one stream.
    const QByteArray twice
        = readFile(path(QStringLiteral("mixed.log.gz"))) + readFile(path(QStringLiteral("mixed.log.gz")));
    QVERIFY(writeFile(path(QStringLiteral("twice.txt")), twice));
    const VerificationReport doubled = verify({path(QStringLiteral("twice.txt"))});
    QVERIFY2(doubled.error.isEmpty(), qPrintable(doubled.error));
    QCOMPARE(doubled.valid, 6);
    QCOMPARE(doubled.invalid, 14);
    QCOMPARE(doubled.lines(), 30);
    QCOMPARE(doubled.invalidLines.at(7).line, 18);
}

void TestSignatureVerifier::truncatedGzipIsAnError()
{
    QList<QByteArray> lines;
    for (int i = 0; i < 2000; ++i)
        lines << cefPayload(i % 50);
    QVERIFY(writeGzip(path(QStringLiteral("whole.gz")), lines));
    const QByteArray whole = readFile(path(QStringLiteral("whole.gz")));
    QVERIFY(writeFile(path(QStringLiteral("cut.gz")), whole.left(whole.size() / 2)));
    const VerificationReport report = verify({path(QStringLiteral("cut.gz"))});
    QVERIFY(report.error.contains(QLatin1String("truncated")));
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(report.unsignedLines > 0);
    QVERIFY(report.unsignedLines < 2000);
}

void TestSignatureVerifier::manySmallBatchesKeepLineOrder()
{
    // Tiny batches on more threads than cores: results come back out of order and must be merged in order.
    QList<QByteArray> lines;
    const QList<QByteArray> mixed = mixedLines();
    for (int i = 0; i < 40; ++i)
        lines += mixed;
    QVERIFY(writeFile(path(QStringLiteral("many.log")), lines.join('\n') + '\n'));
    const VerificationReport oneThread = verify({path(QStringLiteral("many.log"))}, 1);
    const VerificationReport tinyBatches = verify({path(QStringLiteral("many.log"))}, 4, 300);
    QCOMPARE(tinyBatches.valid, 120);
    QCOMPARE(tinyBatches.invalid, 280);
    QCOMPARE(tinyBatches.blank, 120);
    QCOMPARE(tinyBatches.lines(), 600);
    QCOMPARE(oneThread.invalidLines.size(), tinyBatches.invalidLines.size());
    for (qsizetype i = 0; i < oneThread.invalidLines.size(); ++i) {
        QCOMPARE(tinyBatches.invalidLines.at(i).line, oneThread.invalidLines.at(i).line);
        QCOMPARE(tinyBatches.invalidLines.at(i).reason, oneThread.invalidLines.at(i).reason);
    }
    QCOMPARE(tinyBatches.invalidLines.at(7).line, 18);
}

void TestSignatureVerifier::overlongLineIsSkippedAndCounted()
{
    const QByteArray good = cefAtEnd(cefPayload(1), sign(path(QStringLiteral("k1.pem")), cefPayload(1)));
    const QByteArray huge = "x=" + QByteArray(3 * 1024 * 1024, 'a') + " sig=AAAA";
    QVERIFY(writeFile(path(QStringLiteral("long.log")), good + '\n' + huge + '\n' + good + '\n' + huge));
    const VerificationReport report = verify({path(QStringLiteral("long.log"))});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.valid, 2);
    QCOMPARE(report.invalid, 2);
    QCOMPARE(report.invalidLines.at(0).line, 2);
    QCOMPARE(report.invalidLines.at(0).reason, VerificationReport::Reason::LineTooLong);
    QCOMPARE(report.invalidLines.at(1).line, 4);
}

void TestSignatureVerifier::severalFilesAreNamedInTheReport()
{
    QVERIFY(writeFile(path(QStringLiteral("a.log")), mixedLines().join('\n')));
    QVERIFY(writeGzip(path(QStringLiteral("b.log.gz")), mixedLines()));
    const VerificationReport report = verify({path(QStringLiteral("a.log")), path(QStringLiteral("b.log.gz"))});
    QCOMPARE(report.valid, 6);
    QCOMPARE(report.invalid, 14);
    QCOMPARE(report.invalidLines.at(7).fileIndex, 1);
    QCOMPARE(report.invalidLines.at(7).line, 3); // line numbers start again in each file
    QCOMPARE(
        report.toJson().value(QLatin1String("invalid_lines")).toArray().at(7).toObject().value(QLatin1String("file")),
        path(QStringLiteral("b.log.gz")));
}

void TestSignatureVerifier::missingFileIsAnError()
{
    const VerificationReport report = verify({path(QStringLiteral("a.log")), path(QStringLiteral("nope.log"))});
    QVERIFY(report.error.contains(QLatin1String("nope.log")));
    QCOMPARE(report.lines(), 0); // found before anything is read
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(!VerificationRun::checkPaths({QStringLiteral("-"), QStringLiteral("-")}).isEmpty());
    QVERIFY(!VerificationRun::checkPaths({}).isEmpty());
    QVERIFY(!VerificationRun::checkPaths({m_dir.path()}).isEmpty());
}

void TestSignatureVerifier::verifierRunsInBackgroundWithProgress()
{
    QList<QByteArray> lines;
    const QList<QByteArray> mixed = mixedLines();
    for (int i = 0; i < 20; ++i)
        lines += mixed;
    QVERIFY(writeFile(path(QStringLiteral("progress.log")), lines.join('\n')));
    const qint64 size = QFileInfo(path(QStringLiteral("progress.log"))).size();

    SignatureVerifier verifier;
    verifier.setKeys(m_jwks);
    QSignalSpy progress(&verifier, &SignatureVerifier::progress);
    QSignalSpy finished(&verifier, &SignatureVerifier::finished);
    QVERIFY(verifier.start({path(QStringLiteral("progress.log"))}));
    QVERIFY(verifier.isRunning());
    QVERIFY(!verifier.start({path(QStringLiteral("progress.log"))}));
    QVERIFY(finished.wait(60000));
    QVERIFY(!verifier.isRunning());
    const auto report = finished.at(0).at(0).value<VerificationReport>();
    QCOMPARE(report.valid, 60);
    QCOMPARE(report.invalid, 140);
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toLongLong(), size);
    QCOMPARE(last.at(1).toLongLong(), size);
    QCOMPARE(last.at(2).toLongLong(), 300);

    // It can run again.
    QVERIFY(verifier.start({path(QStringLiteral("progress.log"))}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 2);
}

void TestSignatureVerifier::cancelStopsEarly()
{
    const QByteArray good = cefAtEnd(cefPayload(1), sign(path(QStringLiteral("k1.pem")), cefPayload(1)));
    QList<QByteArray> lines(100000, good);
    QVERIFY(writeGzip(path(QStringLiteral("cancel.gz")), lines));
    SignatureVerifier verifier;
    verifier.setKeys(m_jwks);
    QSignalSpy finished(&verifier, &SignatureVerifier::finished);
    QSignalSpy progress(&verifier, &SignatureVerifier::progress);
    QVERIFY(verifier.start({path(QStringLiteral("cancel.gz"))}));
    QVERIFY(progress.wait(60000)); // some work done
    verifier.cancel();
    QVERIFY(finished.wait(60000));
    const auto report = finished.at(0).at(0).value<VerificationReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.lines() < 100000);
    QCOMPARE(report.invalid, 0);
}

void TestSignatureVerifier::cliExitCodesAndJson()
{
    QVERIFY2(!m_binary.isEmpty(), "KAW_BINARY is set by CTest");
    const QString good = path(QStringLiteral("good.log"));
    const QString mixed = path(QStringLiteral("mixed.log"));
    QVERIFY(QFile::exists(good) && QFile::exists(mixed));

    CliResult result = runCli({good, QStringLiteral("--jwks"), m_jwksFile});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Valid:"), result.out.constData());
    QVERIFY(result.out.contains("9"));

    result = runCli({mixed, QStringLiteral("--jwks"), m_jwksFile});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.out.contains(QFile::encodeName(mixed) + ":3: tampered or unknown key"), result.out.constData());
    QVERIFY(result.out.contains(":10: malformed signature"));

    result = runCli({good, mixed, QStringLiteral("--jwks"), m_jwksFile, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 5);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(json.value(QLatin1String("valid")).toInteger(), 12);
    QCOMPARE(json.value(QLatin1String("invalid")).toInteger(), 7);
    QCOMPARE(json.value(QLatin1String("unsigned")).toInteger(), 2);
    const QJsonArray invalid = json.value(QLatin1String("invalid_lines")).toArray();
    QCOMPARE(invalid.size(), 7);
    const QJsonObject entry = invalid.at(4).toObject();
    QCOMPARE(entry.value(QLatin1String("file")).toString(), mixed);
    QCOMPARE(entry.value(QLatin1String("line")).toInteger(), 10);
    QCOMPARE(entry.value(QLatin1String("reason")).toString(), QStringLiteral("malformed_signature"));
    QVERIFY(!entry.value(QLatin1String("detail")).toString().isEmpty());
}

void TestSignatureVerifier::cliReadsStandardInput()
{
    QVERIFY(!m_binary.isEmpty());
    // A pipe with plain lines...
    CliResult result = runCli({QStringLiteral("-"), QStringLiteral("--jwks"), m_jwksFile, QStringLiteral("--json")},
                              mixedLines().join("\r\n"));
    QCOMPARE(result.exitCode, 5);
    QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("valid")).toInteger(), 3);
    QCOMPARE(json.value(QLatin1String("invalid")).toInteger(), 7);
    QCOMPARE(json.value(QLatin1String("blank")).toInteger(), 3);
    QCOMPARE(json.value(QLatin1String("invalid_lines")).toArray().at(0).toObject().value(QLatin1String("file")),
             QStringLiteral("-"));

    // ...and a gzip file given as standard input.
    result = runCli({QStringLiteral("-"), QStringLiteral("--json"), QStringLiteral("--jwks"), m_jwksFile}, {},
                    path(QStringLiteral("mixed.log.gz")));
    QCOMPARE(result.exitCode, 5);
    json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("valid")).toInteger(), 3);
    QCOMPARE(json.value(QLatin1String("invalid")).toInteger(), 7);

    const QByteArray onlyGood = cefAtEnd(cefPayload(1), sign(path(QStringLiteral("k1.pem")), cefPayload(1))) + '\n';
    result = runCli({QStringLiteral("-"), QStringLiteral("--jwks"), m_jwksFile}, onlyGood + "\n" + cefPayload(2));
    QCOMPARE(result.exitCode, 0);
}

void TestSignatureVerifier::cliInputErrors()
{
    QVERIFY(!m_binary.isEmpty());
    CliResult result = runCli({path(QStringLiteral("nope.log")), QStringLiteral("--jwks"), m_jwksFile});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("nope.log"));

    QVERIFY(writeFile(path(QStringLiteral("bad-jwks.json")), R"({"keys":[{"kty":"RSA"}]})"));
    result = runCli({path(QStringLiteral("good.log")), QStringLiteral("--jwks"), path(QStringLiteral("bad-jwks.json")),
                     QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QVERIFY2(json.value(QLatin1String("error")).toString().contains(QLatin1String("Ed25519")), result.out.constData());

    // A key set that has only a foreign key: every signed line is invalid.
    QVERIFY(writeFile(path(QStringLiteral("foreign-jwks.json")), jwksJson({m_foreignKey})));
    result = runCli({path(QStringLiteral("good.log")), QStringLiteral("--jwks"),
                     path(QStringLiteral("foreign-jwks.json")), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("invalid")).toInteger(), 9);
}

void TestSignatureVerifier::cliFetchesTheKeySetFromKonnect()
{
    QVERIFY(!m_binary.isEmpty());
    const QString token = QStringLiteral("kpat_verifytest_0123456789abcdef");
    KonnectEmulator emulator;
    emulator.setToken(token);
    QVERIFY2(emulator.listen(0), qPrintable(emulator.errorString()));
    // Lines signed by the emulator's key, then by the key it rotates to, and one by a key it never had.
    QList<QByteArray> lines = emulator.sampleEvents(LogFormat::Cef) + emulator.sampleEvents(LogFormat::Json);
    emulator.rotateSigningKey();
    lines += emulator.sampleEvents(LogFormat::Cps);
    lines << cefAtEnd(cefPayload(1), sign(path(QStringLiteral("k1.pem")), cefPayload(1)));
    QVERIFY(writeFile(path(QStringLiteral("konnect.log")), lines.join('\n')));
    const QStringList arguments {path(QStringLiteral("konnect.log")), QStringLiteral("--base-url"),
                                 emulator.baseUrl().toString(), QStringLiteral("--json")};

    CliResult result = runCli(arguments, {}, {}, token);
    QCOMPARE(result.exitCode, 5);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("valid")).toInteger(), 9);
    QCOMPARE(json.value(QLatin1String("invalid")).toInteger(), 1);
    QCOMPARE(
        json.value(QLatin1String("invalid_lines")).toArray().at(0).toObject().value(QLatin1String("line")).toInteger(),
        10);
    const QJsonObject byKey = json.value(QLatin1String("valid_by_key")).toObject();
    QCOMPARE(byKey.size(), 2);
    QCOMPARE(byKey.value(emulator.signingKey().kid()).toInteger(), 3);
    bool fetched = false;
    for (const QJsonValue entry : emulator.requestLog())
        fetched
            = fetched || entry.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/jwks.json"));
    QVERIFY(fetched);

    // Without --jwks a token is needed; nothing is read before it is found.
    result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains("token"));
    // Standard input cannot carry both the token and the lines.
    result = runCli({QStringLiteral("-"), QStringLiteral("--token-stdin"), QStringLiteral("--base-url"),
                     emulator.baseUrl().toString()},
                    token.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--token-stdin"));
}

void TestSignatureVerifier::cliMemoryStaysFlatOnALargeGzipFile()
{
    QVERIFY(!m_binary.isEmpty());
    // 200,000 lines, over 120 MB uncompressed. One in ten is signed (8 valid, 2 tampered per 100), the rest are
    // unsigned, which keeps the run short while every line still streams through the reader, queue and workers.
    const Ed25519Key key = Ed25519Key::generate();
    const QString jwksFile = path(QStringLiteral("big-jwks.json"));
    QVERIFY(writeFile(jwksFile, jwksJson({key.publicKeyRaw()})));
    QList<QByteArray> signedLines;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-25T12:00:00Z"), Qt::ISODate);
    for (int i = 0; signedLines.size() < 600; ++i)
        signedLines += AuditEventSamples::lines(LogFormat::Json, start.addSecs(i), key);
    const QByteArray filler = jsonPayload(1) + QByteArray(400, ' ');

    const QString file = path(QStringLiteral("big.log.gz"));
    gzFile out = gzopen(QFile::encodeName(file).constData(), "wb1");
    QVERIFY(out);
    qint64 uncompressed = 0;
    constexpr int lineCount = 200000;
    for (int i = 0; i < lineCount; ++i) {
        QByteArray line;
        const int slot = i % 100;
        if (slot < 8) {
            line = signedLines.at((i / 100 * 8 + slot) % signedLines.size());
        } else if (slot < 10) {
            line = signedLines.at(i / 100 % signedLines.size());
            line.replace("\"rt\":", "\"rt\":9");
        } else {
            line = filler;
        }
        line += '\n';
        uncompressed += line.size();
        QVERIFY(gzwrite(out, line.constData(), unsigned(line.size())) == int(line.size()));
    }
    QCOMPARE(gzclose(out), Z_OK);

    constexpr long boundKiB = 60 * 1024;
    QVERIFY2(uncompressed > 2 * boundKiB * 1024, "the file must be far larger than the memory bound");
    const CliResult result = runCli({file, QStringLiteral("--jwks"), jwksFile, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 5);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("valid")).toInteger(), 16000);
    QCOMPARE(json.value(QLatin1String("invalid")).toInteger(), 4000);
    QCOMPARE(json.value(QLatin1String("unsigned")).toInteger(), 180000);
    // The list is capped, the count is not.
    QCOMPARE(json.value(QLatin1String("invalid_lines")).toArray().size(), VerificationReport::maxListedInvalid);
    QCOMPARE(json.value(QLatin1String("invalid_lines_not_listed")).toInteger(), 3000);
    QCOMPARE(
        json.value(QLatin1String("invalid_lines")).toArray().at(0).toObject().value(QLatin1String("line")).toInteger(),
        9);

    // Peak resident memory of the largest child this test has waited for: the CLI above is by far the largest.
    struct rusage usage
    {
    };
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    qInfo("peak RSS of the verify process: %ld KiB for %lld bytes of lines", usage.ru_maxrss,
          static_cast<long long>(uncompressed));
    QVERIFY(usage.ru_maxrss > 0);
    // AddressSanitizer's shadow memory and quarantine count in RSS: the bound speaks of the real build only.
    if (qEnvironmentVariableIsSet("KAW_SANITIZED"))
        QSKIP("peak memory is not meaningful under AddressSanitizer (KAW_SANITIZED is set)");
    QVERIFY2(usage.ru_maxrss < boundKiB, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(usage.ru_maxrss)));
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
