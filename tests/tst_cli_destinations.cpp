// Konnect's v3 model through the headless commands: audit log destinations, bindings, Dev Portals and the move from
// the inline v2 webhook. The real binary (KAW_BINARY) in a QProcess, against an in-process KonnectEmulator on
// loopback, with an isolated HOME and the token from KONNECT_TOKEN.

#include "KonnectEmulator.h"
#include "ProgramRun.h"
#include "SiemReceiver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kToken = QStringLiteral("kpat_clidest_valid_0123456789");
const QString kSiemSecret = QStringLiteral("hecDestSecret7f3a9c21b8");
const QString kSiemAuthorization = QStringLiteral("Splunk ") + kSiemSecret;
const QString kSecondSecret = QStringLiteral("hecSecondSecret55e0d4aa");
const QString kSecondAuthorization = QStringLiteral("Splunk ") + kSecondSecret;

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

using Env = QList<QPair<QString, QString>>;
} // namespace

class TestCliDestinations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void destinationCrud();
    void updateSendsOnlyWhatChanges();
    void ambiguousNameIsRefused_data();
    void ambiguousNameIsRefused();
    void missingNameIsRefused();
    void listReadsEveryPage();
    void bindAndUnbind();
    void v2OnlyApiFallsBack();
    void deleteInUseNamesItsUsers();
    void moveToDestination();
    void moveNeedsYesInAScript();
    void moveHalfDoneSaysHowToFinish();
    void portalScope();
    void unknownPortal();
    void baseUrlWithOrWithoutVersion_data();
    void baseUrlWithOrWithoutVersion();
    void testEndpointUsesTheDestination();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void secretsNeverAppear();

private:
    CliRun run(const QStringList& arguments, const QByteArray& input = {}, const Env& env = {});
    QStringList at(const QStringList& arguments) const; // adds --base-url of the emulator
    QStringList requestLines() const; // "GET /v3/audit-log-webhook", ...
    QJsonArray requests() const { return m_emulator->requestLog(); }
    int countRequests(const QString& method, const QString& pathPrefix = {}) const;
    QJsonObject lastBody(const QString& method, const QString& path) const;
    void configureInlineWebhook(const QStringList& extra = {});
    void expectNoSecretIn(const CliRun& result) const;
    void expectNoSecretUnderHome() const;
    QString portalId(const QString& name) const; // by name or display name

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KonnectEmulator> m_emulator;
};

void TestCliDestinations::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary), "KAW_BINARY must name the built konnect-audit-webhook");
}

void TestCliDestinations::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = std::make_unique<KonnectEmulator>();
    m_emulator->setToken(kToken);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
}

void TestCliDestinations::cleanup()
{
    m_emulator.reset();
    m_home.reset();
}

CliRun TestCliDestinations::run(const QStringList& arguments, const QByteArray& input, const Env& env)
{
    ProgramRun::Options options;
    options.environment = ProgramRun::isolatedEnvironment(m_home->path());
    options.environment.insert(QStringLiteral("HOME"), m_home->path());
    options.environment.insert(QStringLiteral("KONNECT_TOKEN"), kToken);
    options.environment.insert(QStringLiteral("SIEM_AUTH"), kSiemAuthorization);
    for (const auto& [name, value] : env)
        options.environment.insert(name, value);
    options.input = input;
    options.workingDirectory = m_home->path();
    const ProgramRun ran = ProgramRun::run(m_binary, arguments, options);
    return {ran.finished, ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

QStringList TestCliDestinations::at(const QStringList& arguments) const
{
    return arguments + QStringList {QStringLiteral("--base-url"), m_emulator->baseUrl().toString()};
}

QStringList TestCliDestinations::requestLines() const
{
    QStringList lines;
    const QJsonArray log = requests();
    for (const QJsonValue& entry : log)
        lines.append(entry[QLatin1String("method")].toString() + QLatin1Char(' ')
                     + entry[QLatin1String("path")].toString());
    return lines;
}

int TestCliDestinations::countRequests(const QString& method, const QString& pathPrefix) const
{
    int count = 0;
    const QJsonArray log = requests();
    for (const QJsonValue& entry : log) {
        if (entry[QLatin1String("method")].toString() == method
            && entry[QLatin1String("path")].toString().startsWith(pathPrefix))
            ++count;
    }
    return count;
}

QJsonObject TestCliDestinations::lastBody(const QString& method, const QString& path) const
{
    QJsonObject body;
    const QJsonArray log = requests();
    for (const QJsonValue& entry : log) {
        if (entry[QLatin1String("method")].toString() == method && entry[QLatin1String("path")].toString() == path)
            body = entry[QLatin1String("body")].toObject();
    }
    return body;
}

void TestCliDestinations::configureInlineWebhook(const QStringList& extra)
{
    const CliRun apply = run(at(QStringList {QStringLiteral("apply"), QStringLiteral("--endpoint"),
                                             QStringLiteral("https://siem.example.com/inline"),
                                             QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")}
                                + extra));
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.all()));
    QVERIFY(m_emulator->webhook().isConfigured());
    m_emulator->clearRequestLog();
}

void TestCliDestinations::expectNoSecretIn(const CliRun& result) const
{
    for (const QString& secret : {kSiemSecret, kSecondSecret, kToken}) {
        QVERIFY2(!result.out.contains(secret), qPrintable(result.out));
        QVERIFY2(!result.err.contains(secret), qPrintable(result.err));
    }
}

void TestCliDestinations::expectNoSecretUnderHome() const
{
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.readAll();
        for (const QString& secret : {kSiemSecret, kSecondSecret, kToken})
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY2(files > 0, "the program left no settings file to search"); // the search must have had something
}

QString TestCliDestinations::portalId(const QString& name) const
{
    const QList<EmulatedPortal*> portals = m_emulator->organization().region(QStringLiteral("global")).portals();
    for (const EmulatedPortal* portal : portals) {
        if (portal->displayName() == name || portal->name() == name)
            return portal->id();
    }
    return {};
}

// --- destinations CRUD ------------------------------------------------------------------------------------------

void TestCliDestinations::destinationCrud()
{
    const CliRun create = run(at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("Splunk production"), QStringLiteral("--endpoint"),
                                  QStringLiteral("https://siem.example.com/a"), QStringLiteral("--authorization-env"),
                                  QStringLiteral("SIEM_AUTH"), QStringLiteral("--log-format"), QStringLiteral("json"),
                                  QStringLiteral("--skip-ssl-verification"), QStringLiteral("true")}));
    QCOMPARE(create.exitCode, 0);
    QVERIFY2(create.out.contains(QLatin1String("Created")), qPrintable(create.all()));
    QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/v3/audit-log-destinations")), 1);
    const QList<EmulatedDestination*> created = m_emulator->organization().destinations();
    QCOMPARE(created.size(), 1);
    const EmulatedDestination* splunk = created.constFirst();
    QCOMPARE(splunk->name(), QStringLiteral("Splunk production"));
    QCOMPARE(splunk->endpoint(), QStringLiteral("https://siem.example.com/a"));
    QCOMPARE(splunk->authorization(), kSiemAuthorization);
    QVERIFY(splunk->logFormat() == LogFormat::Json);
    QVERIFY(splunk->skipsSslVerification());
    const QString splunkId = splunk->id();
    QVERIFY(create.out.contains(splunkId)); // the id to bind it with
    QVERIFY(create.out.contains(QStringLiteral("apply --destination %1").arg(splunkId)));

    // A second one, in use by the organization webhook: "Used by" tells them apart.
    const QString usedId = m_emulator->addDestination(
        QStringLiteral("Elastic"), QStringLiteral("https://es.example.com/x"), QStringLiteral("ApiKey other-one"));
    QVERIFY(m_emulator->bind(QStringLiteral("global"), {}, usedId, true));

    const CliRun list = run(at({QStringLiteral("destinations"), QStringLiteral("list")}));
    QCOMPARE(list.exitCode, 0);
    const qsizetype splunkAt = list.out.indexOf(QLatin1String("Name:                   Splunk production"));
    const qsizetype elasticAt = list.out.indexOf(QLatin1String("Name:                   Elastic"));
    QVERIFY2(splunkAt >= 0 && elasticAt > splunkAt, qPrintable(list.out));
    const QString splunkBlock = list.out.mid(splunkAt, elasticAt - splunkAt);
    const QString elasticBlock = list.out.mid(elasticAt);
    QVERIFY2(splunkBlock.contains(QRegularExpression(QStringLiteral("Used by:\\s+nothing in region global"))),
             qPrintable(splunkBlock));
    QVERIFY2(elasticBlock.contains(
                 QRegularExpression(QStringLiteral("Used by:\\s+organization webhook \\(region global, enabled\\)"))),
             qPrintable(elasticBlock));
    QVERIFY(!list.all().contains(QLatin1String("ApiKey other-one")));

    const CliRun listJson = run(at({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(listJson.exitCode, 0);
    const QJsonArray data = QJsonDocument::fromJson(listJson.out.toUtf8()).object()[QLatin1String("data")].toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0)[QLatin1String("id")].toString(), splunkId);
    QCOMPARE(data.at(0)[QLatin1String("used_by")].toArray().size(), 0);
    QCOMPARE(data.at(1)[QLatin1String("used_by")].toArray(),
             (QJsonArray {QJsonObject {{QStringLiteral("region"), QStringLiteral("global")}}}));
    QVERIFY(!data.at(0).toObject().contains(QLatin1String("authorization")));

    // --name filters by "contains".
    const CliRun filtered = run(at({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--name"),
                                    QStringLiteral("Splunk"), QStringLiteral("--json")}));
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(filtered.out.toUtf8()).object()[QLatin1String("data")].toArray().size(), 1);

    const CliRun show = run(at({QStringLiteral("destinations"), QStringLiteral("show"),
                                QStringLiteral("Splunk production"), QStringLiteral("--json")}));
    QCOMPARE(show.exitCode, 0);
    const QJsonObject shown
        = QJsonDocument::fromJson(show.out.toUtf8()).object()[QLatin1String("destination")].toObject();
    QCOMPARE(shown[QLatin1String("id")].toString(), splunkId);
    QCOMPARE(shown[QLatin1String("endpoint")].toString(), QStringLiteral("https://siem.example.com/a"));
    QCOMPARE(shown[QLatin1String("log_format")].toString(), QStringLiteral("json"));
    const CliRun showById = run(at({QStringLiteral("destinations"), QStringLiteral("show"), splunkId}));
    QCOMPARE(showById.exitCode, 0);
    QVERIFY(showById.out.contains(QLatin1String("Splunk production")));

    m_emulator->clearRequestLog();
    const CliRun remove = run(at({QStringLiteral("destinations"), QStringLiteral("delete"),
                                  QStringLiteral("Splunk production"), QStringLiteral("--yes")}));
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.all()));
    QVERIFY(remove.out.contains(QLatin1String("Deleted")));
    QVERIFY(requestLines().contains(QStringLiteral("DELETE /v3/audit-log-destinations/%1").arg(splunkId)));
    QVERIFY(!m_emulator->organization().findDestination(splunkId));
    QVERIFY(m_emulator->organization().findDestination(usedId));

    const CliRun gone = run(at({QStringLiteral("destinations"), QStringLiteral("show"), splunkId}));
    QCOMPARE(gone.exitCode, 2);
}

void TestCliDestinations::updateSendsOnlyWhatChanges()
{
    const QString id = m_emulator->addDestination(QStringLiteral("SIEM"), QStringLiteral("https://siem.example.com/a"),
                                                  kSiemAuthorization, LogFormat::Cef, false);
    const QString path = QStringLiteral("/v3/audit-log-destinations/%1").arg(id);

    const CliRun endpoint = run(at({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("SIEM"),
                                    QStringLiteral("--endpoint"), QStringLiteral("https://siem.example.com/b"),
                                    QStringLiteral("--log-format"), QStringLiteral("cef")}));
    QVERIFY2(endpoint.exitCode == 0, qPrintable(endpoint.all()));
    QCOMPARE(countRequests(QStringLiteral("PATCH")), 1);
    // The format did not change, and no authorization was given: only the endpoint goes.
    QCOMPARE(lastBody(QStringLiteral("PATCH"), path),
             (QJsonObject {{QStringLiteral("endpoint"), QStringLiteral("https://siem.example.com/b")}}));
    const EmulatedDestination* stored = m_emulator->organization().findDestination(id);
    QCOMPARE(stored->endpoint(), QStringLiteral("https://siem.example.com/b"));
    QCOMPARE(stored->authorization(), kSiemAuthorization);

    m_emulator->clearRequestLog();
    const CliRun rename
        = run(at({QStringLiteral("destinations"), QStringLiteral("update"), id, QStringLiteral("--name"),
                  QStringLiteral("SIEM two"), QStringLiteral("--skip-ssl-verification"), QStringLiteral("true")}));
    QVERIFY2(rename.exitCode == 0, qPrintable(rename.all()));
    const QJsonObject renameBody = lastBody(QStringLiteral("PATCH"), path);
    QCOMPARE(renameBody,
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("SIEM two")},
                           {QStringLiteral("skip_ssl_verification"), true}}));
    QCOMPARE(stored->name(), QStringLiteral("SIEM two"));
    QVERIFY(stored->skipsSslVerification());

    // A new authorization is sent (the log shows it redacted), alone.
    m_emulator->clearRequestLog();
    const CliRun authorization = run(at({QStringLiteral("destinations"), QStringLiteral("update"),
                                         QStringLiteral("SIEM two"), QStringLiteral("--authorization-stdin")}),
                                     kSecondAuthorization.toUtf8() + '\n');
    QVERIFY2(authorization.exitCode == 0, qPrintable(authorization.all()));
    QCOMPARE(lastBody(QStringLiteral("PATCH"), path).keys(), QStringList {QStringLiteral("authorization")});
    QCOMPARE(stored->authorization(), kSecondAuthorization);
    QCOMPARE(stored->endpoint(), QStringLiteral("https://siem.example.com/b"));

    // Asking for what is already there sends no PATCH.
    m_emulator->clearRequestLog();
    const CliRun same = run(at({QStringLiteral("destinations"), QStringLiteral("update"), id,
                                QStringLiteral("--endpoint"), QStringLiteral("https://siem.example.com/b")}));
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains(QLatin1String("Nothing to change")), qPrintable(same.out));
    QCOMPARE(countRequests(QStringLiteral("PATCH")), 0);
}

// --- name resolution --------------------------------------------------------------------------------------------

void TestCliDestinations::ambiguousNameIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("show") << QStringList {QStringLiteral("destinations"), QStringLiteral("show"),
                                          QStringLiteral("Twin")}
                          << QStringLiteral("destination");
    QTest::newRow("update") << QStringList {QStringLiteral("destinations"), QStringLiteral("update"),
                                            QStringLiteral("Twin"), QStringLiteral("--log-format"),
                                            QStringLiteral("json")}
                            << QStringLiteral("destination");
    QTest::newRow("delete") << QStringList {QStringLiteral("destinations"), QStringLiteral("delete"),
                                            QStringLiteral("Twin"), QStringLiteral("--yes")}
                            << QStringLiteral("destination");
    QTest::newRow("apply") << QStringList {QStringLiteral("apply"), QStringLiteral("--destination"),
                                           QStringLiteral("Twin"), QStringLiteral("--enable")}
                           << QStringLiteral("--destination");
    QTest::newRow("test-endpoint") << QStringList {QStringLiteral("test-endpoint"), QStringLiteral("--destination"),
                                                   QStringLiteral("Twin"), QStringLiteral("--authorization-env"),
                                                   QStringLiteral("SIEM_AUTH")}
                                   << QStringLiteral("--destination");
}

void TestCliDestinations::ambiguousNameIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const QString first = m_emulator->addDestination(QStringLiteral("Twin"), QStringLiteral("https://one.example.com/"),
                                                     kSiemAuthorization);
    const QString second = m_emulator->addDestination(QStringLiteral("Twin"),
                                                      QStringLiteral("https://two.example.com/"), kSiemAuthorization);

    const CliRun human = run(at(arguments));
    QCOMPARE(human.exitCode, 2);
    QVERIFY2(human.err.contains(first) && human.err.contains(second), qPrintable(human.err));

    const CliRun json = run(at(arguments + QStringList {QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(error[QLatin1String("exit_code")].toInt(), 2);
    QCOMPARE(error[QLatin1String("fields")].toArray().at(0)[QLatin1String("field")].toString(), field);
    QVERIFY(error[QLatin1String("error")].toString().contains(first));
    QVERIFY(error[QLatin1String("error")].toString().contains(second));

    // Only reads went out: nothing was changed, nothing delivered.
    for (const QString& line : requestLines())
        QVERIFY2(line.startsWith(QLatin1String("GET ")), qPrintable(line));
    QCOMPARE(m_emulator->organization().destinations().size(), 2);
    QVERIFY(!m_emulator->scope({}, {})->binding().isBound());
}

void TestCliDestinations::missingNameIsRefused()
{
    m_emulator->addDestination(QStringLiteral("Present"), QStringLiteral("https://one.example.com/"),
                               kSiemAuthorization);
    const CliRun show = run(at({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Absent")}));
    QCOMPARE(show.exitCode, 2);
    QVERIFY2(show.err.contains(QLatin1String("\"Absent\"")), qPrintable(show.err));
    const CliRun apply = run(at({QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("Absent"),
                                 QStringLiteral("--json")}));
    QCOMPARE(apply.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(apply.out.toUtf8()).object();
    QCOMPARE(error[QLatin1String("fields")].toArray().at(0)[QLatin1String("field")].toString(),
             QStringLiteral("--destination"));
    const CliRun remove = run(at(
        {QStringLiteral("destinations"), QStringLiteral("delete"), QStringLiteral("Absent"), QStringLiteral("--yes")}));
    QCOMPARE(remove.exitCode, 2);
    for (const QString& line : requestLines())
        QVERIFY2(line.startsWith(QLatin1String("GET ")), qPrintable(line));
    QCOMPARE(m_emulator->organization().destinations().size(), 1);
}

// --- pagination -------------------------------------------------------------------------------------------------

void TestCliDestinations::listReadsEveryPage()
{
    for (int i = 0; i < 105; ++i)
        m_emulator->addDestination(QStringLiteral("SIEM %1").arg(i, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("https://siem%1.example.com/").arg(i), kSiemAuthorization);
    const CliRun list = run(at({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray data = QJsonDocument::fromJson(list.out.toUtf8()).object()[QLatin1String("data")].toArray();
    QCOMPARE(data.size(), 105);
    QSet<QString> ids;
    for (const QJsonValue& value : data)
        ids.insert(value[QLatin1String("id")].toString());
    QCOMPARE(ids.size(), 105);
    QCOMPARE(data.at(104)[QLatin1String("name")].toString(), QStringLiteral("SIEM 104"));

    QList<QJsonObject> pages;
    const QJsonArray log = requests();
    for (const QJsonValue& entry : log) {
        if (entry[QLatin1String("method")].toString() == QLatin1String("GET")
            && entry[QLatin1String("path")].toString() == QLatin1String("/v3/audit-log-destinations"))
            pages.append(entry.toObject());
    }
    QCOMPARE(pages.size(), 2);
    QVERIFY(!pages.at(0)[QLatin1String("query")].toString().contains(QLatin1String("page[after]")));
    QVERIFY2(pages.at(1)[QLatin1String("query")].toString().contains(QLatin1String("page[after]=")),
             qPrintable(pages.at(1)[QLatin1String("query")].toString()));

    // Name resolution reads every page too: the last destination is found by name.
    const CliRun show = run(at({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("SIEM 104")}));
    QVERIFY2(show.exitCode == 0, qPrintable(show.all()));
    QVERIFY(show.out.contains(QLatin1String("https://siem104.example.com/")));
}

// --- bindings ---------------------------------------------------------------------------------------------------

void TestCliDestinations::bindAndUnbind()
{
    const QString id = m_emulator->addDestination(QStringLiteral("Bound SIEM"),
                                                  QStringLiteral("https://siem.example.com/bound"), kSiemAuthorization);
    const CliRun bind = run(at({QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("Bound SIEM"),
                                QStringLiteral("--enable")}));
    QVERIFY2(bind.exitCode == 0, qPrintable(bind.all()));
    const EmulatedBinding& binding = m_emulator->scope({}, {})->binding();
    QCOMPARE(binding.destinationId, id);
    QVERIFY(binding.enabled);
    QCOMPARE(lastBody(QStringLiteral("PATCH"), QStringLiteral("/v3/audit-log-webhook")),
             (QJsonObject {{QStringLiteral("audit_log_destination_id"), id}, {QStringLiteral("enabled"), true}}));

    const CliRun get = run(at({QStringLiteral("get")}));
    QCOMPARE(get.exitCode, 0);
    QVERIFY2(get.out.contains(QRegularExpression(QStringLiteral("Model:\\s+v3: bound"))), qPrintable(get.out));
    QVERIFY(get.out.contains(QRegularExpression(QStringLiteral("Endpoint:\\s+https://siem.example.com/bound\n"))));
    QVERIFY(get.out.contains(QRegularExpression(QStringLiteral("Destination:\\s+Bound SIEM\n"))));

    const CliRun json = run(at({QStringLiteral("get"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject bound = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(bound[QLatin1String("model")].toString(), QStringLiteral("v3-destination"));
    QCOMPARE(bound[QLatin1String("destination")][QLatin1String("endpoint")].toString(),
             QStringLiteral("https://siem.example.com/bound"));
    QCOMPARE(bound[QLatin1String("binding")][QLatin1String("audit_log_destination_id")].toString(), id);

    // --disable keeps the binding.
    const CliRun disable = run(at({QStringLiteral("apply"), QStringLiteral("--disable")}));
    QVERIFY2(disable.exitCode == 0, qPrintable(disable.all()));
    QCOMPARE(m_emulator->scope({}, {})->binding().destinationId, id);
    QVERIFY(!m_emulator->scope({}, {})->binding().enabled);

    m_emulator->clearRequestLog();
    const CliRun unbind = run(at({QStringLiteral("apply"), QStringLiteral("--unbind")}));
    QVERIFY2(unbind.exitCode == 0, qPrintable(unbind.all()));
    QVERIFY(requestLines().contains(QStringLiteral("DELETE /v3/audit-log-webhook")));
    QVERIFY(!m_emulator->scope({}, {})->binding().isBound());
    QVERIFY(m_emulator->organization().findDestination(id)); // the destination itself stays

    const CliRun after = run(at({QStringLiteral("get"), QStringLiteral("--json")}));
    QCOMPARE(after.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(after.out.toUtf8()).object()[QLatin1String("model")].toString()
            != QLatin1String("v3-destination"));

    // Unbinding what is not bound sends nothing.
    m_emulator->clearRequestLog();
    const CliRun again = run(at({QStringLiteral("apply"), QStringLiteral("--unbind")}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("Nothing to change")));
    QCOMPARE(countRequests(QStringLiteral("DELETE")), 0);
}

void TestCliDestinations::v2OnlyApiFallsBack()
{
    m_emulator->setV3Available(false);
    const CliRun get = run(at({QStringLiteral("get")}));
    QCOMPARE(get.exitCode, 0);
    QVERIFY2(get.out.contains(QLatin1String("this API has no v3")), qPrintable(get.out));

    const CliRun apply = run(
        at({QStringLiteral("apply"), QStringLiteral("--endpoint"), QStringLiteral("https://siem.example.com/v2only"),
            QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH"), QStringLiteral("--enable")}));
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.all()));
    QCOMPARE(m_emulator->webhook().endpoint(), QStringLiteral("https://siem.example.com/v2only"));
    QCOMPARE(m_emulator->webhook().authorization(), kSiemAuthorization);
    QVERIFY(m_emulator->webhook().isEnabled());
    QVERIFY(requestLines().contains(QStringLiteral("PUT /v2/audit-log-webhook")));

    const CliRun json = run(at({QStringLiteral("get"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject stored = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(stored[QLatin1String("v3_available")].toBool(true), false);
    QCOMPARE(stored[QLatin1String("endpoint")].toString(), QStringLiteral("https://siem.example.com/v2only"));

    m_emulator->clearRequestLog();
    const CliRun move = run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                                QStringLiteral("SIEM_AUTH"), QStringLiteral("--yes")}));
    QCOMPARE(move.exitCode, 2);
    QVERIFY2(move.err.contains(QLatin1String("no v3")), qPrintable(move.err));
    QCOMPARE(countRequests(QStringLiteral("POST")), 0);
    QCOMPARE(countRequests(QStringLiteral("PATCH")), 0);
    QCOMPARE(m_emulator->webhook().endpoint(), QStringLiteral("https://siem.example.com/v2only"));
}

void TestCliDestinations::deleteInUseNamesItsUsers()
{
    const QString id = m_emulator->addDestination(QStringLiteral("Shared"),
                                                  QStringLiteral("https://siem.example.com/s"), kSiemAuthorization);
    const QString portal
        = m_emulator->addPortal(QStringLiteral("global"), QStringLiteral("partner"), QStringLiteral("Partner Portal"));
    QVERIFY(m_emulator->bind(QStringLiteral("global"), {}, id, true));
    QVERIFY(m_emulator->bind(QStringLiteral("global"), portal, id, false));

    const CliRun remove = run(at(
        {QStringLiteral("destinations"), QStringLiteral("delete"), QStringLiteral("Shared"), QStringLiteral("--yes")}));
    QVERIFY(remove.finished);
    QVERIFY2(remove.exitCode != 0, qPrintable(remove.all()));
    QVERIFY2(remove.err.contains(QLatin1String("organization webhook (region global")), qPrintable(remove.err));
    QVERIFY2(remove.err.contains(QLatin1String("Partner Portal")), qPrintable(remove.err));
    QVERIFY(remove.err.contains(QLatin1String("apply --unbind")));
    QVERIFY(requestLines().contains(QStringLiteral("DELETE /v3/audit-log-destinations/%1").arg(id)));
    QVERIFY(m_emulator->organization().findDestination(id));
    QCOMPARE(m_emulator->scope({}, {})->binding().destinationId, id);

    // Without --yes in a script, nothing is sent, and the question says who uses it.
    m_emulator->clearRequestLog();
    const CliRun unconfirmed
        = run(at({QStringLiteral("destinations"), QStringLiteral("delete"), QStringLiteral("Shared")}));
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(unconfirmed.err.contains(QLatin1String("--yes")));
    QVERIFY(unconfirmed.err.contains(QLatin1String("Partner Portal")));
    QCOMPARE(countRequests(QStringLiteral("DELETE")), 0);
}

// --- move-to-destination ----------------------------------------------------------------------------------------

void TestCliDestinations::moveToDestination()
{
    configureInlineWebhook({QStringLiteral("--log-format"), QStringLiteral("json"),
                            QStringLiteral("--skip-ssl-verification"), QStringLiteral("true"),
                            QStringLiteral("--enable")});
    const CliRun move = run(
        at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"), QStringLiteral("SECOND_AUTH"),
            QStringLiteral("--name"), QStringLiteral("Moved SIEM"), QStringLiteral("--yes")}),
        {}, {{QStringLiteral("SECOND_AUTH"), kSecondAuthorization}});
    QVERIFY2(move.exitCode == 0, qPrintable(move.all()));
    QVERIFY(move.out.contains(QLatin1String("Moved")));
    // Nothing on standard error but what was asked for (no warnings from the option parser).
    QVERIFY2(move.err.isEmpty(), qPrintable(move.err));

    const QList<EmulatedDestination*> destinations = m_emulator->organization().destinations();
    QCOMPARE(destinations.size(), 1);
    const EmulatedDestination* moved = destinations.constFirst();
    QCOMPARE(moved->name(), QStringLiteral("Moved SIEM"));
    QCOMPARE(moved->endpoint(), QStringLiteral("https://siem.example.com/inline"));
    QVERIFY(moved->logFormat() == LogFormat::Json);
    QVERIFY(moved->skipsSslVerification());
    QCOMPARE(moved->authorization(), kSecondAuthorization);
    const EmulatedBinding& binding = m_emulator->scope({}, {})->binding();
    QCOMPARE(binding.destinationId, moved->id());
    QVERIFY(binding.enabled);
    QVERIFY(move.out.contains(moved->id()));

    const CliRun get = run(at({QStringLiteral("get"), QStringLiteral("--json")}));
    QCOMPARE(QJsonDocument::fromJson(get.out.toUtf8()).object()[QLatin1String("model")].toString(),
             QStringLiteral("v3-destination"));

    // Moving again: there is nothing inline left to move.
    m_emulator->clearRequestLog();
    const CliRun again = run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                                 QStringLiteral("SIEM_AUTH"), QStringLiteral("--yes")}));
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(countRequests(QStringLiteral("POST")), 0);
}

void TestCliDestinations::moveNeedsYesInAScript()
{
    configureInlineWebhook({QStringLiteral("--enable")});
    const CliRun move = run(at(
        {QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")}));
    QCOMPARE(move.exitCode, 2);
    QVERIFY2(move.err.contains(QLatin1String("--yes")), qPrintable(move.err));
    QVERIFY(move.out.contains(QLatin1String("The plan"))); // what it would have done
    QCOMPARE(countRequests(QStringLiteral("POST")), 0);
    QCOMPARE(countRequests(QStringLiteral("PATCH")), 0);
    QVERIFY(m_emulator->organization().destinations().isEmpty());
    QVERIFY(!m_emulator->scope({}, {})->binding().isBound());

    const CliRun json = run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                                QStringLiteral("SIEM_AUTH"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                 .object()[QLatin1String("fields")]
                 .toArray()
                 .at(0)[QLatin1String("field")]
                 .toString(),
             QStringLiteral("--yes"));
    QCOMPARE(countRequests(QStringLiteral("POST")), 0);
}

void TestCliDestinations::moveHalfDoneSaysHowToFinish()
{
    configureInlineWebhook({QStringLiteral("--enable")});
    const QDateTime inlineUpdatedAt = m_emulator->webhook().updatedAt();
    EmulatorFault refused;
    refused.status = 400;
    // GET /v3/audit-log-webhook, GET /v2/audit-log-webhook, POST /v3/audit-log-destinations, then the binding.
    m_emulator->addFaults({{}, {}, {}, refused});
    const CliRun move = run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                                QStringLiteral("SIEM_AUTH"), QStringLiteral("--yes")}));
    QVERIFY(move.finished);
    QVERIFY2(move.exitCode != 0, qPrintable(move.all()));
    QCOMPARE(requestLines(),
             (QStringList {QStringLiteral("GET /v3/audit-log-webhook"), QStringLiteral("GET /v2/audit-log-webhook"),
                           QStringLiteral("POST /v3/audit-log-destinations"),
                           QStringLiteral("PATCH /v3/audit-log-webhook")}));

    const QList<EmulatedDestination*> destinations = m_emulator->organization().destinations();
    QCOMPARE(destinations.size(), 1);
    const QString id = destinations.constFirst()->id();
    QVERIFY2(move.err.contains(QLatin1String("now exists")), qPrintable(move.err));
    QVERIFY(move.err.contains(id));
    // The commands to finish or undo act where the move did: the same base URL.
    const QString where = QStringLiteral(" --base-url %1").arg(m_emulator->baseUrl().toString());
    QVERIFY2(move.err.contains(QStringLiteral("apply --destination %1 --enable%2").arg(id, where)),
             qPrintable(move.err));
    QVERIFY2(move.err.contains(QStringLiteral("destinations delete %1 --yes%2").arg(id, where)), qPrintable(move.err));

    // The region still has its inline webhook, unchanged, and no binding.
    QVERIFY(!m_emulator->scope({}, {})->binding().isBound());
    QCOMPARE(m_emulator->webhook().endpoint(), QStringLiteral("https://siem.example.com/inline"));
    QCOMPARE(m_emulator->webhook().authorization(), kSiemAuthorization);
    QVERIFY(m_emulator->webhook().isEnabled());
    QCOMPARE(m_emulator->webhook().updatedAt(), inlineUpdatedAt);

    // A script gets the id in the JSON error, too.
    m_emulator->organization().removeDestination(id);
    m_emulator->clearRequestLog();
    m_emulator->addFaults({{}, {}, {}, refused});
    const CliRun json = run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                                QStringLiteral("SIEM_AUTH"), QStringLiteral("--yes"), QStringLiteral("--json")}));
    QVERIFY(json.exitCode != 0);
    QCOMPARE(m_emulator->organization().destinations().size(), 1);
    const QJsonArray fields = QJsonDocument::fromJson(json.out.toUtf8()).object()[QLatin1String("fields")].toArray();
    QVERIFY2(!fields.isEmpty(), qPrintable(json.out));
    QCOMPARE(fields.at(0)[QLatin1String("field")].toString(), QStringLiteral("created_destination_id"));
    QCOMPARE(fields.at(0)[QLatin1String("message")].toString(),
             m_emulator->organization().destinations().constFirst()->id());
}

// --- Dev Portals ------------------------------------------------------------------------------------------------

void TestCliDestinations::portalScope()
{
    m_emulator->seedDemo(QStringLiteral("https://siem.example.com/demo"), kSiemAuthorization);
    const QString partner = portalId(QStringLiteral("Partner Portal"));
    QVERIFY(!partner.isEmpty());
    const QString base = QStringLiteral("/v3/portals/%1/").arg(partner);
    const QStringList portal {QStringLiteral("--portal"), QStringLiteral("Partner Portal")};

    const CliRun get = run(at(QStringList {QStringLiteral("get")} + portal));
    QVERIFY2(get.exitCode == 0, qPrintable(get.all()));
    QVERIFY2(
        get.out.contains(QRegularExpression(QStringLiteral("Scope:\\s+Dev Portal \"[^\"]+\" \\(%1\\)").arg(partner))),
        qPrintable(get.out));
    QVERIFY(get.out.contains(QRegularExpression(QStringLiteral("Destination:\\s+Demo SIEM"))));
    QVERIFY(requestLines().contains(QStringLiteral("GET %1audit-log-webhook").arg(base)));
    QVERIFY(!requestLines().contains(QStringLiteral("GET /v3/audit-log-webhook")));

    m_emulator->clearRequestLog();
    const CliRun disable = run(at(QStringList {QStringLiteral("apply"), QStringLiteral("--disable")} + portal));
    QVERIFY2(disable.exitCode == 0, qPrintable(disable.all()));
    QVERIFY(requestLines().contains(QStringLiteral("PATCH %1audit-log-webhook").arg(base)));
    QVERIFY(!m_emulator->scope({}, partner)->binding().enabled);
    QVERIFY(m_emulator->scope({}, {})->binding().enabled); // the organization webhook is untouched

    // The Internal Portal (unbound) gets bound by id.
    const QString internal = portalId(QStringLiteral("Internal Portal"));
    const QString demoId = m_emulator->organization().destinations().constFirst()->id();
    const CliRun bind
        = run(at({QStringLiteral("apply"), QStringLiteral("--portal"), internal, QStringLiteral("--destination"),
                  QStringLiteral("Demo SIEM"), QStringLiteral("--enable")}));
    QVERIFY2(bind.exitCode == 0, qPrintable(bind.all()));
    QCOMPARE(m_emulator->scope({}, internal)->binding().destinationId, demoId);
    QVERIFY(m_emulator->scope({}, internal)->binding().enabled);

    m_emulator->clearRequestLog();
    const CliRun status = run(at(QStringList {QStringLiteral("status")} + portal));
    QVERIFY2(status.exitCode == 0, qPrintable(status.all()));
    QVERIFY(requestLines().contains(QStringLiteral("GET %1audit-log-webhook/status").arg(base)));
    QVERIFY(!requestLines().contains(QStringLiteral("GET /v3/audit-log-webhook/status")));

    m_emulator->clearRequestLog();
    const CliRun replay = run(at(QStringList {QStringLiteral("replay")} + portal));
    QVERIFY2(replay.exitCode == 0, qPrintable(replay.all()));
    QVERIFY(requestLines().contains(QStringLiteral("GET /v3/portals/%1/audit-log-replay-job").arg(partner)));

    m_emulator->clearRequestLog();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CliRun start = run(
        at(QStringList {QStringLiteral("replay"), QStringLiteral("--start"), now.addSecs(-3600).toString(Qt::ISODate),
                        QStringLiteral("--end"), now.addSecs(-60).toString(Qt::ISODate)}
           + portal));
    QVERIFY2(start.exitCode == 0, qPrintable(start.all()));
    QVERIFY(requestLines().contains(QStringLiteral("PUT /v3/portals/%1/audit-log-replay-job").arg(partner)));
    QVERIFY(!requestLines().contains(QStringLiteral("PUT /v3/audit-log-replay-job")));

    // The hint to bind a portal repeats --portal once.
    const CliRun unbound = run(at({QStringLiteral("apply"), QStringLiteral("--unbind"), QStringLiteral("--portal"),
                                   QStringLiteral("Partner Portal")}));
    QVERIFY2(unbound.exitCode == 0, qPrintable(unbound.all()));
    const CliRun hint = run(at(QStringList {QStringLiteral("get")} + portal));
    QCOMPARE(hint.exitCode, 0);
    const QString next = hint.out.mid(hint.out.indexOf(QLatin1String("Next:")));
    QVERIFY2(next.contains(QLatin1String("--portal")), qPrintable(hint.out));
    QCOMPARE(next.count(QLatin1String("--portal")), 1);
}

void TestCliDestinations::unknownPortal()
{
    m_emulator->addPortal(QStringLiteral("global"), QStringLiteral("partner"), QStringLiteral("Partner Portal"));
    for (const char* command : {"get", "status", "replay"}) {
        const CliRun result
            = run(at({QString::fromLatin1(command), QStringLiteral("--portal"), QStringLiteral("No Such Portal")}));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("--portal")), qPrintable(result.err));
    }
    const CliRun apply = run(at({QStringLiteral("apply"), QStringLiteral("--portal"), QStringLiteral("No Such Portal"),
                                 QStringLiteral("--disable")}));
    QCOMPARE(apply.exitCode, 2);
    QVERIFY(apply.err.contains(QLatin1String("--portal")));
    // Only the portal list was read: nothing of the organization's webhook, nothing changed.
    for (const QString& line : requestLines())
        QCOMPARE(line, QStringLiteral("GET /v3/portals"));
}

// --- base URL ---------------------------------------------------------------------------------------------------

void TestCliDestinations::baseUrlWithOrWithoutVersion_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("root") << QString();
    QTest::newRow("root/") << QStringLiteral("/");
    QTest::newRow("/v2") << QStringLiteral("/v2");
    QTest::newRow("/v3") << QStringLiteral("/v3");
    QTest::newRow("/v3/") << QStringLiteral("/v3/");
}

void TestCliDestinations::baseUrlWithOrWithoutVersion()
{
    QFETCH(QString, suffix);
    m_emulator->addDestination(QStringLiteral("One"), QStringLiteral("https://siem.example.com/one"),
                               kSiemAuthorization);
    const QString base = m_emulator->baseUrl().toString() + suffix;
    const CliRun list = run({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--base-url"), base});
    QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object()[QLatin1String("data")].toArray().size(), 1);
    const CliRun bind = run({QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("One"),
                             QStringLiteral("--enable"), QStringLiteral("--base-url"), base});
    QVERIFY2(bind.exitCode == 0, qPrintable(bind.all()));
    QVERIFY(m_emulator->scope({}, {})->binding().isBound());
    const CliRun get = run({QStringLiteral("get"), QStringLiteral("--base-url"), base});
    QVERIFY2(get.exitCode == 0, qPrintable(get.all()));
    QVERIFY(get.out.contains(QRegularExpression(
        QStringLiteral("API root:\\s+%1\n").arg(QRegularExpression::escape(m_emulator->baseUrl().toString())))));
    for (const QString& line : requestLines()) {
        const QString path = line.section(QLatin1Char(' '), 1);
        QVERIFY2(path.startsWith(QLatin1String("/v3/")) || path.startsWith(QLatin1String("/v2/")), qPrintable(line));
        QVERIFY2(!path.contains(QLatin1String("/v2/v")) && !path.contains(QLatin1String("/v3/v")), qPrintable(line));
    }
}

// --- test-endpoint --destination --------------------------------------------------------------------------------

void TestCliDestinations::testEndpointUsesTheDestination()
{
    SiemReceiver receiver;
    receiver.setExpectedAuthorization(kSiemAuthorization);
    receiver.setPath(QStringLiteral("/services/collector/raw"));
    QVERIFY(receiver.listen());
    const QString endpoint = receiver.url(QStringLiteral("/services/collector/raw")).toString();
    const QString id
        = m_emulator->addDestination(QStringLiteral("Local receiver"), endpoint, kSiemAuthorization, LogFormat::Json);

    const CliRun test
        = run(at({QStringLiteral("test-endpoint"), QStringLiteral("--destination"), QStringLiteral("Local receiver"),
                  QStringLiteral("--authorization-env"), QStringLiteral("SIEM_AUTH")}));
    QVERIFY(test.finished);
    QVERIFY2(test.out.contains(QStringLiteral("Destination: \"Local receiver\" (%1)").arg(id)), qPrintable(test.out));
    QVERIFY2(!receiver.deliveries().isEmpty(), qPrintable(test.all()));
    const SiemReceiver::Delivery& delivery = receiver.deliveries().constFirst();
    QCOMPARE(delivery.request.header("Authorization"), kSiemAuthorization.toUtf8());
    QVERIFY(delivery.request.target.startsWith("/services/collector/raw"));
    QVERIFY(!receiver.events().isEmpty());
    QVERIFY(receiver.events().constFirst().format == LogFormat::Json); // the destination's format
    QVERIFY2(test.out.contains(QLatin1String("Konnect will be able to deliver")), qPrintable(test.all()));
    QCOMPARE(test.exitCode, 0);
    expectNoSecretIn(test);
}

// --- bad input --------------------------------------------------------------------------------------------------

void TestCliDestinations::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    const QString url = QStringLiteral("https://siem.example.com/x");
    const QString create = QStringLiteral("create");
    const QString destinations = QStringLiteral("destinations");
    QTest::newRow("apply empty --destination")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral(" ")}
        << QStringLiteral("--destination");
    QTest::newRow("apply --destination with --endpoint")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("X"),
                        QStringLiteral("--endpoint"), url}
        << QStringLiteral("--destination");
    QTest::newRow("apply --destination with --unbind")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--destination"), QStringLiteral("X"),
                        QStringLiteral("--unbind")}
        << QStringLiteral("--unbind");
    QTest::newRow("apply --unbind with --enable")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--unbind"), QStringLiteral("--enable")}
        << QStringLiteral("--unbind");
    QTest::newRow("apply --portal with --endpoint")
        << QStringList {QStringLiteral("apply"), QStringLiteral("--portal"), QStringLiteral("P"),
                        QStringLiteral("--endpoint"), url}
        << QStringLiteral("--portal");
    QTest::newRow("get --endpoint") << QStringList {QStringLiteral("get"), QStringLiteral("--endpoint"), url}
                                    << QStringLiteral("endpoint");
    QTest::newRow("test-endpoint empty --destination")
        << QStringList {QStringLiteral("test-endpoint"), QStringLiteral("--destination"), QString()}
        << QStringLiteral("--destination");
    QTest::newRow("create without --name") << QStringList {destinations,
                                                           create,
                                                           QStringLiteral("--endpoint"),
                                                           url,
                                                           QStringLiteral("--authorization-env"),
                                                           QStringLiteral("SIEM_AUTH")}
                                           << QStringLiteral("--name");
    QTest::newRow("create with an empty --name") << QStringList {destinations,
                                                                 create,
                                                                 QStringLiteral("--name"),
                                                                 QString(),
                                                                 QStringLiteral("--endpoint"),
                                                                 url,
                                                                 QStringLiteral("--authorization-env"),
                                                                 QStringLiteral("SIEM_AUTH")}
                                                 << QStringLiteral("--name");
    QTest::newRow("create without --endpoint") << QStringList {destinations,
                                                               create,
                                                               QStringLiteral("--name"),
                                                               QStringLiteral("N"),
                                                               QStringLiteral("--authorization-env"),
                                                               QStringLiteral("SIEM_AUTH")}
                                               << QStringLiteral("--endpoint");
    QTest::newRow("create without authorization") << QStringList {destinations,
                                                                  create,
                                                                  QStringLiteral("--name"),
                                                                  QStringLiteral("N"),
                                                                  QStringLiteral("--endpoint"),
                                                                  url}
                                                  << QStringLiteral("--authorization-env");
    QTest::newRow("create with an unset variable") << QStringList {destinations,
                                                                   create,
                                                                   QStringLiteral("--name"),
                                                                   QStringLiteral("N"),
                                                                   QStringLiteral("--endpoint"),
                                                                   url,
                                                                   QStringLiteral("--authorization-env"),
                                                                   QStringLiteral("KAW_NO_SUCH_VARIABLE")}
                                                   << QStringLiteral("--authorization-env");
    QTest::newRow("create with plain http") << QStringList {destinations,
                                                            create,
                                                            QStringLiteral("--name"),
                                                            QStringLiteral("N"),
                                                            QStringLiteral("--endpoint"),
                                                            QStringLiteral("http://siem.example.com/"),
                                                            QStringLiteral("--authorization-env"),
                                                            QStringLiteral("SIEM_AUTH")}
                                            << QStringLiteral("--endpoint");
    QTest::newRow("create with bad --skip-ssl-verification") << QStringList {destinations,
                                                                             create,
                                                                             QStringLiteral("--name"),
                                                                             QStringLiteral("N"),
                                                                             QStringLiteral("--endpoint"),
                                                                             url,
                                                                             QStringLiteral("--authorization-env"),
                                                                             QStringLiteral("SIEM_AUTH"),
                                                                             QStringLiteral("--skip-ssl-verification"),
                                                                             QStringLiteral("yes")}
                                                             << QStringLiteral("--skip-ssl-verification");
    QTest::newRow("create with bad --log-format") << QStringList {destinations,
                                                                  create,
                                                                  QStringLiteral("--name"),
                                                                  QStringLiteral("N"),
                                                                  QStringLiteral("--endpoint"),
                                                                  url,
                                                                  QStringLiteral("--authorization-env"),
                                                                  QStringLiteral("SIEM_AUTH"),
                                                                  QStringLiteral("--log-format"),
                                                                  QStringLiteral("JSON")}
                                                  << QStringLiteral("--log-format");
    QTest::newRow("update with bad --skip-ssl-verification")
        << QStringList {destinations, QStringLiteral("update"), QStringLiteral("N"),
                        QStringLiteral("--skip-ssl-verification"), QStringLiteral("1")}
        << QStringLiteral("--skip-ssl-verification");
    QTest::newRow("update with bad --log-format")
        << QStringList {destinations, QStringLiteral("update"), QStringLiteral("N"), QStringLiteral("--log-format"),
                        QStringLiteral("xml")}
        << QStringLiteral("--log-format");
    QTest::newRow("update with nothing to change")
        << QStringList {destinations, QStringLiteral("update"), QStringLiteral("N")}
        << QStringLiteral("destinations update");
    QTest::newRow("update without a destination")
        << QStringList {destinations, QStringLiteral("update"), QStringLiteral("--log-format"), QStringLiteral("json")}
        << QStringLiteral("destination");
    QTest::newRow("show without a destination")
        << QStringList {destinations, QStringLiteral("show")} << QStringLiteral("destination");
    QTest::newRow("delete with two destinations")
        << QStringList {destinations, QStringLiteral("delete"), QStringLiteral("A"), QStringLiteral("B"),
                        QStringLiteral("--yes")}
        << QStringLiteral("destination");
    QTest::newRow("move without authorization")
        << QStringList {QStringLiteral("move-to-destination"), QStringLiteral("--yes")}
        << QStringLiteral("--authorization-env");
    QTest::newRow("move with an empty --name") << QStringList {QStringLiteral("move-to-destination"),
                                                               QStringLiteral("--authorization-env"),
                                                               QStringLiteral("SIEM_AUTH"),
                                                               QStringLiteral("--name"),
                                                               QString(),
                                                               QStringLiteral("--yes")}
                                               << QStringLiteral("--name");
}

void TestCliDestinations::badInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const CliRun human = run(at(arguments));
    QVERIFY(human.finished);
    QCOMPARE(human.exitCode, 2);
    // Options are named in the message; a command-level problem ("destinations update") in the JSON fields.
    if (field.startsWith(QLatin1String("--")))
        QVERIFY2(human.err.contains(field), qPrintable(human.err));
    QVERIFY2(!human.err.contains(QLatin1String("QCommandLineParser")), qPrintable(human.err));
    expectNoSecretIn(human);

    const CliRun json = run(at(arguments + QStringList {QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(json.out.toUtf8()).object();
    if (!error[QLatin1String("fields")].toArray().isEmpty()) {
        bool named = false;
        const QJsonArray fields = error[QLatin1String("fields")].toArray();
        for (const QJsonValue& value : fields)
            named = named || value[QLatin1String("field")].toString() == field;
        QVERIFY2(named, qPrintable(json.out));
    } else {
        QVERIFY2(error[QLatin1String("error")].toString().contains(field), qPrintable(json.out));
    }
    QCOMPARE(requests().size(), 0);
}

// --- secrets ----------------------------------------------------------------------------------------------------

void TestCliDestinations::secretsNeverAppear()
{
    const Env second {{QStringLiteral("SECOND_AUTH"), kSecondAuthorization}};
    QList<CliRun> runs;
    runs << run(at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("Secret keeper"), QStringLiteral("--endpoint"),
                    QStringLiteral("https://siem.example.com/keeper"), QStringLiteral("--authorization-env"),
                    QStringLiteral("SIEM_AUTH"), QStringLiteral("--verbose")}));
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("Secret keeper 2"), QStringLiteral("--endpoint"),
                    QStringLiteral("https://siem.example.com/keeper2"), QStringLiteral("--authorization-stdin"),
                    QStringLiteral("--verbose"), QStringLiteral("--json")}),
                kSecondAuthorization.toUtf8() + '\n');
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(at({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Secret keeper"),
                    QStringLiteral("--authorization-env"), QStringLiteral("SECOND_AUTH"), QStringLiteral("--verbose")}),
                {}, second);
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(at({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Secret keeper"),
                    QStringLiteral("--authorization-stdin"), QStringLiteral("--verbose"), QStringLiteral("--json")}),
                kSiemAuthorization.toUtf8() + '\n');
    QCOMPARE(runs.last().exitCode, 0);
    const EmulatedDestination* keeper = m_emulator->organization().destinations().constFirst();
    QCOMPARE(keeper->authorization(), kSiemAuthorization); // the secrets really went to Konnect
    QCOMPARE(m_emulator->organization().destinations().at(1)->authorization(), kSecondAuthorization);
    runs << run(at({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--verbose")}));
    runs << run(at({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Secret keeper"),
                    QStringLiteral("--verbose"), QStringLiteral("--json")}));

    // An authorization that Konnect refuses (400) is not echoed either.
    EmulatorFault refused;
    refused.status = 400;
    m_emulator->addFault(refused);
    runs << run(
        at({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("Refused"), QStringLiteral("--endpoint"), QStringLiteral("https://siem.example.com/r"),
            QStringLiteral("--authorization-env"), QStringLiteral("SECOND_AUTH"), QStringLiteral("--verbose")}),
        {}, second);
    QCOMPARE(runs.last().exitCode, 2);

    configureInlineWebhook({QStringLiteral("--enable"), QStringLiteral("--verbose")});
    runs << run(at({QStringLiteral("move-to-destination"), QStringLiteral("--authorization-env"),
                    QStringLiteral("SECOND_AUTH"), QStringLiteral("--yes"), QStringLiteral("--verbose")}),
                {}, second);
    QCOMPARE(runs.last().exitCode, 0);
    QCOMPARE(m_emulator->organization().destinations().last()->authorization(), kSecondAuthorization);
    runs << run(at({QStringLiteral("get"), QStringLiteral("--verbose"), QStringLiteral("--json")}));

    for (const CliRun& ran : runs)
        expectNoSecretIn(ran);
    // --verbose did log the bodies, masked.
    QVERIFY(runs.first().err.contains(QLatin1String("authorization masked")));
    expectNoSecretUnderHome();
    // The emulator's own log is redacted.
    const QByteArray log = QJsonDocument(requests()).toJson();
    QVERIFY(!log.contains(kSiemSecret.toUtf8()));
    QVERIFY(!log.contains(kSecondSecret.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliDestinations)
#include "tst_cli_destinations.moc"
