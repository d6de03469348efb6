#include "tst_gui_harness.h"

#include "AuditEventSamples.h"
#include "Ed25519Key.h"
#include "VerificationReport.h"
#include "VerifyTab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace GuiTest;

class TestGuiVerify : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void countsAndListsTheTamperedLine();
    void verifiesAgainstKonnectsKeys();
    void refusesAJwksFileWithoutKeys();
};

namespace {
const QDateTime kSigned(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Nine signed CEF lines (three batches of three events), one of them changed after signing, and one unsigned line.
QList<QByteArray> cefLines(const Ed25519Key& key)
{
    QList<QByteArray> lines;
    for (int batch = 0; batch < 3; ++batch)
        lines += AuditEventSamples::lines(LogFormat::Cef, kSigned.addSecs(batch * 60), key);
    // Line 5: an admin's name changed after Konnect signed it.
    QByteArray& tampered = lines[4];
    const qsizetype at = tampered.indexOf("src=");
    Q_ASSERT(at > 0);
    tampered.insert(at + 4, "6");
    // Line 10: the same event without its signature.
    QByteArray unsignedLine = lines.constFirst();
    unsignedLine.truncate(unsignedLine.indexOf(" sig="));
    lines.append(unsignedLine);
    return lines;
}

VerifyTab* openVerifyTab(Harness& h)
{
    h.openInMemory();
    [&h] { QTRY_VERIFY(h.loaded()); }();
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    auto* tab = h.child<VerifyTab>(QStringLiteral("verifyTab"));
    tabs->setCurrentWidget(tab);
    return tab;
}
} // namespace

void TestGuiVerify::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiVerify::countsAndListsTheTamperedLine()
{
    Harness h;
    const Ed25519Key key = Ed25519Key::generate();
    const QString logPath = h.dir.filePath(QStringLiteral("siem-export.log"));
    QVERIFY(write(logPath, cefLines(key).join('\n') + '\n'));
    // A second file, gzip-compressed JSON lines, all intact.
    const QString gzPath = h.dir.filePath(QStringLiteral("more.json.gz"));
    QVERIFY(write(gzPath, AuditEventSamples::gzipBody(AuditEventSamples::lines(LogFormat::Json, kSigned, key))));
    const QString jwksPath = h.dir.filePath(QStringLiteral("jwks.json"));
    QVERIFY(write(jwksPath, QJsonDocument(QJsonObject {{QStringLiteral("keys"), QJsonArray {key.jwk()}}}).toJson()));

    VerifyTab* tab = openVerifyTab(h);
    auto* verify = h.child<QPushButton>(QStringLiteral("verifyButton"));
    QVERIFY(!verify->isEnabled()); // no files yet
    tab->addFiles({logPath, gzPath});
    QCOMPARE(h.child<QListWidget>(QStringLiteral("verifyFilesList"))->count(), 2);
    tab->setJwksFile(jwksPath);
    QVERIFY(h.child<QRadioButton>(QStringLiteral("jwksFromFileRadio"))->isChecked());
    QVERIFY(verify->isEnabled());
    // Counted by path: the window's own start-up reads (scopes, destinations) may still be arriving.
    auto jwksRequests = [&h] {
        int count = 0;
        for (const QJsonValue& entry : h.emulator.requestLog()) {
            if (entry.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/jwks.json")))
                ++count;
        }
        return count;
    };
    const int requests = jwksRequests();

    verify->click();
    QTRY_VERIFY(tab->report().has_value());
    QVERIFY(!tab->isRunning());
    QCOMPARE(h.labelText(QStringLiteral("verifyValidValueLabel")), QStringLiteral("11"));
    QCOMPARE(h.labelText(QStringLiteral("verifyInvalidValueLabel")), QStringLiteral("1"));
    QCOMPARE(h.labelText(QStringLiteral("verifyUnsignedValueLabel")), QStringLiteral("1"));
    auto* table = h.child<QTableWidget>(QStringLiteral("invalidLinesTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("siem-export.log"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("5"));
    QVERIFY2(table->item(0, 2)->text().startsWith(
                 VerificationReport::reasonText(VerificationReport::Reason::TamperedOrUnknownKey)),
             qPrintable(table->item(0, 2)->text()));
    QVERIFY(h.labelText(QStringLiteral("verifyMessageLabel")).contains(QStringLiteral("did not verify")));
    QVERIFY(verify->isEnabled());
    QVERIFY(!h.child<QPushButton>(QStringLiteral("cancelVerifyButton"))->isVisible());
    // A JWKS file needs nothing from Konnect.
    QCOMPARE(jwksRequests(), requests);
}

void TestGuiVerify::verifiesAgainstKonnectsKeys()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("signed-by-konnect.log"));
    QVERIFY(write(path, AuditEventSamples::lines(LogFormat::Json, kSigned, h.emulator.signingKey()).join('\n')));
    VerifyTab* tab = openVerifyTab(h);
    tab->addFiles({path});
    QVERIFY(h.child<QRadioButton>(QStringLiteral("jwksFromKonnectRadio"))->isChecked());
    h.child<QPushButton>(QStringLiteral("verifyButton"))->click();
    QTRY_VERIFY(tab->report().has_value());
    QCOMPARE(h.labelText(QStringLiteral("verifyValidValueLabel")), QStringLiteral("3"));
    QCOMPARE(h.labelText(QStringLiteral("verifyInvalidValueLabel")), QStringLiteral("0"));
    QCOMPARE(h.child<QTableWidget>(QStringLiteral("invalidLinesTable"))->rowCount(), 0);
    QVERIFY(h.labelText(QStringLiteral("verifyMessageLabel")).contains(QStringLiteral("Every signed line verified")));
    bool askedForKeys = false;
    for (const QJsonValue& entry : h.emulator.requestLog())
        askedForKeys |= entry.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("jwks.json"));
    QVERIFY(askedForKeys);
}

void TestGuiVerify::refusesAJwksFileWithoutKeys()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("a.log"));
    QVERIFY(write(path, "hello\n"));
    const QString jwksPath = h.dir.filePath(QStringLiteral("empty.json"));
    QVERIFY(write(jwksPath, "{\"keys\":[]}"));
    VerifyTab* tab = openVerifyTab(h);
    tab->addFiles({path});
    tab->setJwksFile(jwksPath);
    h.child<QPushButton>(QStringLiteral("verifyButton"))->click();
    QTRY_VERIFY(h.child<QLabel>(QStringLiteral("jwksErrorLabel"))->isVisible());
    QVERIFY(!tab->isRunning());
    QVERIFY(!tab->report().has_value());
}

QTEST_MAIN(TestGuiVerify)
#include "tst_gui_verify.moc"
