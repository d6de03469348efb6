// Every rule of FleetVerdict::judge as one table: what a scan observed of a scope, and the level and rule it gets.

#include "FleetVerdict.h"

#include <QTest>

namespace {
enum class Setup { V3Bound, V3DestinationGone, V3Unbound, V2Inline, V2Empty };
const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
constexpr qint64 kNoAttempt = -1;
constexpr qint64 kHour = 3600;

FleetObservation observe(Setup setup, bool enabled, const QString& status, qint64 attemptAge, int code, bool skipTls)
{
    FleetObservation seen;
    seen.webhook.scope = Scope::organization(QStringLiteral("eu"));
    WebhookConfig settings;
    settings.endpoint = QStringLiteral("https://siem.example.com/audit");
    settings.skipSslVerification = skipTls;
    switch (setup) {
    case Setup::V3Bound:
    case Setup::V3DestinationGone:
        seen.webhook.model = ScopeWebhook::Model::Destination;
        seen.webhook.binding = {QStringLiteral("0b4c2f9e-1111-4222-8333-944455556666"), enabled};
        if (setup == Setup::V3Bound)
            seen.webhook.destination = AuditLogDestination {
                QStringLiteral("0b4c2f9e-1111-4222-8333-944455556666"), QStringLiteral("Splunk"), settings, {}};
        else
            seen.webhook.destinationMissing = true;
        break;
    case Setup::V3Unbound:
        seen.webhook.model = ScopeWebhook::Model::None;
        break;
    case Setup::V2Inline:
    case Setup::V2Empty:
        seen.webhook.model = ScopeWebhook::Model::Inline;
        seen.webhook.v3Available = false;
        if (setup == Setup::V2Empty)
            settings.endpoint.clear();
        settings.enabled = enabled;
        seen.webhook.inlineWebhook = settings;
        break;
    }
    WebhookStatus state;
    state.enabled = enabled;
    state.status = status;
    if (attemptAge != kNoAttempt)
        state.lastAttemptAt = kNow.addSecs(-attemptAge);
    state.lastResponseCode = code;
    seen.status = state;
    return seen;
}
} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(FleetObservation::Access)
Q_DECLARE_METATYPE(FleetVerdict::Level)
Q_DECLARE_METATYPE(FleetVerdict::Rule)

class TestFleetVerdict : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void unreadableScopes_data();
    void unreadableScopes();
    void thresholdIsTheCaller();
    void levelsAndExitCodes();
};

void TestFleetVerdict::rules_data()
{
    using L = FleetVerdict::Level;
    using R = FleetVerdict::Rule;
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("attemptAge");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("skipTls");
    QTest::addColumn<L>("level");
    QTest::addColumn<R>("rule");

    const QString active = QStringLiteral("active");
    const QString inactive = QStringLiteral("inactive");
    const QString unconfigured = QStringLiteral("unconfigured");
    // OK
    QTest::newRow("v3 delivering") << Setup::V3Bound << true << active << kHour << 200 << false << L::Ok
                                   << R::Delivering;
    QTest::newRow("v2 delivering") << Setup::V2Inline << true << active << kHour << 204 << false << L::Ok
                                   << R::Delivering;
    QTest::newRow("saved, turned off") << Setup::V3Bound << false << active << kNoAttempt << 0 << false << L::Ok
                                       << R::TurnedOff;
    QTest::newRow("nothing anywhere") << Setup::V3Unbound << false << unconfigured << kNoAttempt << 0 << false << L::Ok
                                      << R::TurnedOff;
    QTest::newRow("v2 nothing") << Setup::V2Empty << false << unconfigured << kNoAttempt << 0 << false << L::Ok
                                << R::TurnedOff;
    // WARNING
    QTest::newRow("no attempt for 25 h") << Setup::V3Bound << true << active << 25 * kHour << 200 << false << L::Warning
                                         << R::NoRecentAttempt;
    QTest::newRow("never attempted") << Setup::V2Inline << true << active << kNoAttempt << 0 << false << L::Warning
                                     << R::NoRecentAttempt;
    QTest::newRow("429 is retried") << Setup::V3Bound << true << active << kHour << 429 << false << L::Warning
                                    << R::RetriedAnswer;
    QTest::newRow("503 is retried") << Setup::V3Bound << true << active << kHour << 503 << false << L::Warning
                                    << R::RetriedAnswer;
    QTest::newRow("no HTTP answer is retried")
        << Setup::V2Inline << true << active << kHour << 0 << false << L::Warning << R::RetriedAnswer;
    QTest::newRow("skip TLS") << Setup::V3Bound << true << active << kHour << 200 << true << L::Warning << R::SkipsTls;
    QTest::newRow("v2 skip TLS") << Setup::V2Inline << true << active << kHour << 200 << true << L::Warning
                                 << R::SkipsTls;
    // CRITICAL
    QTest::newRow("inactive") << Setup::V3Bound << true << inactive << kHour << 503 << false << L::Critical
                              << R::Inactive;
    QTest::newRow("inactive, turned off")
        << Setup::V2Inline << false << inactive << kHour << 401 << false << L::Critical << R::Inactive;
    QTest::newRow("inactive, skip TLS too")
        << Setup::V3Bound << true << inactive << kHour << 500 << true << L::Critical << R::Inactive;
    QTest::newRow("401 refused") << Setup::V3Bound << true << active << kHour << 401 << false << L::Critical
                                 << R::AnswerRefused;
    QTest::newRow("404 refused") << Setup::V2Inline << true << active << kHour << 404 << false << L::Critical
                                 << R::AnswerRefused;
    QTest::newRow("301 refused") << Setup::V3Bound << true << active << kHour << 301 << false << L::Critical
                                 << R::AnswerRefused;
    QTest::newRow("501 refused") << Setup::V3Bound << true << active << kHour << 501 << false << L::Critical
                                 << R::AnswerRefused;
    QTest::newRow("enabled, destination gone") << Setup::V3DestinationGone << true << active << kNoAttempt << 0 << false
                                               << L::Critical << R::NothingConfigured;
    QTest::newRow("enabled, v2 without endpoint")
        << Setup::V2Empty << true << unconfigured << kNoAttempt << 0 << false << L::Critical << R::NothingConfigured;
}

void TestFleetVerdict::rules()
{
    QFETCH(Setup, setup);
    QFETCH(bool, enabled);
    QFETCH(QString, status);
    QFETCH(qint64, attemptAge);
    QFETCH(int, code);
    QFETCH(bool, skipTls);
    QFETCH(FleetVerdict::Level, level);
    QFETCH(FleetVerdict::Rule, rule);

    const FleetVerdict verdict
        = FleetVerdict::judge(observe(setup, enabled, status, attemptAge, code, skipTls), kNow, 24 * kHour);
    QCOMPARE(FleetVerdict::levelName(verdict.level), FleetVerdict::levelName(level));
    QCOMPARE(FleetVerdict::ruleName(verdict.rule), FleetVerdict::ruleName(rule));
    QVERIFY(!verdict.reason.isEmpty());
    // Anything not OK says what to do.
    if (level != FleetVerdict::Level::Ok)
        QVERIFY2(!verdict.action.isEmpty(), qPrintable(verdict.reason));
    if (code >= 300)
        QVERIFY2(verdict.reason.contains(QString::number(code)), qPrintable(verdict.reason));
}

void TestFleetVerdict::unreadableScopes_data()
{
    QTest::addColumn<FleetObservation::Access>("access");
    QTest::addColumn<FleetVerdict::Rule>("rule");
    QTest::newRow("token missing") << FleetObservation::Access::TokenMissing << FleetVerdict::Rule::TokenMissing;
    QTest::newRow("token refused") << FleetObservation::Access::TokenRefused << FleetVerdict::Rule::TokenRefused;
    QTest::newRow("unreachable") << FleetObservation::Access::Unreachable << FleetVerdict::Rule::Unreachable;
}

void TestFleetVerdict::unreadableScopes()
{
    QFETCH(FleetObservation::Access, access);
    QFETCH(FleetVerdict::Rule, rule);
    // Whatever was seen before the failure, a scope that could not be read is UNKNOWN, never OK.
    FleetObservation seen = observe(Setup::V3Bound, true, QStringLiteral("active"), kHour, 200, false);
    seen.access = access;
    seen.problem = QStringLiteral("the problem in words");
    const FleetVerdict verdict = FleetVerdict::judge(seen, kNow);
    QCOMPARE(verdict.level, FleetVerdict::Level::Unknown);
    QCOMPARE(verdict.rule, rule);
    QVERIFY(verdict.reason.contains(seen.problem));
    QVERIFY(!verdict.action.isEmpty());

    FleetObservation noStatus = observe(Setup::V3Bound, true, QStringLiteral("active"), kHour, 200, false);
    noStatus.status.reset();
    QCOMPARE(FleetVerdict::judge(noStatus, kNow).level, FleetVerdict::Level::Unknown);
}

void TestFleetVerdict::thresholdIsTheCaller()
{
    const FleetObservation seen = observe(Setup::V3Bound, true, QStringLiteral("active"), 2 * kHour, 200, false);
    QCOMPARE(FleetVerdict::judge(seen, kNow, 3 * kHour).level, FleetVerdict::Level::Ok);
    const FleetVerdict late = FleetVerdict::judge(seen, kNow, kHour);
    QCOMPARE(late.rule, FleetVerdict::Rule::NoRecentAttempt);
    QVERIFY2(late.reason.contains(QLatin1String("1 h")), qPrintable(late.reason));
}

void TestFleetVerdict::levelsAndExitCodes()
{
    using L = FleetVerdict::Level;
    QCOMPARE(FleetVerdict::exitCode(L::Ok), 0);
    QCOMPARE(FleetVerdict::exitCode(L::Warning), 1);
    QCOMPARE(FleetVerdict::exitCode(L::Critical), 2);
    QCOMPARE(FleetVerdict::exitCode(L::Unknown), 3);
    QCOMPARE(FleetVerdict::worst(L::Warning, L::Critical), L::Critical);
    QCOMPARE(FleetVerdict::worst(L::Unknown, L::Critical), L::Unknown);
    QCOMPARE(FleetVerdict::worst(L::Ok, L::Ok), L::Ok);
    QCOMPARE(FleetVerdict::levelName(L::Critical), QStringLiteral("CRITICAL"));
    QCOMPARE(FleetVerdict::durationText(90), QStringLiteral("1 min"));
    QCOMPARE(FleetVerdict::durationText(26 * 3600), QStringLiteral("26 h"));
    QCOMPARE(FleetVerdict::durationText(3 * 24 * 3600), QStringLiteral("3 d"));
}

QTEST_GUILESS_MAIN(TestFleetVerdict)
#include "tst_fleetverdict.moc"
