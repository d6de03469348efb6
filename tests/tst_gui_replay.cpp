#include "tst_gui_harness.h"

#include "ReplayTab.h"
#include "ReplayWindow.h"

#include <QDateTimeEdit>
#include <QJsonArray>
#include <QRadioButton>
#include <QTabWidget>

using namespace GuiTest;

class TestGuiReplay : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void quickPicksSendTheRightUtcWindow_data();
    void quickPicksSendTheRightUtcWindow();
    void customRangeInLocalTimeIsSentAsUtc();
    void invalidCustomRangesAreRefusedBeforeSending_data();
    void invalidCustomRangesAreRefusedBeforeSending();
    void followsTheJobUntilItCompletes();
    void reportsAFailedJob();
    void explainsAReplayAlreadyRunning();
    void asksBeforeReplayingAndCancelSendsNothing();
    void sendsTheWindowThatWasConfirmed();
};

namespace {
int replayRequests(const KonnectEmulator& emulator, const QString& method)
{
    int count = 0;
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue& value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/audit-log-replay-job"))
            && entry.value(QStringLiteral("method")).toString() == method)
            ++count;
    }
    return count;
}

// A window on the emulator, which shares the test's clock so both agree on "the last 7 days".
struct ReplayHarness : Harness
{
    ReplayHarness()
    {
        emulator.setClock(&clock);
        QVERIFY(seed(splunkConfig()));
        openInMemory();
        QTRY_VERIFY(loaded());
        auto* tabs = child<QTabWidget>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(child<QWidget>(QStringLiteral("replayTab")));
        // Showing the tab looks at the region's job once.
        QTRY_COMPARE(labelText(QStringLiteral("replayJobStatusValueLabel")), QStringLiteral("unconfigured"));
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("startReplayButton"))->isEnabled());
    }

    QDateTimeEdit* edit(const QString& name) const { return child<QDateTimeEdit>(name); }
    void setCustom(const QDateTime& start, const QDateTime& end)
    {
        child<QRadioButton>(QStringLiteral("replayCustomRadio"))->click();
        QVERIFY(edit(QStringLiteral("replayStartEdit"))->isEnabled());
        edit(QStringLiteral("replayStartEdit"))->setDateTime(start.toLocalTime());
        edit(QStringLiteral("replayEndEdit"))->setDateTime(end.toLocalTime());
    }
    // Presses Start replay and answers the question it asks.
    void startReplay(MessageBox::Button answer = QMessageBox::Ok)
    {
        MessageBox::setNextAnswer(answer);
        child<QPushButton>(QStringLiteral("startReplayButton"))->click();
    }
    QString sentStart() const { return emulator.replayJob().toJson().value(QStringLiteral("start_at")).toString(); }
    QString sentEnd() const { return emulator.replayJob().toJson().value(QStringLiteral("end_at")).toString(); }
};
} // namespace

void TestGuiReplay::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGuiReplay::quickPicksSendTheRightUtcWindow_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<int>("hours");
    QTest::newRow("last hour") << "replayLastHourRadio" << 1;
    QTest::newRow("last 6 hours") << "replayLast6HoursRadio" << 6;
    QTest::newRow("last 24 hours") << "replayLast24HoursRadio" << 24;
}

void TestGuiReplay::quickPicksSendTheRightUtcWindow()
{
    QFETCH(QString, radio);
    QFETCH(int, hours);
    ReplayHarness h;
    h.child<QRadioButton>(radio)->click();
    const QDateTime now = h.clock.now();
    const QDateTime start = now.addSecs(-hours * 3600);
    // The fields show the window in local time and cannot be edited for a quick pick.
    QCOMPARE(h.edit(QStringLiteral("replayStartEdit"))->dateTime().toUTC(), start);
    QCOMPARE(h.edit(QStringLiteral("replayEndEdit"))->dateTime().toUTC(), now);
    QVERIFY(!h.edit(QStringLiteral("replayStartEdit"))->isEnabled());
    QVERIFY(
        h.labelText(QStringLiteral("replayUtcLabel"))
            .contains(QStringLiteral("%1 to %2").arg(ReplayWindow::toRfc3339(start), ReplayWindow::toRfc3339(now))));

    h.startReplay();
    QTRY_COMPARE(replayRequests(h.emulator, QStringLiteral("PUT")), 1);
    QCOMPARE(h.sentStart(), ReplayWindow::toRfc3339(start));
    QCOMPARE(h.sentEnd(), ReplayWindow::toRfc3339(now));
    QTRY_VERIFY(h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("Konnect accepted")));
}

void TestGuiReplay::customRangeInLocalTimeIsSentAsUtc()
{
    ReplayHarness h;
    const QDateTime start = h.clock.now().addDays(-6).addSecs(-30 * 60);
    const QDateTime end = h.clock.now().addDays(-5);
    h.setCustom(start, end);
    QVERIFY(!h.child<QLabel>(QStringLiteral("replayStartErrorLabel"))->isVisible());
    QVERIFY(!h.child<QLabel>(QStringLiteral("replayEndErrorLabel"))->isVisible());
    h.startReplay();
    QTRY_COMPARE(replayRequests(h.emulator, QStringLiteral("PUT")), 1);
    QCOMPARE(h.sentStart(), QStringLiteral("2026-11-19T11:30:00Z"));
    QCOMPARE(h.sentEnd(), QStringLiteral("2026-11-20T12:00:00Z"));
}

void TestGuiReplay::invalidCustomRangesAreRefusedBeforeSending_data()
{
    QTest::addColumn<qint64>("startSecondsAgo");
    QTest::addColumn<qint64>("endSecondsAgo");
    QTest::addColumn<QString>("startProblem");
    QTest::addColumn<QString>("endProblem");
    const qint64 day = 86400;
    QTest::newRow("older than 7 days") << 7 * day + 60 << 6 * day << "more than 7 days ago"
                                       << "";
    QTest::newRow("ends in the future") << qint64(3600) << qint64(-2 * 3600) << ""
                                        << "in the future";
    QTest::newRow("start after end") << qint64(3600) << qint64(2 * 3600) << "before the end"
                                     << "";
    QTest::newRow("empty window") << qint64(3600) << qint64(3600) << "before the end"
                                  << "";
}

void TestGuiReplay::invalidCustomRangesAreRefusedBeforeSending()
{
    QFETCH(qint64, startSecondsAgo);
    QFETCH(qint64, endSecondsAgo);
    QFETCH(QString, startProblem);
    QFETCH(QString, endProblem);
    ReplayHarness h;
    h.emulator.clearRequestLog();
    h.setCustom(h.clock.now().addSecs(-startSecondsAgo), h.clock.now().addSecs(-endSecondsAgo));
    auto* startError = h.child<QLabel>(QStringLiteral("replayStartErrorLabel"));
    auto* endError = h.child<QLabel>(QStringLiteral("replayEndErrorLabel"));
    // Shown next to the fields as soon as the window is chosen.
    QCOMPARE(startError->isVisible(), !startProblem.isEmpty());
    QCOMPARE(endError->isVisible(), !endProblem.isEmpty());
    if (!startProblem.isEmpty())
        QVERIFY2(startError->text().contains(startProblem), qPrintable(startError->text()));
    if (!endProblem.isEmpty())
        QVERIFY2(endError->text().contains(endProblem), qPrintable(endError->text()));

    h.child<ReplayTab>(QStringLiteral("replayTab"))->startReplay();
    QVERIFY(h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("Nothing was sent")));
    QVERIFY(h.emulator.requestLog().isEmpty());
}

void TestGuiReplay::followsTheJobUntilItCompletes()
{
    ReplayHarness h;
    h.startReplay();
    QTRY_COMPARE(replayRequests(h.emulator, QStringLiteral("PUT")), 1);
    // The emulator moves its job one step on each read: pending, running, completed.
    QTRY_COMPARE(h.labelText(QStringLiteral("replayJobStatusValueLabel")), QStringLiteral("pending"));
    const int reads = replayRequests(h.emulator, QStringLiteral("GET"));
    QVERIFY(!h.child<QPushButton>(QStringLiteral("startReplayButton"))->isEnabled());
    h.clock.advance(ReplayTab::pollIntervalMs - 1);
    QCOMPARE(replayRequests(h.emulator, QStringLiteral("GET")), reads);
    h.clock.advance(1);
    QTRY_COMPARE(h.labelText(QStringLiteral("replayJobStatusValueLabel")), QStringLiteral("running"));
    QVERIFY(h.labelText(QStringLiteral("replayJobMeaningValueLabel")).contains(QStringLiteral("again")));
    h.clock.advance(ReplayTab::pollIntervalMs);
    QTRY_COMPARE(h.labelText(QStringLiteral("replayJobStatusValueLabel")), QStringLiteral("completed"));
    QTRY_VERIFY(h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("completed")));
    QCOMPARE(replayRequests(h.emulator, QStringLiteral("GET")), reads + 2);
    // Done: no more polling, and another replay may start.
    QTRY_VERIFY(h.child<QPushButton>(QStringLiteral("startReplayButton"))->isEnabled());
    QVERIFY(!h.child<ReplayTab>(QStringLiteral("replayTab"))->isFollowingJob());
    h.clock.advance(10 * ReplayTab::pollIntervalMs);
    QCOMPARE(replayRequests(h.emulator, QStringLiteral("GET")), reads + 2);
}

void TestGuiReplay::reportsAFailedJob()
{
    ReplayHarness h;
    h.emulator.failNextReplayJob();
    h.clock.setAutoAdvance(true);
    h.startReplay();
    QTRY_COMPARE(h.labelText(QStringLiteral("replayJobStatusValueLabel")), QStringLiteral("failed"));
    QVERIFY(h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("The replay failed")));
}

void TestGuiReplay::explainsAReplayAlreadyRunning()
{
    ReplayHarness h;
    // Someone else started one in this region.
    KonnectClient other(&h.clock);
    other.setApiRoot(h.emulator.baseUrl());
    other.setToken(token);
    ApiCall* call = other.startReplayJob(h.clock.now().addSecs(-7200), h.clock.now().addSecs(-3600));
    QSignalSpy started(call, &ApiCall::finished);
    QVERIFY(started.wait(10000));
    QVERIFY(h.emulator.replayJob().isBusy());

    h.startReplay();
    QTRY_VERIFY2(
        h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("already running in this region")),
        qPrintable(h.labelText(QStringLiteral("replayMessageLabel"))));
    // Then it follows the job that is running.
    QTRY_VERIFY(h.labelText(QStringLiteral("replayJobStatusValueLabel")) != QStringLiteral("unconfigured"));
}

void TestGuiReplay::asksBeforeReplayingAndCancelSendsNothing()
{
    ReplayHarness h;
    const QDateTime start = h.clock.now().addDays(-2);
    const QDateTime end = h.clock.now().addDays(-1);
    h.setCustom(start, end);
    const int asked = MessageBox::questionCount();
    h.startReplay(QMessageBox::Cancel);
    QCOMPARE(MessageBox::questionCount(), asked + 1);
    // The question names the window, in UTC too, and says what a replay does to the SIEM.
    const QString question = MessageBox::lastQuestion();
    QVERIFY2(question.contains(ReplayWindow::toRfc3339(start)) && question.contains(ReplayWindow::toRfc3339(end)),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("twice")), qPrintable(question));
    QTRY_VERIFY(h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("Nothing was sent")));
    QTest::qWait(100);
    QCOMPARE(replayRequests(h.emulator, QStringLiteral("PUT")), 0);
    QVERIFY(h.child<QPushButton>(QStringLiteral("startReplayButton"))->isEnabled());

    h.startReplay(QMessageBox::Ok);
    QTRY_COMPARE(replayRequests(h.emulator, QStringLiteral("PUT")), 1);
    QCOMPARE(h.sentStart(), ReplayWindow::toRfc3339(start));
}

// "The last hour" moves on while the question waits: what was confirmed is what is sent and reported.
void TestGuiReplay::sendsTheWindowThatWasConfirmed()
{
    ReplayHarness h;
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    h.child<QPushButton>(QStringLiteral("startReplayButton"))->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = h.window->findChild<QMessageBox*>(QStringLiteral("questionMessageBox"))) && box->isVisible());
    const QString shownStart = ReplayWindow::toRfc3339(h.edit(QStringLiteral("replayStartEdit"))->dateTime().toUTC());
    const QString shownEnd = ReplayWindow::toRfc3339(h.edit(QStringLiteral("replayEndEdit"))->dateTime().toUTC());
    QVERIFY(box->text().contains(shownStart) && box->text().contains(shownEnd));
    QVERIFY(h.labelText(QStringLiteral("replayUtcLabel")).contains(shownStart));
    h.clock.advance(10 * 60 * 1000);
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(h.labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("accepted")));
    QCOMPARE(h.sentStart(), shownStart);
    QCOMPARE(h.sentEnd(), shownEnd);
    QVERIFY2(h.labelText(QStringLiteral("replayMessageLabel")).contains(shownStart),
             qPrintable(h.labelText(QStringLiteral("replayMessageLabel"))));
    QVERIFY(h.labelText(QStringLiteral("replayUtcLabel")).contains(shownStart));
}

QTEST_MAIN(TestGuiReplay)
#include "tst_gui_replay.moc"
