// Runs the real binary (KAW_BINARY) with --exit-after-load: the window starts, loads, paints once, prints its
// start-up timings and exits with the load's result.

#include "KonnectEmulator.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString token = QStringLiteral("kpat_SmokeTestToken0123456789abcdefghijklmnopq");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString stderrText;
};
} // namespace

class TestSmokeGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoLoadsAndReportsTimings_data();
    void demoLoadsAndReportsTimings();
    void loadsFromAnEmulatorWithATokenFromStdin();
    void failedLoadExitsNonZeroWithoutTheToken();

private:
    QProcessEnvironment environment(const QTemporaryDir& dir) const;
    // Runs the binary while this process's event loop keeps serving the in-process emulator.
    void run(const QStringList& arguments, const QTemporaryDir& dir, Run* result, const QByteArray& input = {},
             const QString& scaleFactor = {});
    static QStringList filesUnder(const QString& path);

    QString m_binary;
};

void TestSmokeGui::initTestCase()
{
    m_binary = qEnvironmentVariable("KAW_BINARY");
    if (m_binary.isEmpty())
        QSKIP("KAW_BINARY is not set (ctest sets it)");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
}

QProcessEnvironment TestSmokeGui::environment(const QTemporaryDir& dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("KONNECT_TOKEN"));
    QDir().mkpath(dir.filePath(QStringLiteral("home")));
    QDir().mkpath(dir.filePath(QStringLiteral("config")));
    return env;
}

void TestSmokeGui::run(const QStringList& arguments, const QTemporaryDir& dir, Run* result, const QByteArray& input,
                       const QString& scaleFactor)
{
    QProcess process;
    QProcessEnvironment env = environment(dir);
    if (!scaleFactor.isEmpty())
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), scaleFactor);
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    QVERIFY(process.waitForStarted(10000));
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    result->exitCode = process.exitCode();
    result->exitStatus = process.exitStatus();
    result->stderrText = QString::fromUtf8(process.readAllStandardError());
}

QStringList TestSmokeGui::filesUnder(const QString& path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestSmokeGui::demoLoadsAndReportsTimings_data()
{
    QTest::addColumn<QString>("scaleFactor");
    QTest::newRow("100 %") << QString();
    QTest::newRow("200 %") << QStringLiteral("2");
}

void TestSmokeGui::demoLoadsAndReportsTimings()
{
    QFETCH(QString, scaleFactor);
    QTemporaryDir dir;
    Run result;
    run({QStringLiteral("--demo"), QStringLiteral("--exit-after-load")}, dir, &result, {}, scaleFactor);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
    static const QRegularExpression timings(
        QStringLiteral("startup: shown_ms=(\\d+) loaded_ms=(\\d+) painted_ms=(\\d+) peak_rss_kb=(\\d+) result=ok"));
    const QRegularExpressionMatch match = timings.match(result.stderrText);
    QVERIFY2(match.hasMatch(), qPrintable(result.stderrText));
    const int shown = match.captured(1).toInt();
    const int loaded = match.captured(2).toInt();
    const int painted = match.captured(3).toInt();
    QVERIFY(loaded >= shown);
    QVERIFY(painted >= loaded);
    QVERIFY(match.captured(4).toLongLong() > 0);
    // Demo mode never touches the user's settings or profiles.
    QCOMPARE(filesUnder(dir.filePath(QStringLiteral("config"))), QStringList());
    QCOMPARE(filesUnder(dir.filePath(QStringLiteral("home"))), QStringList());
}

void TestSmokeGui::loadsFromAnEmulatorWithATokenFromStdin()
{
    KonnectEmulator emulator;
    QVERIFY(emulator.listen(0));
    emulator.setToken(token);
    QTemporaryDir dir;
    Run result;
    run({QStringLiteral("--exit-after-load"), QStringLiteral("--profile"), QStringLiteral("smoke"),
         QStringLiteral("--base-url"), emulator.baseUrl().toString(), QStringLiteral("--token-stdin")},
        dir, &result, token.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
    QVERIFY(result.stderrText.contains(QStringLiteral("result=ok")));
    QVERIFY(!result.stderrText.contains(token));
    const QJsonArray log = emulator.requestLog();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QVERIFY(log.first().toObject().value(QStringLiteral("bearer_valid")).toBool());
    // The token came for this run only: no file holds it.
    for (const QString& file : filesUnder(dir.path())) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(file));
    }
}

void TestSmokeGui::failedLoadExitsNonZeroWithoutTheToken()
{
    KonnectEmulator emulator;
    QVERIFY(emulator.listen(0));
    emulator.setToken(QStringLiteral("kpat_TheOnlyAcceptedToken0123456789abcdefgh"));
    QTemporaryDir dir;
    Run result;
    run({QStringLiteral("--exit-after-load"), QStringLiteral("--base-url"), emulator.baseUrl().toString(),
         QStringLiteral("--token-stdin")},
        dir, &result, token.toUtf8());
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.stderrText.contains(QStringLiteral("result=failed")));
    QVERIFY(result.stderrText.contains(QStringLiteral("401")));
    QVERIFY(!result.stderrText.contains(token));
}

QTEST_MAIN(TestSmokeGui)
#include "tst_smoke_gui.moc"
