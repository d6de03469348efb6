// The audit-log pull: the raw JSON splitter, records, signature verdicts, the emulator's GET /v3/audit-logs and the
// AuditLogPuller over real loopback HTTP. Emulator and client share a ManualClock, so no test sleeps through a wait.

#include "AuditLogComparison.h"
#include "AuditLogFollower.h"
#include "AuditLogListing.h"
#include "AuditLogPuller.h"
#include "AuditLogQuery.h"
#include "AuditLogRecord.h"
#include "EmulatedAuditLogHistory.h"
#include "JsonArraySplitter.h"
#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "ManualClock.h"
#include "PulledRecordSignature.h"
#include "ReplayWindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>
#include <optional>

namespace {
const QString kToken = QStringLiteral("kpat_auditlogs0test000000000000000000000000000000000");

// Answers with the body of the first route whose key the request line contains (the last route is the default),
// and remembers the request lines.
class RoutedHttpServer : public QTcpServer
{
public:
    explicit RoutedHttpServer(QList<QPair<QByteArray, QByteArray>> routes)
        : m_routes(std::move(routes))
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    const QByteArray line = m_buffer.take(socket).split('\r').constFirst();
                    requestLines.append(line);
                    QByteArray body = m_routes.constLast().second;
                    for (const auto& [key, routeBody] : m_routes) {
                        if (line.contains(key)) {
                            body = routeBody;
                            break;
                        }
                    }
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QList<QByteArray> requestLines;

private:
    QList<QPair<QByteArray, QByteArray>> m_routes;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

// Answers every request with one fixed HTTP response: pages the emulator would never serve.
class CannedHttpServer : public RoutedHttpServer
{
public:
    explicit CannedHttpServer(const QByteArray& body)
        : RoutedHttpServer({{QByteArray(), body}})
    {
    }
    qsizetype requests() const { return requestLines.size(); }
};

struct Pull
{
    std::optional<ApiResult> result;
    QList<QByteArray> raw;
    QList<AuditLogRecord> records;
    int batches = 0;
};
} // namespace

class TestAuditLogs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void splitterKeepsTrickyElementsByteForByte();
    void splitterAgreesWithQtOnRandomArrays();
    void splitterRefusesBrokenArrays_data();
    void splitterRefusesBrokenArrays();
    void memberFindsOnlyTopLevelKeys();
    void recordFieldsAreRead();
    void recordTimestamps_data();
    void recordTimestamps();
    void signatureVerdicts();

    void historyIsRealisticOrderedAndDeterministic();
    void newRecordsArriveWithTheClock();
    void lateArrivalsStayInTimeOrder();
    void emulatorRefusesBadParameters_data();
    void emulatorRefusesBadParameters();

    void pullsEveryPageToTheEnd();
    void typeAndTimeFiltersAreSent();
    void invalidQuerySendsNothing();
    void repeatedCursorStops();
    void aWrongGuessAtTheNextCursorIsCorrected();
    void malformedPageStopsAndSaysHowFarItGot();
    void retryAfterMidPullIsHonoured();
    void cutOffPullResumesFromItsLastTimestamp();
    void cancelStopsThePull();
    void largeHistoryPagesOutQuickly();

    void followFindsLateRecordsOnceWithBoundedMemory();
    void followCancelStopsAtOnce();
    void followGoesOnAfterAFailedPoll();
    void followEndsOnARefusedToken();
    void followRestartEndsTheRunningFollow();

    void exportedEventsAreRead();
    void exportReadStopsWhenCancelled();
    void comparisonMatchesByTraceTimeAndName();

private:
    Pull pull(const AuditLogQuery& query, int timeoutMs = 15000, std::function<void(AuditLogPuller&)> onBatch = {});
    // The window the tests pull: the last two days, ending a minute ago.
    AuditLogQuery window(int pageSize) const;
    // The history's records inside [start, end], optionally of one type, as served.
    QList<QByteArray> expected(const AuditLogQuery& query);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<KonnectClient> m_client;
};

void TestAuditLogs::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_clock->setAutoAdvance(true);
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setClock(m_clock.get());
    m_emulator->setToken(kToken);
    m_emulator->setLogHistorySize(600);
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<KonnectClient>(m_clock.get());
    m_client->setApiRoot(m_emulator->baseUrl());
    m_client->setToken(kToken);
}

void TestAuditLogs::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_clock.reset();
}

Pull TestAuditLogs::pull(const AuditLogQuery& query, int timeoutMs, std::function<void(AuditLogPuller&)> onBatch)
{
    Pull pulled;
    AuditLogPuller puller(*m_client);
    connect(&puller, &AuditLogPuller::recordsArrived, this, [&](const AuditLogRecords& records) {
        ++pulled.batches;
        for (const AuditLogRecord& record : records) {
            pulled.raw.append(record.raw);
            pulled.records.append(record);
        }
        if (onBatch)
            onBatch(puller);
    });
    connect(&puller, &AuditLogPuller::finished, this, [&pulled](const ApiResult& result) { pulled.result = result; });
    puller.start(query);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(pulled.result.has_value(), timeoutMs); }();
    return pulled;
}

AuditLogQuery TestAuditLogs::window(int pageSize) const
{
    AuditLogQuery query;
    query.end = m_clock->now().addSecs(-60);
    query.start = m_clock->now().addDays(-2);
    query.pageSize = pageSize;
    return query;
}

QList<QByteArray> TestAuditLogs::expected(const AuditLogQuery& query)
{
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    QList<QByteArray> records;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const qint64 ms = history.timeMs(i);
        if ((query.start.isValid() && ms < query.start.toMSecsSinceEpoch())
            || (query.end.isValid() && ms > query.end.toMSecsSinceEpoch()))
            continue;
        if (!query.type.isEmpty() && EmulatedAuditLogHistory::typeName(history.type(i)) != query.type)
            continue;
        records.append(history.bytes(i));
    }
    return records;
}

// --- the splitter -------------------------------------------------------------------------------------------------

void TestAuditLogs::splitterKeepsTrickyElementsByteForByte()
{
    const QList<QByteArray> elements {
        "{\"a\":\"x\\\"]},{\",\"b\":[1,[2,{\"c\":\"}\"}]],\"d\":{}}",
        "\"back\\\\slash\\\\\"",
        "\"\\\\\\\"\"",
        "12.5e3",
        "-0",
        "true",
        "null",
        "\"caf\xc3\xa9 \\u00e9 \\ud83d\\ude00 \xf0\x9f\x98\x80\"",
        "[]",
        "{ \"spaced\" : [ 1 , 2 ] }",
        R"({"trace_id":4611686018427387905123})",
    };
    const QByteArray text = " [\n  " + elements.join(" ,\n\t") + "\r\n] ";
    QString error;
    const auto split = JsonArraySplitter::split(text, &error);
    QVERIFY2(split, qPrintable(error));
    QCOMPARE(split->size(), elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i)
        QCOMPARE(split->at(i).toByteArray(), elements.at(i));
    QCOMPARE(JsonArraySplitter::split("[]")->size(), 0);
    QCOMPARE(JsonArraySplitter::split(" [ ] ")->size(), 0);
}

namespace {
// A random JSON value: objects and arrays nested a few deep, strings long enough to cross 64-byte blocks, with
// brackets, quotes and backslashes inside them now and then.
QByteArray randomValue(QRandomGenerator& random, int depth)
{
    const int kind = depth > 3 ? int(random.bounded(3)) : int(random.bounded(5));
    switch (kind) {
    case 0: {
        static const QList<QByteArray> pieces {
            "a", "]", "}", "[", "{", ",", ":", " ", "\\\"", "\\\\", "\\u00e9", "caf\xc3\xa9", "0123456789abcdef"};
        QByteArray text = "\"";
        const int count = int(random.bounded(12));
        for (int i = 0; i < count; ++i)
            text += pieces.at(int(random.bounded(pieces.size())));
        return text + '"';
    }
    case 1:
        return QByteArray::number(random.bounded(100000));
    case 2:
        return random.bounded(2) ? "true" : "null";
    case 3: {
        QList<QByteArray> members;
        const int count = int(random.bounded(6));
        for (int i = 0; i < count; ++i)
            members.append("\"k" + QByteArray::number(i) + "\":" + randomValue(random, depth + 1));
        return '{' + members.join(',') + '}';
    }
    default: {
        QList<QByteArray> items;
        const int count = int(random.bounded(6));
        for (int i = 0; i < count; ++i)
            items.append(randomValue(random, depth + 1));
        return '[' + items.join(" , ") + ']';
    }
    }
}
} // namespace

void TestAuditLogs::splitterAgreesWithQtOnRandomArrays()
{
    QRandomGenerator random(20261206);
    for (int round = 0; round < 400; ++round) {
        QList<QByteArray> elements;
        const int count = 1 + int(random.bounded(8));
        for (int i = 0; i < count; ++i)
            elements.append(randomValue(random, 0));
        const QByteArray text = '[' + elements.join(",\n") + ']';
        QJsonParseError parsed;
        QVERIFY2(QJsonDocument::fromJson(text, &parsed).isArray(), text.constData());
        QString error;
        const auto split = JsonArraySplitter::split(text, &error);
        QVERIFY2(split, qPrintable(error + QLatin1String(": ") + QString::fromUtf8(text)));
        QCOMPARE(split->size(), elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i)
            QCOMPARE(split->at(i).toByteArray(), elements.at(i));
        // Cut short anywhere, it is refused, never split into something else.
        const qsizetype cut = 1 + qsizetype(random.bounded(int(text.size() - 1)));
        QVERIFY2(!JsonArraySplitter::split(text.left(cut)), text.left(cut).constData());
    }
}

void TestAuditLogs::splitterRefusesBrokenArrays_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("not an array") << QByteArray(R"({"data":[]})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("[1,2");
    QTest::newRow("unterminated string") << QByteArray(R"([{"a":"x]}])");
    QTest::newRow("escaped closing quote") << QByteArray("[\"abc\\\"]");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("mismatched brackets") << QByteArray(R"([{"a":[1}])");
    QTest::newRow("stray closer") << QByteArray("[}]");
    QTest::newRow("trailing text") << QByteArray("[1]x");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("truncated page") << QByteArray(R"([{"type":"authentication","ts":"2026-11-25T1)");
}

void TestAuditLogs::splitterRefusesBrokenArrays()
{
    QFETCH(QByteArray, text);
    QString error;
    QVERIFY(!JsonArraySplitter::split(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestAuditLogs::memberFindsOnlyTopLevelKeys()
{
    const QByteArray page
        = "{\"x\":\"\\\"data\\\":[9]\",\"meta\":{\"data\":[8]},\"data\" : [1,{\"data\":2}] ,\"z\":null}";
    const auto data = JsonArraySplitter::member(page, "data");
    QVERIFY(data);
    QCOMPARE(data->toByteArray(), QByteArray(R"([1,{"data":2}])"));
    QVERIFY(!JsonArraySplitter::member(R"({"meta":{"data":[]}})", "data"));
    QVERIFY(!JsonArraySplitter::member("[1]", "data"));
    QVERIFY(!JsonArraySplitter::member(R"({"data":[1,2)", "data"));
}

// --- records and signatures ---------------------------------------------------------------------------------------

void TestAuditLogs::recordFieldsAreRead()
{
    const QByteArray raw
        = R"({"type":"gateway_access","ts":"2026-11-25T10:00:01.250Z","org_id":"o","principal_id":"p1","actor_id":"a1",)"
          R"("client_ip":"203.0.113.9","trace_id":"4611686018427387905","user_agent":"curl/8","method":"POST",)"
          R"("uri":"/v2/x","query":"a=1","status_code":201,"kong_initiated":true,"signature":"c2ln"})";
    const auto record = AuditLogRecord::fromRaw(raw);
    QVERIFY(record);
    QCOMPARE(record->raw, raw);
    QCOMPARE(record->type, QStringLiteral("gateway_access"));
    QCOMPARE(record->timestamp, QDateTime(QDate(2026, 11, 25), QTime(10, 0, 1, 250), Qt::UTC));
    QCOMPARE(record->principalId, QStringLiteral("p1"));
    QCOMPARE(record->clientIp, QStringLiteral("203.0.113.9"));
    QCOMPARE(record->statusCode, 201);
    QCOMPARE(record->traceId, QStringLiteral("4611686018427387905"));
    QCOMPARE(record->kongInitiated, std::optional<bool>(true));
    QCOMPARE(record->signature, QStringLiteral("c2ln"));
    QCOMPARE(record->what(), QStringLiteral("POST 201"));
    QCOMPARE(record->target(), QStringLiteral("/v2/x"));
    QVERIFY(!AuditLogRecord::fromRaw("[1]"));
}

void TestAuditLogs::recordTimestamps_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime at(QDate(2026, 11, 25), QTime(10, 0, 1, 250), Qt::UTC);
    QTest::newRow("Konnect's shape") << QStringLiteral("2026-11-25T10:00:01.250Z") << at;
    QTest::newRow("no milliseconds") << QStringLiteral("2026-11-25T10:00:01Z") << at.addMSecs(-250);
    QTest::newRow("two digits") << QStringLiteral("2023-03-21T09:29:14.52Z")
                                << QDateTime(QDate(2023, 3, 21), QTime(9, 29, 14, 520), Qt::UTC);
    QTest::newRow("offset") << QStringLiteral("2026-11-25T12:00:01.250+02:00") << at;
    QTest::newRow("lower case") << QStringLiteral("2026-11-25t10:00:01.250z") << at;
    QTest::newRow("no such day") << QStringLiteral("2026-02-30T10:00:01.250Z") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("2026-11-25T24:00:01.250Z") << QDateTime();
    QTest::newRow("letters") << QStringLiteral("2026-11-2xT10:00:01.250Z") << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2026-11-25T10:00:01.250") << QDateTime();
}

// Konnect's own shape is read directly, every other one by the replay window's rule: the same instant either way.
void TestAuditLogs::recordTimestamps()
{
    QFETCH(QString, ts);
    QFETCH(QDateTime, expected);
    const auto record = AuditLogRecord::fromRaw(R"({"type":"authentication","ts":")" + ts.toUtf8() + R"("})");
    QVERIFY(record);
    QCOMPARE(record->tsText, ts);
    QCOMPARE(record->timestamp, expected);
    QCOMPARE(record->timestamp, ReplayWindow::parseRfc3339(ts));
}

void TestAuditLogs::signatureVerdicts()
{
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    QString error;
    const Jwks jwks = Jwks::fromObject(m_emulator->jwks(), &error);
    QVERIFY2(!jwks.isEmpty(), qPrintable(error));
    const PulledRecordSignature checker(jwks);
    using V = PulledRecordSignature::Verdict;

    // Every type, with the signature second (authorization), after a few members or before the last.
    for (qsizetype i = 0; i < 40; ++i)
        QCOMPARE(checker.check(history.bytes(i)).verdict, V::Verified);
    QCOMPARE(checker.check(history.bytes(0)).kid, m_emulator->signingKey().kid());

    QByteArray tampered = history.bytes(1);
    tampered.replace("\"ts\":\"20", "\"ts\":\"19");
    QCOMPARE(checker.check(tampered).verdict, V::NotVerified);

    QByteArrayView value;
    const QByteArray withoutSignature = PulledRecordSignature::documentedPayload(history.bytes(2), &value);
    QVERIFY(!value.isEmpty());
    QVERIFY(!withoutSignature.contains("signature"));
    QCOMPARE(checker.check(withoutSignature).verdict, V::Unsigned);

    // The signature as the first member: `"signature":"...",` goes, comma after it.
    const Ed25519Key key = m_emulator->signingKey();
    const QByteArray payload = R"({"type":"authentication","ts":"2026-11-25T10:00:00Z"})";
    const QByteArray signature
        = key.sign(payload).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray first = "{\"signature\":\"" + signature + "\"," + payload.mid(1);
    QCOMPARE(checker.check(first).verdict, V::Verified);
    // A "signature" inside a string value is no member; a value that is not base64url of 64 bytes verifies nothing.
    QCOMPARE(checker.check("{\"uri\":\"/x?\\\"signature\\\":\\\"abc\\\"\"}").verdict, V::Unsigned);
    QCOMPARE(checker.check(R"({"a":1,"signature":"not*base64"})").verdict, V::NotVerified);
    QCOMPARE(checker.check(R"({"a":1,"signature":"c2ln"})").verdict, V::NotVerified);

    for (const V verdict : {V::Verified, V::NotVerified, V::Unsigned}) {
        QVERIFY(!PulledRecordSignature::verdictText(verdict).contains(QLatin1String("invalid")));
        QVERIFY(!PulledRecordSignature::verdictText(verdict).contains(QLatin1String("forged")));
    }
    QCOMPARE(PulledRecordSignature::verdictText(V::NotVerified),
             QStringLiteral("not verified by the documented rules"));
}

// --- the emulator's history and listing ---------------------------------------------------------------------------

void TestAuditLogs::historyIsRealisticOrderedAndDeterministic()
{
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    QCOMPARE(history.size(), 600);
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    QVERIFY(history.timeMs(0) >= now - qint64(7) * 24 * 3600 * 1000);
    QSet<QString> types, principals, ips;
    int kongInitiated = 0;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i > 0)
            QVERIFY(history.timeMs(i - 1) <= history.timeMs(i));
        QVERIFY(history.timeMs(i) <= now);
        const auto record = AuditLogRecord::fromRaw(history.bytes(i));
        QVERIFY(record);
        QCOMPARE(record->timestamp.toMSecsSinceEpoch(), history.timeMs(i));
        QVERIFY(!record->signature.isEmpty());
        QVERIFY(!record->traceId.isEmpty());
        QVERIFY(!record->clientIp.isEmpty());
        QVERIFY(!record->target().isEmpty());
        types.insert(record->type);
        principals.insert(record->principalId);
        ips.insert(record->clientIp);
        kongInitiated += record->kongInitiated.value_or(false) ? 1 : 0;
        if (record->type == QLatin1String("gateway_access"))
            QVERIFY(record->statusCode >= 200);
        if (record->type == QLatin1String("authorization"))
            QVERIFY(record->resource.startsWith(QLatin1String("krn:")));
        if (record->type == QLatin1String("authentication"))
            QVERIFY(!record->outcome.isEmpty());
    }
    QCOMPARE(types.size(), 3);
    QVERIFY(principals.size() >= 5);
    QVERIFY(ips.size() >= 5);
    QVERIFY(kongInitiated > 0);

    // The same seed, clock and key give the same bytes.
    EmulatedAuditLogHistory again;
    again.reset(600);
    again.catchUp(m_clock->now(), m_emulator->signingKey());
    for (qsizetype i = 0; i < 600; i += 37)
        QCOMPARE(again.bytes(i), history.bytes(i));
    EmulatedAuditLogHistory other;
    other.reset(600, 7);
    other.catchUp(m_clock->now(), m_emulator->signingKey());
    QVERIFY(other.bytes(0) != history.bytes(0));
}

void TestAuditLogs::newRecordsArriveWithTheClock()
{
    QCOMPARE(m_emulator->auditLogHistory().size(), 600);
    m_clock->advance(EmulatedAuditLogHistory::arrivalIntervalMs * 3);
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    QCOMPARE(history.size(), 603);
    QCOMPARE(history.timeMs(602), m_clock->now().toMSecsSinceEpoch());
}

void TestAuditLogs::lateArrivalsStayInTimeOrder()
{
    m_emulator->setLogLateArrivalMs(12000);
    QCOMPARE(m_emulator->auditLogHistory().size(), 600);
    m_clock->advance(EmulatedAuditLogHistory::arrivalIntervalMs * 6);
    const EmulatedAuditLogHistory& history = m_emulator->auditLogHistory();
    QCOMPARE(history.size(), 606);
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    // Arrivals 5, 10, ... 30 s after the history was made; the 2nd, 4th and 6th stamped 12 s early, so the newest
    // record is the 5th arrival's (now - 5 s), then the 6th (now - 12 s), then the 3rd (now - 15 s).
    QCOMPARE(history.timeMs(605), now - 5000);
    QCOMPARE(history.timeMs(604), now - 12000);
    QCOMPARE(history.timeMs(603), now - 15000);
    for (qsizetype i = 1; i < history.size(); ++i)
        QVERIFY(history.timeMs(i - 1) <= history.timeMs(i));
    qsizetype typed = 0;
    for (int t = 0; t < 3; ++t) {
        const auto type = EmulatedAuditLogHistory::Type(t);
        const std::vector<qint32>& sequences = history.sequences(&type);
        QVERIFY(std::is_sorted(sequences.begin(), sequences.end()));
        for (const qint32 sequence : sequences)
            QCOMPARE(history.type(sequence), type);
        typed += qsizetype(sequences.size());
    }
    QCOMPARE(typed, history.size());
}

void TestAuditLogs::emulatorRefusesBadParameters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("gte unparsable") << "filter[ts][gte]"
                                    << "yesterday";
    QTest::newRow("gte without offset") << "filter[ts][gte]"
                                        << "2026-11-25T10:00:00";
    QTest::newRow("gte 8 days ago") << "filter[ts][gte]" << ReplayWindow::toRfc3339(now.addDays(-8));
    QTest::newRow("lte in the future") << "filter[ts][lte]" << ReplayWindow::toRfc3339(now.addSecs(3600));
    QTest::newRow("lte 8 days ago") << "filter[ts][lte]" << ReplayWindow::toRfc3339(now.addDays(-8));
    QTest::newRow("type") << "filter[type]"
                          << "access";
    QTest::newRow("size 0") << "page[size]"
                            << "0";
    QTest::newRow("size 1001") << "page[size]"
                               << "1001";
    QTest::newRow("size text") << "page[size]"
                               << "many";
    QTest::newRow("cursor") << "page[after]"
                            << "bm90LWEtY3Vyc29y";
    QTest::newRow("before cursor") << "page[before]"
                                   << "!!";
}

void TestAuditLogs::emulatorRefusesBadParameters()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QUrlQuery query;
    query.addQueryItem(key, value);
    std::optional<ApiResult> result;
    ApiCall* call = m_client->getAuditLogPage(query);
    connect(call, &ApiCall::finished, this, [&result](const ApiResult& r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->kind, ApiResult::Kind::BadRequest);
    QCOMPARE(result->httpStatus, 400);
    QVERIFY(!result->fieldErrors.isEmpty());
    QCOMPARE(result->fieldErrors.constFirst().field, key);
}

// --- the puller ---------------------------------------------------------------------------------------------------

void TestAuditLogs::pullsEveryPageToTheEnd()
{
    const AuditLogQuery query = window(37);
    const QList<QByteArray> want = expected(query);
    QVERIFY(want.size() > 100);
    const Pull pulled = pull(query);
    QVERIFY2(pulled.result->ok(), qPrintable(pulled.result->message));
    QCOMPARE(pulled.raw, want); // byte for byte, in the emulator's order
    const int pages = int((want.size() + 36) / 37);
    QCOMPARE(pulled.batches, pages);
    QCOMPARE(m_emulator->requestLog().size(), pages);
    for (const QJsonValue& entry : m_emulator->requestLog())
        QCOMPARE(entry[QLatin1String("path")].toString(), QStringLiteral("/v3/audit-logs"));
}

void TestAuditLogs::typeAndTimeFiltersAreSent()
{
    AuditLogQuery query = window(50);
    query.start = m_clock->now().addDays(-1);
    query.type = QStringLiteral("authorization");
    const QList<QByteArray> want = expected(query);
    QVERIFY(!want.isEmpty());
    const Pull pulled = pull(query);
    QVERIFY2(pulled.result->ok(), qPrintable(pulled.result->message));
    QCOMPARE(pulled.raw, want);
    for (const AuditLogRecord& record : pulled.records) {
        QCOMPARE(record.type, QStringLiteral("authorization"));
        QVERIFY(record.timestamp >= query.start && record.timestamp <= query.end);
    }
    const QString sent = m_emulator->requestLog().at(0)[QLatin1String("query")].toString();
    QVERIFY2(sent.contains(QLatin1String("filter[type]=authorization")), qPrintable(sent));
    QVERIFY(sent.contains(QLatin1String("filter[ts][gte]=") + ReplayWindow::toRfc3339WithMs(query.start)));
    QVERIFY(sent.contains(QLatin1String("filter[ts][lte]=") + ReplayWindow::toRfc3339WithMs(query.end)));
    QVERIFY(sent.contains(QLatin1String("page[size]=50")));
}

void TestAuditLogs::invalidQuerySendsNothing()
{
    const QDateTime now = m_clock->now();
    const QList<std::pair<AuditLogQuery, QString>> cases = [&] {
        QList<std::pair<AuditLogQuery, QString>> list;
        AuditLogQuery old;
        old.start = now.addDays(-8);
        list.append({old, QStringLiteral("start")});
        AuditLogQuery future;
        future.end = now.addSecs(3600);
        list.append({future, QStringLiteral("end")});
        AuditLogQuery backwards;
        backwards.start = now.addSecs(-60);
        backwards.end = now.addSecs(-120);
        list.append({backwards, QStringLiteral("start")});
        AuditLogQuery type;
        type.type = QStringLiteral("access");
        list.append({type, QStringLiteral("type")});
        AuditLogQuery size;
        size.pageSize = 1001;
        list.append({size, QStringLiteral("page_size")});
        return list;
    }();
    for (const auto& [query, field] : cases) {
        const Pull pulled = pull(query);
        QCOMPARE(pulled.result->kind, ApiResult::Kind::InvalidInput);
        QCOMPARE(pulled.result->fieldErrors.constFirst().field, field);
    }
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

void TestAuditLogs::repeatedCursorStops()
{
    const QByteArray record = m_emulator->auditLogHistory().bytes(0);
    CannedHttpServer server(
        "{\"data\":[" + record
        + "],\"meta\":{\"page\":{\"next\":\"/v3/audit-logs?page%5Bsize%5D=1&page%5Bafter%5D=c2FtZQ\","
          "\"previous\":null,\"size\":1}}}");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    const Pull pulled = pull(window(1));
    QCOMPARE(pulled.result->kind, ApiResult::Kind::BadAnswer);
    QVERIFY2(pulled.result->message.contains(QLatin1String("same page cursor twice")),
             qPrintable(pulled.result->message));
    QCOMPARE(server.requests(), 2);
    QCOMPARE(pulled.raw, (QList<QByteArray> {record, record}));
}

void TestAuditLogs::aWrongGuessAtTheNextCursorIsCorrected()
{
    // `meta` first, and a record with a `meta` member of its own: the puller's early guess at the next cursor (the
    // last "meta" of the page) is wrong, and the page's own `meta`, once read, must win.
    const QByteArray first = R"({"type":"authentication","ts":"2026-11-24T08:00:00.000Z","meta":{"page":{"next":)"
                             R"("/v3/audit-logs?page%5Bafter%5D=wrong"}}})";
    const QByteArray second = R"({"type":"authentication","ts":"2026-11-24T08:00:01.000Z"})";
    const QByteArray decoy = R"({"type":"authentication","ts":"2026-11-24T09:00:00.000Z"})";
    RoutedHttpServer server({
        {"=right", R"({"meta":{"page":{"next":null}},"data":[)" + second + "]}"},
        {"=wrong", R"({"meta":{"page":{"next":null}},"data":[)" + decoy + "]}"},
        {"", R"({"meta":{"page":{"next":"/v3/audit-logs?page%5Bafter%5D=right"}},"data":[)" + first + "]}"},
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    const Pull pulled = pull(window(1));
    QVERIFY2(pulled.result->ok(), qPrintable(pulled.result->message));
    QCOMPARE(pulled.raw, (QList<QByteArray> {first, second}));
    QVERIFY(!server.requestLines.isEmpty());
    QVERIFY2(server.requestLines.constLast().contains("=right"), server.requestLines.constLast().constData());
}

void TestAuditLogs::malformedPageStopsAndSaysHowFarItGot()
{
    const AuditLogQuery query = window(25);
    EmulatorFault malformed;
    malformed.malformedJson = true;
    m_emulator->addFaults({EmulatorFault {}, malformed});
    const Pull pulled = pull(query);
    QCOMPARE(pulled.result->kind, ApiResult::Kind::BadAnswer);
    QCOMPARE(pulled.raw.size(), 25);
    const QString last = ReplayWindow::toRfc3339WithMs(pulled.records.constLast().timestamp);
    QVERIFY2(pulled.result->message.contains(QStringLiteral("up to %1").arg(last)), qPrintable(pulled.result->message));
    QCOMPARE(pulled.result->exitCode(), 4);

    // A page that is JSON but whose data is no list of objects is refused as well.
    CannedHttpServer server(R"({"data":[1,2],"meta":{"page":{"next":null}}})");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    const Pull numbers = pull(query);
    QCOMPARE(numbers.result->kind, ApiResult::Kind::BadAnswer);
    QVERIFY(numbers.raw.isEmpty());
}

void TestAuditLogs::retryAfterMidPullIsHonoured()
{
    const AuditLogQuery query = window(100);
    const QList<QByteArray> want = expected(query);
    EmulatorFault tooMany;
    tooMany.status = 429;
    tooMany.retryAfter = QByteArray("7");
    m_emulator->addFaults({EmulatorFault {}, tooMany});
    const Pull pulled = pull(query);
    QVERIFY2(pulled.result->ok(), qPrintable(pulled.result->message));
    QCOMPARE(pulled.raw, want);
    QVERIFY(m_clock->requestedDelays().contains(7000));
}

void TestAuditLogs::cutOffPullResumesFromItsLastTimestamp()
{
    const AuditLogQuery query = window(40);
    const QList<QByteArray> want = expected(query);
    QVERIFY(want.size() > 120);
    EmulatorFault unavailable;
    unavailable.status = 503;
    unavailable.retryAfter = QByteArray("0");
    m_emulator->addFaults(
        {EmulatorFault {}, EmulatorFault {}, unavailable, unavailable, unavailable, unavailable, unavailable});
    QDateTime resume;
    Pull first;
    {
        AuditLogPuller puller(*m_client);
        connect(&puller, &AuditLogPuller::recordsArrived, this, [&first](const AuditLogRecords& records) {
            for (const AuditLogRecord& record : records)
                first.raw.append(record.raw);
        });
        connect(&puller, &AuditLogPuller::finished, this, [&first](const ApiResult& r) { first.result = r; });
        puller.start(query);
        QTRY_VERIFY(first.result.has_value());
        QVERIFY(!puller.newestFirst());
        resume = puller.resumePoint();
    }
    QCOMPARE(first.result->kind, ApiResult::Kind::HttpError);
    QCOMPARE(first.raw.size(), 80);
    QCOMPARE(first.raw, want.mid(0, 80));
    QCOMPARE(resume.toMSecsSinceEpoch(), AuditLogRecord::fromRaw(first.raw.constLast())->timestamp.toMSecsSinceEpoch());
    QVERIFY2(first.result->message.contains(QStringLiteral("up to %1").arg(ReplayWindow::toRfc3339WithMs(resume))),
             qPrintable(first.result->message));

    AuditLogQuery rest = query;
    rest.start = resume;
    const Pull second = pull(rest);
    QVERIFY2(second.result->ok(), qPrintable(second.result->message));
    // gte is inclusive: the last record comes again, then everything after it.
    QCOMPARE(second.raw.constFirst(), first.raw.constLast());
    QList<QByteArray> joined = first.raw;
    joined += second.raw.mid(1);
    QCOMPARE(joined, want);
}

void TestAuditLogs::cancelStopsThePull()
{
    const Pull pulled = pull(window(10), 15000, [](AuditLogPuller& puller) { puller.cancel(); });
    QCOMPARE(pulled.result->kind, ApiResult::Kind::Cancelled);
    QCOMPARE(pulled.batches, 1);
    // The second page was asked for ahead, before the first one's records were handed on, and dropped: at most it
    // reached the emulator; nothing after it.
    QVERIFY(m_emulator->requestLog().size() <= 2);
}

void TestAuditLogs::largeHistoryPagesOutQuickly()
{
    m_emulator->setLogHistorySize(100000);
    QElapsedTimer made;
    made.start();
    QCOMPARE(m_emulator->auditLogHistory().size(), 100000);
    const qint64 makeMs = made.elapsed();
    AuditLogQuery query;
    query.end = m_clock->now();
    query.pageSize = 1000;
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    int pages = 0;
    std::optional<ApiResult> result;
    AuditLogPuller puller(*m_client);
    connect(&puller, &AuditLogPuller::recordsArrived, this, [&](const AuditLogRecords& records) {
        count += records.size();
        ++pages;
    });
    connect(&puller, &AuditLogPuller::finished, this, [&result](const ApiResult& r) { result = r; });
    puller.start(query);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 120000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(count, 100000);
    QCOMPARE(pages, 100);
    qInfo("100000 records: made in %lld ms, pulled in %lld ms", makeMs, timer.elapsed());
    // Generous for a shared 2-core machine; an O(n^2) listing takes minutes.
    QVERIFY(timer.elapsed() < 60000);
}

QTEST_GUILESS_MAIN(TestAuditLogs)
#include "tst_auditlogs.moc"

// --- following --------------------------------------------------------------------------------------------------

void TestAuditLogs::followFindsLateRecordsOnceWithBoundedMemory()
{
    // Every other new record shows up 20 s after its timestamp: inside the follower's 60 s overlap.
    m_emulator->setLogLateArrivalMs(20000);
    AuditLogQuery query;
    query.start = m_clock->now().addSecs(-3600);
    query.end = m_clock->now();
    query.pageSize = 7; // several pages per poll
    AuditLogFollower follower(*m_client);
    QCOMPARE(follower.pollIntervalMs(), 10000);
    QList<QByteArray> got;
    int late = 0;
    int caughtUp = 0;
    qsizetype mostKeys = 0;
    QDateTime newest;
    std::optional<ApiResult> finished;
    connect(&follower, &AuditLogFollower::recordsArrived, this, [&](const AuditLogRecords& records) {
        for (const AuditLogRecord& record : records) {
            if (newest.isValid() && record.timestamp < newest)
                ++late;
            newest = std::max(newest, record.timestamp);
            got.append(record.raw);
        }
    });
    connect(&follower, &AuditLogFollower::caughtUp, this, [&]() { ++caughtUp; });
    connect(&follower, &AuditLogFollower::waitingUntil, this, [&](const QDateTime& at) {
        QCOMPARE(at, m_clock->now().addMSecs(10000));
        QCOMPARE(follower.nextPollAt(), at);
        mostKeys = std::max(mostKeys, follower.keysHeld());
        if (follower.polls() == 40)
            follower.cancel();
    });
    connect(&follower, &AuditLogFollower::finished, this, [&](const ApiResult& result) { finished = result; });
    follower.start(query);
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 30000);
    QCOMPARE(finished->kind, ApiResult::Kind::Cancelled);
    QCOMPARE(caughtUp, 1);
    QCOMPARE(follower.failedPolls(), 0);
    QVERIFY(!follower.isRunning());
    QCOMPARE(m_clock->pendingCount(), 0);

    // The clock stopped at the last poll, so the history holds exactly what the follower could have seen.
    AuditLogQuery everything;
    everything.start = query.start;
    const QList<QByteArray> want = expected(everything);
    QVERIFY2(want.size() > 75, qPrintable(QString::number(want.size())));
    QCOMPARE(got.size(), want.size()); // no record twice
    QCOMPARE(QSet<QByteArray>(got.cbegin(), got.cend()), QSet<QByteArray>(want.cbegin(), want.cend()));
    QVERIFY2(late >= 15, qPrintable(QString::number(late))); // late records were found behind newer ones
    QVERIFY(follower.duplicatesSkipped() > 0); // the overlap served records again
    QCOMPARE(follower.recordsNew(), qint64(want.size()));
    // Only the overlap's keys are held: about 90 s of arrivals at 5 s, never the whole follow.
    QVERIFY2(mostKeys <= 30, qPrintable(QString::number(mostKeys)));
    // Every poll after the catch-up started an overlap before the newest record seen, and left the end to Konnect.
    const QStringList polls = [&] {
        QStringList queries;
        for (const QJsonValue& entry : m_emulator->requestLog())
            queries.append(entry[QLatin1String("query")].toString());
        return queries;
    }();
    QVERIFY(polls.constFirst().contains(QLatin1String("filter%5Bts%5D%5Blte%5D"))
            || polls.constFirst().contains(QLatin1String("filter[ts][lte]")));
    QVERIFY2(!polls.constLast().contains(QLatin1String("[lte]")), qPrintable(polls.constLast()));
}

void TestAuditLogs::followCancelStopsAtOnce()
{
    AuditLogQuery query = window(5);
    query.end = QDateTime();
    AuditLogFollower follower(*m_client);
    std::optional<ApiResult> finished;
    int pages = 0;
    connect(&follower, &AuditLogFollower::pageArrived, this, [&](int pagesSoFar) {
        pages = pagesSoFar;
        if (pagesSoFar == 2)
            follower.cancel();
    });
    connect(&follower, &AuditLogFollower::finished, this, [&](const ApiResult& result) { finished = result; });
    follower.start(query);
    QTRY_VERIFY(finished.has_value());
    QCOMPARE(finished->kind, ApiResult::Kind::Cancelled);
    QVERIFY(!follower.isCaughtUp());
    QCOMPARE(pages, 2);
    // The third page was asked for ahead and dropped at the cancel: at most it reached the emulator.
    QVERIFY(m_emulator->requestLog().size() <= 3);
    QCOMPARE(m_clock->pendingCount(), 0);
    QVERIFY(!follower.nextPollAt().isValid());
    follower.cancel(); // a second cancel does nothing: no poll, no new page
    QCOMPARE(m_clock->pendingCount(), 0);
    QVERIFY(m_emulator->requestLog().size() <= 3);
}

void TestAuditLogs::followGoesOnAfterAFailedPoll()
{
    AuditLogQuery query;
    query.start = m_clock->now().addSecs(-600);
    query.pageSize = 1000;
    // The catch-up's page passes; every attempt of the first poll answers 503, so its retries are exhausted.
    EmulatorFault unavailable;
    unavailable.status = 503;
    unavailable.retryAfter = QByteArray("0");
    m_emulator->addFaults({EmulatorFault {}, unavailable, unavailable, unavailable, unavailable, unavailable});
    AuditLogFollower follower(*m_client);
    follower.setPollIntervalMs(30000);
    QList<QByteArray> got;
    QList<QPair<ApiResult, QDateTime>> failures;
    std::optional<ApiResult> finished;
    connect(&follower, &AuditLogFollower::recordsArrived, this, [&](const AuditLogRecords& records) {
        for (const AuditLogRecord& record : records)
            got.append(record.raw);
    });
    connect(&follower, &AuditLogFollower::pollFailed, this, [&](const ApiResult& result, const QDateTime& next) {
        failures.append({result, next});
    });
    connect(&follower, &AuditLogFollower::waitingUntil, this, [&]() {
        if (follower.polls() == 4)
            follower.cancel();
    });
    connect(&follower, &AuditLogFollower::finished, this, [&](const ApiResult& result) { finished = result; });
    follower.start(query);
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 20000);
    QCOMPARE(finished->kind, ApiResult::Kind::Cancelled);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(follower.failedPolls(), 1);
    QCOMPARE(failures.constFirst().first.kind, ApiResult::Kind::HttpError);
    QCOMPARE(failures.constFirst().first.httpStatus, 503);
    QCOMPARE(failures.constFirst().second, m_clock->now().addMSecs(-30000)); // the poll after it, then one more
    AuditLogQuery everything;
    everything.start = query.start;
    QCOMPARE(got, expected(everything)); // nothing lost to the failed poll, nothing twice
    QVERIFY(got.size() >= 12); // the arrivals of the 90 s followed
}

void TestAuditLogs::followEndsOnARefusedToken()
{
    m_client->setToken(QStringLiteral("kpat_refused00000000000000000000000000000000000000"));
    AuditLogFollower follower(*m_client);
    std::optional<ApiResult> finished;
    int waits = 0;
    connect(&follower, &AuditLogFollower::waitingUntil, this, [&]() { ++waits; });
    connect(&follower, &AuditLogFollower::finished, this, [&](const ApiResult& result) { finished = result; });
    follower.start(window(100));
    QTRY_VERIFY(finished.has_value());
    QCOMPARE(finished->kind, ApiResult::Kind::Unauthorized);
    QCOMPARE(waits, 0);
    QCOMPARE(m_clock->pendingCount(), 0);
}

void TestAuditLogs::followRestartEndsTheRunningFollow()
{
    AuditLogFollower follower(*m_client);
    QList<ApiResult> finished;
    int caughtUp = 0;
    bool restarted = false;
    connect(&follower, &AuditLogFollower::pageArrived, this, [&]() {
        if (!restarted) {
            restarted = true;
            AuditLogQuery again = window(1000);
            again.end = QDateTime();
            follower.start(again);
        }
    });
    connect(&follower, &AuditLogFollower::caughtUp, this, [&]() { ++caughtUp; });
    connect(&follower, &AuditLogFollower::waitingUntil, this, [&]() { follower.cancel(); });
    connect(&follower, &AuditLogFollower::finished, this, [&](const ApiResult& result) { finished.append(result); });
    AuditLogQuery first = window(5);
    first.end = QDateTime();
    follower.start(first);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).kind, ApiResult::Kind::Cancelled);
    QCOMPARE(finished.at(1).kind, ApiResult::Kind::Cancelled);
    QCOMPARE(caughtUp, 1); // the second follow's catch-up, in one page of 1000
    QCOMPARE(follower.pagesRead(), 1);
    QVERIFY(!follower.isRunning());
}

void TestAuditLogs::exportedEventsAreRead()
{
    const auto cef = ExportedAuditEvent::fromLine(
        "2026-11-25T12:00:00Z konghq.com CEF:0|KongInc|Konnect|1.0|konnect|Authz.audit-logs|1|rt=1764072000123 "
        "src=127.0.0.6 act=edit trace_id=4611686018427387905 sig=abc",
        7);
    QVERIFY(cef);
    QCOMPARE(cef->name, QByteArray("Authz.audit-logs"));
    QCOMPARE(cef->traceId, QByteArray("4611686018427387905"));
    QCOMPARE(cef->time.toMSecsSinceEpoch(), Q_INT64_C(1764072000123));
    QCOMPARE(cef->lineNumber, 7);
    // Without rt, the leading timestamp; a trace id beyond a double's precision stays as written.
    const auto noRt = ExportedAuditEvent::fromLine(
        "2026-11-25T12:00:01Z konghq.com CEF:0|KongInc|Konnect|1.0|KongGateway|Ingress|1|src=1.2.3.4 "
        "trace_id=9223372036854775807",
        1);
    QVERIFY(noRt);
    QCOMPARE(noRt->time, QDateTime(QDate(2026, 11, 25), QTime(12, 0, 1), Qt::UTC));
    QCOMPARE(noRt->traceId, QByteArray("9223372036854775807"));
    const auto cps = ExportedAuditEvent::fromLine(
        R"({"event":{"event_ts":"2026-11-25T12:00:02Z","name":"AUTHENTICATION_OUTCOME_SUCCESS","trace_id":9223372036854775806,"sig":"x"}})",
        2);
    QVERIFY(cps);
    QCOMPARE(cps->name, QByteArray("AUTHENTICATION_OUTCOME_SUCCESS"));
    QCOMPARE(cps->traceId, QByteArray("9223372036854775806"));
    QCOMPARE(cps->time, QDateTime(QDate(2026, 11, 25), QTime(12, 0, 2), Qt::UTC));
    QVERIFY(!ExportedAuditEvent::fromLine("   ", 3));
    QVERIFY(!ExportedAuditEvent::fromLine("hello world", 4));
    QVERIFY(!ExportedAuditEvent::fromLine(R"({"name":"Ingress"})", 5)); // no time
}

void TestAuditLogs::exportReadStopsWhenCancelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.cef"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const int lines = 30000; // several megabytes: more than one of the reader's pieces
    for (int line = 0; line < lines; ++line)
        file.write(
            QByteArray("2026-11-25T12:00:00Z konghq.com CEF:0|KongInc|Konnect|1.0|konnect|Authz.audit-logs|1|rt=")
            + QByteArray::number(Q_INT64_C(1764072000000) + line)
            + " src=127.0.0.6 act=edit trace_id=" + QByteArray::number(line) + " sig=" + QByteArray(120, 'x') + '\n');
    file.close();
    QVERIFY(file.size() > 3 * 1024 * 1024);

    std::atomic_bool cancel {false};
    AuditLogComparison whole;
    QString error;
    QVERIFY2(whole.readExport(path, &error, &cancel), qPrintable(error));
    QCOMPARE(whole.exportEvents(), qint64(lines));

    cancel = true;
    AuditLogComparison cancelled;
    QVERIFY(!cancelled.readExport(path, &error, &cancel));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(cancelled.exportEvents(), qint64(0));
}

void TestAuditLogs::comparisonMatchesByTraceTimeAndName()
{
    auto record = [](const char* type, const char* ts, const char* trace, const char* extra = "") {
        return *AuditLogRecord::fromRaw(QByteArray("{\"type\":\"") + type + "\",\"ts\":\"" + ts + "\",\"trace_id\":\""
                                        + trace + "\"" + extra + "}");
    };
    AuditLogComparison comparison;
    const QList<QByteArray> lines {
        // One API call: three events of one trace id, in another order than Konnect's.
        R"({"name":"Ingress","rt":1764072000500,"trace_id":11})",
        R"({"name":"Authz.view","rt":1764072000400,"trace_id":11})",
        R"({"name":"AUTHENTICATION_OUTCOME_SUCCESS","event_ts":"2025-11-25T12:00:00Z","trace_id":11})",
        // 1.5 s off: no match.
        R"({"name":"Ingress","rt":1764072011500,"trace_id":22})",
        // Konnect does not know this one.
        R"({"name":"Ingress","rt":1764072030000,"trace_id":33})",
        // Outside the window.
        R"({"name":"Ingress","rt":1764075600000,"trace_id":44})",
        "not an event",
    };
    for (qsizetype i = 0; i < lines.size(); ++i)
        comparison.addExportLine(lines.at(i), i + 1);
    QCOMPARE(comparison.exportEvents(), 6);
    QCOMPARE(comparison.unreadableLines(), 1);
    QCOMPARE(comparison.exportFirst(), QDateTime(QDate(2025, 11, 25), QTime(12, 0), Qt::UTC));
    comparison.setWindow(QDateTime(QDate(2025, 11, 25), QTime(11, 0), Qt::UTC),
                         QDateTime(QDate(2025, 11, 25), QTime(12, 30), Qt::UTC));
    comparison.addKonnectRecords({record("authentication", "2025-11-25T12:00:00.300Z", "11", R"(,"outcome":"success")"),
                                  record("authorization", "2025-11-25T12:00:00.400Z", "11", R"(,"action":"view")"),
                                  record("gateway_access", "2025-11-25T12:00:00.500Z", "11"),
                                  record("gateway_access", "2025-11-25T12:00:10.000Z", "22"),
                                  record("authorization", "2025-11-25T12:00:20.700Z", "11", R"(,"action":"edit")")});
    comparison.finish();
    QCOMPARE(comparison.konnectRecords(), 5);
    QCOMPARE(comparison.matched(), 3);
    QCOMPARE(comparison.missing().size(), 2);
    QCOMPARE(comparison.missing().at(0).traceId, QStringLiteral("22"));
    QCOMPARE(comparison.missing().at(1).action, QStringLiteral("edit"));
    QCOMPARE(comparison.extra().size(), 2); // trace 22 (too far off) and trace 33
    QCOMPARE(comparison.extra().at(0).lineNumber, 4);
    QCOMPARE(comparison.extra().at(1).lineNumber, 5);
    QCOMPARE(comparison.exportOutsideWindow(), 1);
    // Whole seconds around 12:00:10.000 and 12:00:20.700.
    const auto window = comparison.missingWindow();
    QVERIFY(window);
    QCOMPARE(window->first, QDateTime(QDate(2025, 11, 25), QTime(12, 0, 10), Qt::UTC));
    QCOMPARE(window->second, QDateTime(QDate(2025, 11, 25), QTime(12, 0, 21), Qt::UTC));
    QVERIFY(comparison.summary().contains(QLatin1String("3 of 5")));

    // The exact name wins among events of one trace id and family.
    AuditLogComparison exact;
    exact.addExportLine(R"({"name":"Authz.edit","rt":1764072000000,"trace_id":5})", 1);
    exact.addExportLine(R"({"name":"Authz.view","rt":1764072000000,"trace_id":5})", 2);
    exact.addKonnectRecords({record("authorization", "2025-11-25T12:00:00Z", "5", R"(,"action":"view")")});
    exact.finish();
    QCOMPARE(exact.matched(), 1);
    QCOMPARE(exact.extra().size(), 1);
    QCOMPARE(exact.extra().constFirst().name, QByteArray("Authz.edit"));
    QVERIFY(!exact.missingWindow());
}
