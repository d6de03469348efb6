#include "tst_gui_harness.h"

#include "DemoSession.h"
#include "EmulatedDelivery.h"
#include "EmulatedDestination.h"
#include "ReplayTab.h"
#include "ReplayWindow.h"
#include "SiemReceiver.h"

#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

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
    void demoDeliversACompletedReplaysEventsToTheReceiver_data();
    void demoDeliversACompletedReplaysEventsToTheReceiver();
};

namespace {
int replayRequests(const KonnectEmulator& emulator, const QString& method)
{
    return requestCount(emulator, QStringLiteral("/audit-log-replay-job"), method);
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

void TestGuiReplay::demoDeliversACompletedReplaysEventsToTheReceiver_data()
{
    QTest::addColumn<LogFormat>("format");
    QTest::newRow("cef (as seeded)") << LogFormat::Cef;
    QTest::newRow("json") << LogFormat::Json;
}

// --demo: when Konnect's replay job completes, the events of the window (from the emulator's audit-log history) go
// to the destination the organization webhook is bound to, the demo receiver, signed, in the destination's format.
void TestGuiReplay::demoDeliversACompletedReplaysEventsToTheReceiver()
{
    QFETCH(LogFormat, format);
    ManualClock clock;
    DemoSession demo;
    demo.emulator()->setClock(&clock);
    QVERIFY(demo.start());
    EmulatedDestination* destination = demo.emulator()->organization().destinations().constFirst();
    destination->set(destination->name(), destination->endpoint(), destination->authorization(), format,
                     destination->skipsSslVerification());
    DemoWindow demoWindow(demo, &clock);
    QVERIFY(demoWindow.started);
    MainWindow& window = demoWindow.window;
    QTRY_VERIFY(window.controller()->webhook().has_value());
    // The seeding's deliveries (organization and Partner Portal, both bound) reach the receiver first: the seeded
    // destination takes the receiver's self-signed certificate. They are not the replay's.
    clock.advance(EmulatedDelivery::delayMs);
    QTRY_COMPARE(demo.receiver()->deliveries().size(), 2);
    QTRY_VERIFY(!demo.emulator()->isDelivering());
    for (const SiemReceiver::Delivery& seeded : demo.receiver()->deliveries())
        QCOMPARE(seeded.status, 200);
    demo.receiver()->clear();
    auto* panel = window.findChild<QTableWidget*>(QStringLiteral("receivedEventsTable"));
    QVERIFY(panel);
    const int rowsBefore = panel->rowCount();

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("replayTab")));
    auto* start = window.findChild<QPushButton*>(QStringLiteral("startReplayButton"));
    QTRY_VERIFY(start->isEnabled());
    window.findChild<QRadioButton*>(QStringLiteral("replayLast6HoursRadio"))->click();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    start->click();
    auto* statusLabel = window.findChild<QLabel*>(QStringLiteral("replayJobStatusValueLabel"));
    QTRY_COMPARE(statusLabel->text(), QStringLiteral("pending"));
    const QDateTime windowStart = demo.emulator()->replayJob().startAt();
    const QDateTime windowEnd = demo.emulator()->replayJob().endAt();
    QCOMPARE(windowStart.secsTo(windowEnd), 6 * 3600);
    clock.advance(ReplayTab::pollIntervalMs);
    QTRY_COMPARE(statusLabel->text(), QStringLiteral("running"));
    QCOMPARE(demo.receiver()->deliveries().size(), 0);
    clock.advance(ReplayTab::pollIntervalMs);
    QTRY_COMPARE(statusLabel->text(), QStringLiteral("completed"));
    // Konnect re-sends with its next batch, as after a change.
    clock.advance(EmulatedDelivery::delayMs);
    QTRY_COMPARE(demo.receiver()->deliveries().size(), 1);

    // Exactly the organization's records of the window, counted here from the history the emulator serves.
    const EmulatedAuditLogHistory& history = demo.emulator()->auditLogHistory();
    int expected = 0;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history.timeMs(i) >= windowStart.toMSecsSinceEpoch() && history.timeMs(i) < windowEnd.toMSecsSinceEpoch()
            && !QJsonDocument::fromJson(history.bytes(i)).object().contains(QStringLiteral("portal_id")))
            ++expected;
    }
    QVERIFY2(expected > 5, qPrintable(QString::number(expected)));
    const SiemReceiver::Delivery& delivery = demo.receiver()->deliveries().constFirst();
    QCOMPARE(delivery.status, 200);
    QCOMPARE(delivery.events.size(), expected);
    const QRegularExpression rt(QStringLiteral("\\brt\"?[=:](\\d+)"));
    qint64 previous = 0;
    for (const SiemReceiver::Event& event : delivery.events) {
        QCOMPARE(event.format, std::optional<LogFormat>(format));
        QCOMPARE(event.signature, SiemReceiver::Signature::Valid);
        const QRegularExpressionMatch match = rt.match(QString::fromUtf8(event.line));
        QVERIFY2(match.hasMatch(), event.line.constData());
        const qint64 at = match.captured(1).toLongLong();
        QVERIFY2(at >= windowStart.toMSecsSinceEpoch() && at < windowEnd.toMSecsSinceEpoch(), event.line.constData());
        QVERIFY(at >= previous); // oldest first
        previous = at;
    }
    // The demo receiver panel lists them.
    QTRY_COMPARE(panel->rowCount(), rowsBefore + expected);
}
