#include "tst_gui_harness.h"

#include "TokenDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextDocument>

using namespace GuiTest;

// The keychain failing for real: this process's session bus is a socket nobody listens on, set before anything in
// the process asks D-Bus (Qt and libsecret keep their first session-bus connection, hence a process of its own).
// Whatever QtKeychain then says (D-Bus names and object paths) belongs behind Details, not in the window's note.
class TestGuiKeychain : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void unreadableKeychainIsOneSentenceWithDetails();
    void unwritableKeychainIsOneSentenceWithDetails();
};

namespace {
ProfileSession::StartOptions optionsFor(const Harness& h, const QString& profile)
{
    ProfileSession::StartOptions options;
    options.profile = profile;
    options.baseUrl = h.emulator.baseUrl();
    return options;
}

// The note is one sentence, the keychain's own words are not in it, and Details opens a message box whose
// expander holds them.
void checkNoteWithDetails(Harness& h, const QString& sentenceStart)
{
    auto* note = h.child<QLabel>(QStringLiteral("tokenNoteLabel"));
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible() && note->text().contains(sentenceStart));
    const QString shown = note->text();
    QVERIFY2(shown.contains(QStringLiteral("href=\"#details\"")), qPrintable(shown));
    QTextDocument document;
    document.setHtml(shown);
    const QString plain = document.toPlainText();
    QVERIFY2(!plain.contains(QStringLiteral("/org/")) && !plain.contains(QStringLiteral("freedesktop"))
                 && !plain.contains(QStringLiteral("DBus")) && !plain.contains(QStringLiteral("D-Bus")),
             qPrintable(plain));
    QCOMPARE(plain.count(QLatin1Char('.')), 1); // one short sentence (and "Details…" is no sentence)
    QVERIFY2(plain.size() < 160, qPrintable(plain));

    emit note->linkActivated(QStringLiteral("#details"));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = h.window->findChild<QMessageBox*>(QStringLiteral("keychainDetailsMessageBox")))
                && box->isVisible());
    QVERIFY(box->text().startsWith(sentenceStart));
    QVERIFY2(!box->detailedText().isEmpty() && box->detailedText() != box->text(), qPrintable(box->detailedText()));
    QVERIFY(!box->text().contains(box->detailedText()));
    box->close();
}
} // namespace

void TestGuiKeychain::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiKeychain::unreadableKeychainIsOneSentenceWithDetails()
{
    Harness h;
    h.openWithProfiles(optionsFor(h, QStringLiteral("unreadable")));
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("none"), 30000);
    checkNoteWithDetails(h, QStringLiteral("The system keychain could not be read"));
}

void TestGuiKeychain::unwritableKeychainIsOneSentenceWithDetails()
{
    Harness h;
    h.openWithProfiles(optionsFor(h, QStringLiteral("unwritable")));
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")), QStringLiteral("none"), 30000);
    h.setTokenThroughDialog(token);
    // Kept for this session, and the window goes on with it.
    QTRY_COMPARE_WITH_TIMEOUT(h.labelText(QStringLiteral("tokenStateLabel")),
                              QStringLiteral("held in memory for this session only"), 30000);
    checkNoteWithDetails(h, QStringLiteral("The system keychain could not store the token"));
    QTRY_VERIFY(h.loaded());
}

int main(int argc, char** argv)
{
    QTemporaryDir busDir;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(busDir.filePath(QStringLiteral("no-bus"))));
    QApplication app(argc, argv);
    TestGuiKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_keychain.moc"
