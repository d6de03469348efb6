#include "AuditEventSamples.h"
#include "Ed25519Key.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <zlib.h>

namespace {

const QDateTime fixedNow(QDate(2026, 11, 25), QTime(12, 34, 56, 789), Qt::UTC);

struct Unsigned
{
    QByteArray payload;
    QByteArray signature;
};

QByteArray base64UrlDecode(const QByteArray& text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

// The facts file's rule for CEF: drop " sig=<value>" (the space included) from the line.
Unsigned splitCef(const QByteArray& line)
{
    const qsizetype at = line.lastIndexOf(" sig=");
    if (at < 0)
        return {};
    return {line.left(at), base64UrlDecode(line.mid(at + 5))};
}

// The facts file's rule for JSON: drop `,"sig":"<value>"` byte for byte, no re-serialisation.
Unsigned splitJson(const QByteArray& line)
{
    const QByteArray marker = ",\"sig\":\"";
    const qsizetype at = line.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype valueStart = at + marker.size();
    const qsizetype valueEnd = line.indexOf('"', valueStart);
    if (valueEnd < 0)
        return {};
    QByteArray payload = line;
    payload.remove(at, valueEnd + 1 - at);
    return {payload, base64UrlDecode(line.mid(valueStart, valueEnd - valueStart))};
}

QByteArray gunzip(const QByteArray& compressed)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    int result = Z_OK;
    while (result == Z_OK) {
        char buffer[4096];
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace

class TestAuditEventSamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cefLinesHaveKongsShape();
    void jsonLinesHaveKongsShape_data();
    void jsonLinesHaveKongsShape();
    void signaturesVerifyAfterRemovingSig_data();
    void signaturesVerifyAfterRemovingSig();
    void outputIsDeterministic();
    void gzipBodyGunzipsToTheLines();

private:
    Ed25519Key m_key;
};

void TestAuditEventSamples::initTestCase()
{
    m_key = Ed25519Key::generate();
    QVERIFY(!m_key.isNull());
}

void TestAuditEventSamples::cefLinesHaveKongsShape()
{
    const QList<QByteArray> lines = AuditEventSamples::lines(LogFormat::Cef, fixedNow, m_key);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression shape(
        QStringLiteral("^(\\S+) konghq\\.com CEF:0\\|KongInc\\|Konnect\\|1\\.0\\|([^|]+)\\|([^|]+)\\|(\\d+)\\|(.*) "
                       "sig=([A-Za-z0-9_-]{86})$"));
    QStringList names;
    for (const QByteArray& line : lines) {
        QVERIFY(!line.contains('\n'));
        const auto match = shape.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        QCOMPARE(match.captured(1), QStringLiteral("2026-11-25T12:34:56Z"));
        names += match.captured(3);
        const QString extensions = match.captured(5);
        QVERIFY(extensions.startsWith(QStringLiteral("rt=1795610096789 ")));
        for (const char* key : {" src=", " org_id=", " principal_id=", " trace_id=", " user_agent="})
            QVERIFY2(extensions.contains(QLatin1String(key)), key);
        if (match.captured(3) == QStringLiteral("Ingress")) {
            for (const char* key : {" request=", " query=", " act=PATCH", " status=200"})
                QVERIFY2(extensions.contains(QLatin1String(key)), key);
        }
    }
    QCOMPARE(names.at(0), QStringLiteral("AUTHENTICATION_OUTCOME_SUCCESS"));
    QVERIFY(names.at(1).startsWith(QStringLiteral("Authz.")));
    QCOMPARE(names.at(2), QStringLiteral("Ingress"));
}

void TestAuditEventSamples::jsonLinesHaveKongsShape_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(LogFormat::Json);
    QTest::newRow("cps") << int(LogFormat::Cps);
}

void TestAuditEventSamples::jsonLinesHaveKongsShape()
{
    QFETCH(int, format);
    const QList<QByteArray> lines = AuditEventSamples::lines(LogFormat(format), fixedNow, m_key);
    QCOMPARE(lines.size(), 3);
    QStringList names;
    for (const QByteArray& line : lines) {
        QVERIFY(!line.contains('\n'));
        // Compact, sig last.
        QVERIFY(!line.contains(": ") && !line.contains(", "));
        QByteArray eventText = line;
        if (LogFormat(format) == LogFormat::Cps) {
            QVERIFY(line.startsWith("{\"event\":{"));
            QVERIFY(line.endsWith("}}"));
            eventText = line.mid(9, line.size() - 10);
        }
        QVERIFY(QRegularExpression(QStringLiteral(",\"sig\":\"[A-Za-z0-9_-]{86}\"}$"))
                    .match(QString::fromUtf8(eventText))
                    .hasMatch());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonObject event = document.object();
        if (LogFormat(format) == LogFormat::Cps) {
            QCOMPARE(event.size(), 1);
            event = event.value(QStringLiteral("event")).toObject();
        }
        QCOMPARE(event.value(QStringLiteral("cef_version")).toString(), QStringLiteral("0"));
        QCOMPARE(event.value(QStringLiteral("event_product")).toString(), QStringLiteral("Konnect"));
        QCOMPARE(event.value(QStringLiteral("event_vendor")).toString(), QStringLiteral("KongInc"));
        QCOMPARE(event.value(QStringLiteral("event_version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(event.value(QStringLiteral("event_ts")).toString(), QStringLiteral("2026-11-25T12:34:56Z"));
        QVERIFY(!event.value(QStringLiteral("event_class_id")).toString().isEmpty());
        QVERIFY(event.value(QStringLiteral("severity")).isDouble());
        QCOMPARE(event.value(QStringLiteral("rt")).toInteger(), qint64(1795610096789));
        for (const char* key : {"src", "org_id", "principal_id", "user_agent", "sig"})
            QVERIFY2(!event.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(event.value(QStringLiteral("trace_id")).isDouble());
        names += event.value(QStringLiteral("name")).toString();
        if (names.last() == QStringLiteral("Ingress")) {
            QCOMPARE(event.value(QStringLiteral("act")).toString(), QStringLiteral("PATCH"));
            QCOMPARE(event.value(QStringLiteral("status")).toInt(), 200);
            QVERIFY(!event.value(QStringLiteral("request")).toString().isEmpty());
            QVERIFY(event.value(QStringLiteral("query")).isString());
        }
    }
    QCOMPARE(names.at(0), QStringLiteral("AUTHENTICATION_OUTCOME_SUCCESS"));
    QVERIFY(names.at(1).startsWith(QStringLiteral("Authz.")));
    QCOMPARE(names.at(2), QStringLiteral("Ingress"));
}

void TestAuditEventSamples::signaturesVerifyAfterRemovingSig_data()
{
    jsonLinesHaveKongsShape_data();
    QTest::newRow("cef") << int(LogFormat::Cef);
}

void TestAuditEventSamples::signaturesVerifyAfterRemovingSig()
{
    QFETCH(int, format);
    const Ed25519Key other = Ed25519Key::generate();
    const QList<QByteArray> lines = AuditEventSamples::lines(LogFormat(format), fixedNow, m_key);
    for (const QByteArray& line : lines) {
        Unsigned parts = LogFormat(format) == LogFormat::Cef ? splitCef(line) : splitJson(line);
        QCOMPARE(parts.signature.size(), 64);
        if (LogFormat(format) == LogFormat::Cps) {
            // CPS: the inner event is what was signed.
            QVERIFY(parts.payload.startsWith("{\"event\":{") && parts.payload.endsWith("}}"));
            parts.payload = parts.payload.mid(9, parts.payload.size() - 10);
        }
        QVERIFY2(Ed25519Key::verify(m_key.publicKeyRaw(), parts.payload, parts.signature), line.constData());
        QVERIFY(!Ed25519Key::verify(other.publicKeyRaw(), parts.payload, parts.signature));
        QByteArray tampered = parts.payload;
        tampered.replace("konghq.com", "konghq.org").replace("Konnect", "Konnekt");
        QVERIFY(tampered != parts.payload);
        QVERIFY(!Ed25519Key::verify(m_key.publicKeyRaw(), tampered, parts.signature));
    }
}

void TestAuditEventSamples::outputIsDeterministic()
{
    for (LogFormat format : {LogFormat::Cef, LogFormat::Json, LogFormat::Cps}) {
        QCOMPARE(AuditEventSamples::lines(format, fixedNow, m_key), AuditEventSamples::lines(format, fixedNow, m_key));
        QVERIFY(AuditEventSamples::lines(format, fixedNow, m_key)
                != AuditEventSamples::lines(format, fixedNow.addSecs(1), m_key));
    }
}

void TestAuditEventSamples::gzipBodyGunzipsToTheLines()
{
    const QList<QByteArray> lines = AuditEventSamples::lines(LogFormat::Json, fixedNow, m_key);
    const QByteArray body = AuditEventSamples::gzipBody(lines);
    QVERIFY(body.startsWith(QByteArray::fromHex("1f8b08"))); // gzip magic, deflate
    const QByteArray plain = gunzip(body);
    QCOMPARE(plain, lines.join('\n'));
    QCOMPARE(plain.split('\n'), lines);
    QCOMPARE(gunzip(AuditEventSamples::gzipBody({})), QByteArray());
}

QTEST_GUILESS_MAIN(TestAuditEventSamples)
#include "tst_auditeventsamples.moc"
