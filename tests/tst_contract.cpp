// Contract test: KonnectClient against Kong's own OpenAPI contracts (shared/specs/): audit logs v2 for /v2/...,
// audit logs v3 for /v3/..., the Portal Management v3 excerpt for /v3/portals..., each served by Stoplight Prism as
// a validating mock. Every call the client makes must pass Prism's request validation with zero violations, and
// every answer (Kong's examples) must be accepted by our parsing.
//
// Layout: the client's root is the host root (http://127.0.0.1:PORT, as https://us.api.konghq.com) and each call
// brings its version. contract/prism-mock.cjs is one node process: one Prism mock server per spec, and a loopback
// front on PORT that routes /v2 -> v2, /v3/portals -> portals, other /v3 -> v3 with the version stripped, and logs
// `prism-mock: route <spec> <METHOD> <path> -> <path Prism sees>` first. A path outside /v2 and /v3 goes to a path
// no spec has (404 NO_PATH_MATCHED): the harness counts that, or a request that never reached Prism, as a failure.
//
// How Prism 5.14 behaves with these specs (mock with errors on, tried by hand with curl):
// - Routes are the spec's `paths` only; the /v2 or /v3 of `servers` is ignored (GET /v2/audit-log-webhook: 404
//   NO_PATH_MATCHED), hence the front's stripping.
// - The spec's global `security` (bearer: personalAccessToken / systemAccountAccessToken) is enforced: without
//   `Authorization: Bearer <token>` (or with Basic, or "Bearer" alone) the answer is 401 with Kong's Unauthorized
//   example, an `sl-violations` header and a logged "Violation: request Invalid security scheme used". jwks.json
//   has no 401 in the spec, so there Prism makes up its own 401 (UNAUTHORIZED). The token's value is not checked.
// - GET and PATCH /audit-log-webhook with a bearer: 200 with the Get-Audit-Log-Webhook example, whatever PATCH
//   sent. PUT /audit-log-webhook (the seed's verb, not in the contract): 405 NO_METHOD_MATCHED_ERROR as
//   problem+json, no sl-violations header, logged as "Request terminated with error".
// - A body that breaks the schema (log_format "xml", enabled "yes"): not 422, because the operation documents a
//   400: Prism answers 400 with Kong's first 400 example. The violations come in the `sl-violations` header, a
//   JSON array of {location: ["request","body","log_format"], severity: "Error", code: "enum", message}, and in
//   the log as "[VALIDATOR] ✖ error Violation: request.body.log_format ...". (--errors makes 422 of *response*
//   violations only.) A wrong Content-Type is a 415 violation, a missing required property (replay job) a
//   "required" one. Unknown properties pass (no additionalProperties: false), so does a PATCH without a body.
// - PUT /audit-log-replay-job: 202, GET: 200, both with a body made from the schema (status "unconfigured").
//   Status and JWKS: 200 with Kong's examples.
// - `Prefer: code=409` or `Prefer: code=400, example=<name>` picks any documented answer and example.
// - v3 and portals: GET/PATCH of a webhook answer Kong's Get-Audit-Logs-Webhook / Get-Portal-Audit-Log-Webhook
//   example (bound, enabled) whatever PATCH sent; DELETE answers 204. A destination's GET/PATCH/POST answer the
//   Audit-Log-Destination example (POST: 201), DELETE 204; POST without `authorization` is a "required" violation
//   (400). An id that is not a uuid (destination or portal) is 422 UNPROCESSABLE_ENTITY, logged as an error. The
//   destination list answers its example with `meta: {next, previous, size}` (not meta.page), and `next` is always
//   the same cursor (page%5Bafter%5D=...%3D%3D, plus a stray "%5="): a client must follow it once and stop.
//   Prism does not check the inner keys of the deepObject `filter` (filter[name][bogus] passes), so the test checks
//   the filters the client sent itself. GET /portals answers ListPortalsExample1 (meta.page total 1).
// - The front's `PUT /__kaw-prefer` adds Prism's Prefer to the client's next matching request (409 of a destination
//   DELETE, 404 of the v3 webhook) without touching the client.
// - At its default level (info) the log shows methods, paths and verdicts, never headers or bodies. Prism is one
//   node process (multiprocess off), so killing it leaves nothing behind.
//
// So the harness checks both channels: the sl-violations header of every reply the client received (through the
// client's own QNetworkAccessManager) and Prism's log, read up to a marker request so that no line is missed.

#include "ApiCall.h"
#include "ApiResult.h"
#include "AuditLogPuller.h"
#include "AuditLogQuery.h"
#include "DestinationMove.h"
#include "DevPortal.h"
#include "KonnectClient.h"
#include "ProblemDetails.h"
#include "ReplayWindow.h"
#include "RequestLogEntry.h"
#include "RetryingRequest.h" // ApiCall.h's inline currentRequest() needs the complete type
#include "ScopeWebhookReader.h"
#include "WebhookBinding.h"
#include "WebhookConfig.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {
// Fake secrets: Prism checks the scheme, never the value. Neither may show up in Prism's log.
const QString kToken = QStringLiteral("kpat_contracttest0000000000000000000000000000000000");
const QString kSiemAuthorization = QStringLiteral("Splunk contract-test-hec-token-0000");
// The contracts, by the name prism-mock.cjs routes them under: /v2 -> v2, /v3/portals -> portals, other /v3 -> v3.
const QList<QPair<QString, QString>> kSpecs {
    {QStringLiteral("v2"), QStringLiteral("konnect-audit-logs-v2.openapi.yaml")},
    {QStringLiteral("v3"), QStringLiteral("konnect-audit-logs-v3.openapi.yaml")},
    {QStringLiteral("portals"), QStringLiteral("konnect-portal-audit-logs-v3.openapi.yaml")},
};
// Kong's example ids: the v3 binding's destination, the destinations' and the portal list's.
const QString kBoundDestinationId = QStringLiteral("6945c4c4-3e06-4c5c-87e0-726d0cda4e05");
const QString kDestinationId = QStringLiteral("07ec3858-066b-4629-bdc5-d4aa893b424d");
const QString kPortalId = QStringLiteral("8f9fd312-a987-4628-b4c5-bb4f4fddd5f7");
const QString kPortalDestinationId = QStringLiteral("9cb77dc2-ff99-4d47-84ab-7c5c1b3ef939");
const QString kMarkPrefix = QStringLiteral("/__kaw-log-mark-");
constexpr int kStartTimeoutMs = 90000; // Prism parses and dereferences the spec first: seconds, more on a busy CI
constexpr int kCallTimeoutMs = 20000;

// One request as Prism's log tells it.
struct PrismExchange
{
    QString method; // upper case
    QString path; // as the client sent it, version included
    QString contract; // the spec prism-mock.cjs routed it to (v2, v3, portals)
    bool reachedPrism = false;
    int status = 0; // 0 when Prism ended the request with an error instead
    QString error; // e.g. NO_METHOD_MATCHED_ERROR
    QStringList violations;

    QString summary() const
    {
        return QStringLiteral("%1 %2 -> %3").arg(method, path, error.isEmpty() ? QString::number(status) : error);
    }
};

// One reply the client received, with Prism's verdict on the request.
struct SeenReply
{
    QString method;
    QString path;
    QUrlQuery query;
    int status = 0;
    QByteArray violations; // the sl-violations header, empty when Prism had nothing to say

    QString summary() const { return QStringLiteral("%1 %2 -> %3").arg(method, path).arg(status); }
};

struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray violations;
};

QString methodOf(const QNetworkReply* reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QStringLiteral("HEAD");
    default:
        return QString::fromLatin1(reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    }
}

// Splits the log into requests. Each starts with the front's route line; Prism handles our requests one after the
// other (the client waits for each answer), so every line up to the next route line belongs to the request before.
QList<PrismExchange> parsePrismLog(const QString& log)
{
    static const QRegularExpression routed(QStringLiteral("^prism-mock: route (\\S+) (\\S+) (\\S+) -> "));
    static const QRegularExpression received(QStringLiteral("\\[HTTP SERVER\\] (\\S+) (\\S+) .*Request received"));
    static const QRegularExpression terminated(QStringLiteral("Request terminated with error: \\S*#(\\w+)"));
    static const QRegularExpression responding(QStringLiteral("> Responding with \"(\\d+)\""));
    static const QRegularExpression violation(QStringLiteral("Violation: (.*)$"));
    QList<PrismExchange> exchanges;
    const QStringList lines = log.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (const auto match = routed.match(line); match.hasMatch()) {
            PrismExchange exchange;
            exchange.contract = match.captured(1);
            exchange.method = match.captured(2).toUpper();
            exchange.path = match.captured(3);
            exchanges.append(exchange);
            continue;
        }
        if (exchanges.isEmpty())
            continue;
        PrismExchange& current = exchanges.last();
        if (received.match(line).hasMatch()) {
            current.reachedPrism = true;
            continue;
        }
        if (const auto match = violation.match(line); match.hasMatch())
            current.violations.append(match.captured(1).trimmed());
        else if (const auto match = terminated.match(line); match.hasMatch())
            current.error = match.captured(1);
        else if (const auto match = responding.match(line); match.hasMatch())
            current.status = match.captured(1).toInt();
    }
    return exchanges;
}

// Everything Prism objected to: the list every positive test requires to be empty.
QStringList contractViolations(const QList<PrismExchange>& exchanges, const QList<SeenReply>& replies)
{
    QStringList problems;
    for (const PrismExchange& exchange : exchanges) {
        for (const QString& violation : exchange.violations)
            problems.append(QStringLiteral("%1 %2: %3").arg(exchange.method, exchange.path, violation));
        if (!exchange.reachedPrism)
            problems.append(QStringLiteral("%1 %2: never reached Prism").arg(exchange.method, exchange.path));
        // A path no contract has is a client bug whatever else the test expects.
        if (exchange.error == QLatin1String("NO_PATH_MATCHED_ERROR"))
            problems.append(QStringLiteral("%1 %2: no contract has this path").arg(exchange.method, exchange.path));
    }
    for (const SeenReply& reply : replies) {
        if (!reply.violations.isEmpty())
            problems.append(QStringLiteral("%1 %2: sl-violations %3")
                                .arg(reply.method, reply.path, QString::fromUtf8(reply.violations)));
    }
    return problems;
}

QStringList summaries(const QList<PrismExchange>& exchanges)
{
    QStringList list;
    for (const PrismExchange& exchange : exchanges)
        list.append(exchange.summary());
    return list;
}

QStringList summaries(const QList<SeenReply>& replies)
{
    QStringList list;
    for (const SeenReply& reply : replies)
        list.append(reply.summary());
    return list;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// The spec's Get-Audit-Log-Webhook example, which Prism answers GET and PATCH /audit-log-webhook with.
WebhookConfig kongWebhookExample()
{
    WebhookConfig config;
    config.endpoint = QStringLiteral("https://example.com/audit-log");
    config.enabled = true;
    config.logFormat = LogFormat::Cef;
    config.skipSslVerification = false;
    config.updatedAt = QDateTime(QDate(2023, 3, 21), QTime(9, 29, 14, 520), Qt::UTC);
    return config;
}

bool isCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1");
}

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TstContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void getWebhook_parsesKongsExample();
    void updateWebhook_newAuthorization_fallsBackFromPutToPatch();
    void updateWebhook_newAuthorization_afterPatchWasLearned();
    void updateWebhook_withoutAuthorization_patchesOnlyChanges_data();
    void updateWebhook_withoutAuthorization_patchesOnlyChanges();
    void getStatus_matchesContract();
    void getReplayJob_matchesContract();
    void startReplayJob_sendsAValidWindow();
    void getJwks_givesAnEd25519Key();
    void problemExamples_areParsed_data();
    void problemExamples_areParsed();
    void harness_reportsViolations_data();
    void harness_reportsViolations();

    void getBinding_organization();
    void updateBinding_patchesOnlyChanges_data();
    void updateBinding_patchesOnlyChanges();
    void unbind_data();
    void unbind();
    void listDestinations_followsNextOnceThenStops_data();
    void listDestinations_followsNextOnceThenStops();
    void getDestination_parsesKongsExample();
    void createDestination_sendsEveryRequiredField();
    void updateDestination_patchesOnlyChanges_data();
    void updateDestination_patchesOnlyChanges();
    void deleteDestination();
    void deleteDestination_conflictIsReported();
    void scopeWebhookReader_readsBindingThenDestination();
    void scopeWebhookReader_fallsBackToV2On404();
    void destinationMove_createsThenBinds();
    void listPortals_parsesKongsExample();
    void portalStatusAndReplay();
    void pullAuditLogs_followsNextOnceThenStops_data();
    void pullAuditLogs_followsNextOnceThenStops();

private:
    bool startPrism(const QString& node, const QString& launcher, const QStringList& specs, QString* failure);
    void stopPrism();
    std::unique_ptr<KonnectClient> newClient();
    std::optional<ApiResult> await(ApiCall* call);
    std::optional<RawAnswer> sendRaw(const QByteArray& method, const QString& path, const QByteArray& body = {},
                                     const QList<QPair<QByteArray, QByteArray>>& headers = {});
    bool readLogSinceInit(QList<PrismExchange>* exchanges, QString* failure);
    // Prism answers the client's next `method path` as `prefer` picks (the front adds a Prefer header).
    bool preferNext(const QByteArray& method, const QString& path, const QByteArray& prefer);
    void verifyCleanExchanges(const QStringList& expected);
    QString logSinceInit() const { return QString::fromUtf8(m_log.mid(m_logStart)); }

    QPointer<QProcess> m_prism;
    QByteArray m_log;
    qsizetype m_logStart = 0;
    quint16 m_port = 0;
    QUrl m_apiRoot;
    QNetworkAccessManager* m_raw = nullptr;
    QList<SeenReply> m_seen;
    QList<RequestLogEntry> m_sent;
    int m_marks = 0;
};

void TstContract::initTestCase()
{
    // Not __FILE__: ccache (base_dir) makes it relative to the build directory.
    const QString testsDir = QStringLiteral(KAW_SOURCE_DIR "/tests");
    const QString contractDir = testsDir + QStringLiteral("/contract");
    QString sharedDir = qEnvironmentVariable("KAW_SHARED_DIR");
    if (sharedDir.isEmpty())
        sharedDir = testsDir + QStringLiteral("/../../shared");
    QStringList specs;
    for (const auto& [name, file] : kSpecs) {
        const QString spec = QFileInfo(sharedDir + QStringLiteral("/specs/") + file).absoluteFilePath();
        if (!QFileInfo::exists(spec))
            QSKIP(qPrintable(QStringLiteral("Kong's OpenAPI is not here (%1): the contract test needs the project's "
                                            "shared/ folder beside the repository (KAW_SHARED_DIR).")
                                 .arg(spec)));
        specs.append(name + QLatin1Char('=') + spec);
    }

    const QString prism = contractDir + QStringLiteral("/node_modules/.bin/prism");
    const QString launcher = contractDir + QStringLiteral("/prism-mock.cjs");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QString missing;
    if (node.isEmpty())
        missing = QStringLiteral("Node.js (`node`) is not on PATH (Debian: apt-get install nodejs npm), then run "
                                 "tests/contract/install.sh.");
    else if (!QFileInfo::exists(prism) || !QFileInfo::exists(launcher))
        missing = QStringLiteral("Stoplight Prism is not installed in %1/node_modules: run "
                                 "tests/contract/install.sh (scripts/run-tests.sh does).")
                      .arg(contractDir);
    if (!missing.isEmpty()) {
        if (isCi())
            QFAIL(qPrintable(QStringLiteral("CI must run the contract test, but: ") + missing));
        QSKIP(qPrintable(missing));
    }

    m_raw = new QNetworkAccessManager(this);
    QString failure;
    if (!startPrism(node, launcher, specs, &failure))
        QFAIL(qPrintable(failure));
    // The host root, as for Konnect: each call brings its version.
    m_apiRoot = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool TstContract::startPrism(const QString& node, const QString& launcher, const QStringList& specs, QString* failure)
{
    // A free port can be taken by someone else between our probe and Prism's listen(): then try another one.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        m_log.clear();
        m_port = freeLoopbackPort();
        if (m_port == 0) {
            *failure = QStringLiteral("Could not find a free loopback port.");
            return false;
        }
        m_prism = new QProcess(this);
        m_prism->setProcessChannelMode(QProcess::MergedChannels);
        m_prism->setWorkingDirectory(QFileInfo(launcher).absolutePath());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        environment.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
        m_prism->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
        // If this test dies (crash, ctest's timeout), Prism goes with it instead of holding the port forever.
        m_prism->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        connect(m_prism, &QProcess::readyReadStandardOutput, this,
                [this]() { m_log.append(m_prism->readAllStandardOutput()); });
        m_prism->start(node, QStringList {launcher, QStringLiteral("127.0.0.1"), QString::number(m_port)} + specs);
        if (!m_prism->waitForStarted(30000)) {
            *failure = QStringLiteral("Could not start %1: %2").arg(node, m_prism->errorString());
            stopPrism();
            return false;
        }
        const QByteArray listening = "prism-mock: listening on http://127.0.0.1:" + QByteArray::number(m_port);
        const bool settled = QTest::qWaitFor(
            [this, &listening]() { return m_log.contains(listening) || m_prism->state() == QProcess::NotRunning; },
            kStartTimeoutMs);
        if (settled && m_log.contains(listening))
            return true;
        const bool portTaken = m_log.contains("EADDRINUSE");
        stopPrism();
        if (!portTaken)
            break;
    }
    *failure = QStringLiteral("Prism did not start listening within %1 s. Its output:\n%2")
                   .arg(kStartTimeoutMs / 1000)
                   .arg(QString::fromUtf8(m_log.right(4000)));
    return false;
}

void TstContract::stopPrism()
{
    if (!m_prism)
        return;
    m_prism->disconnect(this);
    if (m_prism->state() != QProcess::NotRunning) {
        m_prism->kill();
        m_prism->waitForFinished(10000);
    }
    delete m_prism;
}

void TstContract::cleanupTestCase()
{
    if (!m_prism)
        return;
    const qint64 pid = m_prism->processId();
    stopPrism();
#ifdef Q_OS_UNIX
    // Reaped, not orphaned: the pid is gone.
    QVERIFY(pid > 0);
    QVERIFY(::kill(pid_t(pid), 0) == -1 && errno == ESRCH);
#endif
}

void TstContract::init()
{
    m_logStart = m_log.size();
    m_seen.clear();
    m_sent.clear();
}

void TstContract::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "Prism's log for this test:\n" << logSinceInit();
}

std::unique_ptr<KonnectClient> TstContract::newClient()
{
    auto client = std::make_unique<KonnectClient>();
    client->setApiRoot(m_apiRoot);
    client->setToken(kToken);
    // The client's own network: these are exactly the requests it made, with Prism's verdict on each.
    connect(client->network(), &QNetworkAccessManager::finished, this, [this](QNetworkReply* reply) {
        SeenReply seen;
        seen.method = methodOf(reply);
        seen.path = reply->url().path();
        seen.query = QUrlQuery(reply->url());
        seen.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        seen.violations = reply->rawHeader("sl-violations");
        m_seen.append(seen);
    });
    connect(client.get(), &KonnectClient::exchangeFinished, this,
            [this](const RequestLogEntry& entry) { m_sent.append(entry); });
    return client;
}

std::optional<ApiResult> TstContract::await(ApiCall* call)
{
    std::optional<ApiResult> result;
    QPointer<ApiCall> guard = call;
    const auto connection = connect(call, &ApiCall::finished, this, [&result](const ApiResult& r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, kCallTimeoutMs)) {
        disconnect(connection);
        if (guard)
            guard->cancel();
    }
    return result;
}

std::optional<RawAnswer> TstContract::sendRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                                              const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_apiRoot;
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));
    QNetworkRequest request(url);
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);
    std::unique_ptr<QNetworkReply> reply(m_raw->sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&reply]() { return reply->isFinished(); }, kCallTimeoutMs))
        return std::nullopt;
    RawAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.violations = reply->rawHeader("sl-violations");
    return answer;
}

// Prism's log lines for the requests since init(). A marker request goes last: once its line is in, every line
// about the requests before it is too.
bool TstContract::readLogSinceInit(QList<PrismExchange>* exchanges, QString* failure)
{
    // The front hands the marker (outside every version) to a Prism under a path no spec has.
    const QString mark = kMarkPrefix + QString::number(++m_marks);
    const auto answer = sendRaw("GET", mark);
    if (!answer || answer->status != 404) {
        *failure = QStringLiteral("Prism did not answer the log marker with 404.");
        return false;
    }
    const QByteArray markLine = mark.toUtf8() + " ";
    const QByteArray markEnd = "NO_PATH_MATCHED_ERROR";
    const bool arrived = QTest::qWaitFor(
        [this, &markLine, &markEnd]() {
            const qsizetype at = m_log.indexOf(markLine, m_logStart);
            return at >= 0 && m_log.indexOf(markEnd, at) >= 0;
        },
        kCallTimeoutMs);
    if (!arrived) {
        *failure = QStringLiteral("Prism's log never showed the marker request.");
        return false;
    }
    *exchanges = parsePrismLog(logSinceInit());
    const auto isMark = [](const PrismExchange& exchange) { return exchange.path.startsWith(kMarkPrefix); };
    exchanges->erase(std::remove_if(exchanges->begin(), exchanges->end(), isMark), exchanges->end());
    return true;
}

// The client's requests since init() were exactly `expected` (as "METHOD path -> status or error"), by Prism's log
// and by the replies the client saw, and Prism found nothing to object to.
void TstContract::verifyCleanExchanges(const QStringList& expected)
{
    QList<PrismExchange> exchanges;
    QString failure;
    QVERIFY2(readLogSinceInit(&exchanges, &failure), qPrintable(failure));
    QCOMPARE(summaries(exchanges), expected);
    QStringList seenExpected = expected;
    for (QString& line : seenExpected)
        line.replace(QLatin1String("NO_METHOD_MATCHED_ERROR"), QLatin1String("405"));
    QCOMPARE(summaries(m_seen), seenExpected);
    const QStringList violations = contractViolations(exchanges, m_seen);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    // The log is as safe to show as our own: neither secret may reach it.
    QVERIFY(!logSinceInit().contains(kToken));
    QVERIFY(!logSinceInit().contains(kSiemAuthorization));
}

void TstContract::getWebhook_parsesKongsExample()
{
    auto client = newClient();
    const auto result = await(client->getWebhook());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(result->json.isObject());

    QString error;
    const auto config = WebhookConfig::fromJson(result->json.object(), &error);
    QVERIFY2(config, qPrintable(error));
    const WebhookConfig expected = kongWebhookExample();
    QCOMPARE(config->endpoint, expected.endpoint);
    QCOMPARE(config->enabled, expected.enabled);
    QCOMPARE(toString(config->logFormat), toString(expected.logFormat));
    QCOMPARE(config->skipSslVerification, expected.skipSslVerification);
    QCOMPARE(config->updatedAt, expected.updatedAt);
    QVERIFY(!config->authorization);

    verifyCleanExchanges({QStringLiteral("GET /v2/audit-log-webhook -> 200")});
}

void TstContract::updateWebhook_newAuthorization_fallsBackFromPutToPatch()
{
    auto client = newClient();
    QCOMPARE(client->updateMethod(), KonnectClient::UpdateMethod::Put);
    QList<KonnectClient::UpdateMethod> learned;
    connect(client.get(), &KonnectClient::updateMethodLearned, this,
            [&learned](KonnectClient::UpdateMethod method) { learned.append(method); });

    const WebhookConfig current = kongWebhookExample();
    WebhookConfig desired = current;
    desired.endpoint = QStringLiteral("https://siem.example.com/konnect/audit");
    desired.logFormat = LogFormat::Json;
    desired.authorization = kSiemAuthorization;
    const auto result = await(client->updateWebhook(current, desired));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QCOMPARE(learned, QList<KonnectClient::UpdateMethod> {KonnectClient::UpdateMethod::Patch});
    QCOMPARE(client->updateMethod(), KonnectClient::UpdateMethod::Patch);
    QVERIFY(WebhookConfig::fromJson(result->json.object()));

    // The repeat carries the whole configuration, authorization included (masked in our log).
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(m_sent.at(1).method, QStringLiteral("PATCH"));
    const QJsonObject patch = parseObject(m_sent.at(1).redactedBody);
    QCOMPARE(patch.keys(),
             (QStringList {QStringLiteral("authorization"), QStringLiteral("enabled"), QStringLiteral("endpoint"),
                           QStringLiteral("log_format"), QStringLiteral("skip_ssl_verification")}));
    QCOMPARE(patch.value(QLatin1String("endpoint")).toString(), desired.endpoint);
    QCOMPARE(patch.value(QLatin1String("log_format")).toString(), QStringLiteral("json"));

    verifyCleanExchanges({QStringLiteral("PUT /v2/audit-log-webhook -> NO_METHOD_MATCHED_ERROR"),
                          QStringLiteral("PATCH /v2/audit-log-webhook -> 200")});
}

void TstContract::updateWebhook_newAuthorization_afterPatchWasLearned()
{
    auto client = newClient();
    client->setUpdateMethod(KonnectClient::UpdateMethod::Patch);
    int learned = 0;
    connect(client.get(), &KonnectClient::updateMethodLearned, this, [&learned]() { ++learned; });

    const WebhookConfig current = kongWebhookExample();
    WebhookConfig desired = current;
    desired.authorization = kSiemAuthorization;
    const auto result = await(client->updateWebhook(current, desired));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(learned, 0);
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(parseObject(m_sent.at(0).redactedBody).keys(), QStringList {QStringLiteral("authorization")});

    verifyCleanExchanges({QStringLiteral("PATCH /v2/audit-log-webhook -> 200")});
}

void TstContract::updateWebhook_withoutAuthorization_patchesOnlyChanges_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("logFormat");
    QTest::addColumn<bool>("skipSslVerification");
    QTest::addColumn<QJsonObject>("expectedBody");

    const QString example = kongWebhookExample().endpoint;
    const QString other = QStringLiteral("https://siem.example.com:8088/services/collector/raw");
    QTest::newRow("disable") << example << false << "cef" << false << QJsonObject {{"enabled", false}};
    QTest::newRow("log format") << example << true << "cps" << false << QJsonObject {{"log_format", "cps"}};
    QTest::newRow("endpoint") << other << true << "cef" << false << QJsonObject {{"endpoint", other}};
    QTest::newRow("skip tls verification")
        << example << true << "cef" << true << QJsonObject {{"skip_ssl_verification", true}};
    QTest::newRow("everything") << other << false << "json" << true
                                << QJsonObject {{"endpoint", other},
                                                {"enabled", false},
                                                {"log_format", "json"},
                                                {"skip_ssl_verification", true}};
}

void TstContract::updateWebhook_withoutAuthorization_patchesOnlyChanges()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, enabled);
    QFETCH(QString, logFormat);
    QFETCH(bool, skipSslVerification);
    QFETCH(QJsonObject, expectedBody);

    auto client = newClient();
    const WebhookConfig current = kongWebhookExample();
    WebhookConfig desired = current;
    desired.endpoint = endpoint;
    desired.enabled = enabled;
    desired.logFormat = *logFormatFromString(logFormat);
    desired.skipSslVerification = skipSslVerification;
    const auto result = await(client->updateWebhook(current, desired));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(WebhookConfig::fromJson(result->json.object()));
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(parseObject(m_sent.at(0).redactedBody), expectedBody);

    verifyCleanExchanges({QStringLiteral("PATCH /v2/audit-log-webhook -> 200")});
}

void TstContract::getStatus_matchesContract()
{
    auto client = newClient();
    const auto result = await(client->getStatus());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    const QJsonObject status = result->json.object();
    QVERIFY(status.value(QLatin1String("webhook_enabled")).isBool());
    const QString webhookStatus = status.value(QLatin1String("webhook_status")).toString();
    QVERIFY2(
        (QStringList {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("unconfigured")}.contains(
            webhookStatus)),
        qPrintable(webhookStatus));
    QVERIFY(ReplayWindow::parseRfc3339(status.value(QLatin1String("last_attempt_at")).toString()).isValid());
    QVERIFY(status.value(QLatin1String("last_response_code")).isDouble());
    QCOMPARE(status.value(QLatin1String("last_response_code")).toInt(), 401);
    QVERIFY(status.value(QLatin1String("last_response_message")).isString());

    verifyCleanExchanges({QStringLiteral("GET /v2/audit-log-webhook/status -> 200")});
}

void TstContract::getReplayJob_matchesContract()
{
    auto client = newClient();
    const auto result = await(client->getReplayJob());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    const QJsonObject job = result->json.object();
    const QString status = job.value(QLatin1String("status")).toString();
    QVERIFY2((QStringList {QStringLiteral("unconfigured"), QStringLiteral("accepted"), QStringLiteral("pending"),
                           QStringLiteral("running"), QStringLiteral("completed"), QStringLiteral("failed")}
                  .contains(status)),
             qPrintable(status));
    for (const char* field : {"start_at", "end_at", "updated_at"}) {
        const QString text = job.value(QLatin1String(field)).toString();
        QVERIFY2(ReplayWindow::parseRfc3339(text).isValid(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(field), text)));
    }

    verifyCleanExchanges({QStringLiteral("GET /v2/audit-log-replay-job -> 200")});
}

void TstContract::startReplayJob_sendsAValidWindow()
{
    auto client = newClient();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(-2 * 3600);
    const QDateTime end = now.addSecs(-3600);
    const auto result = await(client->startReplayJob(start, end));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 202);
    QVERIFY(result->json.object().value(QLatin1String("status")).isString());
    QCOMPARE(m_sent.size(), 1);
    const QJsonObject sent = parseObject(m_sent.at(0).redactedBody);
    QCOMPARE(sent.value(QLatin1String("start_at")).toString(), ReplayWindow::toRfc3339(start));
    QCOMPARE(sent.value(QLatin1String("end_at")).toString(), ReplayWindow::toRfc3339(end));

    verifyCleanExchanges({QStringLiteral("PUT /v2/audit-log-replay-job -> 202")});
}

void TstContract::getJwks_givesAnEd25519Key()
{
    auto client = newClient();
    const auto result = await(client->getJwks());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    const QJsonArray keys = result->json.object().value(QLatin1String("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(key.value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(key.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
        QVERIFY(!key.value(QLatin1String("kid")).toString().isEmpty());
        const auto x = QByteArray::fromBase64Encoding(key.value(QLatin1String("x")).toString().toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                          | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(x);
        QCOMPARE(x.decoded.size(), 32);
    }

    verifyCleanExchanges({QStringLiteral("GET /v2/audit-log-webhook/jwks.json -> 200")});
}

void TstContract::problemExamples_areParsed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("prefer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");

    const QByteArray patch = R"({"enabled":true})";
    const QByteArray window
        = QJsonDocument(QJsonObject {
                            {"start_at", ReplayWindow::toRfc3339(QDateTime::currentDateTimeUtc().addSecs(-7200))},
                            {"end_at", ReplayWindow::toRfc3339(QDateTime::currentDateTimeUtc().addSecs(-3600))},
                        })
              .toJson(QJsonDocument::Compact);
    const QString webhook = QStringLiteral("/v2/audit-log-webhook");
    QTest::newRow("400 endpoint not a URL")
        << QByteArray("PATCH") << webhook << patch << QByteArray("code=400, example=Endpoint Must be a valid URL")
        << 400 << "Invalid endpoint"
        << "endpoint"
        << "must be a valid URL";
    QTest::newRow("400 endpoint blank") << QByteArray("PATCH") << webhook << patch
                                        << QByteArray("code=400, example=Endpoint Cannot be Blank") << 400
                                        << "Required field missing"
                                        << "endpoint"
                                        << "cannot be blank";
    QTest::newRow("400 authorization blank")
        << QByteArray("PATCH") << webhook << patch << QByteArray("code=400, example=Authorization Cannot be Blank")
        << 400 << "Required field missing"
        << "authorization"
        << "cannot be blank";
    QTest::newRow("400 format invalid") << QByteArray("PATCH") << webhook << patch
                                        << QByteArray("code=400, example=Request Format is Invalid") << 400
                                        << "Could not parse request body"
                                        << "body"
                                        << "request format is invalid";
    QTest::newRow("401") << QByteArray("GET") << webhook << QByteArray() << QByteArray("code=401") << 401
                         << "Unauthorized" << QString() << QString();
    QTest::newRow("403") << QByteArray("GET") << webhook << QByteArray() << QByteArray("code=403") << 403
                         << "You do not have permission to perform this action" << QString() << QString();
    QTest::newRow("409 replay running") << QByteArray("PUT") << QStringLiteral("/v2/audit-log-replay-job") << window
                                        << QByteArray("code=409") << 409 << "A replay job is currently running"
                                        << QString() << QString();
}

// Kong's documented error answers, picked with Prism's Prefer header, read by our problem+json parser.
void TstContract::problemExamples_areParsed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, prefer);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, field);
    QFETCH(QString, reason);

    QList<QPair<QByteArray, QByteArray>> headers {{"Authorization", "Bearer " + kToken.toUtf8()}, {"Prefer", prefer}};
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const auto answer = sendRaw(method, path, body, headers);
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
    QVERIFY2(answer->violations.isEmpty(), answer->violations.constData());

    const ProblemDetails problem = ProblemDetails::parse(answer->body);
    QVERIFY(!problem.isEmpty());
    QCOMPARE(problem.status, status);
    QVERIFY(!problem.title.isEmpty());
    QCOMPARE(problem.detail, detail);
    QVERIFY(!problem.instance.isEmpty());
    if (field.isEmpty()) {
        QVERIFY(problem.invalidParameters.isEmpty());
    } else {
        QCOMPARE(problem.invalidParameters.size(), 1);
        QCOMPARE(problem.invalidParameters.at(0).field, field);
        QCOMPARE(problem.invalidParameters.at(0).message, reason);
        QVERIFY(problem.summary().contains(reason));
    }
}

void TstContract::harness_reportsViolations_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("expectedViolations");

    const QString v2 = QStringLiteral("/v2");
    QTest::newRow("invalid webhook body")
        << QByteArray("PATCH") << v2 + QStringLiteral("/audit-log-webhook")
        << QByteArray(R"({"log_format":"xml","enabled":"yes"})") << true << 400
        << QStringList {QStringLiteral("request.body.enabled"), QStringLiteral("request.body.log_format")};
    QTest::newRow("replay job without end")
        << QByteArray("PUT") << v2 + QStringLiteral("/audit-log-replay-job")
        << QByteArray(R"({"start_at":"yesterday"})") << true << 400
        << QStringList {QStringLiteral("required property 'end_at'"), QStringLiteral("request.body.start_at")};
    QTest::newRow("outside every contract") << QByteArray("GET") << QStringLiteral("/audit-log-webhook") << QByteArray()
                                            << true << 404 << QStringList {QStringLiteral("no contract has this path")};
    QTest::newRow("no token") << QByteArray("GET") << v2 + QStringLiteral("/audit-log-webhook") << QByteArray() << false
                              << 401 << QStringList {QStringLiteral("Invalid security scheme")};
}

// The harness can fail: what breaks the contract shows up in both channels the positive tests read.
void TstContract::harness_reportsViolations()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(QStringList, expectedViolations);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (withToken)
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + kToken.toUtf8()));
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const auto answer = sendRaw(method, path, body, headers);
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
    // Prism says nothing in the header about a path it has no route for; the harness's own check does.
    const QJsonArray header = QJsonDocument::fromJson(answer->violations).array();
    QCOMPARE(header.size(), status == 404 ? 0 : int(expectedViolations.size()));

    QList<PrismExchange> exchanges;
    QString failure;
    QVERIFY2(readLogSinceInit(&exchanges, &failure), qPrintable(failure));
    QCOMPARE(exchanges.size(), 1);
    const QStringList violations = contractViolations(exchanges, {});
    QCOMPARE(violations.size(), expectedViolations.size());
    for (const QString& expected : expectedViolations) {
        const bool found = std::any_of(violations.cbegin(), violations.cend(),
                                       [&expected](const QString& line) { return line.contains(expected); });
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("no violation about \"%1\" in:\n%2").arg(expected, violations.join(QLatin1Char('\n')))));
    }
    SeenReply seen;
    seen.method = QString::fromLatin1(method);
    seen.path = path;
    seen.status = answer->status;
    seen.violations = answer->violations;
    if (status != 404)
        QVERIFY(!contractViolations({}, {seen}).isEmpty());
}

bool TstContract::preferNext(const QByteArray& method, const QString& path, const QByteArray& prefer)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("for"), QString::fromLatin1(method) + QLatin1Char(' ') + path);
    query.addQueryItem(QStringLiteral("prefer"), QString::fromLatin1(prefer));
    const auto answer = sendRaw("PUT", QStringLiteral("/__kaw-prefer?") + query.toString(QUrl::FullyEncoded));
    return answer && answer->status == 204;
}

void TstContract::getBinding_organization()
{
    auto client = newClient();
    const auto result = await(client->getBinding(Scope::organization(QStringLiteral("us"))));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QString error;
    const auto binding = WebhookBinding::fromJson(result->json.object(), &error);
    QVERIFY2(binding, qPrintable(error));
    QCOMPARE(binding->destinationId, kBoundDestinationId);
    QVERIFY(binding->enabled);

    verifyCleanExchanges({QStringLiteral("GET /v3/audit-log-webhook -> 200")});
}

void TstContract::updateBinding_patchesOnlyChanges_data()
{
    QTest::addColumn<bool>("portal");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QJsonObject>("expectedBody");

    for (const bool portal : {false, true}) {
        const QString bound = portal ? kPortalDestinationId : kBoundDestinationId;
        const char* who = portal ? "portal" : "organization";
        QTest::addRow("%s: disable", who) << portal << bound << false << QJsonObject {{"enabled", false}};
        QTest::addRow("%s: other destination", who)
            << portal << kDestinationId << true << QJsonObject {{"audit_log_destination_id", kDestinationId}};
        QTest::addRow("%s: both", who) << portal << kDestinationId << false
                                       << QJsonObject {{"audit_log_destination_id", kDestinationId},
                                                       {"enabled", false}};
    }
}

void TstContract::updateBinding_patchesOnlyChanges()
{
    QFETCH(bool, portal);
    QFETCH(QString, destination);
    QFETCH(bool, enabled);
    QFETCH(QJsonObject, expectedBody);

    const Scope scope = portal ? Scope::portal(QStringLiteral("us"), kPortalId, QStringLiteral("Portal A"))
                               : Scope::organization(QStringLiteral("us"));
    WebhookBinding current;
    current.destinationId = portal ? kPortalDestinationId : kBoundDestinationId;
    current.enabled = true;
    WebhookBinding desired;
    desired.destinationId = destination;
    desired.enabled = enabled;
    auto client = newClient();
    const auto result = await(client->updateBinding(scope, current, desired));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(WebhookBinding::fromJson(result->json.object()));
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(parseObject(m_sent.at(0).redactedBody), expectedBody);

    verifyCleanExchanges({QStringLiteral("PATCH %1 -> 200").arg(scope.webhookPath(3))});
}

void TstContract::unbind_data()
{
    QTest::addColumn<bool>("portal");
    QTest::newRow("organization") << false;
    QTest::newRow("portal") << true;
}

void TstContract::unbind()
{
    QFETCH(bool, portal);
    const Scope scope = portal ? Scope::portal(QStringLiteral("us"), kPortalId) : Scope::organization("us");
    auto client = newClient();
    const auto result = await(client->unbind(scope));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 204);

    verifyCleanExchanges({QStringLiteral("DELETE %1 -> 204").arg(scope.webhookPath(3))});
}

void TstContract::listDestinations_followsNextOnceThenStops_data()
{
    QTest::addColumn<QString>("nameEquals");
    QTest::addColumn<QString>("nameContains");
    QTest::newRow("all") << QString() << QString();
    QTest::newRow("name equals") << QStringLiteral("Splunk production") << QString();
    QTest::newRow("name contains") << QString() << QStringLiteral("plunk");
    QTest::newRow("both filters") << QStringLiteral("Splunk production") << QStringLiteral("plunk");
}

// Kong's example page always has the same `meta.next`: the client follows it once, then stops on the repeated
// cursor instead of looping (a real Konnect hands out a new cursor per page).
void TstContract::listDestinations_followsNextOnceThenStops()
{
    QFETCH(QString, nameEquals);
    QFETCH(QString, nameContains);

    auto client = newClient();
    const auto result = await(client->listDestinations(nameEquals, nameContains));
    QVERIFY(result);
    QCOMPARE(result->kind, ApiResult::Kind::BadAnswer);
    QVERIFY2(result->message.contains(QLatin1String("same page cursor twice")), qPrintable(result->message));
    // The page as Kong's example gives it: every record parses.
    const QJsonArray data = result->json.object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QStringList names;
    for (const QJsonValue& value : data) {
        QString error;
        const auto destination = AuditLogDestination::fromJson(value.toObject(), &error);
        QVERIFY2(destination, qPrintable(error));
        QVERIFY(destination->createdAt.isValid());
        QVERIFY(destination->settings.updatedAt.isValid());
        names.append(destination->name);
    }
    QCOMPARE(names, (QStringList {QStringLiteral("Destination-1"), QStringLiteral("Destination-2")}));

    QCOMPARE(m_seen.size(), 2);
    for (const SeenReply& seen : std::as_const(m_seen)) {
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("page[size]")), QStringLiteral("100"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("filter[name][eq]"), QUrl::FullyDecoded), nameEquals);
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("filter[name][contains]"), QUrl::FullyDecoded), nameContains);
    }
    QVERIFY(!m_seen.at(0).query.hasQueryItem(QStringLiteral("page[after]")));
    QCOMPARE(m_seen.at(1).query.queryItemValue(QStringLiteral("page[after]"), QUrl::FullyDecoded),
             QStringLiteral("f11CXlAMGEVFB0AEQw19QhNYMV5CCkFYSltZUFgPSBJHFwwWFg=="));

    verifyCleanExchanges({QStringLiteral("GET /v3/audit-log-destinations -> 200"),
                          QStringLiteral("GET /v3/audit-log-destinations -> 200")});
}

void TstContract::getDestination_parsesKongsExample()
{
    auto client = newClient();
    const auto result = await(client->getDestination(kDestinationId));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QString error;
    const auto destination = AuditLogDestination::fromJson(result->json.object(), &error);
    QVERIFY2(destination, qPrintable(error));
    QCOMPARE(destination->id, kDestinationId);
    QCOMPARE(destination->name, QStringLiteral("My Destination"));
    QCOMPARE(destination->settings.endpoint, QStringLiteral("https://example.com/audit-log"));
    QCOMPARE(toString(destination->settings.logFormat), QStringLiteral("cef"));
    QVERIFY(!destination->settings.skipSslVerification);
    QCOMPARE(destination->createdAt, QDateTime(QDate(2023, 3, 20), QTime(9, 29, 14, 520), Qt::UTC));
    QCOMPARE(destination->settings.updatedAt, QDateTime(QDate(2023, 3, 21), QTime(9, 29, 14, 520), Qt::UTC));
    QVERIFY(!destination->settings.authorization);

    verifyCleanExchanges({QStringLiteral("GET /v3/audit-log-destinations/%1 -> 200").arg(kDestinationId)});
}

void TstContract::createDestination_sendsEveryRequiredField()
{
    AuditLogDestination destination;
    destination.name = QStringLiteral("Splunk production");
    destination.settings.endpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");
    destination.settings.logFormat = LogFormat::Json;
    destination.settings.skipSslVerification = false;
    destination.settings.authorization = kSiemAuthorization;
    auto client = newClient();
    const auto result = await(client->createDestination(destination));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 201);
    QString error;
    const auto created = AuditLogDestination::fromJson(result->json.object(), &error);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(created->id, kDestinationId);

    QCOMPARE(m_sent.size(), 1);
    const QJsonObject sent = parseObject(m_sent.at(0).redactedBody);
    QCOMPARE(sent.keys(),
             (QStringList {QStringLiteral("authorization"), QStringLiteral("endpoint"), QStringLiteral("log_format"),
                           QStringLiteral("name"), QStringLiteral("skip_ssl_verification")}));
    QCOMPARE(sent.value(QLatin1String("name")).toString(), destination.name);
    QCOMPARE(sent.value(QLatin1String("log_format")).toString(), QStringLiteral("json"));

    verifyCleanExchanges({QStringLiteral("POST /v3/audit-log-destinations -> 201")});
}

void TstContract::updateDestination_patchesOnlyChanges_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("logFormat");
    QTest::addColumn<bool>("skipSslVerification");
    QTest::addColumn<bool>("newAuthorization");
    QTest::addColumn<QStringList>("expectedKeys");

    const QString name = QStringLiteral("My Destination");
    const QString endpoint = QStringLiteral("https://example.com/audit-log");
    const QString other = QStringLiteral("https://example.com/audit-log-json");
    QTest::newRow("rename") << QStringLiteral("Splunk") << endpoint << "cef" << false << false
                            << QStringList {QStringLiteral("name")};
    QTest::newRow("endpoint and format") << name << other << "json" << false << false
                                         << QStringList {QStringLiteral("endpoint"), QStringLiteral("log_format")};
    QTest::newRow("skip tls verification")
        << name << endpoint << "cef" << true << false << QStringList {QStringLiteral("skip_ssl_verification")};
    QTest::newRow("new authorization") << name << endpoint << "cef" << false << true
                                       << QStringList {QStringLiteral("authorization")};
}

void TstContract::updateDestination_patchesOnlyChanges()
{
    QFETCH(QString, name);
    QFETCH(QString, endpoint);
    QFETCH(QString, logFormat);
    QFETCH(bool, skipSslVerification);
    QFETCH(bool, newAuthorization);
    QFETCH(QStringList, expectedKeys);

    // Kong's Audit-Log-Destination example, as getDestination reads it.
    AuditLogDestination current;
    current.id = kDestinationId;
    current.name = QStringLiteral("My Destination");
    current.settings.endpoint = QStringLiteral("https://example.com/audit-log");
    current.settings.logFormat = LogFormat::Cef;
    AuditLogDestination desired = current;
    desired.name = name;
    desired.settings.endpoint = endpoint;
    desired.settings.logFormat = *logFormatFromString(logFormat);
    desired.settings.skipSslVerification = skipSslVerification;
    if (newAuthorization)
        desired.settings.authorization = kSiemAuthorization;
    auto client = newClient();
    const auto result = await(client->updateDestination(current, desired));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(AuditLogDestination::fromJson(result->json.object()));
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(parseObject(m_sent.at(0).redactedBody).keys(), expectedKeys);

    verifyCleanExchanges({QStringLiteral("PATCH /v3/audit-log-destinations/%1 -> 200").arg(kDestinationId)});
}

void TstContract::deleteDestination()
{
    auto client = newClient();
    const auto result = await(client->deleteDestination(kDestinationId));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 204);

    verifyCleanExchanges({QStringLiteral("DELETE /v3/audit-log-destinations/%1 -> 204").arg(kDestinationId)});
}

// The client's own request, unchanged; the front adds `Prefer: code=409` so that Prism answers Kong's documented
// conflict (a webhook still uses the destination).
void TstContract::deleteDestination_conflictIsReported()
{
    const QString path = QStringLiteral("/v3/audit-log-destinations/") + kDestinationId;
    QVERIFY(preferNext("DELETE", path, "code=409"));
    auto client = newClient();
    const auto result = await(client->deleteDestination(kDestinationId));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->httpStatus, 409);
    QCOMPARE(result->kind, ApiResult::Kind::HttpError);
    QCOMPARE(result->problem.status, 409);
    QVERIFY(!result->problem.title.isEmpty());
    QVERIFY(!result->problem.instance.isEmpty());
    QVERIFY2(result->message.contains(QLatin1String("409 Conflict")), qPrintable(result->message));

    verifyCleanExchanges({QStringLiteral("DELETE %1 -> 409").arg(path)});
}

void TstContract::scopeWebhookReader_readsBindingThenDestination()
{
    auto client = newClient();
    std::optional<ScopeWebhook> webhook;
    std::optional<ApiResult> result;
    auto* reader = ScopeWebhookReader::read(client.get(), Scope::organization(QStringLiteral("us")));
    connect(reader, &ScopeWebhookReader::finished, this, [&](const ScopeWebhook& w, const ApiResult& r) {
        webhook = w;
        result = r;
    });
    QVERIFY(QTest::qWaitFor([&result]() { return result.has_value(); }, 2 * kCallTimeoutMs));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(webhook->model, ScopeWebhook::Model::Destination);
    QVERIFY(webhook->v3Available);
    QCOMPARE(webhook->binding.destinationId, kBoundDestinationId);
    QVERIFY(webhook->binding.enabled);
    QVERIFY(webhook->destination);
    QCOMPARE(webhook->destination->name, QStringLiteral("My Destination"));
    QVERIFY(!webhook->destinationMissing);

    verifyCleanExchanges({QStringLiteral("GET /v3/audit-log-webhook -> 200"),
                          QStringLiteral("GET /v3/audit-log-destinations/%1 -> 200").arg(kBoundDestinationId)});
}

// Kong's documented 404 for the v3 webhook (picked with Prefer): the reader falls back to the inline v2 webhook.
void TstContract::scopeWebhookReader_fallsBackToV2On404()
{
    QVERIFY(preferNext("GET", QStringLiteral("/v3/audit-log-webhook"), "code=404"));
    auto client = newClient();
    std::optional<ScopeWebhook> webhook;
    std::optional<ApiResult> result;
    auto* reader = ScopeWebhookReader::read(client.get(), Scope::organization(QStringLiteral("us")));
    connect(reader, &ScopeWebhookReader::finished, this, [&](const ScopeWebhook& w, const ApiResult& r) {
        webhook = w;
        result = r;
    });
    QVERIFY(QTest::qWaitFor([&result]() { return result.has_value(); }, 2 * kCallTimeoutMs));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QVERIFY(!webhook->v3Available);
    QCOMPARE(webhook->model, ScopeWebhook::Model::Inline);
    QVERIFY(webhook->inlineWebhook);
    QCOMPARE(webhook->inlineWebhook->endpoint, kongWebhookExample().endpoint);

    verifyCleanExchanges(
        {QStringLiteral("GET /v3/audit-log-webhook -> 404"), QStringLiteral("GET /v2/audit-log-webhook -> 200")});
}

void TstContract::destinationMove_createsThenBinds()
{
    auto client = newClient();
    std::optional<DestinationMove::Stage> stage;
    std::optional<ApiResult> result;
    AuditLogDestination created;
    auto* move = DestinationMove::start(client.get(), Scope::organization(QStringLiteral("us")), kongWebhookExample(),
                                        QStringLiteral("Splunk production"), kSiemAuthorization);
    connect(move, &DestinationMove::finished, this,
            [&](DestinationMove::Stage s, const AuditLogDestination& d, const ApiResult& r, const QString&) {
                stage = s;
                created = d;
                result = r;
            });
    QVERIFY(QTest::qWaitFor([&result]() { return result.has_value(); }, 2 * kCallTimeoutMs));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(*stage, DestinationMove::Stage::Bound);
    QCOMPARE(created.id, kDestinationId);

    QCOMPARE(m_sent.size(), 2);
    const QJsonObject create = parseObject(m_sent.at(0).redactedBody);
    QCOMPARE(create.value(QLatin1String("name")).toString(), QStringLiteral("Splunk production"));
    QCOMPARE(create.value(QLatin1String("endpoint")).toString(), kongWebhookExample().endpoint);
    QVERIFY(create.contains(QLatin1String("authorization")));
    QCOMPARE(parseObject(m_sent.at(1).redactedBody),
             (QJsonObject {{"audit_log_destination_id", kDestinationId}, {"enabled", true}}));

    verifyCleanExchanges({QStringLiteral("POST /v3/audit-log-destinations -> 201"),
                          QStringLiteral("PATCH /v3/audit-log-webhook -> 200")});
}

void TstContract::listPortals_parsesKongsExample()
{
    auto client = newClient();
    const auto result = await(client->listPortals(Scope::organization(QStringLiteral("us"))));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    const QJsonArray data = result->json.object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QString error;
    const auto portal = DevPortal::fromJson(data.at(0).toObject(), &error);
    QVERIFY2(portal, qPrintable(error));
    QCOMPARE(portal->id, kPortalId);
    QCOMPARE(portal->name, QStringLiteral("Portal A"));
    QCOMPARE(portal->shownName(), QStringLiteral("Developer Portal A"));
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.at(0).query.queryItemValue(QStringLiteral("page[number]")), QStringLiteral("1"));
    QCOMPARE(m_seen.at(0).query.queryItemValue(QStringLiteral("page[size]")), QStringLiteral("100"));

    verifyCleanExchanges({QStringLiteral("GET /v3/portals -> 200")});
}

void TstContract::portalStatusAndReplay()
{
    const Scope portal = Scope::portal(QStringLiteral("us"), kPortalId, QStringLiteral("Portal A"));
    auto client = newClient();

    const auto binding = await(client->getBinding(portal));
    QVERIFY(binding);
    QVERIFY2(binding->ok(), qPrintable(binding->message));
    const auto parsed = WebhookBinding::fromJson(binding->json.object());
    QVERIFY(parsed);
    QCOMPARE(parsed->destinationId, kPortalDestinationId);
    QVERIFY(parsed->enabled);

    const auto status = await(client->getStatus(portal));
    QVERIFY(status);
    QVERIFY2(status->ok(), qPrintable(status->message));
    QCOMPARE(status->json.object().value(QLatin1String("webhook_status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(status->json.object().value(QLatin1String("last_response_code")).toInt(), 401);

    const auto job = await(client->getReplayJob(portal));
    QVERIFY(job);
    QVERIFY2(job->ok(), qPrintable(job->message));
    QVERIFY(job->json.object().value(QLatin1String("status")).isString());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto started = await(client->startReplayJob(now.addSecs(-7200), now.addSecs(-3600), portal));
    QVERIFY(started);
    QVERIFY2(started->ok(), qPrintable(started->message));
    QCOMPARE(started->httpStatus, 202);

    const QString root = QStringLiteral("/v3/portals/") + kPortalId;
    verifyCleanExchanges({QStringLiteral("GET %1/audit-log-webhook -> 200").arg(root),
                          QStringLiteral("GET %1/audit-log-webhook/status -> 200").arg(root),
                          QStringLiteral("GET %1/audit-log-replay-job -> 200").arg(root),
                          QStringLiteral("PUT %1/audit-log-replay-job -> 202").arg(root)});
}

QTEST_MAIN(TstContract)
#include "tst_contract.moc"

void TstContract::pullAuditLogs_followsNextOnceThenStops_data()
{
    QTest::addColumn<bool>("withStart");
    QTest::addColumn<bool>("withEnd");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("defaults") << false << false << QString() << AuditLogQuery::defaultPageSize;
    QTest::newRow("window") << true << true << QString() << AuditLogQuery::defaultPageSize;
    QTest::newRow("start only, authentication") << true << false << QStringLiteral("authentication") << 50;
    QTest::newRow("end only, gateway_access") << false << true << QStringLiteral("gateway_access") << 1;
    QTest::newRow("authorization, largest page")
        << true << true << QStringLiteral("authorization") << AuditLogQuery::maxPageSize;
}

// GET /v3/audit-logs as the puller (and so `logs` and the window) pages it. Kong's example page always links the
// same `next` cursor: the puller follows it once, with the same filters, then stops on the repeated cursor.
void TstContract::pullAuditLogs_followsNextOnceThenStops()
{
    QFETCH(bool, withStart);
    QFETCH(bool, withEnd);
    QFETCH(QString, type);
    QFETCH(int, pageSize);

    auto client = newClient();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditLogQuery query;
    if (withStart)
        query.start = now.addSecs(-6 * 3600);
    if (withEnd)
        query.end = now.addSecs(-60);
    query.type = type;
    query.pageSize = pageSize;
    AuditLogPuller puller(*client);
    AuditLogRecords records;
    std::optional<ApiResult> result;
    connect(&puller, &AuditLogPuller::recordsArrived, this,
            [&records](const AuditLogRecords& page) { records += page; });
    connect(&puller, &AuditLogPuller::finished, this, [&result](const ApiResult& r) { result = r; });
    puller.start(query);
    QVERIFY(QTest::qWaitFor([&result]() { return result.has_value(); }, 2 * kCallTimeoutMs));
    QCOMPARE(result->kind, ApiResult::Kind::BadAnswer);
    QVERIFY2(result->message.contains(QLatin1String("same page cursor twice")), qPrintable(result->message));

    // Kong's example, twice: every record read, each with its type and time, its bytes kept as sent.
    QCOMPARE(puller.pagesRead(), 2);
    QCOMPARE(records.size(), 6);
    QStringList types;
    for (const AuditLogRecord& record : std::as_const(records)) {
        types.append(record.type);
        QVERIFY(record.timestamp.isValid());
        QVERIFY(!record.signature.isEmpty());
        QVERIFY(record.raw.startsWith('{') && record.raw.endsWith('}'));
    }
    const QStringList kongsTypes {QStringLiteral("authorization"), QStringLiteral("gateway_access"),
                                  QStringLiteral("authentication")};
    QCOMPARE(types, kongsTypes + kongsTypes);
    QCOMPARE(records.at(0).traceId, QStringLiteral("12345678"));
    QCOMPARE(records.at(1).statusCode, 201);

    // Prism 5.14 does not check this operation's bracketed query parameters: page[size]=1001 and page[size]=many
    // pass its validation (tried), like the filter's inner keys; so the query the client sent is held to the
    // contract here.
    QCOMPARE(m_seen.size(), 2);
    for (const SeenReply& seen : std::as_const(m_seen)) {
        bool isNumber = false;
        const int sentSize = seen.query.queryItemValue(QStringLiteral("page[size]")).toInt(&isNumber);
        QVERIFY(isNumber && sentSize >= 1 && sentSize <= 1000);
        QCOMPARE(sentSize, pageSize);
        const QString gte = seen.query.queryItemValue(QStringLiteral("filter[ts][gte]"), QUrl::FullyDecoded);
        const QString lte = seen.query.queryItemValue(QStringLiteral("filter[ts][lte]"), QUrl::FullyDecoded);
        QCOMPARE(seen.query.hasQueryItem(QStringLiteral("filter[ts][gte]")), withStart);
        QCOMPARE(seen.query.hasQueryItem(QStringLiteral("filter[ts][lte]")), withEnd);
        if (withStart)
            QCOMPARE(ReplayWindow::parseRfc3339(gte), query.start);
        if (withEnd)
            QCOMPARE(ReplayWindow::parseRfc3339(lte), query.end);
        QCOMPARE(seen.query.hasQueryItem(QStringLiteral("filter[type]")), !type.isEmpty());
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("filter[type]")), type);
        QVERIFY(type.isEmpty() || kongsTypes.contains(type)); // the contract's enum
        // No other query item than the contract's.
        for (const auto& item : seen.query.queryItems(QUrl::FullyDecoded))
            QVERIFY2(QStringList({QStringLiteral("page[size]"), QStringLiteral("page[after]"),
                                  QStringLiteral("filter[ts][gte]"), QStringLiteral("filter[ts][lte]"),
                                  QStringLiteral("filter[type]")})
                         .contains(item.first),
                     qPrintable(item.first));
        QVERIFY(!seen.query.hasQueryItem(QStringLiteral("page[before]")));
    }
    QVERIFY(!m_seen.at(0).query.hasQueryItem(QStringLiteral("page[after]")));
    QCOMPARE(m_seen.at(1).query.queryItemValue(QStringLiteral("page[after]"), QUrl::FullyDecoded),
             QStringLiteral("ewogICJpZCI6ICJoZWysbyB3b3JsZCIKgZ"));

    verifyCleanExchanges({QStringLiteral("GET /v3/audit-logs -> 200"), QStringLiteral("GET /v3/audit-logs -> 200")});
}
