#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void usesTheUserIniFileUnderXdgConfig();
    void createsAProfileOnFirstUseWithDefaults();
    void ensureIsIdempotent();
    void persistsFieldsAcrossInstances();
    void updateMethodPersists();
    void refusesInvalidValues();
    void validatesProfileNames_data();
    void validatesProfileNames();
    void renamesAndFollowsTheCurrentProfile();
    void renameRefusesExistingTarget();
    void removesAndResetsTheCurrentProfile();
    void currentProfileDefaultsToDefault();
    void neverStoresSecretsInTheIniFile();
    void reportsAnUnwritableFile();

private:
    QString iniText(const ProfileStore& store) const;
};

void TestProfileStore::initTestCase()
{
    // The user's real settings must never be touched: QSettings follows QStandardPaths' test locations.
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    ProfileStore store;
    QFile::remove(store.fileName());
}

QString TestProfileStore::iniText(const ProfileStore& store) const
{
    QFile file(store.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileStore::usesTheUserIniFileUnderXdgConfig()
{
    ProfileStore store;
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(QDir::cleanPath(store.fileName()),
             QDir::cleanPath(configDir + QStringLiteral("/konnect-audit-webhook/konnect-audit-webhook.ini")));
    QVERIFY2(store.fileName().contains(QLatin1String(".qttest")), "test mode must keep us out of the real config");
}

void TestProfileStore::createsAProfileOnFirstUseWithDefaults()
{
    ProfileStore store;
    QVERIFY(!store.contains(QStringLiteral("prod-eu")));
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const ProfileStore::EnsureResult result = store.ensure(QStringLiteral("prod-eu"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.created);
    QVERIFY(changed.count() >= 1);
    QVERIFY(store.contains(QStringLiteral("prod-eu")));
    QCOMPARE(store.names(), QStringList {QStringLiteral("prod-eu")});

    const Profile profile = store.profile(QStringLiteral("prod-eu"));
    QCOMPARE(profile.name, QStringLiteral("prod-eu"));
    QCOMPARE(profile.region, QStringLiteral("global"));
    QVERIFY(profile.baseUrl.isEmpty());
    QCOMPARE(profile.updateMethod, Profile::UpdateMethod::Put);
    QCOMPARE(profile.apiRoot(), QUrl(QStringLiteral("https://global.api.konghq.com")));
    QVERIFY(iniText(store).contains(QLatin1String("region=global")));
}

void TestProfileStore::ensureIsIdempotent()
{
    ProfileStore store;
    QVERIFY(store.ensure(QStringLiteral("a")).created);
    QVERIFY(store.setRegion(QStringLiteral("a"), QStringLiteral("eu")).isEmpty());
    const ProfileStore::EnsureResult again = store.ensure(QStringLiteral("a"));
    QVERIFY(again.error.isEmpty());
    QVERIFY(!again.created);
    QCOMPARE(store.profile(QStringLiteral("a")).region, QStringLiteral("eu"));
}

void TestProfileStore::persistsFieldsAcrossInstances()
{
    {
        ProfileStore store;
        QVERIFY(store.setRegion(QStringLiteral("lab"), QStringLiteral("au")).isEmpty());
        QVERIFY(store.setBaseUrl(QStringLiteral("lab"), QUrl(QStringLiteral("http://127.0.0.1:8080/v2/"))).isEmpty());
    }
    ProfileStore reopened;
    const Profile profile = reopened.profile(QStringLiteral("lab"));
    QCOMPARE(profile.region, QStringLiteral("au"));
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(profile.apiRoot(), QUrl(QStringLiteral("http://127.0.0.1:8080")));

    QVERIFY(reopened.setBaseUrl(QStringLiteral("lab"), QUrl()).isEmpty());
    QVERIFY(ProfileStore().profile(QStringLiteral("lab")).baseUrl.isEmpty());
    QVERIFY(!iniText(reopened).contains(QLatin1String("baseUrl")));
}

void TestProfileStore::updateMethodPersists()
{
    {
        ProfileStore store;
        QVERIFY(store.ensure(QStringLiteral("p")).created);
        QCOMPARE(store.profile(QStringLiteral("p")).updateMethod, Profile::UpdateMethod::Put);
        QVERIFY(store.setUpdateMethod(QStringLiteral("p"), Profile::UpdateMethod::Patch).isEmpty());
    }
    ProfileStore reopened;
    QCOMPARE(reopened.profile(QStringLiteral("p")).updateMethod, Profile::UpdateMethod::Patch);
    QVERIFY(iniText(reopened).contains(QLatin1String("updateMethod=patch")));
    // Changing another field keeps what was learnt.
    QVERIFY(reopened.setRegion(QStringLiteral("p"), QStringLiteral("us")).isEmpty());
    QCOMPARE(ProfileStore().profile(QStringLiteral("p")).updateMethod, Profile::UpdateMethod::Patch);
    QVERIFY(reopened.setUpdateMethod(QStringLiteral("p"), Profile::UpdateMethod::Put).isEmpty());
    QCOMPARE(ProfileStore().profile(QStringLiteral("p")).updateMethod, Profile::UpdateMethod::Put);

    Profile::UpdateMethod parsed = Profile::UpdateMethod::Put;
    QVERIFY(Profile::parseUpdateMethod(QStringLiteral("PATCH"), &parsed));
    QCOMPARE(parsed, Profile::UpdateMethod::Patch);
    QVERIFY(!Profile::parseUpdateMethod(QStringLiteral("post"), &parsed));
    QCOMPARE(parsed, Profile::UpdateMethod::Patch);
}

void TestProfileStore::refusesInvalidValues()
{
    ProfileStore store;
    QVERIFY(store.ensure(QStringLiteral("x")).created);
    const QString badRegion = store.setRegion(QStringLiteral("x"), QStringLiteral("mars"));
    QVERIFY2(badRegion.startsWith(QLatin1String("--region")), qPrintable(badRegion));
    const QString badUrl = store.setBaseUrl(QStringLiteral("x"), QUrl(QStringLiteral("http://example.com/v2")));
    QVERIFY2(badUrl.startsWith(QLatin1String("--base-url")), qPrintable(badUrl));
    const Profile unchanged = store.profile(QStringLiteral("x"));
    QCOMPARE(unchanged.region, QStringLiteral("global"));
    QVERIFY(unchanged.baseUrl.isEmpty());
}

void TestProfileStore::validatesProfileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << "default" << true;
    QTest::newRow("all allowed characters") << "Prod_EU-2.backup" << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("space") << "prod eu" << false;
    QTest::newRow("slash") << "prod/eu" << false;
    QTest::newRow("backslash") << "prod\\eu" << false;
    QTest::newRow("non-ASCII") << QStringLiteral("pr\u00f6d") << false;
    QTest::newRow("newline") << "prod\n" << false;
}

void TestProfileStore::validatesProfileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const QString message = ProfileStore::checkName(name);
    QCOMPARE(message.isEmpty(), valid);
    ProfileStore store;
    const ProfileStore::EnsureResult result = store.ensure(name);
    QCOMPARE(result.error, message);
    QCOMPARE(result.created, valid);
    QCOMPARE(store.contains(name), valid);
    if (!valid) {
        QVERIFY2(message.contains(QLatin1String("profile name")), qPrintable(message));
        if (!name.isEmpty())
            QVERIFY2(!message.contains(name), "the name is not echoed: it might be a mistyped secret");
    }
}

void TestProfileStore::renamesAndFollowsTheCurrentProfile()
{
    ProfileStore store;
    QVERIFY(store.setRegion(QStringLiteral("old"), QStringLiteral("me")).isEmpty());
    QVERIFY(store.setUpdateMethod(QStringLiteral("old"), Profile::UpdateMethod::Patch).isEmpty());
    QVERIFY(store.setCurrentProfile(QStringLiteral("old")).isEmpty());
    QVERIFY(store.rename(QStringLiteral("old"), QStringLiteral("new")).isEmpty());
    QVERIFY(!store.contains(QStringLiteral("old")));
    const Profile renamed = ProfileStore().profile(QStringLiteral("new"));
    QCOMPARE(renamed.region, QStringLiteral("me"));
    QCOMPARE(renamed.updateMethod, Profile::UpdateMethod::Patch);
    QCOMPARE(ProfileStore().currentProfile(), QStringLiteral("new"));
    QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("other")).isEmpty());
}

void TestProfileStore::renameRefusesExistingTarget()
{
    ProfileStore store;
    QVERIFY(store.setRegion(QStringLiteral("a"), QStringLiteral("eu")).isEmpty());
    QVERIFY(store.setRegion(QStringLiteral("b"), QStringLiteral("us")).isEmpty());
    const QString error = store.rename(QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(store.profile(QStringLiteral("a")).region, QStringLiteral("eu"));
    QCOMPARE(store.profile(QStringLiteral("b")).region, QStringLiteral("us"));
    QVERIFY(!store.rename(QStringLiteral("a"), QStringLiteral("bad name")).isEmpty());
    QVERIFY(store.contains(QStringLiteral("a")));
}

void TestProfileStore::removesAndResetsTheCurrentProfile()
{
    ProfileStore store;
    QVERIFY(store.ensure(QStringLiteral("keep")).created);
    QVERIFY(store.setCurrentProfile(QStringLiteral("gone")).isEmpty());
    QCOMPARE(store.currentProfile(), QStringLiteral("gone"));
    QVERIFY(store.remove(QStringLiteral("gone")).isEmpty());
    QCOMPARE(store.names(), QStringList {QStringLiteral("keep")});
    QCOMPARE(ProfileStore().currentProfile(), ProfileStore::defaultProfileName());
    QVERIFY(!store.remove(QStringLiteral("gone")).isEmpty());
}

void TestProfileStore::currentProfileDefaultsToDefault()
{
    ProfileStore store;
    QCOMPARE(store.currentProfile(), QStringLiteral("default"));
    QVERIFY(!store.setCurrentProfile(QStringLiteral("no good")).isEmpty());
    QCOMPARE(store.currentProfile(), QStringLiteral("default"));
    // Naming a profile as current creates it.
    QVERIFY(store.setCurrentProfile(QStringLiteral("staging")).isEmpty());
    QVERIFY(store.contains(QStringLiteral("staging")));
    QCOMPARE(ProfileStore().currentProfile(), QStringLiteral("staging"));
}

void TestProfileStore::neverStoresSecretsInTheIniFile()
{
    ProfileStore store;
    Profile profile;
    profile.name = QStringLiteral("full");
    profile.region = QStringLiteral("sg");
    profile.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/v2"));
    profile.updateMethod = Profile::UpdateMethod::Patch;
    QVERIFY(store.save(profile).isEmpty());
    QVERIFY(store.setCurrentProfile(QStringLiteral("full")).isEmpty());

    const QString text = iniText(store);
    QVERIFY(!text.isEmpty());
    for (const char* word : {"token", "authorization", "secret", "password", "kpat_", "spat_", "pat="})
        QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
    // Only the known keys exist, so nothing else can slip in unnoticed.
    QSettings settings(store.fileName(), QSettings::IniFormat);
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({QStringLiteral("currentProfile"), QStringLiteral("profiles/full/baseUrl"),
                          QStringLiteral("profiles/full/region"), QStringLiteral("profiles/full/updateMethod")}));
}

void TestProfileStore::reportsAnUnwritableFile()
{
    // A directory where the file should be: unwritable even for root, which CI runs as.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    QVERIFY(QDir().mkpath(path));
    ProfileStore store(path);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const QString error = store.setRegion(QStringLiteral("a"), QStringLiteral("eu"));
    QVERIFY2(error.contains(QLatin1String("Could not save")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
