// `test-endpoint` as a user runs it: the real binary in a QProcess, against an in-process SIEM receiver (HTTP and
// HTTPS on loopback) and KonnectEmulator. Retry waits are skipped with KAW_TEST_FAST_FORWARD_WAITS=1.

#include "HttpResponse.h"
#include "KonnectEmulator.h"
#include "ProgramRun.h"
#include "SelfSignedCertificate.h"
#include "SiemReceiver.h"
#include "TokenStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kKonnectToken = QStringLiteral("kpat_endpointtest_valid_0123456789");
const QString kSiemAuthorization = QStringLiteral("Splunk 9d3f7c1e-1111-4222-8333-444455556666");
const QString kSiemSecretPart = QStringLiteral("9d3f7c1e-1111-4222-8333-444455556666");

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

using Env = QList<QPair<QString, QString>>;
} // namespace

class TestTestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpDescribesTheCommand();
    void deliverableEndpointExitsZero();
    void jsonHasTheAttemptsAndTheVerdict();
    void retriesAreShownAndSkippedInTests();
    void refusedAuthorizationExitsFour();
    void withoutAuthorizationTheTestSaysWhatItNeeds();
    void authorizationFromStdinAndKonnectsSettings();
    void rememberedAuthorizationFromTheKeychain();
    void refusedTokenWhenKonnectIsNeededExitsThree();
    void konnectHalfFailingSetsTheExitCode_data();
    void konnectHalfFailingSetsTheExitCode();
    void nothingToTestIsAnInputError();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void certificateIsVerifiedUnlessSkipped();
    void gzipFallbackIsReported();
    void vendorHint();

private:
    CliRun run(const QStringList& arguments, const QByteArray& input = {}, const Env& env = {});
    QStringList withSiemAuth(const QStringList& arguments) const;
    Env siemAuthEnv() const { return {{QStringLiteral("SIEM_AUTH"), kSiemAuthorization}}; }
    QStringList konnect(const QStringList& arguments) const;
    void configureKonnect(const QString& endpoint, const QString& format);
    void expectNoSecret(const CliRun& result) const;

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SiemReceiver> m_receiver;
    std::unique_ptr<KonnectEmulator> m_emulator;
};

void TestTestEndpoint::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
}

void TestTestEndpoint::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_receiver = std::make_unique<SiemReceiver>();
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(kKonnectToken);
    QVERIFY(m_emulator->listen(0));
}

void TestTestEndpoint::cleanup()
{
    m_receiver.reset();
    m_emulator.reset();
    m_home.reset();
}

CliRun TestTestEndpoint::run(const QStringList& arguments, const QByteArray& input, const Env& env)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    for (const auto& [name, value] : env)
        options.environment.insert(name, value);
    options.input = input;
    const ProgramRun ran
        = ProgramRun::run(m_binary, QStringList {QStringLiteral("test-endpoint")} + arguments, options);
    return {ran.finished, ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

QStringList TestTestEndpoint::withSiemAuth(const QStringList& arguments) const
{
    return arguments + QStringList {QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")};
}

QStringList TestTestEndpoint::konnect(const QStringList& arguments) const
{
    return arguments + QStringList {QStringLiteral("--base-url"), m_emulator->baseUrl().toString()};
}

void TestTestEndpoint::configureKonnect(const QString& endpoint, const QString& format)
{
    QProcess apply;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KONNECT_TOKEN"), kKonnectToken);
    environment.insert(QStringLiteral("SIEM_AUTH"), kSiemAuthorization);
    for (const char* dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(dir), m_home->filePath(QString::fromLatin1(dir).toLower()));
    apply.setProcessEnvironment(environment);
    QSignalSpy finished(&apply, &QProcess::finished);
    apply.start(
        m_binary,
        konnect({QStringLiteral("apply"), QStringLiteral("--endpoint"), endpoint, QStringLiteral("--authorization-env"),
                 QStringLiteral("SIEM_AUTH"), QStringLiteral("--log-format"), format, QStringLiteral("--enable")}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(apply.exitCode(), 0);
    m_emulator->clearRequestLog();
}

void TestTestEndpoint::expectNoSecret(const CliRun& result) const
{
    for (const QString& secret : {kSiemSecretPart, kKonnectToken}) {
        QVERIFY2(!result.out.contains(secret), qPrintable(result.out));
        QVERIFY2(!result.err.contains(secret), qPrintable(result.err));
    }
}

void TestTestEndpoint::helpDescribesTheCommand()
{
    const CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("Usage: konnect-audit-webhook test-endpoint")));
    for (const char* option : {"--endpoint", "--authorization-env", "--authorization-stdin", "--log-format",
                               "--skip-ssl-verification", "--vendor", "Exit codes", "Examples"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void TestTestEndpoint::deliverableEndpointExitsZero()
{
    m_receiver->setExpectedAuthorization(kSiemAuthorization);
    m_receiver->setPath(QStringLiteral("/services/collector/raw"));
    QVERIFY(m_receiver->listen());
    const CliRun result = run(withSiemAuth({QStringLiteral("--endpoint"),
                                            m_receiver->url(QStringLiteral("/services/collector/raw")).toString(),
                                            QStringLiteral("--log-format"), QStringLiteral("json")}),
                              {}, siemAuthEnv());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("Verdict: Konnect will be able to deliver")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("POST attempt 1 of 5 (Content-Encoding application/gzip): 200 OK")));
    QVERIFY(result.out.contains(QLatin1String("sent, from SIEM_AUTH (not shown)")));
    // Without a token Konnect is not checked, and says so.
    QVERIFY(result.out.contains(QLatin1String("Not checked")));
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QCOMPARE(m_receiver->deliveries().constFirst().request.header("Authorization"), kSiemAuthorization.toUtf8());
    QCOMPARE(m_receiver->events().size(), 3);
    QVERIFY(m_receiver->events().constFirst().format == LogFormat::Json);
    QCOMPARE(m_emulator->requestLog().size(), 0);
    expectNoSecret(result);
}

void TestTestEndpoint::jsonHasTheAttemptsAndTheVerdict()
{
    QVERIFY(m_receiver->listen());
    const CliRun result
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString(), QStringLiteral("--log-format"),
                            QStringLiteral("cef"), QStringLiteral("--json")}),
              {}, siemAuthEnv());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QVERIFY2(!json.isEmpty(), qPrintable(result.out));
    QCOMPARE(json.value(QLatin1String("exit_code")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("log_format")).toString(), QStringLiteral("cef"));
    QCOMPARE(json.value(QLatin1String("authorization")).toString(), QStringLiteral("environment"));
    QCOMPARE(json.value(QLatin1String("profile")).toString(), QStringLiteral("default"));
    const QJsonObject verdict = json.value(QLatin1String("verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("will_deliver")).toBool(), true);
    QCOMPARE(verdict.value(QLatin1String("reason")).toString(), QStringLiteral("delivered"));
    const QJsonArray attempts = json.value(QLatin1String("attempts")).toArray();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).toObject().value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(attempts.at(0).toObject().value(QLatin1String("content_encoding")).toString(),
             QStringLiteral("application/gzip"));
    const QJsonArray checks = json.value(QLatin1String("konnect_checks")).toArray();
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("not_checked"));
}

void TestTestEndpoint::retriesAreShownAndSkippedInTests()
{
    QVERIFY(m_receiver->listen());
    for (int i = 0; i < 5; ++i)
        m_receiver->queueAnswers({HttpResponse::empty(503)});
    QElapsedTimer timer;
    timer.start();
    const CliRun result
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString(), QStringLiteral("--json")}), {},
              siemAuthEnv());
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(timer.elapsed() < 14000, "the 15 s of retry waits must be skipped");
    QCOMPARE(m_receiver->deliveries().size(), 5);
    const QJsonArray attempts = result.json().value(QLatin1String("attempts")).toArray();
    QCOMPARE(attempts.size(), 5);
    QList<int> waits;
    for (const QJsonValue& attempt : attempts)
        waits.append(attempt.toObject().value(QLatin1String("wait_before_next_ms")).toInt());
    QCOMPARE(waits, (QList<int> {1000, 2000, 4000, 8000, -1}));
    const QJsonObject verdict = result.json().value(QLatin1String("verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("reason")).toString(), QStringLiteral("receiver_unavailable"));
    QCOMPARE(verdict.value(QLatin1String("attempts")).toInt(), 5);

    // Without --json, each attempt is a line with its status, time and wait.
    for (int i = 0; i < 5; ++i)
        m_receiver->queueAnswers({HttpResponse::empty(503)});
    const CliRun human
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString()}), {}, siemAuthEnv());
    QCOMPARE(human.exitCode, 4);
    QVERIFY2(human.out.contains(QRegularExpression(
                 QStringLiteral("POST attempt 1 of 5 \\(Content-Encoding application/gzip\\): 503 Service "
                                "Unavailable in \\d+ ms, retrying in 1 s"))),
             qPrintable(human.out));
    QVERIFY(human.out.contains(QLatin1String("retrying in 8 s")));
    QVERIFY(human.out.contains(QLatin1String("Verdict: Konnect will not be able to deliver now")));
}

void TestTestEndpoint::refusedAuthorizationExitsFour()
{
    m_receiver->setExpectedAuthorization(QStringLiteral("Splunk the-right-token-0000"));
    QVERIFY(m_receiver->listen());
    const CliRun result
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString()}), {}, siemAuthEnv());
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.out.contains(QLatin1String("the SIEM refused the authorization (401 Unauthorized)")),
             qPrintable(result.out));
    QCOMPARE(m_receiver->deliveries().size(), 1);

    // A receiver that echoes the refused header: the secret is masked in everything printed.
    m_receiver->queueAnswers({HttpResponse::text(401, "refused: " + kSiemAuthorization.toUtf8())});
    const CliRun echoed
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString(), QStringLiteral("--json")}), {},
              siemAuthEnv());
    QCOMPARE(echoed.exitCode, 4);
    expectNoSecret(echoed);
    QVERIFY2(echoed.out.contains(QStringLiteral("refused: \u2022\u2022\u2022\u2022")), qPrintable(echoed.out));
}

void TestTestEndpoint::withoutAuthorizationTheTestSaysWhatItNeeds()
{
    m_receiver->setExpectedAuthorization(kSiemAuthorization);
    QVERIFY(m_receiver->listen());
    const CliRun result = run({QStringLiteral("--endpoint"), m_receiver->url().toString()});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!m_receiver->deliveries().constFirst().request.hasHeader("Authorization"));
    QVERIFY2(result.out.contains(QLatin1String("this test sent none")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("--authorization-env VAR or --authorization-stdin")));
    QVERIFY(result.out.contains(QLatin1String("none sent: Konnect never shows the stored one")));
}

void TestTestEndpoint::authorizationFromStdinAndKonnectsSettings()
{
    m_receiver->setExpectedAuthorization(kSiemAuthorization);
    QVERIFY(m_receiver->listen());
    configureKonnect(m_receiver->url(QStringLiteral("/konnect")).toString(), QStringLiteral("cps"));
    const CliRun result = run(konnect({QStringLiteral("--authorization-stdin"), QStringLiteral("--json")}),
                              kSiemAuthorization.toUtf8() + '\n', {{QStringLiteral("KONNECT_TOKEN"), kKonnectToken}});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("authorization")).toString(), QStringLiteral("stdin"));
    QCOMPARE(json.value(QLatin1String("sources")).toObject().value(QLatin1String("endpoint")).toString(),
             QStringLiteral("konnect"));
    QCOMPARE(json.value(QLatin1String("log_format")).toString(), QStringLiteral("cps"));
    for (const QJsonValue& check : json.value(QLatin1String("konnect_checks")).toArray())
        QCOMPARE(check.toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("passed"));
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QVERIFY(m_receiver->events().constFirst().format == LogFormat::Cps);
    // The Konnect token went to Konnect only.
    const HttpRequest& request = m_receiver->deliveries().constFirst().request;
    for (const auto& header : request.headers)
        QVERIFY(!header.second.contains(kKonnectToken.toUtf8()));
    QVERIFY(!SiemReceiver::gunzip(request.body, 1 << 20)->contains(kKonnectToken.toUtf8()));
    expectNoSecret(result);
}

void TestTestEndpoint::rememberedAuthorizationFromTheKeychain()
{
    const QString profile = QStringLiteral("endpointtest%1").arg(QCoreApplication::applicationPid());
    TokenStore store;
    QSignalSpy stored(&store, &TokenStore::finished);
    store.write(profile, kSiemAuthorization, SecretKind::SiemAuthorization);
    QVERIFY(stored.wait(30000));
    const auto written = stored.constFirst().constFirst().value<TokenStore::Result>();
    if (written.state == TokenStore::State::NoKeychain)
        QSKIP("No Secret Service: run inside scripts/with-private-keyring.sh");
    QCOMPARE(written.state, TokenStore::State::Written);

    m_receiver->setExpectedAuthorization(kSiemAuthorization);
    QVERIFY(m_receiver->listen());
    const CliRun result
        = run({QStringLiteral("--endpoint"), m_receiver->url().toString(), QStringLiteral("--profile"), profile});
    store.remove(profile, SecretKind::SiemAuthorization);
    QVERIFY(stored.wait(30000));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("the one remembered in the keychain for profile \"%1\"").arg(profile)),
             qPrintable(result.out));
    expectNoSecret(result);
}

void TestTestEndpoint::refusedTokenWhenKonnectIsNeededExitsThree()
{
    const CliRun result = run(konnect({QStringLiteral("--json")}), {},
                              {{QStringLiteral("KONNECT_TOKEN"), QStringLiteral("kpat_endpointtest_wrong_0000000")}});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.json().value(QLatin1String("exit_code")).toInt(), 3);
    QVERIFY(result.json().value(QLatin1String("error")).toString().contains(QLatin1String("No endpoint to test")));
}

void TestTestEndpoint::konnectHalfFailingSetsTheExitCode_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("token refused") << QStringLiteral("kpat_endpointtest_wrong_0000000") << true << 3;
    QTest::newRow("Konnect unreachable") << kKonnectToken << false << 4;
}

void TestTestEndpoint::konnectHalfFailingSetsTheExitCode()
{
    QFETCH(QString, token);
    QFETCH(bool, reachable);
    QFETCH(int, exitCode);
    m_receiver->setExpectedAuthorization(kSiemAuthorization);
    m_receiver->setPath(QStringLiteral("/services/collector/raw"));
    QVERIFY(m_receiver->listen());
    const QString base = m_emulator->baseUrl().toString();
    if (!reachable)
        m_emulator->close();
    const QStringList arguments = withSiemAuth({QStringLiteral("--endpoint"),
                                                m_receiver->url(QStringLiteral("/services/collector/raw")).toString(),
                                                QStringLiteral("--base-url"), base});
    Env env = siemAuthEnv();
    env.append({QStringLiteral("KONNECT_TOKEN"), token});
    const CliRun result = run(arguments, {}, env);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    // The SIEM half still ran and its verdict is shown, but no promise of delivery is made.
    QCOMPARE(m_receiver->deliveries().size(), 1);
    QVERIFY2(result.out.contains(QLatin1String("FAILED")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Verdict: The SIEM accepted the test batch")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QLatin1String("Konnect will be able to deliver")), qPrintable(result.out));
    expectNoSecret(result);

    const CliRun json = run(arguments + QStringList {QStringLiteral("--json")}, {}, env);
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(json.json().value(QLatin1String("exit_code")).toInt(), exitCode);
}

void TestTestEndpoint::nothingToTestIsAnInputError()
{
    // No endpoint and no token.
    const CliRun result = run(konnect({}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("No endpoint to test")), qPrintable(result.err));

    // A token, but Konnect has no webhook yet.
    const CliRun unconfigured = run(konnect({}), {}, {{QStringLiteral("KONNECT_TOKEN"), kKonnectToken}});
    QCOMPARE(unconfigured.exitCode, 2);
    QVERIFY2(unconfigured.err.contains(QLatin1String("Konnect has no webhook endpoint in this region yet")),
             qPrintable(unconfigured.err));
}

void TestTestEndpoint::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("log format") << QStringList {QStringLiteral("--log-format"), QStringLiteral("xml")}
                                << QStringLiteral("--log-format");
    QTest::newRow("skip value") << QStringList {QStringLiteral("--skip-ssl-verification"), QStringLiteral("yes")}
                                << QStringLiteral("--skip-ssl-verification");
    QTest::newRow("plain http elsewhere")
        << QStringList {QStringLiteral("--endpoint"), QStringLiteral("http://siem.example.com/x")}
        << QStringLiteral("--endpoint");
    QTest::newRow("unset variable") << QStringList {QStringLiteral("--authorization-env"),
                                                    QStringLiteral("KAW_TEST_UNSET_VARIABLE")}
                                    << QStringLiteral("--authorization-env");
    QTest::newRow("both authorizations") << QStringList {QStringLiteral("--authorization-env"),
                                                         QStringLiteral("SIEM_AUTH"),
                                                         QStringLiteral("--authorization-stdin")}
                                         << QStringLiteral("--authorization-env");
    QTest::newRow("unknown vendor") << QStringList {QStringLiteral("--vendor"), QStringLiteral("nosuchvendor")}
                                    << QStringLiteral("--vendor");
}

void TestTestEndpoint::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QVERIFY(m_receiver->listen());
    QStringList all = arguments;
    if (!all.contains(QLatin1String("--endpoint")))
        all += QStringList {QStringLiteral("--endpoint"), m_receiver->url().toString()};
    const CliRun result = run(konnect(all + QStringList {QStringLiteral("--json")}), {}, siemAuthEnv());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(m_receiver->deliveries().size(), 0);
    QCOMPARE(m_emulator->requestLog().size(), 0);
    const QJsonArray fields = result.json().value(QLatin1String("fields")).toArray();
    QVERIFY2(!fields.isEmpty(), qPrintable(result.out));
    QCOMPARE(fields.at(0).toObject().value(QLatin1String("field")).toString(), field);
}

void TestTestEndpoint::certificateIsVerifiedUnlessSkipped()
{
    const SelfSignedCertificate certificate = SelfSignedCertificate::create();
    m_receiver->setSslConfiguration(certificate.serverConfiguration());
    QVERIFY(m_receiver->listen());
    const QStringList arguments = withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString()});

    const CliRun strict = run(arguments + QStringList {QStringLiteral("--json")}, {}, siemAuthEnv());
    QCOMPARE(strict.exitCode, 4);
    const QJsonObject verdict = strict.json().value(QLatin1String("verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("reason")).toString(), QStringLiteral("tls_certificate"));
    QCOMPARE(strict.json().value(QLatin1String("attempts")).toArray().size(), 1);
    const QJsonObject summary = verdict.value(QLatin1String("certificate")).toObject();
    QCOMPARE(summary.value(QLatin1String("subject")).toString(),
             QStringLiteral("CN=localhost, O=konnect-audit-webhook demo SIEM receiver"));
    QVERIFY(!summary.value(QLatin1String("expires")).toString().isEmpty());
    QVERIFY(summary.value(QLatin1String("reasons"))
                .toArray()
                .contains(QStringLiteral("The certificate is self-signed, and untrusted")));
    QCOMPARE(m_receiver->deliveries().size(), 0);

    const CliRun skipping = run(
        arguments + QStringList {QStringLiteral("--skip-ssl-verification"), QStringLiteral("true")}, {}, siemAuthEnv());
    QCOMPARE(skipping.exitCode, 0);
    QVERIFY(skipping.out.contains(QLatin1String("skipped (only for self-signed certificates outside production)")));
    QCOMPARE(m_receiver->deliveries().size(), 1);
}

void TestTestEndpoint::gzipFallbackIsReported()
{
    m_receiver->setAcceptedEncodings({"gzip", "x-gzip"});
    QVERIFY(m_receiver->listen());
    const CliRun result
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString(), QStringLiteral("--json")}), {},
              siemAuthEnv());
    QCOMPARE(result.exitCode, 4);
    const QJsonObject verdict = result.json().value(QLatin1String("verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("reason")).toString(), QStringLiteral("encoding_refused"));
    QCOMPARE(verdict.value(QLatin1String("accepted_content_encoding")).toString(), QStringLiteral("gzip"));
    const QJsonArray attempts = result.json().value(QLatin1String("attempts")).toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).toObject().value(QLatin1String("content_encoding")).toString(), QStringLiteral("gzip"));

    const CliRun human
        = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString()}), {}, siemAuthEnv());
    QVERIFY2(human.out.contains(QLatin1String("sending the batch once more with Content-Encoding gzip")),
             qPrintable(human.out));
    QVERIFY(human.out.contains(QLatin1String("Your receiver accepts only \"gzip\"")));
}

void TestTestEndpoint::vendorHint()
{
    QVERIFY(m_receiver->listen());
    m_receiver->queueAnswers(
        {HttpResponse::json(403, QJsonDocument::fromJson("{\"text\":\"Invalid token\",\"code\":4}"))});
    const CliRun result = run(withSiemAuth({QStringLiteral("--endpoint"), m_receiver->url().toString(),
                                            QStringLiteral("--vendor"), QStringLiteral("splunk-hec")}),
                              {}, siemAuthEnv());
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.out.contains(QLatin1String("Hint: Splunk does not know this HEC token")),
             qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(TestTestEndpoint)
#include "tst_testendpoint.moc"
