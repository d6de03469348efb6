#include "VendorPresetCatalog.h"
#include "WebhookConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestVendorPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hasEveryRequiredVendor();
    void everyPresetIsComplete();
    void secretEndpointsUsePlaceholderAuthorization();
    void placeholderAuthorizationIsNeverBlank();
    void splunkEndpointAndScheme();
    void placeholderRanges_data();
    void placeholderRanges();
    void splunkCodeHints_data();
    void splunkCodeHints();
    void commonHintsFillTheGaps();
    void formValuesAndOverwriteRule();
    void malformedCatalogNamesTheProblem_data();
    void malformedCatalogNamesTheProblem();
    void missingFileIsAnError();

private:
    static QString catalogPath() { return QStringLiteral(KAW_SOURCE_DIR "/resources/presets/vendors.json"); }
    QByteArray shippedJson() const;
    VendorPresetCatalog m_catalog;
};

QByteArray TestVendorPresets::shippedJson() const
{
    QFile file(catalogPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestVendorPresets::initTestCase()
{
    QString error;
    m_catalog = VendorPresetCatalog::fromFile(catalogPath(), &error);
    QVERIFY2(!m_catalog.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestVendorPresets::hasEveryRequiredVendor()
{
    const QStringList required {QStringLiteral("splunk-hec"),
                                QStringLiteral("microsoft-sentinel"),
                                QStringLiteral("ibm-qradar"),
                                QStringLiteral("arcsight"),
                                QStringLiteral("logrhythm"),
                                QStringLiteral("sumo-logic"),
                                QStringLiteral("crowdstrike-ngsiem"),
                                QStringLiteral("elastic"),
                                QStringLiteral("datadog"),
                                QStringLiteral("custom")};
    for (const QString& id : required) {
        const auto preset = m_catalog.find(id);
        QVERIFY2(preset, qPrintable(id));
        QCOMPARE(preset->id, id);
    }
    QVERIFY(!m_catalog.find(QStringLiteral("no-such-vendor")));
}

void TestVendorPresets::everyPresetIsComplete()
{
    for (const VendorPreset& preset : m_catalog.presets()) {
        const char* id = qPrintable(preset.id);
        QVERIFY2(!preset.name.isEmpty(), id);
        QVERIFY2(preset.endpointTemplate.startsWith(QLatin1String("https://")), id);
        // A fresh template always has something to fill in, so the form can never apply it unchanged.
        QVERIFY2(VendorPreset::hasUnfilledPlaceholders(preset.endpointTemplate), id);
        QVERIFY2(!preset.successLooksLike.isEmpty(), id);
        QVERIFY2(!preset.note.isEmpty(), id);
        QVERIFY2(!preset.pitfalls.isEmpty(), id);
        QVERIFY2(logFormatFromString(toString(preset.logFormat)), id);
        // The common hints are merged into every preset.
        QVERIFY2(!preset.hintFor(429, QByteArray()).isEmpty(), id);
        // Filling every placeholder gives an endpoint Konnect would accept.
        QString filled = preset.endpointTemplate;
        const auto ranges = VendorPreset::placeholderRanges(filled);
        for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
            const bool port = filled.mid(it->first, it->second) == QLatin1String("<port>");
            filled.replace(it->first, it->second, port ? QStringLiteral("8443") : QStringLiteral("x1"));
        }
        const auto problem = WebhookConfig::checkEndpoint(filled);
        QVERIFY2(!problem, qPrintable(preset.id + QStringLiteral(": ") + (problem ? problem->message : QString())));
    }
    QCOMPARE(toString(m_catalog.find(QStringLiteral("datadog"))->logFormat), toString(LogFormat::Json));
    QCOMPARE(toString(m_catalog.find(QStringLiteral("ibm-qradar"))->logFormat), toString(LogFormat::Cef));
    QCOMPARE(toString(m_catalog.find(QStringLiteral("crowdstrike-ngsiem"))->logFormat), toString(LogFormat::Cps));
}

void TestVendorPresets::secretEndpointsUsePlaceholderAuthorization()
{
    QStringList secret;
    for (const VendorPreset& preset : m_catalog.presets()) {
        if (!preset.endpointIsSecret)
            continue;
        secret.append(preset.id);
        QVERIFY2(preset.usesPlaceholderAuthorization(), qPrintable(preset.id));
        QVERIFY(!preset.authorizationPlaceholder.trimmed().isEmpty());
        QVERIFY2(!WebhookConfig::checkAuthorization(preset.authorizationPlaceholder), qPrintable(preset.id));
        QCOMPARE(preset.formValues().credential, preset.authorizationPlaceholder);
        QCOMPARE(preset.formValues().authorizationScheme, QStringLiteral("custom"));
    }
    secret.sort();
    QCOMPARE(
        secret,
        (QStringList {QStringLiteral("datadog"), QStringLiteral("microsoft-sentinel"), QStringLiteral("sumo-logic")}));
}

void TestVendorPresets::placeholderAuthorizationIsNeverBlank()
{
    for (const VendorPreset& preset : m_catalog.presets()) {
        if (preset.usesPlaceholderAuthorization()) {
            QVERIFY(preset.authorizationScheme == AuthorizationHeader::Scheme::Custom);
            QVERIFY(!WebhookConfig::checkAuthorization(preset.authorizationPlaceholder));
        } else {
            // The user types the credential.
            QVERIFY(preset.formValues().credential.isEmpty());
        }
    }
    QVERIFY(m_catalog.find(QStringLiteral("ibm-qradar"))->usesPlaceholderAuthorization());
}

void TestVendorPresets::splunkEndpointAndScheme()
{
    const VendorPreset splunk = *m_catalog.find(QStringLiteral("splunk-hec"));
    QCOMPARE(splunk.endpointTemplate,
             QStringLiteral("https://<host>:8088/services/collector/raw?sourcetype=<sourcetype>&index=<index>"));
    QVERIFY(splunk.authorizationScheme == AuthorizationHeader::Scheme::Splunk);
    QCOMPARE(toString(splunk.logFormat), QStringLiteral("json"));
    QVERIFY(!splunk.endpointIsSecret);
    QCOMPARE(VendorPreset::placeholderNames(splunk.endpointTemplate),
             (QStringList {QStringLiteral("host"), QStringLiteral("sourcetype"), QStringLiteral("index")}));
}

void TestVendorPresets::placeholderRanges_data()
{
    using Ranges = QList<QPair<int, int>>;
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Ranges>("ranges");
    QTest::newRow("splunk template") << "https://<host>:8088/raw?sourcetype=<sourcetype>&index=<index>"
                                     << Ranges {{8, 6}, {35, 12}, {54, 7}};
    QTest::newRow("partly filled") << "https://splunk.example.com:8088/raw?sourcetype=<sourcetype>"
                                   << Ranges {{47, 12}};
    QTest::newRow("all filled") << "https://splunk.example.com:8088/raw?sourcetype=kong" << Ranges {};
    QTest::newRow("empty brackets are not a placeholder") << "https://h/<>" << Ranges {};
    QTest::newRow("space inside is not a placeholder") << "https://h/<a b>" << Ranges {};
    QTest::newRow("nested takes the inner") << "https://h/<<a>>" << Ranges {{11, 3}};
    QTest::newRow("adjacent") << "<a><b>" << Ranges {{0, 3}, {3, 3}};
    QTest::newRow("empty") << "" << Ranges {};
}

void TestVendorPresets::placeholderRanges()
{
    using Ranges = QList<QPair<int, int>>;
    QFETCH(QString, endpoint);
    QFETCH(Ranges, ranges);
    QCOMPARE(VendorPreset::placeholderRanges(endpoint), ranges);
    QCOMPARE(VendorPreset::hasUnfilledPlaceholders(endpoint), !ranges.isEmpty());
    for (const auto& range : ranges) {
        QCOMPARE(endpoint.at(range.first), QLatin1Char('<'));
        QCOMPARE(endpoint.at(range.first + range.second - 1), QLatin1Char('>'));
    }
}

void TestVendorPresets::splunkCodeHints_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2 token required") << 401 << QByteArray(R"({"text":"Token is required","code":2})")
                                      << "no Authorization header";
    QTest::newRow("3 invalid authorization") << 401 << QByteArray(R"({"text":"Invalid authorization","code":3})")
                                             << "could not read the Authorization header";
    QTest::newRow("4 invalid token") << 403 << QByteArray(R"({"text":"Invalid token","code":4})")
                                     << "does not know this HEC token";
    QTest::newRow("1 token disabled") << 403 << QByteArray(R"({"text":"Token disabled","code":1})") << "disabled";
    QTest::newRow("5 no data") << 400 << QByteArray(R"({"text":"No data","code":5})") << "received no data";
    QTest::newRow("6 invalid format") << 400 << QByteArray(R"({"text":"Invalid data format","code":6})") << "/raw";
    QTest::newRow("7 incorrect index") << 400 << QByteArray(R"({"text":"Incorrect index","code":7})") << "index";
    QTest::newRow("10 channel missing") << 400 << QByteArray(R"({"text":"Data channel is missing","code":10})")
                                        << "Indexer acknowledgement";
    QTest::newRow("9 busy") << 503 << QByteArray(R"({"text":"Server is busy","code":9})") << "busy";
    QTest::newRow("unknown code falls back to the status")
        << 403 << QByteArray(R"({"text":"?","code":99})") << "refused access";
    QTest::newRow("not json falls back to the status")
        << 401 << QByteArray("<html>401</html>") << "refused the authorization";
    QTest::newRow("code of another status is not used") << 400 << QByteArray(R"({"code":4})") << "malformed";
    QTest::newRow("fractional code is not a code") << 403 << QByteArray(R"({"code":4.5})") << "refused access";
}

void TestVendorPresets::splunkCodeHints()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString hint = m_catalog.find(QStringLiteral("splunk-hec"))->hintFor(status, body);
    QVERIFY2(hint.contains(expected), qPrintable(hint));
}

void TestVendorPresets::commonHintsFillTheGaps()
{
    const VendorPreset sumo = *m_catalog.find(QStringLiteral("sumo-logic"));
    QVERIFY(sumo.hintFor(401, {}).contains(QLatin1String("regenerated"))); // the vendor's own beats the common one
    QVERIFY(sumo.hintFor(415, {}).contains(QLatin1String("gzip")));
    QVERIFY(sumo.hintFor(200, {}).isEmpty());
    QVERIFY(sumo.hintFor(418, {}).isEmpty());
    const VendorPreset elastic = *m_catalog.find(QStringLiteral("elastic"));
    QVERIFY(elastic.hintFor(415, {}).contains(QLatin1String("content type to empty")));
}

void TestVendorPresets::formValuesAndOverwriteRule()
{
    using Values = VendorPreset::FormValues;
    const VendorPreset splunk = *m_catalog.find(QStringLiteral("splunk-hec"));
    const VendorPreset sumo = *m_catalog.find(QStringLiteral("sumo-logic"));

    // An empty form: nothing to ask about.
    QVERIFY(VendorPreset::fieldsThatWouldOverwrite(Values(), splunk).isEmpty());
    const Values fromSplunk = splunk.applyTo(Values());
    QCOMPARE(fromSplunk.endpoint, splunk.endpointTemplate);
    QCOMPARE(fromSplunk.authorizationScheme, QStringLiteral("Splunk"));
    QCOMPARE(fromSplunk.credential, QString());
    QCOMPARE(fromSplunk.logFormat, QStringLiteral("json"));

    // What the preset would put anyway is no overwrite; a typed credential survives a preset without one.
    Values typed = fromSplunk;
    typed.credential = QStringLiteral("SeCrEt-hec-token");
    QVERIFY(VendorPreset::fieldsThatWouldOverwrite(typed, splunk).isEmpty());
    QCOMPARE(splunk.applyTo(typed).credential, typed.credential);

    // Filled-in endpoint, token and scheme all change with Sumo Logic; the format stays json.
    typed.endpoint = QStringLiteral("https://splunk.example.com:8088/services/collector/raw");
    const QStringList fields = VendorPreset::fieldsThatWouldOverwrite(typed, sumo);
    QCOMPARE(fields,
             (QStringList {VendorPreset::endpointField(), VendorPreset::authorizationSchemeField(),
                           VendorPreset::credentialField()}));
    QVERIFY(!fields.join(QLatin1Char(' ')).contains(QLatin1String("SeCrEt")));
    QCOMPARE(sumo.applyTo(typed).credential, QStringLiteral("none"));

    // Only the format typed.
    Values formatOnly;
    formatOnly.logFormat = QStringLiteral("cef");
    QCOMPARE(VendorPreset::fieldsThatWouldOverwrite(formatOnly, splunk), QStringList {VendorPreset::logFormatField()});
}

void TestVendorPresets::malformedCatalogNamesTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    const QByteArray shipped = shippedJson();
    QVERIFY(!shipped.isEmpty());
    // Changes one field of the n-th preset of the shipped catalog.
    auto edited = [&shipped](int index, const QString& key, const QJsonValue& value) {
        QJsonObject root = QJsonDocument::fromJson(shipped).object();
        QJsonArray presets = root.value(QLatin1String("presets")).toArray();
        QJsonObject preset = presets.at(index).toObject();
        if (value.isUndefined())
            preset.remove(key);
        else
            preset.insert(key, value);
        presets.replace(index, preset);
        root.insert(QStringLiteral("presets"), presets);
        return QJsonDocument(root).toJson();
    };
    auto list = [](std::initializer_list<const char*> words) {
        QStringList result;
        for (const char* word : words)
            result.append(QString::fromUtf8(word));
        return result;
    };
    QTest::newRow("not json") << QByteArray("{\"presets\": [") << list({"not JSON"});
    QTest::newRow("array at top") << QByteArray("[]") << list({"top level"});
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "presets": []})") << list({"version"});
    QTest::newRow("no presets") << QByteArray(R"({"version": 1, "presets": []})") << list({"presets"});
    QTest::newRow("unknown top-level key") << QByteArray(R"({"version": 1, "presetz": []})") << list({"presetz"});
    QTest::newRow("missing name") << edited(0, QStringLiteral("name"), QJsonValue(QJsonValue::Undefined))
                                  << list({"preset 1", "splunk-hec", "\"name\""});
    QTest::newRow("bad format") << edited(2, QStringLiteral("logFormat"), QStringLiteral("xml"))
                                << list({"preset 3", "logFormat", "cef, json or cps"});
    QTest::newRow("bad scheme") << edited(0, QStringLiteral("authorizationScheme"), QStringLiteral("Token"))
                                << list({"preset 1", "authorizationScheme"});
    QTest::newRow("typo in a field name")
        << edited(1, QStringLiteral("endpointTemplte"), QStringLiteral("x")) << list({"preset 2", "endpointTemplte"});
    QTest::newRow("http endpoint") << edited(0, QStringLiteral("endpointTemplate"), QStringLiteral("http://<host>/"))
                                   << list({"preset 1", "https://"});
    QTest::newRow("stray bracket") << edited(0, QStringLiteral("endpointTemplate"), QStringLiteral("https://<host/"))
                                   << list({"preset 1", "placeholder"});
    QTest::newRow("secret endpoint without placeholder")
        << edited(0, QStringLiteral("endpointIsSecret"), true) << list({"preset 1", "placeholder"});
    QTest::newRow("blank placeholder") << edited(2, QStringLiteral("authorizationPlaceholder"), QStringLiteral(" "))
                                       << list({"preset 3", "authorizationPlaceholder"});
    QTest::newRow("placeholder with line break")
        << edited(2, QStringLiteral("authorizationPlaceholder"), QStringLiteral("no\nne"))
        << list({"preset 3", "line break"});
    QTest::newRow("placeholder on a token scheme")
        << edited(0, QStringLiteral("authorizationPlaceholder"), QStringLiteral("none"))
        << list({"preset 1", "only allowed"});
    QTest::newRow("pitfalls not a list") << edited(0, QStringLiteral("pitfalls"), QStringLiteral("x"))
                                         << list({"preset 1", "pitfalls"});
    QTest::newRow("hint without status") << edited(
        0, QStringLiteral("answerHints"), QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("t")}}})
                                         << list({"preset 1", "answerHints", "status"});
    QTest::newRow("hint with fractional code")
        << edited(0, QStringLiteral("answerHints"),
                  QJsonArray {QJsonObject {{QStringLiteral("status"), 400},
                                           {QStringLiteral("code"), 1.5},
                                           {QStringLiteral("text"), QStringLiteral("t")}}})
        << list({"preset 1", "code"});
    QTest::newRow("duplicate id") << edited(1, QStringLiteral("id"), QStringLiteral("splunk-hec"))
                                  << list({"preset 2", "used twice"});
    QTest::newRow("id with capitals") << edited(1, QStringLiteral("id"), QStringLiteral("Splunk"))
                                      << list({"preset 2", "id"});
}

void TestVendorPresets::malformedCatalogNamesTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QString error;
    const VendorPresetCatalog catalog = VendorPresetCatalog::fromJson(json, &error);
    QVERIFY(catalog.isEmpty());
    QVERIFY(catalog.presets().isEmpty());
    for (const QString& part : expected)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(part, error)));
}

void TestVendorPresets::missingFileIsAnError()
{
    QString error;
    const auto catalog = VendorPresetCatalog::fromFile(QStringLiteral(KAW_SOURCE_DIR "/no/such/vendors.json"), &error);
    QVERIFY(catalog.isEmpty());
    QVERIFY(error.contains(QLatin1String("cannot be read")));
}

QTEST_APPLESS_MAIN(TestVendorPresets)
#include "tst_vendorpresets.moc"
