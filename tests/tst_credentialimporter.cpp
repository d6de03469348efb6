#include "ApiCall.h"
#include "CredentialImporter.h"
#include "KonnectClient.h"
#include "KonnectEmulator.h"
#include "ProfileStore.h"
#include "Region.h"
#include "SecretRedactor.h"
#include "YamlMapReader.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kEnvToken = QStringLiteral("kpat_EnvTokenAaa111");
const QString kDefaultToken = QStringLiteral("kpat_DefaultTokenBbb222");
const QString kProdToken = QStringLiteral("kpat_ProdTokenCcc333");
const QString kStagingToken = QStringLiteral("kpat_StagingTokenDdd444");
const QString kDeckToken = QStringLiteral("spat_DeckTokenEee555");
const QString kInvalidToken = QStringLiteral("NoPrefixSeCrEtFff666");
const QString kHiddenInBadFile = QStringLiteral("kpat_HiddenInBadFileGgg777");

const char* kKongctlConfig = R"(# kongctl configuration
default:
  output: text
  konnect:
    pat: kpat_DefaultTokenBbb222
prod:
  konnect:
    pat: "kpat_ProdTokenCcc333"   # production
    region: eu
login-only:
  konnect:
    region: us
)";

const char* kDeckConfig = R"(---
konnect-token: 'spat_DeckTokenEee555'
konnect-addr: https://au.api.konghq.com
headers:
- "x-team: audit"
- "x-debug: 1"
tls-skip-verify: false
)";
} // namespace

class TestCredentialImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void findsEveryCandidateWithItsSettings();
    void fallsBackToDotConfigWithoutXdg();
    void nothingToFind();
    void invalidTokenIsReportedWithoutItsValue();
    void malformedYamlIsReportedWithoutItsContent();
    void unsupportedTokenValueIsNotImportable();
    void baseUrlAndRegionFromAddresses();
    void kongToolAddressesMakeWorkingProfiles_data();
    void kongToolAddressesMakeWorkingProfiles();
    void yamlReader_data();
    void yamlReader();
    void yamlReaderRefuses_data();
    void yamlReaderRefuses();

private:
    void write(const QString& relativePath, const QByteArray& content);
    QMap<QString, QString> snapshot() const;
    // Scans with the temporary home; false when the scan created, removed or modified anything there.
    bool scanUnchanged(const QProcessEnvironment& environment, CredentialImporter::Result* result);
    static QStringList allTexts(const CredentialImporter::Result& result);
    static const ImportCandidate* findBySource(const CredentialImporter::Result& result, const QString& description);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCredentialImporter::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    SecretRedactor::forgetAll();
}

void TestCredentialImporter::cleanup()
{
    m_home.reset();
    SecretRedactor::forgetAll();
}

void TestCredentialImporter::write(const QString& relativePath, const QByteArray& content)
{
    const QString path = m_home->filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

// Every file and directory under the temporary home with its size and modification time.
QMap<QString, QString> TestCredentialImporter::snapshot() const
{
    QMap<QString, QString> entries;
    QDirIterator it(m_home->path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries.insert(info.filePath(),
                       QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()));
    }
    const QFileInfo home(m_home->path());
    entries.insert(home.filePath(), QString::number(home.lastModified().toMSecsSinceEpoch()));
    return entries;
}

bool TestCredentialImporter::scanUnchanged(const QProcessEnvironment& environment, CredentialImporter::Result* result)
{
    const auto before = snapshot();
    *result = CredentialImporter::scan({environment, m_home->path()});
    const auto after = snapshot();
    if (before != after)
        qWarning() << "the importer changed the home directory:" << before << after;
    return before == after && !before.isEmpty();
}

QStringList TestCredentialImporter::allTexts(const CredentialImporter::Result& result)
{
    QStringList texts = result.problems;
    for (const ImportCandidate& candidate : result.candidates) {
        texts << candidate.sourceDescription << candidate.suggestedProfileName << candidate.problem << candidate.notes
              << candidate.baseUrl.toString();
    }
    return texts;
}

const ImportCandidate* TestCredentialImporter::findBySource(const CredentialImporter::Result& result,
                                                            const QString& description)
{
    for (const ImportCandidate& candidate : result.candidates) {
        if (candidate.sourceDescription == description)
            return &candidate;
    }
    return nullptr;
}

void TestCredentialImporter::findsEveryCandidateWithItsSettings()
{
    write(QStringLiteral("xdg/kongctl/config.yaml"), kKongctlConfig);
    write(QStringLiteral(".deck.yaml"), kDeckConfig);
    // A kongctl config where kongctl would not look: must be ignored.
    write(QStringLiteral(".config/kongctl/config.yaml"), "elsewhere:\n  konnect:\n    pat: kpat_Elsewhere\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("KONNECT_TOKEN"), kEnvToken + QLatin1Char('\n'));
    environment.insert(QStringLiteral("KONGCTL_PROD_KONNECT_PAT"), kProdToken);
    environment.insert(QStringLiteral("KONGCTL_STAGING_KONNECT_PAT"), kStagingToken);
    environment.insert(QStringLiteral("KONGCTL_STAGING_KONNECT_REGION"), QStringLiteral("me"));
    environment.insert(QStringLiteral("KONGCTL_PROFILE"), QStringLiteral("prod")); // not a token
    environment.insert(QStringLiteral("DECK_KONNECT_TOKEN"), kEnvToken);

    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(environment, &result));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));

    QStringList sources;
    for (const ImportCandidate& candidate : result.candidates)
        sources << candidate.sourceDescription;
    const QStringList expected {
        QStringLiteral("environment variable KONNECT_TOKEN"),
        QStringLiteral("environment variable KONGCTL_PROD_KONNECT_PAT (kongctl profile 'prod')"),
        QStringLiteral("environment variable KONGCTL_STAGING_KONNECT_PAT (kongctl profile 'staging')"),
        QStringLiteral("kongctl profile 'default' (~/xdg/kongctl/config.yaml)"),
        QStringLiteral("kongctl profile 'prod' (~/xdg/kongctl/config.yaml)"),
        QStringLiteral("environment variable DECK_KONNECT_TOKEN (decK)"),
        QStringLiteral("decK configuration (~/.deck.yaml)"),
    };
    QCOMPARE(sources, expected);

    struct Expected
    {
        ImportCandidate::Source source;
        QString name;
        QString region;
        bool regionFromSource;
        QString token;
        TokenValidator::Kind kind;
        int sameTokenAs;
    };
    const auto personal = TokenValidator::Kind::PersonalAccessToken;
    const QList<Expected> expectations {
        {ImportCandidate::Source::KonnectTokenVariable, QStringLiteral("default"), QStringLiteral("global"), false,
         kEnvToken, personal, -1},
        {ImportCandidate::Source::KongctlVariable, QStringLiteral("prod"), QStringLiteral("eu"), true, kProdToken,
         personal, -1},
        {ImportCandidate::Source::KongctlVariable, QStringLiteral("staging"), QStringLiteral("me"), true, kStagingToken,
         personal, -1},
        {ImportCandidate::Source::KongctlConfig, QStringLiteral("default"), QStringLiteral("global"), false,
         kDefaultToken, personal, -1},
        {ImportCandidate::Source::KongctlConfig, QStringLiteral("prod"), QStringLiteral("eu"), true, kProdToken,
         personal, 1},
        {ImportCandidate::Source::DeckVariable, QStringLiteral("deck"), QStringLiteral("au"), true, kEnvToken, personal,
         0},
        {ImportCandidate::Source::DeckConfig, QStringLiteral("deck"), QStringLiteral("au"), true, kDeckToken,
         TokenValidator::Kind::SystemAccountToken, -1},
    };
    for (int i = 0; i < expectations.size(); ++i) {
        const ImportCandidate& candidate = result.candidates.at(i);
        const Expected& want = expectations.at(i);
        const char* where = qPrintable(candidate.sourceDescription);
        QVERIFY2(candidate.source == want.source, where);
        QCOMPARE(candidate.suggestedProfileName, want.name);
        QVERIFY(ProfileStore::checkName(candidate.suggestedProfileName).isEmpty());
        QCOMPARE(candidate.region, want.region);
        QCOMPARE(candidate.regionFromSource, want.regionFromSource);
        QVERIFY2(candidate.baseUrl.isEmpty(), where);
        QVERIFY2(candidate.importable, qPrintable(candidate.problem));
        QVERIFY(candidate.problem.isEmpty());
        QCOMPARE(candidate.token, want.token);
        QVERIFY(candidate.tokenKind == want.kind);
        QCOMPARE(candidate.sameTokenAs, want.sameTokenAs);
    }
    // Where the region is a guess, the candidate says so, and for kongctl what kongctl itself would use.
    QVERIFY(result.candidates.at(0).notes.join(QLatin1Char(' ')).contains(QLatin1String("No region was given")));
    QVERIFY(result.candidates.at(3).notes.join(QLatin1Char(' ')).contains(QLatin1String("kongctl itself uses the us")));
    QVERIFY(result.candidates.at(1).notes.isEmpty());

    // No token in any text meant for a person, and every token is known to the redactor.
    const QStringList texts = allTexts(result);
    for (const QString& token : {kEnvToken, kDefaultToken, kProdToken, kStagingToken, kDeckToken}) {
        for (const QString& text : texts)
            QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY(!SecretRedactor::redact(QStringLiteral("got ") + token).contains(token));
    }
}

void TestCredentialImporter::fallsBackToDotConfigWithoutXdg()
{
    write(QStringLiteral(".config/kongctl/config.yaml"), kKongctlConfig);
    for (const QString& xdg : {QString(), QStringLiteral("relative/xdg")}) {
        QProcessEnvironment environment;
        if (!xdg.isEmpty())
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg); // relative: ignored, as XDG says
        QCOMPARE(CredentialImporter::kongctlConfigPath({environment, m_home->path()}),
                 m_home->filePath(QStringLiteral(".config/kongctl/config.yaml")));
        CredentialImporter::Result result;
        QVERIFY(scanUnchanged(environment, &result));
        QCOMPARE(result.candidates.size(), 2);
        QCOMPARE(result.candidates.at(0).sourceDescription,
                 QStringLiteral("kongctl profile 'default' (~/.config/kongctl/config.yaml)"));
        QCOMPARE(result.candidates.at(1).suggestedProfileName, QStringLiteral("prod"));
        QCOMPARE(result.candidates.at(1).region, QStringLiteral("eu"));
    }
    QCOMPARE(CredentialImporter::deckConfigPath({QProcessEnvironment(), m_home->path()}),
             m_home->filePath(QStringLiteral(".deck.yaml")));
}

void TestCredentialImporter::nothingToFind()
{
    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(QProcessEnvironment(), &result));
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(result.problems.isEmpty());
}

void TestCredentialImporter::invalidTokenIsReportedWithoutItsValue()
{
    write(QStringLiteral(".deck.yaml"), QByteArray("konnect-token: ") + kInvalidToken.toUtf8() + '\n');
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("KONNECT_SPAT"), kInvalidToken);
    environment.insert(QStringLiteral("KONGCTL_QA_KONNECT_PAT"), QStringLiteral("kpat_Space Inside"));

    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(environment, &result));
    QCOMPARE(result.candidates.size(), 3);
    for (const ImportCandidate& candidate : result.candidates) {
        QVERIFY2(!candidate.importable, qPrintable(candidate.sourceDescription));
        QVERIFY(candidate.token.isEmpty());
        QVERIFY(!candidate.problem.isEmpty());
        QCOMPARE(candidate.sameTokenAs, -1);
    }
    QVERIFY(result.candidates.at(0).source == ImportCandidate::Source::KonnectSpatVariable);
    QCOMPARE(result.candidates.at(0).suggestedProfileName, QStringLiteral("system-account"));
    QVERIFY(result.candidates.at(0).problem.contains(QLatin1String("must start with kpat_")));
    QVERIFY(result.candidates.at(1).problem.contains(QLatin1String("space or line break")));
    QCOMPARE(result.candidates.at(2).sourceDescription, QStringLiteral("decK configuration (~/.deck.yaml)"));
    QVERIFY(result.candidates.at(2).problem.contains(QLatin1String("must start with kpat_")));
    for (const QString& text : allTexts(result)) {
        QVERIFY2(!text.contains(kInvalidToken), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Space Inside")), qPrintable(text));
    }
    QVERIFY(!SecretRedactor::redact(kInvalidToken).contains(kInvalidToken));
}

void TestCredentialImporter::malformedYamlIsReportedWithoutItsContent()
{
    // The region line is indented to a level no key above it has.
    write(QStringLiteral(".config/kongctl/config.yaml"),
          QByteArray("prod:\n  konnect:\n    pat: ") + kHiddenInBadFile.toUtf8() + "\n   region: eu\n");
    // A tab in the indentation, on the token's own line.
    write(QStringLiteral(".deck.yaml"),
          QByteArray("konnect-addr: https://eu.api.konghq.com\n\tkonnect-token: ") + kHiddenInBadFile.toUtf8() + '\n');
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("KONNECT_TOKEN"), kEnvToken);

    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(environment, &result));
    QCOMPARE(result.problems.size(), 2);
    QVERIFY(result.problems.at(0).startsWith(QLatin1String("~/.config/kongctl/config.yaml could not be read")));
    QVERIFY2(result.problems.at(0).contains(QLatin1String("line 4")), qPrintable(result.problems.at(0)));
    QVERIFY(result.problems.at(1).startsWith(QLatin1String("~/.deck.yaml could not be read")));
    QVERIFY2(result.problems.at(1).contains(QLatin1String("line 2")), qPrintable(result.problems.at(1)));
    QVERIFY(result.problems.at(1).contains(QLatin1String("tab")));
    // The environment still counts; nothing from the broken files does.
    QCOMPARE(result.candidates.size(), 1);
    QCOMPARE(result.candidates.at(0).token, kEnvToken);
    for (const QString& text : allTexts(result))
        QVERIFY2(!text.contains(QLatin1String("HiddenInBadFile")), qPrintable(text));
}

void TestCredentialImporter::unsupportedTokenValueIsNotImportable()
{
    write(QStringLiteral(".config/kongctl/config.yaml"), "prod:\n  konnect:\n    pat:\n      - kpat_InAListHhh888\n");
    write(QStringLiteral(".deck.yaml"), "konnect-token-file: /run/secrets/konnect\n");
    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(QProcessEnvironment(), &result));
    QCOMPARE(result.candidates.size(), 1);
    const ImportCandidate& candidate = result.candidates.at(0);
    QVERIFY(!candidate.importable);
    QVERIFY(candidate.problem.contains(QLatin1String("konnect.pat")));
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.at(0).contains(QLatin1String("konnect-token-file")));
    for (const QString& text : allTexts(result))
        QVERIFY2(!text.contains(QLatin1String("InAList")), qPrintable(text));
}

void TestCredentialImporter::baseUrlAndRegionFromAddresses()
{
    write(QStringLiteral(".config/kongctl/config.yaml"), R"(local:
  konnect:
    pat: kpat_LocalIii999
    base-url: http://127.0.0.1:8123
regional:
  konnect:
    pat: kpat_RegionalJjj000
    base-url: "https://EU.api.konghq.com"
    region: us
unknown-region:
  konnect:
    pat: kpat_UnknownKkk111
    region: mars
bad-url:
  konnect:
    pat: kpat_BadUrlLll222
    base-url: http://proxy.example.com
    region: au
)");
    write(QStringLiteral(".deck.yaml"),
          "konnect-token: kpat_DeckMmm333\nkonnect-addr: https://proxy.example.com/konnect/v2/\n");
    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(QProcessEnvironment(), &result));
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.candidates.size(), 5);

    const ImportCandidate& local = result.candidates.at(0);
    QCOMPARE(local.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8123")));
    QVERIFY(Region::checkBaseUrl(local.baseUrl).isEmpty());
    QCOMPARE(local.region, Region::defaultRegion());

    const ImportCandidate& regional = result.candidates.at(1);
    QCOMPARE(regional.region, QStringLiteral("eu"));
    QVERIFY(regional.regionFromSource);
    QVERIFY(regional.baseUrl.isEmpty());
    QVERIFY(regional.notes.join(QLatin1Char(' ')).contains(QLatin1String("disagree")));

    const ImportCandidate& unknown = result.candidates.at(2);
    QCOMPARE(unknown.region, Region::defaultRegion());
    QVERIFY(!unknown.regionFromSource);
    QVERIFY(unknown.notes.join(QLatin1Char(' ')).contains(QLatin1String("is not one of")));
    QVERIFY(!unknown.notes.join(QLatin1Char(' ')).contains(QLatin1String("mars")));

    // Plain http to another machine is refused; the region named next to it is used instead.
    const ImportCandidate& badUrl = result.candidates.at(3);
    QVERIFY(badUrl.baseUrl.isEmpty());
    QCOMPARE(badUrl.region, QStringLiteral("au"));
    QVERIFY(badUrl.notes.join(QLatin1Char(' ')).contains(QLatin1String("konnect.base-url")));

    const ImportCandidate& deck = result.candidates.at(4);
    QCOMPARE(deck.baseUrl, QUrl(QStringLiteral("https://proxy.example.com/konnect")));
}

void TestCredentialImporter::kongToolAddressesMakeWorkingProfiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("root") << QString();
    QTest::newRow("/v2") << QStringLiteral("/v2");
    QTest::newRow("/v3/") << QStringLiteral("/v3/");
}

// kongctl and decK take the API host root (kongctl --base-url https://us.api.konghq.com, decK konnect-addr): a
// regional host becomes the region with no base URL, any other host a base URL at its root that really answers.
void TestCredentialImporter::kongToolAddressesMakeWorkingProfiles()
{
    QFETCH(QString, suffix);
    KonnectEmulator emulator;
    emulator.setToken(QStringLiteral("kpat_DeckLocalNnn444"));
    QVERIFY(emulator.listen());
    emulator.addDestination(QStringLiteral("Imported"), QStringLiteral("https://siem.example.com/i"),
                            QStringLiteral("Splunk imported-0"));
    write(QStringLiteral(".config/kongctl/config.yaml"),
          "us:\n  konnect:\n    pat: kpat_UsOoo555\n    base-url: https://us.api.konghq.com\n");
    write(QStringLiteral(".deck.yaml"),
          QStringLiteral("konnect-token: kpat_DeckLocalNnn444\nkonnect-addr: %1%2\n")
              .arg(emulator.baseUrl().toString(), suffix)
              .toUtf8());
    CredentialImporter::Result result;
    QVERIFY(scanUnchanged(QProcessEnvironment(), &result));
    QCOMPARE(result.candidates.size(), 2);

    const ImportCandidate& us = result.candidates.at(0);
    QCOMPARE(us.region, QStringLiteral("us"));
    QVERIFY(us.regionFromSource);
    QVERIFY(us.baseUrl.isEmpty());
    QVERIFY(us.importable);

    const ImportCandidate& deck = result.candidates.at(1);
    QVERIFY(deck.importable);
    QCOMPARE(deck.baseUrl, emulator.baseUrl()); // the root: no /v2, no /v3
    QVERIFY(Region::checkBaseUrl(deck.baseUrl).isEmpty());

    // A client set up as the profile would be reaches the emulator's v3 and v2 paths.
    KonnectClient client;
    client.setApiRoot(deck.baseUrl);
    client.setToken(deck.token);
    for (int i = 0; i < 2; ++i) {
        ApiCall* call = i == 0 ? client.listDestinations() : client.getWebhook();
        std::optional<ApiResult> answer;
        connect(call, &ApiCall::finished, this, [&answer](const ApiResult& result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->ok(), qPrintable(answer->message));
    }
    QStringList paths;
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue& entry : log)
        paths.append(entry[QLatin1String("path")].toString());
    QCOMPARE(paths,
             (QStringList {QStringLiteral("/v3/audit-log-destinations"), QStringLiteral("/v2/audit-log-webhook")}));
}

void TestCredentialImporter::yamlReader_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("scalar");
    const int null = int(YamlMapReader::Node::Kind::Null);
    const int scalar = int(YamlMapReader::Node::Kind::Scalar);
    const int map = int(YamlMapReader::Node::Kind::Map);
    const int unsupported = int(YamlMapReader::Node::Kind::Unsupported);
    const QStringList ab {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("plain") << QByteArray("a:\n  b: hello world\n") << ab << scalar << "hello world";
    QTest::newRow("comment after plain") << QByteArray("a:\n  b: x#y # note\n") << ab << scalar << "x#y";
    QTest::newRow("single quoted") << QByteArray("a:\n  b: 'it''s # not: a comment'\n") << ab << scalar
                                   << "it's # not: a comment";
    QTest::newRow("double quoted escapes")
        << QByteArray("a:\n  b: \"q\\\"\\\\\\u00e9\\t\" # c\n") << ab << scalar << QStringLiteral("q\"\\\u00e9\t");
    QTest::newRow("url value") << QByteArray("a:\n  b: https://eu.api.konghq.com:443/v2\n") << ab << scalar
                               << "https://eu.api.konghq.com:443/v2";
    QTest::newRow("crlf and bom") << QByteArray("\xef\xbb\xbf"
                                                "a:\r\n  b: v\r\n")
                                  << ab << scalar << "v";
    QTest::newRow("null tilde") << QByteArray("a:\n  b: ~\n") << ab << null << "";
    QTest::newRow("empty value") << QByteArray("a:\n  b:\nc: 1\n") << ab << null << "";
    QTest::newRow("comments and blank lines")
        << QByteArray("# top\n\na:\n\n  # inner\n  b: v\n") << ab << scalar << "v";
    QTest::newRow("nested map") << QByteArray("a:\n  b:\n    c: 1\n") << ab << map << "";
    QTest::newRow("quoted key") << QByteArray("\"a\":\n  'b' : v\n") << ab << scalar << "v";
    QTest::newRow("list at the same indentation")
        << QByteArray("a:\n  b:\n  - x: 1\n  - y\n  c: v\n") << QStringList {QStringLiteral("a"), QStringLiteral("c")}
        << scalar << "v";
    QTest::newRow("flow list") << QByteArray("a:\n  b: [1, 2]\n") << ab << unsupported << "";
    QTest::newRow("block scalar") << QByteArray("a:\n  b: |\n    line one\n    key: not a key\n  c: v\n") << ab
                                  << unsupported << "";
    QTest::newRow("alias") << QByteArray("a:\n  b: *ref\n") << ab << unsupported << "";
    QTest::newRow("document end ignores the rest")
        << QByteArray("a:\n  b: v\n...\n\tanything: [\n") << ab << scalar << "v";
}

void TestCredentialImporter::yamlReader()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, path);
    QFETCH(int, kind);
    QFETCH(QString, scalar);
    QString error;
    const auto root = YamlMapReader::parse(yaml, &error);
    QVERIFY2(root, qPrintable(error));
    const YamlMapReader::Node* node = root->at(path);
    QVERIFY(node);
    QCOMPARE(int(node->kind), kind);
    QCOMPARE(node->scalar, scalar);
}

void TestCredentialImporter::yamlReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tab indentation") << QByteArray("a:\n\tb: SeCrEt\n") << "line 2 is indented with a tab";
    QTest::newRow("not key value") << QByteArray("a:\n  SeCrEt\n") << "line 2: it is not a \"key: value\" line";
    QTest::newRow("no space after colon") << QByteArray("a:SeCrEt\n") << "line 1: it is not";
    QTest::newRow("bad dedent") << QByteArray("a:\n    b: 1\n  c: SeCrEt\n") << "line 3";
    QTest::newRow("indented under a value") << QByteArray("a: 1\n  b: SeCrEt\n") << "line 2";
    QTest::newRow("duplicate key") << QByteArray("a: 1\na: SeCrEt\n") << "line 2: a key appears twice";
    QTest::newRow("unclosed quote") << QByteArray("a: \"SeCrEt\n") << "not closed";
    QTest::newRow("text after quote") << QByteArray("a: 'x' SeCrEt\n") << "follows the closing quote";
    QTest::newRow("colon in plain value") << QByteArray("a: b: SeCrEt\n") << "put the value in quotes";
    QTest::newRow("bad escape") << QByteArray("a: \"\\qSeCrEt\"\n") << "escape";
    QTest::newRow("top-level list") << QByteArray("- SeCrEt\n") << "list item";
    QTest::newRow("top-level scalar") << QByteArray("SeCrEt\n") << "not a \"key: value\"";
    QTest::newRow("second document") << QByteArray("a: 1\n---\nb: SeCrEt\n") << "second document";
    QTest::newRow("invalid utf-8") << QByteArray("a: SeCrEt\xff\n") << "UTF-8";
    QTest::newRow("control character") << QByteArray("a: SeCrEt\x01\n") << "control character";
    QByteArray deep;
    for (int i = 0; i < YamlMapReader::maxDepth + 1; ++i)
        deep += QByteArray(i * 2, ' ') + "k:\n";
    deep += QByteArray((YamlMapReader::maxDepth + 1) * 2, ' ') + "v: SeCrEt\n";
    QTest::newRow("too deep") << deep << "nested too deeply";
    QTest::newRow("too large") << QByteArray(YamlMapReader::maxSize + 1, '#') << "larger than";
}

void TestCredentialImporter::yamlReaderRefuses()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!YamlMapReader::parse(yaml, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("SeCrEt")), qPrintable(error));
}

// An event loop for the emulator and the client.
QTEST_GUILESS_MAIN(TestCredentialImporter)
#include "tst_credentialimporter.moc"
