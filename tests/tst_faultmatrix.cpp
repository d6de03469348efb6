// The fault matrix: every failure Konnect or the network can hand us, for `get` (KonnectClient::getWebhook) and for
// `apply` (KonnectClient::updateWebhook), against the emulator over real loopback HTTP and against a local TLS server
// with bad certificates. Each case checks the attempts, the waits (asked of a ManualClock, never slept), the final
// message and the exit code; the window cases drive the real MainWindow through an apply and check that the form and
// the saved draft keep the user's edits.
//
// The table in tests/FAULT-MATRIX.md is what this test observed. The test fails when the table's fault, attempt,
// wait, exit and stored columns differ from what it observes; regenerate the file with
//   KAW_UPDATE_FAULT_MATRIX=1 ctest -R tst_faultmatrix

#include "tst_gui_harness.h"

#include "HostileServer.h"
#include "HttpServer.h"
#include "RetryingRequest.h"
#include "SelfSignedCertificate.h"
#include "TerminalText.h"
#include "WebhookForm.h"

#include <QFile>
#include <QLocale>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimeZone>

using namespace GuiTest;

namespace {

enum class Setup {
    Emulator, // the emulator over http, with a fault script
    Refused, // nothing listens on the port
    TlsSelfSigned, // a certificate nobody vouches for
    TlsExpired, // trusted, but expired
    TlsWrongHost, // trusted, but made for another host name
    Hostile, // a scripted raw server on the emulator's port (HostileServer)
};

struct FaultCase
{
    QString name;
    Setup setup = Setup::Emulator;
    QList<EmulatorFault> faults;
    int transferTimeoutMs = 0; // 0: the client's default
    int attempts = 1;
    QList<qint64> waits;
    int exitCode = 4;
    QString messageFragment; // must appear in the message of both get and apply
    QByteArray hostileAnswer = {}; // Setup::Hostile: written at once
    QByteArray hostileDrip = {}; // Setup::Hostile: then one byte every 50 ms
    std::optional<int> applyExitCode = {}; // when apply ends otherwise than get
};

// What one case did, for the table.
struct Observed
{
    int attempts = 0;
    QList<qint64> waits;
    int exitCode = -1;
    QString message;
};

struct MatrixRow
{
    std::optional<Observed> get;
    std::optional<Observed> apply;
    std::optional<bool> stored; // whether the apply reached Konnect's stored configuration anyway
    QString windowMessage;
};

const QDateTime clockStart(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
const QString keptEndpoint = QStringLiteral("https://kept.example.com/konnect");
const QString keptSecret = QStringLiteral("kept-hec-secret-7a1f");

EmulatorFault status(int code, const std::optional<QByteArray>& retryAfter = std::nullopt)
{
    EmulatorFault fault;
    fault.status = code;
    fault.retryAfter = retryAfter;
    return fault;
}

QList<EmulatorFault> times(const EmulatorFault& fault, int count)
{
    return QList<EmulatorFault>(count, fault);
}

QByteArray httpDate(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

const QList<qint64> doubling = {1000, 2000, 4000, 8000};

QList<FaultCase> faultCases()
{
    QList<FaultCase> cases;
    auto add = [&cases](FaultCase c) { cases.append(std::move(c)); };

    add({QStringLiteral("Connection refused"),
         Setup::Refused,
         {},
         0,
         5,
         doubling,
         4,
         QStringLiteral("Connection refused")});
    EmulatorFault reset;
    reset.reset = true;
    add({QStringLiteral("Connection reset mid-answer"), Setup::Emulator, times(reset, 5), 0, 5, doubling, 4,
         QStringLiteral("gave up after 5 attempts")});
    EmulatorFault slow;
    slow.delayMs = 3000;
    add({QStringLiteral("No answer within the transfer timeout (0.3 s here)"), Setup::Emulator, times(slow, 5), 300, 5,
         doubling, 4, QStringLiteral("No answer within 0.3 s")});

    for (int code : {500, 502, 503, 504, 429}) {
        const QString reason = QString::fromLatin1(HttpResponse::reasonPhrase(code));
        add({QStringLiteral("%1 %2").arg(code).arg(reason), Setup::Emulator, times(status(code), 5), 0, 5, doubling, 4,
             QStringLiteral("%1 %2").arg(code).arg(reason)});
    }
    add({QStringLiteral("503, Retry-After: 3"),
         Setup::Emulator,
         times(status(503, "3"), 5),
         0,
         5,
         {3000, 3000, 3000, 3000},
         4,
         QStringLiteral("503 Service Unavailable")});
    add({QStringLiteral("503, Retry-After: HTTP-date 5 s ahead"),
         Setup::Emulator,
         times(status(503, httpDate(clockStart.addSecs(5))), 5),
         0,
         5,
         {5000, 0, 0, 0},
         4,
         QStringLiteral("503 Service Unavailable")});
    add({QStringLiteral("429, Retry-After: 2"),
         Setup::Emulator,
         times(status(429, "2"), 5),
         0,
         5,
         {2000, 2000, 2000, 2000},
         4,
         QStringLiteral("429 Too Many Requests")});
    add({QStringLiteral("429, Retry-After: HTTP-date 7 s ahead"),
         Setup::Emulator,
         times(status(429, httpDate(clockStart.addSecs(7))), 5),
         0,
         5,
         {7000, 0, 0, 0},
         4,
         QStringLiteral("429 Too Many Requests")});
    add({QStringLiteral("429, Retry-After: 120 (capped at 30 s)"),
         Setup::Emulator,
         times(status(429, "120"), 5),
         0,
         5,
         {30000, 30000, 30000, 30000},
         4,
         QStringLiteral("429 Too Many Requests")});
    add({QStringLiteral("500, Retry-After: 3 (only 429 and 503 honour it)"), Setup::Emulator,
         times(status(500, "3"), 5), 0, 5, doubling, 4, QStringLiteral("500 Internal Server Error")});
    add({QStringLiteral("503 twice, then 200"), Setup::Emulator, times(status(503), 2), 0, 3, {1000, 2000}, 0, {}});
    add({QStringLiteral("501 Not Implemented"),
         Setup::Emulator,
         {status(501)},
         0,
         1,
         {},
         4,
         QStringLiteral("501 Not Implemented")});
    add({QStringLiteral("400 Bad Request"),
         Setup::Emulator,
         {status(400)},
         0,
         1,
         {},
         2,
         QStringLiteral("400 Bad Request")});
    add({QStringLiteral("401 Unauthorized"),
         Setup::Emulator,
         {status(401)},
         0,
         1,
         {},
         3,
         QStringLiteral("401 Unauthorized")});
    add({QStringLiteral("403 Forbidden"),
         Setup::Emulator,
         {status(403)},
         0,
         1,
         {},
         3,
         QStringLiteral("403 Forbidden")});
    add({QStringLiteral("404 Not Found"),
         Setup::Emulator,
         {status(404)},
         0,
         1,
         {},
         4,
         QStringLiteral("404 Not Found")});
    add({QStringLiteral("409 Conflict"), Setup::Emulator, {status(409)}, 0, 1, {}, 4, QStringLiteral("409 Conflict")});
    EmulatorFault malformed;
    malformed.malformedJson = true;
    add({QStringLiteral("200 with malformed JSON"),
         Setup::Emulator,
         {malformed},
         0,
         1,
         {},
         4,
         QStringLiteral("not the JSON object expected")});
    EmulatorFault huge;
    huge.hugeBodyBytes = 10 * 1024 * 1024;
    add({QStringLiteral("200 with a 10 MB answer"),
         Setup::Emulator,
         {huge},
         0,
         1,
         {},
         4,
         QStringLiteral("larger than 1024 KiB")});
    add({QStringLiteral("TLS: self-signed certificate"),
         Setup::TlsSelfSigned,
         {},
         0,
         1,
         {},
         4,
         QStringLiteral("self-signed")});
    add({QStringLiteral("TLS: expired certificate"), Setup::TlsExpired, {}, 0, 1, {}, 4, QStringLiteral("expired")});
    add({QStringLiteral("TLS: certificate for another host"),
         Setup::TlsWrongHost,
         {},
         0,
         1,
         {},
         4,
         QStringLiteral("host name did not match")});
    // A server that drips its answer keeps Qt's transfer timeout from ever firing; the attempt's deadline ends it.
    add({QStringLiteral("Answer dripped one byte every 0.05 s (attempt deadline 0.3 s here)"),
         Setup::Hostile,
         {},
         300,
         5,
         doubling,
         4,
         QStringLiteral("did not arrive whole within 0.3 s"),
         "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n",
         QByteArray(4000, ' ')});
    // Nothing is not "nothing configured": a read must get its object. (A change may be answered with nothing.)
    add({QStringLiteral("200 with an empty body"),
         Setup::Hostile,
         {},
         0,
         1,
         {},
         4,
         QStringLiteral("not the JSON object expected"),
         HostileServer::response(200, "application/json", QByteArray()),
         {},
         0});
    // Terminal control characters in what Konnect says: kept in the message, escaped wherever it is printed.
    add({QStringLiteral("400 with control characters in the problem details"),
         Setup::Hostile,
         {},
         0,
         1,
         {},
         2,
         QStringLiteral("Konnect refused the request"),
         HostileServer::response(400, "application/problem+json",
                                 "{\"status\":400,\"title\":\"Bad\\u001b[2J Request\",\"detail\":\"refused\\r\\nError: "
                                 "fake line \\u001b]0;pwned\\u0007 \\u009b31m\",\"invalid_parameters\":[{\"field\":"
                                 "\"endpoint\\u001b[31m\",\"reason\":\"bad\\u0085line\"}]}")});
    return cases;
}

QString waitsText(const QList<qint64>& waits)
{
    if (waits.isEmpty())
        return QStringLiteral("–");
    QStringList parts;
    for (qint64 wait : waits)
        parts.append(wait % 1000 == 0 ? QStringLiteral("%1 s").arg(wait / 1000) : QStringLiteral("%1 ms").arg(wait));
    return parts.join(QStringLiteral(", "));
}

QList<qint64> waitsOf(const ApiResult& result)
{
    QList<qint64> waits;
    for (const HttpAttempt& attempt : result.attempts) {
        if (attempt.waitBeforeNextMs >= 0)
            waits.append(attempt.waitBeforeNextMs);
    }
    return waits;
}

Observed observe(const ApiResult& result)
{
    return {int(result.attempts.size()), waitsOf(result), result.exitCode(), result.message};
}

QString cell(QString text)
{
    text = TerminalText::escapeControls(text.replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void trustedCertificateIsAccepted();
    void get_data();
    void get();
    void apply_data();
    void apply();
    void windowKeepsEdits_data();
    void windowKeepsEdits();

private:
    void addRows();
    FaultCase currentCase() const;
    ApiResult run(ApiCall* call);
    // Makes `emulator` serve what the case needs and returns the API root the client should use.
    QUrl arm(const FaultCase& c, KonnectEmulator& emulator);
    void serveTls(KonnectEmulator& emulator, const SelfSignedCertificate& certificate);
    static quint16 closedPort();
    static WebhookConfig desiredConfig();
    QString tableMarkdown() const;
    QStringList comparableRows(const QString& markdown) const;

    QMap<QString, FaultCase> m_cases;
    QStringList m_order;
    QMap<QString, MatrixRow> m_rows;
    SelfSignedCertificate m_trusted;
    SelfSignedCertificate m_selfSigned;
    SelfSignedCertificate m_expired;
    SelfSignedCertificate m_wrongHost;
    std::unique_ptr<HostileServer> m_hostile;
};

void TestFaultMatrix::initTestCase()
{
    for (const FaultCase& c : faultCases()) {
        m_cases.insert(c.name, c);
        m_order.append(c.name);
    }
    m_trusted = SelfSignedCertificate::create();
    m_selfSigned = SelfSignedCertificate::create();
    SelfSignedCertificate::Options expired;
    expired.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    m_expired = SelfSignedCertificate::create(expired);
    SelfSignedCertificate::Options otherHost;
    otherHost.commonName = QStringLiteral("konnect.other.example");
    otherHost.dnsNames = {QStringLiteral("konnect.other.example")};
    otherHost.addresses = {};
    m_wrongHost = SelfSignedCertificate::create(otherHost);
    QVERIFY(!m_trusted.isNull() && !m_selfSigned.isNull() && !m_expired.isNull() && !m_wrongHost.isNull());

    // The expired and the wrong-host certificates are trusted, so that each fails for its own reason only; the
    // self-signed one is not, which is its reason.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates({m_trusted.certificate, m_expired.certificate, m_wrongHost.certificate});
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TestFaultMatrix::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

FaultCase TestFaultMatrix::currentCase() const
{
    return m_cases.value(QString::fromUtf8(QTest::currentDataTag()));
}

void TestFaultMatrix::addRows()
{
    QTest::addColumn<bool>("unused");
    for (const QString& name : m_order)
        QTest::newRow(name.toUtf8().constData()) << true;
}

ApiResult TestFaultMatrix::run(ApiCall* call)
{
    std::optional<ApiResult> result;
    connect(call, &ApiCall::finished, this, [&result](const ApiResult& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(ApiResult::invalidInput(QStringLiteral("the call never finished")));
}

quint16 TestFaultMatrix::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestFaultMatrix::serveTls(KonnectEmulator& emulator, const SelfSignedCertificate& certificate)
{
    const quint16 port = emulator.port();
    emulator.httpServer()->setSslConfiguration(certificate.serverConfiguration());
    // Same port: the client keeps its API root, only the certificate changes.
    QVERIFY2(emulator.listen(port), qPrintable(emulator.errorString()));
}

QUrl TestFaultMatrix::arm(const FaultCase& c, KonnectEmulator& emulator)
{
    const QUrl https(QStringLiteral("https://127.0.0.1:%1/v2").arg(emulator.port()));
    switch (c.setup) {
    case Setup::Emulator:
        emulator.addFaults(c.faults);
        return emulator.baseUrl();
    case Setup::Refused:
        emulator.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(closedPort()));
    case Setup::TlsSelfSigned:
        serveTls(emulator, m_selfSigned);
        return https;
    case Setup::TlsExpired:
        serveTls(emulator, m_expired);
        return https;
    case Setup::TlsWrongHost:
        serveTls(emulator, m_wrongHost);
        return https;
    case Setup::Hostile: {
        // Same port: the client (and the window) keep their API root, only the server changes.
        const quint16 port = emulator.port();
        emulator.close();
        m_hostile = std::make_unique<HostileServer>();
        m_hostile->answer = c.hostileAnswer;
        m_hostile->drip = c.hostileDrip;
        m_hostile->dripIntervalMs = 50;
        if (!m_hostile->listen(QHostAddress::LocalHost, port))
            qWarning("the hostile server could not listen on port %d", int(port));
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port));
    }
    }
    return {};
}

WebhookConfig TestFaultMatrix::desiredConfig()
{
    WebhookConfig config = Harness::splunkConfig();
    config.endpoint = keptEndpoint;
    config.authorization = QStringLiteral("Splunk ") + keptSecret;
    config.logFormat = LogFormat::Cef;
    return config;
}

void TestFaultMatrix::trustedCertificateIsAccepted()
{
    // The control for the certificate cases: the same TLS server with a trusted certificate answers.
    KonnectEmulator emulator;
    emulator.setToken(token);
    QVERIFY(emulator.listen());
    serveTls(emulator, m_trusted);
    ManualClock clock(clockStart);
    clock.setAutoAdvance(true);
    KonnectClient client(&clock);
    client.setApiRoot(QUrl(QStringLiteral("https://127.0.0.1:%1/v2").arg(emulator.port())));
    client.setToken(token);
    const ApiResult result = run(client.getWebhook());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts.size(), 1);
}

void TestFaultMatrix::get_data()
{
    addRows();
}

void TestFaultMatrix::get()
{
    const FaultCase c = currentCase();
    KonnectEmulator emulator;
    emulator.setToken(token);
    QVERIFY(emulator.listen());
    ManualClock clock(clockStart);
    clock.setAutoAdvance(true);
    KonnectClient client(&clock);
    client.setToken(token);
    if (c.transferTimeoutMs > 0)
        client.setTransferTimeoutMs(c.transferTimeoutMs);
    client.setApiRoot(arm(c, emulator));

    const ApiResult result = run(client.getWebhook());
    m_rows[c.name].get = observe(result);

    QCOMPARE(int(result.attempts.size()), c.attempts);
    QCOMPARE(waitsOf(result), c.waits);
    QCOMPARE(clock.requestedDelays(), c.waits); // the waits really went through the clock
    QCOMPARE(result.exitCode(), c.exitCode);
    if (c.exitCode == 0) {
        QVERIFY(WebhookConfig::fromJson(result.json.object()).has_value());
    } else {
        QVERIFY2(result.message.contains(c.messageFragment, Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY(!result.message.contains(token));
    }
    if (c.setup == Setup::Emulator)
        QCOMPARE(emulator.pendingFaults(), 0); // every scripted fault was met by an attempt
    if (c.setup == Setup::Hostile)
        QCOMPARE(m_hostile->requests(), c.attempts);
    m_hostile.reset();
}

void TestFaultMatrix::apply_data()
{
    addRows();
}

void TestFaultMatrix::apply()
{
    const FaultCase c = currentCase();
    KonnectEmulator emulator;
    emulator.setToken(token);
    QVERIFY(emulator.listen());
    ManualClock clock(clockStart);
    clock.setAutoAdvance(true);
    KonnectClient client(&clock);
    client.setToken(token);
    client.setApiRoot(emulator.baseUrl());
    const WebhookConfig before = Harness::splunkConfig();
    QVERIFY(run(client.updateWebhook(WebhookConfig {}, before)).ok());
    const WebhookConfig current = *WebhookConfig::fromJson(emulator.webhook().configJson());
    if (c.transferTimeoutMs > 0)
        client.setTransferTimeoutMs(c.transferTimeoutMs);
    client.setApiRoot(arm(c, emulator));

    // A new authorization: the full configuration is sent with PUT.
    const ApiResult result = run(client.updateWebhook(current, desiredConfig()));
    MatrixRow& row = m_rows[c.name];
    row.apply = observe(result);
    row.stored = emulator.webhook().endpoint() == keptEndpoint;

    const int exitCode = c.applyExitCode.value_or(c.exitCode);
    QCOMPARE(int(result.attempts.size()), c.attempts);
    QCOMPARE(waitsOf(result), c.waits);
    QCOMPARE(clock.requestedDelays(), c.waits);
    QCOMPARE(result.exitCode(), exitCode);
    if (exitCode == 0) {
        QCOMPARE(*row.stored, c.setup != Setup::Hostile); // a hostile server stores nothing
    } else {
        QVERIFY2(result.message.contains(c.messageFragment, Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY(!result.message.contains(keptSecret));
        QVERIFY(!result.message.contains(token));
        // Only a reset after the answer started can leave the change stored: the server handled it, the answer
        // was lost. Everything else never reached the stored configuration.
        QCOMPARE(*row.stored, c.faults.value(0).reset);
        // Whenever the change may have been stored, the message says so instead of "could not reach".
        if (*row.stored) {
            QVERIFY2(result.message.contains(QStringLiteral("may be stored")), qPrintable(result.message));
            QVERIFY(result.outcomeUnknown());
        }
        // Nothing was sent when the connection or the certificate was refused: no needless doubt.
        if (c.setup != Setup::Emulator && c.setup != Setup::Hostile)
            QVERIFY2(!result.outcomeUnknown() && !result.message.contains(QStringLiteral("may be stored")),
                     qPrintable(result.message));
    }
    if (c.setup == Setup::Emulator)
        QCOMPARE(emulator.pendingFaults(), 0);
    m_hostile.reset();
}

void TestFaultMatrix::windowKeepsEdits_data()
{
    addRows();
}

void TestFaultMatrix::windowKeepsEdits()
{
    const FaultCase c = currentCase();
    Harness h;
    QVERIFY(h.seed(Harness::splunkConfig()));
    if (c.setup == Setup::TlsSelfSigned || c.setup == Setup::TlsExpired || c.setup == Setup::TlsWrongHost) {
        // The window loads over TLS with a trusted certificate; the bad one comes before the apply.
        serveTls(h.emulator, m_trusted);
        GuiContext context;
        context.clock = &h.clock;
        context.client = &h.client;
        context.settings = h.settings.get();
        Profile profile;
        profile.name = QStringLiteral("test");
        profile.region = QStringLiteral("global");
        profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v2").arg(h.emulator.port()));
        context.inMemoryProfile = profile;
        context.inMemoryToken = token;
        h.window = std::make_unique<MainWindow>(context);
        h.window->show();
        QVERIFY(h.window->start().isEmpty());
    } else {
        h.openInMemory();
    }
    QTRY_VERIFY(h.loaded());
    h.clock.setAutoAdvance(true);
    if (c.transferTimeoutMs > 0)
        h.client.setTransferTimeoutMs(c.transferTimeoutMs);

    // The user's edits: a new endpoint, another log format and a new authorization.
    h.replaceText(QStringLiteral("endpointEdit"), keptEndpoint);
    h.chooseCombo(QStringLiteral("logFormatCombo"), QStringLiteral("cef"));
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Splunk"));
    h.replaceText(QStringLiteral("authorizationEdit"), keptSecret);
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());

    arm(c, h.emulator);
    h.client.network()->clearConnectionCache(); // a new connection, so a new certificate is seen
    QSignalSpy failed(h.window->controller(), &WebhookController::applyFailed);
    QSignalSpy applied(h.window->controller(), &WebhookController::applied);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    h.child<QPushButton>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() + applied.size() == 1, 30000);
    QTRY_VERIFY(!h.window->controller()->isBusy());
    m_rows[c.name].windowMessage = h.labelText(QStringLiteral("messageLabel"));

    auto* form = h.window->findChild<WebhookForm*>();
    const int exitCode = c.applyExitCode.value_or(c.exitCode);
    m_hostile.reset();
    if (exitCode == 0) {
        QCOMPARE(applied.size(), 1);
        if (c.setup == Setup::Hostile)
            return; // the empty answer to a change: nothing to show of it
        QTRY_COMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")), keptEndpoint);
        QVERIFY(!form->hasChanges());
        return;
    }
    QCOMPARE(failed.size(), 1);
    const ApiResult result = failed.first().first().value<ApiResult>();
    QCOMPARE(int(result.attempts.size()), c.attempts);
    QCOMPARE(waitsOf(result), c.waits);
    QCOMPARE(result.exitCode(), exitCode);

    // The form keeps every edit, the authorization included, and Apply is offered again.
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("endpointEdit"))->text(), keptEndpoint);
    QCOMPARE(h.child<QComboBox>(QStringLiteral("logFormatCombo"))->currentData().toString(), QStringLiteral("cef"));
    QCOMPARE(h.child<QLineEdit>(QStringLiteral("authorizationEdit"))->text(), keptSecret);
    QCOMPARE(form->desired().authorization.value_or(QString()), QStringLiteral("Splunk ") + keptSecret);
    QVERIFY(form->hasChanges());
    QVERIFY(form->isEnabled());
    QVERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    // What Konnect had is still shown as Konnect's: the failed apply did not pretend to succeed.
    QCOMPARE(h.labelText(QStringLiteral("currentEndpointValueLabel")), Harness::splunkConfig().endpoint);
    // The draft (what survives a restart) holds the edits, never the secret.
    const std::optional<WebhookDraft> draft = h.settings->draft(QStringLiteral("test"));
    QVERIFY(draft.has_value());
    QCOMPARE(draft->endpoint.value_or(QString()), keptEndpoint);
    QVERIFY(draft->logFormat == LogFormat::Cef);
    QFile ini(h.iniPath());
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(keptSecret.toUtf8()));
    const QString message = h.labelText(QStringLiteral("messageLabel"));
    QVERIFY2(!message.isEmpty(), "the window says nothing about the failure");
    QVERIFY(!message.contains(keptSecret));
    QVERIFY2(message.contains(QStringLiteral("edits are kept")), qPrintable(message));
    QCOMPARE(message.count(QStringLiteral("Could not reach")),
             message.contains(QStringLiteral("Could not reach")) ? 1 : 0);
    // A broken connection leaves the change in doubt: say how to find out (an oversized answer is no Konnect's).
    if (result.outcomeUnknown()
        && result.attempts.constLast().outcome.transport != AttemptOutcome::Transport::AnswerTooLarge)
        QVERIFY2(message.contains(QStringLiteral("Refresh")), qPrintable(message));
    // Only an answer that may change with time is worth trying again later; 501 and the like are final.
    if (c.attempts == 1)
        QVERIFY2(!message.contains(QStringLiteral("try again later")), qPrintable(message));
}

QString TestFaultMatrix::tableMarkdown() const
{
    QString out;
    out += QStringLiteral("| Fault | get: attempts | get: waits | get: exit | apply: attempts | apply: waits | "
                          "apply: exit | apply stored anyway | Message (`get`) | Window after a failed apply |\n");
    out += QStringLiteral("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const QString& name : m_order) {
        const MatrixRow row = m_rows.value(name);
        const Observed get = row.get.value_or(Observed {});
        const Observed apply = row.apply.value_or(Observed {});
        const QString message = get.exitCode == 0 ? QStringLiteral("(succeeds)") : get.message;
        const QString window = apply.exitCode == 0 ? QStringLiteral("applied") : row.windowMessage;
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                   .arg(cell(name))
                   .arg(get.attempts)
                   .arg(waitsText(get.waits))
                   .arg(get.exitCode)
                   .arg(apply.attempts)
                   .arg(waitsText(apply.waits))
                   .arg(apply.exitCode)
                   .arg(row.stored.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no"))
                   .arg(cell(message), cell(window));
    }
    return out;
}

// The rows without their two message columns: messages come from Qt and the operating system, the rest is ours.
QStringList TestFaultMatrix::comparableRows(const QString& markdown) const
{
    QStringList rows;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String("| ")) || line.startsWith(QLatin1String("| Fault |")))
            continue;
        QStringList cells = line.split(QStringLiteral(" | "));
        rows.append(cells.mid(0, 8).join(QStringLiteral(" | ")));
    }
    return rows;
}

void TestFaultMatrix::cleanupTestCase()
{
    // Only a complete run describes the matrix.
    for (const QString& name : std::as_const(m_order)) {
        const MatrixRow row = m_rows.value(name);
        if (!row.get || !row.apply || (row.apply->exitCode != 0 && row.windowMessage.isEmpty()))
            return;
    }
    const QString table = tableMarkdown();
    const QString path = QStringLiteral(KAW_SOURCE_DIR "/tests/FAULT-MATRIX.md");
    QFile file(path);
    if (qEnvironmentVariableIntValue("KAW_UPDATE_FAULT_MATRIX") == 1) {
        const QString text
            = QStringLiteral("# Fault matrix\n\n"
                             "What `get` and `apply` do when Konnect or the network fails, as observed by "
                             "`tests/tst_faultmatrix.cpp` against the local emulator (and a local TLS server for "
                             "the certificate cases). Waits follow Konnect's retry rule (1, 2, 4, 8 s; "
                             "Retry-After on 429 and 503, at most 30 s) and were asked of an injected clock, not "
                             "slept. Exit codes: 0 success, 2 refused input (400), 3 token refused (401/403), 4 "
                             "network or server failure. \"Apply stored anyway\": the server stored the change "
                             "although the answer never arrived whole. (The emulator handles a slow request only "
                             "while the client still waits for it; a real server may store a change whose answer "
                             "came too late, so after a failure `get` tells what Konnect has.) After every failed "
                             "apply the window keeps "
                             "the form's edits (the authorization included) and the saved draft (without the "
                             "authorization), and offers Apply again.\n\n"
                             "Regenerate with `KAW_UPDATE_FAULT_MATRIX=1 ctest -R tst_faultmatrix` (the test "
                             "fails when the fault, attempt, wait, exit or stored columns below differ from what "
                             "it observes).\n\n")
            + table;
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        file.write(text.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    const QStringList committed = comparableRows(QString::fromUtf8(file.readAll()));
    const QStringList observed = comparableRows(table);
    if (committed != observed) {
        for (qsizetype i = 0; i < qMax(committed.size(), observed.size()); ++i) {
            if (committed.value(i) != observed.value(i))
                qWarning("row %lld: file says  %s\n         observed %s", static_cast<long long>(i),
                         qPrintable(committed.value(i)), qPrintable(observed.value(i)));
        }
    }
    QVERIFY2(committed == observed,
             "tests/FAULT-MATRIX.md does not match the observed matrix: rerun with KAW_UPDATE_FAULT_MATRIX=1");
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
