// The "Change many scopes…" dialog on real widgets (offscreen platform), against an in-process multi-organization
// KonnectEmulator over loopback, the profile's token in a real keychain (scripts/with-private-keyring.sh) and the
// retry waits fast-forwarded.

#include "EmulatedFleetDemo.h"
#include "FastForwardClock.h"
#include "KonnectEmulator.h"
#include "MessageBox.h"
#include "MultiScopeChangeDialog.h"
#include "TokenStore.h"
#include "tst_gui_harness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {
const QString kToken = QStringLiteral("kpat_gui_multiscope_0123456789ab");
const QString kSecret = QStringLiteral("Splunk gui-rotated-secret-4242");
const QString kEndpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");

QString cellsOf(const QTableWidget* table)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (const QTableWidgetItem* item = table->item(row, column))
                cells.append(item->text());
        }
    }
    return cells.join(QLatin1Char('|'));
}

QString resultOf(const QTableWidget* table, const QString& scope)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == scope && table->item(row, 1))
            return table->item(row, 1)->text();
    }
    return {};
}
} // namespace

class TestGuiMultiScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void planMaskedPartialFailureAndRetry();
    void menuActionOpensThePreselectedDialog();

private:
    TokenStore* m_tokens = nullptr;
    QString m_profile;
};

void TestGuiMultiScope::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        || qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        const char* why
            = "the dialog reads tokens from the keychain only: run through scripts/with-private-keyring.sh.";
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(why);
        QSKIP(why);
    }
    m_tokens = new TokenStore(this);
    m_profile = QStringLiteral("guimulti%1").arg(QCoreApplication::applicationPid());
    QSignalSpy done(m_tokens, &TokenStore::finished);
    m_tokens->write(m_profile, kToken);
    QVERIFY(done.wait(10000));
}

void TestGuiMultiScope::cleanupTestCase()
{
    if (!m_tokens)
        return;
    QSignalSpy done(m_tokens, &TokenStore::finished);
    m_tokens->remove(m_profile);
    done.wait(10000);
}

void TestGuiMultiScope::planMaskedPartialFailureAndRetry()
{
    KonnectEmulator emulator;
    EmulatedOrganization* production = emulator.addOrganization(QStringLiteral("production"), kToken);
    emulator.addOrganization(QStringLiteral("staging"), QStringLiteral("kpat_gui_multiscope_staging_0000"));
    QVERIFY(emulator.listen(0));
    QVERIFY(emulator.seedFleetDemo(kEndpoint));
    Profile profile;
    profile.name = m_profile;
    profile.region = QStringLiteral("global");
    profile.baseUrl = QUrl(emulator.baseUrl().toString() + QStringLiteral("/global"));

    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    FastForwardClock clock;
    MultiScopeChangeDialog dialog(&network, &clock, m_tokens, {profile});
    dialog.show();
    auto* targets = dialog.findChild<QListWidget*>(QStringLiteral("targetList"));
    QVERIFY(targets);
    // The fleet: 7 regions and 2 Dev Portals.
    QTRY_COMPARE_WITH_TIMEOUT(targets->count(), 9, 15000);

    const MultiScopeTarget global {m_profile, Scope::organization(QStringLiteral("global"))};
    const MultiScopeTarget eu {m_profile, Scope::organization(QStringLiteral("eu"))};
    const MultiScopeTarget us {m_profile, Scope::organization(QStringLiteral("us"))};
    dialog.preselect({global, eu, us});
    QCOMPARE(dialog.checkedTargets().size(), 3);

    auto* change = dialog.findChild<QComboBox*>(QStringLiteral("changeCombo"));
    change->setCurrentIndex(change->findData(int(MultiScopeChangeDialog::Change::Authorization)));
    auto* authorization = dialog.findChild<QLineEdit*>(QStringLiteral("authorizationEdit"));
    QVERIFY(authorization->isEnabled());
    QCOMPARE(authorization->echoMode(), QLineEdit::Password);
    QTest::keyClicks(authorization, kSecret);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("planButton")), Qt::LeftButton);

    auto* plan = dialog.findChild<QTableWidget*>(QStringLiteral("planTable"));
    auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("applyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 15000);
    const QString planText = cellsOf(plan);
    QVERIFY2(planText.contains(QStringLiteral("destination \"Splunk production\" of %1").arg(m_profile)),
             qPrintable(planText));
    QVERIFY2(planText.contains(QStringLiteral("one change for the 2 scope(s) that use it")), qPrintable(planText));
    QVERIFY(planText.contains(QStringLiteral("\u2022\u2022\u2022\u2022 (new)")));
    QVERIFY(!planText.contains(kSecret) && !planText.contains(QLatin1String("gui-rotated-secret")));
    QVERIFY(plan->wordWrap());
    QCOMPARE(emulator.requestLog().size() > 0, true);

    // eu (an inline webhook) refuses changes from now on: its target fails, the destination's two users change.
    emulator.setRegionFault({QStringLiteral("eu"), EmulatedRegionFault::Kind::ReadOnly, 0});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QLatin1String("3 scope(s)")));
    auto* retry = dialog.findChild<QPushButton*>(QStringLiteral("retryButton"));
    auto* results = dialog.findChild<QTableWidget*>(QStringLiteral("resultTable"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 15000);
    QCOMPARE(resultOf(results, global.text()), QStringLiteral("Changed"));
    QCOMPARE(resultOf(results, us.text()), QStringLiteral("Changed"));
    QCOMPARE(resultOf(results, eu.text()), QStringLiteral("Failed"));
    QVERIFY(!cellsOf(results).contains(QLatin1String("gui-rotated-secret")));
    QCOMPARE(production->destinations().first()->authorization(), kSecret);
    QVERIFY(production->region(QStringLiteral("eu")).webhook().authorization() != kSecret);
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("2 changed, 1 failed")), qPrintable(status->text()));

    // Retry failed: only eu is read and sent again.
    emulator.clearRegionFaults();
    emulator.clearRequestLog();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(resultOf(results, eu.text()), QStringLiteral("Changed"), 15000);
    QTRY_VERIFY(status->text().contains(QLatin1String("1 changed; nothing failed")));
    QCOMPARE(production->region(QStringLiteral("eu")).webhook().authorization(), kSecret);
    for (const QJsonValue& entry : emulator.requestLog())
        QVERIFY2(entry[QLatin1String("path")].toString().startsWith(QLatin1String("/eu/")),
                 qPrintable(entry[QLatin1String("path")].toString()));
    QVERIFY(!retry->isEnabled());
}

void TestGuiMultiScope::menuActionOpensThePreselectedDialog()
{
    GuiTest::Harness harness;
    MainWindow* window = harness.openInMemory();
    auto* action = window->findChild<QAction*>(QStringLiteral("multiScopeChangeAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(window->findChild<MultiScopeChangeDialog*>());
    const MultiScopeTarget target {QStringLiteral("test"), Scope::organization(QStringLiteral("eu"))};
    MultiScopeChangeDialog* opened = window->openMultiScopeChange({target});
    QCOMPARE(opened->checkedTargets().size(), 1);
    QCOMPARE(opened->checkedTargets().first().key(), QStringLiteral("test/eu"));
    opened->close();
}

QTEST_MAIN(TestGuiMultiScope)
#include "tst_gui_multiscope.moc"
