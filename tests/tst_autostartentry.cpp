// "Start at login": the XDG autostart entry, written where XDG_CONFIG_HOME says, checked by desktop-file-validate
// (desktop-file-utils), and gone again when switched off.

#include "AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAutostartEntry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void honoursXdgConfigHome();
    void entryValidatesAndStartsTheWatch();
    void switchedOffItDisappears();
    void execArgumentsAreQuoted_data();
    void execArgumentsAreQuoted();

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAutostartEntry::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
}

void TestAutostartEntry::honoursXdgConfigHome()
{
    QCOMPARE(AutostartEntry::path(), m_config->path() + QStringLiteral("/autostart/konnect-audit-webhook.desktop"));
    // A relative XDG_CONFIG_HOME is invalid by the Base Directory Specification: the default then.
    qputenv("XDG_CONFIG_HOME", "relative/config");
    QCOMPARE(AutostartEntry::path(),
             QDir::homePath() + QStringLiteral("/.config/autostart/konnect-audit-webhook.desktop"));
}

void TestAutostartEntry::entryValidatesAndStartsTheWatch()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is missing: install desktop-file-utils (scripts/setup-debian.sh does).");
    QVERIFY(!AutostartEntry::isEnabled());
    // A path with a space and a reserved character, as a user's home may have.
    const QString executable = m_config->path() + QStringLiteral("/My Apps/konnect-audit-webhook$1");
    QCOMPARE(AutostartEntry::enable(executable), QString());
    QVERIFY(AutostartEntry::isEnabled());
    QVERIFY(QFile::exists(AutostartEntry::path()));

    QProcess validate;
    validate.start(validator, {AutostartEntry::path()});
    QVERIFY(validate.waitForFinished(30000));
    const QString said = QString::fromUtf8(validate.readAllStandardOutput() + validate.readAllStandardError());
    QVERIFY2(validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0, qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("error"), Qt::CaseInsensitive), qPrintable(said));

    QFile file(AutostartEntry::path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("Exec=\"") + m_config->path()
                           + QStringLiteral("/My Apps/konnect-audit-webhook\\\\$1\" --watch-minimized\n")),
             qPrintable(text));
    QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
    QVERIFY(text.contains(QLatin1String("\nType=Application\n")));
}

void TestAutostartEntry::switchedOffItDisappears()
{
    QCOMPARE(AutostartEntry::enable(QStringLiteral("/usr/bin/konnect-audit-webhook")), QString());
    QVERIFY(QFile::exists(AutostartEntry::path()));
    QCOMPARE(AutostartEntry::disable(), QString());
    QVERIFY(!QFile::exists(AutostartEntry::path()));
    QVERIFY(!AutostartEntry::isEnabled());
    // Off when it is off already is no problem.
    QCOMPARE(AutostartEntry::disable(), QString());
}

void TestAutostartEntry::execArgumentsAreQuoted_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "/usr/bin/konnect-audit-webhook"
                           << "/usr/bin/konnect-audit-webhook";
    QTest::newRow("space") << "/opt/my app/kaw"
                           << "\"/opt/my app/kaw\"";
    QTest::newRow("quote") << "/opt/a\"b"
                           << "\"/opt/a\\\\\"b\"";
    QTest::newRow("percent") << "/opt/100%/kaw"
                             << "\"/opt/100%%/kaw\"";
    QTest::newRow("backslash") << "/opt/a\\b"
                               << "\"/opt/a\\\\\\\\b\"";
}

void TestAutostartEntry::execArgumentsAreQuoted()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(AutostartEntry::quoteExecArgument(argument), quoted);
}

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
