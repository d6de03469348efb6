#include "tst_gui_harness.h"

#include "AuditLogCompareDialog.h"
#include "AuditLogFollower.h"
#include "AuditLogRecord.h"
#include "AuditLogTableModel.h"
#include "AuditLogsController.h"
#include "AuditLogsPage.h"
#include "EmulatedAuditLogHistory.h"
#include "EmulatedReplayJob.h"
#include "MessageBox.h"
#include "ReplayWindow.h"
#include "RequestProgressWidget.h"
#include "RetryPolicy.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>

using namespace GuiTest;

// The Audit logs tab on real widgets against the emulator's signed /v3/audit-logs history: rows load page by page,
// filter by type, Kong-initiated and search, show their details and raw bytes, copy, export (JSONL byte for byte,
// CSV, CEF), and a page that fails keeps the rows loaded, with the retry countdown shown in place.
class TestGuiAuditLogs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rowsLoadPageByPageWithVerdicts();
    void loadsOnTheSystemClockAsTheAppDoes();
    void verifiesOnSeveralThreads();
    void filtersByTypeKongInitiatedAndSearch();
    void detailsShowEveryFieldAndTheRawRecord();
    void copiesTheRow();
    void exportsJsonlByteForByte();
    void exportsCsvAndCef();
    void aCancelledExportLeavesNoFile();
    void aBadCustomWindowIsRefusedInPlace();
    void aFailingPageShowsTheCountdownAndKeepsTheRows();
    void followAddsNewEventsOnceUntilSwitchedOff();
    void followGoesOnAfterAFailedPoll();
    void compareListsMissingAndExtraAndOffersTheReplay();
    void compareOfAnExportWithNoEventSaysSo();

private:
    AuditLogsPage* openTab(int history = historySize);
    QList<QByteArray> served() const;
    static constexpr int historySize = 600;

    std::unique_ptr<Harness> m_h;
};

void TestGuiAuditLogs::init()
{
    m_h = std::make_unique<Harness>();
    m_h->emulator.setClock(&m_h->clock);
}

void TestGuiAuditLogs::cleanup()
{
    m_h.reset();
}

AuditLogsPage* TestGuiAuditLogs::openTab(int history)
{
    m_h->emulator.setLogHistorySize(history);
    m_h->openInMemory();
    if (!QTest::qWaitFor([this] { return m_h->loaded(); }, 10000))
        return nullptr;
    auto* page = m_h->child<AuditLogsPage>(QStringLiteral("auditLogsPage"));
    if (!page)
        return nullptr;
    page->setPick(AuditLogsPage::Pick::Last7Days);
    m_h->child<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentWidget(page);
    AuditLogsController* controller = page->controller();
    if (!QTest::qWaitFor([controller] { return !controller->isLoading() && !controller->isVerifying(); }, 20000))
        return nullptr;
    return page;
}

QList<QByteArray> TestGuiAuditLogs::served() const
{
    const EmulatedAuditLogHistory& history = m_h->emulator.auditLogHistory();
    QList<QByteArray> records;
    for (qint32 sequence : history.sequences(nullptr))
        records.append(history.bytes(sequence));
    return records;
}

void TestGuiAuditLogs::rowsLoadPageByPageWithVerdicts()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    AuditLogTableModel* model = page->model();
    QCOMPARE(model->recordCount(), qsizetype(historySize));
    QVERIFY(page->controller()->pagesLoaded() >= historySize / AuditLogsController::pageSize);
    // The view holds a chunk; the rest comes when it nears the end.
    QCOMPARE(model->rowCount(), AuditLogTableModel::fetchChunk);
    QVERIFY(model->canFetchMore({}));
    QTableView* table = page->table();
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), historySize);

    QSet<QByteArray> servedSet;
    for (const QByteArray& raw : served())
        servedSet.insert(raw);
    for (int row = 0; row < model->rowCount(); ++row) {
        const qsizetype record = model->recordAt(row);
        QVERIFY(servedSet.contains(model->raw(record)));
        QCOMPARE(model->verdict(record), AuditLogTableModel::Verdict::Verified);
    }
    const auto parsed = AuditLogRecord::fromRaw(model->raw(model->recordAt(0)));
    QVERIFY(parsed);
    QCOMPARE(model->index(0, AuditLogTableModel::Type).data().toString(), parsed->type);
    QCOMPARE(model->index(0, AuditLogTableModel::Principal).data().toString(), parsed->principalId);
    QCOMPARE(model->index(0, AuditLogTableModel::ClientIp).data().toString(), parsed->clientIp);
    QCOMPARE(model->index(0, AuditLogTableModel::Target).data().toString(), parsed->target());
    QCOMPARE(model->index(0, AuditLogTableModel::Time).data().toString(),
             parsed->timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model->index(0, AuditLogTableModel::Signature).data().toString(), QStringLiteral("verified"));
    QVERIFY(m_h->labelText(QStringLiteral("logCountLabel")).startsWith(QStringLiteral("600 of 600")));
}

void TestGuiAuditLogs::loadsOnTheSystemClockAsTheAppDoes()
{
    // The app's window has no test clock (GuiContext::clock null); opening the tab once crashed on it.
    m_h->emulator.setClock(nullptr);
    m_h->systemClock = true;
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    QCOMPARE(page->model()->recordCount(), qsizetype(historySize));
    page->setPick(AuditLogsPage::Pick::Custom); // the custom window's defaults come from the clock too
    const QDateTime end = page->findChild<QDateTimeEdit*>(QStringLiteral("logEndEdit"))->dateTime();
    QVERIFY2(qAbs(end.secsTo(QDateTime::currentDateTime())) < 120, qPrintable(end.toString(Qt::ISODate)));
}

void TestGuiAuditLogs::verifiesOnSeveralThreads()
{
    AuditLogsPage* page = openTab(3000);
    QVERIFY(page);
    AuditLogsController* controller = page->controller();
    QCOMPARE(controller->verifyThreads(), AuditLogsController::defaultVerifyThreads());
    QVERIFY(controller->verifyThreads() >= 1 && controller->verifyThreads() < qMax(2, QThread::idealThreadCount()));
    // Batches that end in any order each put their verdicts on their own rows.
    controller->setVerifyThreads(4);
    m_h->child<QPushButton>(QStringLiteral("loadLogsButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isLoading() && !controller->isVerifying(), 60000);
    AuditLogTableModel* model = page->model();
    QCOMPARE(model->recordCount(), qsizetype(3000));
    const QList<QByteArray> servedRecords = served();
    const QSet<QByteArray> servedSet(servedRecords.cbegin(), servedRecords.cend());
    for (qsizetype record = 0; record < model->recordCount(); ++record) {
        QVERIFY(servedSet.contains(model->raw(record)));
        QCOMPARE(model->verdict(record), AuditLogTableModel::Verdict::Verified);
    }
}

void TestGuiAuditLogs::filtersByTypeKongInitiatedAndSearch()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    AuditLogTableModel* model = page->model();
    const QList<QByteArray> records = served();
    auto count = [&records](const std::function<bool(const AuditLogRecord&)>& keep) {
        qsizetype n = 0;
        for (const QByteArray& raw : records)
            n += keep(*AuditLogRecord::fromRaw(raw)) ? 1 : 0;
        return n;
    };
    auto shownRecords = [model] {
        QList<AuditLogRecord> shown;
        for (qsizetype record : model->matchedRecords())
            shown.append(*AuditLogRecord::fromRaw(model->raw(record)));
        return shown;
    };

    m_h->child<QCheckBox>(QStringLiteral("authenticationCheckBox"))->click();
    QTRY_VERIFY(!model->isFiltering());
    QCOMPARE(model->matchCount(),
             count([](const AuditLogRecord& r) { return r.type != QLatin1String("authentication"); }));
    QVERIFY(model->matchCount() > 0 && model->matchCount() < records.size());
    for (const AuditLogRecord& record : shownRecords())
        QVERIFY(record.type != QLatin1String("authentication"));
    m_h->child<QCheckBox>(QStringLiteral("authenticationCheckBox"))->click();
    QTRY_COMPARE(model->matchCount(), records.size());

    // Kong-initiated events are marked (text and icon), and hidden on request.
    const qsizetype kong = count([](const AuditLogRecord& r) { return r.kongInitiated.value_or(false); });
    QVERIFY(kong > 0);
    int marked = 0;
    page->table()->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), records.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex what = model->index(row, AuditLogTableModel::What);
        const bool isKong = model->isKongInitiated(model->recordAt(row));
        QCOMPARE(what.data().toString().contains(QStringLiteral("Kong-initiated")), isKong);
        QCOMPARE(!what.data(Qt::DecorationRole).value<QIcon>().isNull(), isKong);
        marked += isKong ? 1 : 0;
    }
    QCOMPARE(marked, kong);
    m_h->child<QCheckBox>(QStringLiteral("hideKongInitiatedCheckBox"))->click();
    QTRY_COMPARE(model->matchCount(), records.size() - kong);
    for (const AuditLogRecord& record : shownRecords())
        QVERIFY(!record.kongInitiated.value_or(false));
    m_h->child<QCheckBox>(QStringLiteral("hideKongInitiatedCheckBox"))->click();

    // The search ignores case and looks at the whole record.
    const QString principal = AuditLogRecord::fromRaw(records.at(records.size() / 2))->principalId;
    QVERIFY(!principal.isEmpty());
    m_h->replaceText(QStringLiteral("logSearchEdit"), principal.toUpper());
    QTRY_COMPARE(model->matchCount(), count([&principal](const AuditLogRecord& r) {
                     return QString::fromUtf8(r.raw).contains(principal, Qt::CaseInsensitive);
                 }));
    QVERIFY(model->matchCount() > 0);
    for (const AuditLogRecord& record : shownRecords())
        QVERIFY(QString::fromUtf8(record.raw).contains(principal, Qt::CaseInsensitive));
    QVERIFY(m_h->labelText(QStringLiteral("logCountLabel"))
                .startsWith(QStringLiteral("%1 of 600").arg(model->matchCount())));
    m_h->replaceText(QStringLiteral("logSearchEdit"), QStringLiteral("no-such-text-in-any-record"));
    QTRY_COMPARE(model->matchCount(), qsizetype(0));
}

void TestGuiAuditLogs::detailsShowEveryFieldAndTheRawRecord()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    page->table()->selectRow(3);
    const QByteArray raw = page->model()->raw(page->model()->recordAt(3));
    const QString details = page->detailsText();
    QVERIFY2(details.contains(QString::fromUtf8(raw)), qPrintable(details));
    const QJsonObject object = QJsonDocument::fromJson(raw).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        QVERIFY2(details.contains(QStringLiteral("\n%1").arg(it.key())) || details.startsWith(it.key()),
                 qPrintable(it.key()));
    QVERIFY(details.contains(QStringLiteral("type: %1").arg(object.value(QLatin1String("type")).toString())));
    auto* edit = m_h->child<QPlainTextEdit>(QStringLiteral("logDetailsEdit"));
    QVERIFY(edit->isReadOnly());
    QVERIFY(edit->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(edit->font().styleHint() == QFont::Monospace || QFontInfo(edit->font()).fixedPitch());
}

void TestGuiAuditLogs::copiesTheRow()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    QTableView* table = page->table();
    table->selectRow(1);
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString expected = page->model()->rowText(1);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(expected.split(QLatin1Char('\t')).size(), int(AuditLogTableModel::ColumnCount));
    QVERIFY(expected.contains(page->model()->index(1, AuditLogTableModel::Principal).data().toString()));

    auto* copyRaw = table->findChild<QAction*>(QStringLiteral("copyRawAction"));
    QVERIFY(copyRaw && table->actions().contains(copyRaw));
    copyRaw->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), page->model()->raw(page->model()->recordAt(1)));
}

void TestGuiAuditLogs::exportsJsonlByteForByte()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    m_h->child<QCheckBox>(QStringLiteral("gatewayAccessCheckBox"))->click();
    QTRY_VERIFY(!page->model()->isFiltering());
    const QString path = m_h->dir.filePath(QStringLiteral("shown.jsonl"));
    QSignalSpy finished(page, &AuditLogsPage::exportFinished);
    QVERIFY(page->exportShownRows(path));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QByteArray expected;
    qsizetype gateway = 0;
    for (const QByteArray& raw : served()) {
        if (AuditLogRecord::fromRaw(raw)->type == QLatin1String("gateway_access")) {
            ++gateway;
            continue;
        }
        expected += raw + '\n';
    }
    QVERIFY(gateway > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The order of the emulator's history is the order Konnect's pages gave.
    const QByteArray written = file.readAll();
    QCOMPARE(written.size(), expected.size());
    QList<QByteArray> writtenLines = written.split('\n');
    QList<QByteArray> expectedLines = expected.split('\n');
    std::sort(writtenLines.begin(), writtenLines.end());
    std::sort(expectedLines.begin(), expectedLines.end());
    QCOMPARE(writtenLines, expectedLines);
    QVERIFY(m_h->labelText(QStringLiteral("logMessageLabel")).contains(QStringLiteral("Exported")));
}

void TestGuiAuditLogs::exportsCsvAndCef()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    const qsizetype rows = page->model()->matchCount();
    QSignalSpy finished(page, &AuditLogsPage::exportFinished);

    const QString csvPath = m_h->dir.filePath(QStringLiteral("shown.csv"));
    QVERIFY(page->exportShownRows(csvPath));
    QVERIFY(finished.wait(10000));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> csvLines = csv.readAll().split('\n');
    QCOMPARE(csvLines.first().trimmed(),
             QByteArray("ts,type,what,principal_id,client_ip,target,status,kong_initiated,"
                        "trace_id,signature_verdict"));
    QCOMPARE(csvLines.size(), rows + 2); // the header, the rows, and the empty piece after the last line break
    const auto first = AuditLogRecord::fromRaw(page->model()->raw(page->model()->matchedRecords().first()));
    QVERIFY(csvLines.at(1).startsWith(first->tsText.toUtf8() + ',' + first->type.toUtf8() + ','));
    QVERIFY(csvLines.at(1).trimmed().endsWith(",verified"));

    finished.clear();
    const QString cefPath = m_h->dir.filePath(QStringLiteral("shown.cef"));
    QVERIFY(page->exportShownRows(cefPath));
    QVERIFY(finished.wait(10000));
    QFile cef(cefPath);
    QVERIFY(cef.open(QIODevice::ReadOnly));
    QList<QByteArray> cefLines = cef.readAll().split('\n');
    QCOMPARE(cefLines.takeLast(), QByteArray());
    QCOMPARE(cefLines.size(), rows);
    static const QRegularExpression shape(
        QStringLiteral("^\\S+ konghq\\.com CEF:0\\|KongInc\\|(Konnect|Dev-Portal)\\|1\\.0\\|[^|]+\\|[^|]+\\|\\d+\\|.* "
                       "signature=\\S+ signatureVerdict=verified$"));
    for (const QByteArray& line : std::as_const(cefLines))
        QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    QVERIFY(cefLines.first().startsWith(first->tsText.toUtf8() + " konghq.com CEF:0|"));
}

void TestGuiAuditLogs::aCancelledExportLeavesNoFile()
{
    AuditLogsPage* page = openTab(3000);
    QVERIFY(page);
    const QString path = m_h->dir.filePath(QStringLiteral("cancelled.cef"));
    QSignalSpy finished(page, &AuditLogsPage::exportFinished);
    QVERIFY(page->exportShownRows(path));
    auto* cancel = m_h->child<QPushButton>(QStringLiteral("exportCancelButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY(m_h->child<QProgressBar>(QStringLiteral("exportProgressBar"))->isVisible());
    cancel->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!cancel->isVisible());
    QVERIFY(m_h->labelText(QStringLiteral("logMessageLabel")).contains(QStringLiteral("no file")));
}

void TestGuiAuditLogs::aBadCustomWindowIsRefusedInPlace()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    const qsizetype before = page->model()->recordCount();
    m_h->emulator.clearRequestLog();
    page->setPick(AuditLogsPage::Pick::Custom);
    auto* start = m_h->child<QDateTimeEdit>(QStringLiteral("logStartEdit"));
    auto* end = m_h->child<QDateTimeEdit>(QStringLiteral("logEndEdit"));
    QVERIFY(start->isVisible() && end->isVisible());
    start->setDateTime(m_h->clock.now().toLocalTime().addDays(-9));
    end->setDateTime(m_h->clock.now().toLocalTime().addDays(-8));
    m_h->child<QPushButton>(QStringLiteral("loadLogsButton"))->click();
    QVERIFY(m_h->labelText(QStringLiteral("logStartMessage")).contains(QStringLiteral("7 days")));
    QVERIFY(m_h->labelText(QStringLiteral("logEndMessage")).contains(QStringLiteral("7 days")));
    QTest::qWait(50);
    QCOMPARE(m_h->emulator.requestLog().size(), 0); // nothing sent
    QCOMPARE(page->model()->recordCount(), before); // and nothing forgotten
}

void TestGuiAuditLogs::aFailingPageShowsTheCountdownAndKeepsTheRows()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    // The keys are known from the first load: the next requests are the pages only.
    EmulatorFault pass;
    pass.delayMs = 1;
    EmulatorFault unavailable;
    unavailable.status = 503;
    unavailable.retryAfter = QByteArray("3");
    QList<EmulatorFault> faults {pass};
    for (int attempt = 0; attempt < RetryPolicy::maxAttempts; ++attempt)
        faults.append(unavailable);
    m_h->emulator.addFaults(faults);
    m_h->child<QPushButton>(QStringLiteral("loadLogsButton"))->click();

    auto* progress = m_h->child<RequestProgressWidget>(QStringLiteral("logPullProgress"));
    QTRY_VERIFY2(progress->statusText().contains(QStringLiteral("retrying in 3 s")),
                 qPrintable(progress->statusText()));
    QVERIFY(progress->isVisible());
    QVERIFY(progress->statusText().contains(QStringLiteral("503")));
    QTRY_COMPARE(page->model()->recordCount(), qsizetype(AuditLogsController::pageSize));
    m_h->clock.advance(1000);
    QTRY_VERIFY(progress->statusText().contains(QStringLiteral("retrying in 2 s")));

    m_h->clock.setAutoAdvance(true);
    m_h->clock.advance(2000);
    QTRY_VERIFY(!page->controller()->isLoading());
    QCOMPARE(page->model()->recordCount(), qsizetype(AuditLogsController::pageSize));
    QCOMPARE(page->model()->rowCount(), AuditLogsController::pageSize);
    QVERIFY(!progress->isVisible());
    const QString message = m_h->labelText(QStringLiteral("logMessageLabel"));
    QVERIFY2(message.contains(QStringLiteral("%1 records loaded so far stay shown").arg(AuditLogsController::pageSize)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("503")), qPrintable(message));
}

QTEST_MAIN(TestGuiAuditLogs)
#include "tst_gui_auditlogs.moc"

void TestGuiAuditLogs::followAddsNewEventsOnceUntilSwitchedOff()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    auto* follow = m_h->child<QCheckBox>(QStringLiteral("followCheckBox"));
    auto* interval = m_h->child<QSpinBox>(QStringLiteral("followIntervalSpinBox"));
    QVERIFY(follow->isEnabled());
    QCOMPARE(interval->value(), int(AuditLogFollower::defaultPollIntervalMs / 1000));
    interval->setValue(20);
    follow->click();
    AuditLogsController* controller = page->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isFollowing() && controller->follower()->nextPollAt().isValid(), 20000);
    QTRY_VERIFY(!controller->isLoading());
    QCOMPARE(page->model()->recordCount(), qsizetype(historySize));
    QCOMPARE(controller->follower()->nextPollAt(), m_h->clock.now().addSecs(20));
    QVERIFY2(page->followText().contains(QStringLiteral("the next poll at")), qPrintable(page->followText()));

    // The view shows the last row: new rows scroll into view, as in tail -f.
    QTableView* table = page->table();
    table->scrollToBottom();
    QTRY_COMPARE(page->model()->rowCount(), historySize);
    table->scrollToBottom();

    // Konnect makes a new record every 5 s: each poll brings the new ones, and the 60 s overlap brings some again,
    // which are not shown twice.
    for (int poll = 0; poll < 6; ++poll) {
        const int polls = controller->follower()->polls();
        m_h->clock.advance(m_h->clock.now().msecsTo(controller->follower()->nextPollAt()));
        QTRY_VERIFY_WITH_TIMEOUT(controller->follower()->polls() > polls
                                     && controller->follower()->nextPollAt().isValid() && !controller->isVerifying(),
                                 20000);
    }
    QVERIFY(controller->follower()->duplicatesSkipped() > 0);
    QList<QByteArray> want = served();
    QCOMPARE(want.size(), historySize + 6 * 20 / 5);
    QTRY_COMPARE(page->model()->recordCount(), qsizetype(want.size()));
    QTRY_VERIFY(!controller->isVerifying());
    QSet<QByteArray> shown;
    for (qsizetype record = 0; record < page->model()->recordCount(); ++record) {
        shown.insert(page->model()->raw(record));
        QCOMPARE(page->model()->verdict(record), AuditLogTableModel::Verdict::Verified);
    }
    QCOMPARE(shown, QSet<QByteArray>(want.cbegin(), want.cend()));
    QVERIFY2(page->followText().contains(QStringLiteral("%1 new events").arg(6 * 20 / 5)),
             qPrintable(page->followText()));
    QTRY_COMPARE(page->model()->rowCount(), int(want.size()));
    QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(page->model()->index(int(want.size()) - 1, 0))));
    // Scrolled up, the view stays where the admin is reading.
    table->scrollToTop();
    const int polls = controller->follower()->polls();
    m_h->clock.advance(m_h->clock.now().msecsTo(controller->follower()->nextPollAt()));
    QTRY_VERIFY_WITH_TIMEOUT(controller->follower()->polls() > polls && controller->follower()->nextPollAt().isValid(),
                             20000);
    want = served();
    QTRY_COMPARE(page->model()->recordCount(), qsizetype(want.size()));
    QCOMPARE(table->verticalScrollBar()->value(), 0);

    // Off: no more polls, the rows stay.
    follow->click();
    QTRY_VERIFY(!controller->isFollowing());
    QCOMPARE(m_h->clock.pendingCount(), 0);
    const int requests = int(m_h->emulator.requestLog().size());
    m_h->clock.advance(60000);
    QTest::qWait(50);
    QCOMPARE(int(m_h->emulator.requestLog().size()), requests);
    QCOMPARE(page->model()->recordCount(), qsizetype(want.size()));
    QVERIFY(m_h->labelText(QStringLiteral("logMessageLabel")).contains(QStringLiteral("Following stopped")));
    QVERIFY(page->followText().isEmpty());
}

void TestGuiAuditLogs::followGoesOnAfterAFailedPoll()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    page->setPollIntervalSeconds(10);
    page->setFollowing(true);
    AuditLogsController* controller = page->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isFollowing() && controller->follower()->nextPollAt().isValid(), 20000);
    // Every attempt of the next poll fails: the follow says so and goes on.
    EmulatorFault unavailable;
    unavailable.status = 503;
    unavailable.retryAfter = QByteArray("1");
    m_h->emulator.addFaults(QList<EmulatorFault>(RetryPolicy::maxAttempts, unavailable));
    m_h->clock.advance(m_h->clock.now().msecsTo(controller->follower()->nextPollAt()));
    // The retry rule's waits pass on the test's clock, half a second at a time.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_h->clock.advance(500);
            return controller->follower()->failedPolls() == 1;
        }(),
        20000);
    QVERIFY(controller->isFollowing());
    QVERIFY2(page->followText().contains(QStringLiteral("A poll failed")), qPrintable(page->followText()));
    QVERIFY(page->model()->recordCount() >= qsizetype(historySize));
    QCOMPARE(m_h->emulator.pendingFaults(), qsizetype(0));
    const int polls = controller->follower()->polls();
    m_h->clock.advance(m_h->clock.now().msecsTo(controller->follower()->nextPollAt()));
    QTRY_VERIFY_WITH_TIMEOUT(controller->follower()->polls() > polls && controller->follower()->nextPollAt().isValid(),
                             20000);
    QVERIFY2(page->followText().contains(QStringLiteral("the next poll at")), qPrintable(page->followText()));
    QVERIFY(page->isFollowing());
    page->setFollowing(false);
    QTRY_VERIFY(!page->isFollowing());
}

void TestGuiAuditLogs::compareListsMissingAndExtraAndOffersTheReplay()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    // What a SIEM received: every record in the webhook's CEF shape, from the tab's own export.
    const QString full = m_h->dir.filePath(QStringLiteral("siem.cef"));
    QSignalSpy exported(page, &AuditLogsPage::exportFinished);
    QVERIFY(page->exportShownRows(full));
    QVERIFY(exported.wait(10000));
    QFile fullFile(full);
    QVERIFY(fullFile.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = fullFile.readAll().split('\n');
    lines.removeAll(QByteArray());
    QCOMPARE(lines.size(), historySize);

    // The SIEM lost three events and holds one Konnect does not know.
    QList<qsizetype> lostRecords;
    for (const int row : {100, 101, 300}) {
        lostRecords.append(page->model()->matchedRecords().at(row));
        lines[row].clear();
    }
    lines.removeAll(QByteArray());
    const qint64 extraMs = AuditLogRecord::fromRaw(page->model()->raw(page->model()->matchedRecords().at(200)))
                               ->timestamp.toMSecsSinceEpoch()
        + 1;
    lines.insert(7,
                 "2026-01-01T00:00:00Z konghq.com CEF:0|KongInc|Konnect|1.0|KongGateway|Ingress|1|rt="
                     + QByteArray::number(extraMs) + " src=10.0.0.1 trace_id=4611686018427387905 sig=AAAA");
    const QString partial = m_h->dir.filePath(QStringLiteral("partial.cef"));
    QFile partialFile(partial);
    QVERIFY(partialFile.open(QIODevice::WriteOnly));
    partialFile.write(lines.join('\n') + '\n');
    partialFile.close();

    QPointer<AuditLogCompareDialog> dialog = page->compareWithExport(partial);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 20000);
    QCOMPARE(dialog->comparison().missing().size(), 3);
    QCOMPARE(dialog->comparison().extra().size(), 1);
    QCOMPARE(dialog->missingTable()->rowCount(), 3);
    QCOMPARE(dialog->extraTable()->rowCount(), 1);
    QCOMPARE(dialog->extraTable()->item(0, 0)->text(), QStringLiteral("8"));
    QCOMPARE(dialog->extraTable()->item(0, 3)->text(), QStringLiteral("4611686018427387905"));
    QSet<QString> missingTraces;
    for (int row = 0; row < 3; ++row)
        missingTraces.insert(dialog->missingTable()->item(row, 4)->text());
    QDateTime first, last;
    for (qsizetype record : lostRecords) {
        const auto parsed = AuditLogRecord::fromRaw(page->model()->raw(record));
        QVERIFY(missingTraces.contains(parsed->traceId));
        first = first.isValid() ? std::min(first, parsed->timestamp) : parsed->timestamp;
        last = last.isValid() ? std::max(last, parsed->timestamp) : parsed->timestamp;
    }
    QVERIFY2(dialog->statusText().contains(QStringLiteral("3 missing from the export, 1 extra")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->replayButton()->isEnabled());

    // The replay asks first, about the window covering the missing events; declined, nothing is sent.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const int questions = MessageBox::questionCount();
    dialog->replayButton()->click();
    QTRY_COMPARE(MessageBox::questionCount(), questions + 1);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(first.toSecsSinceEpoch(), Qt::UTC);
    const QDateTime end = QDateTime::fromSecsSinceEpoch((last.toMSecsSinceEpoch() + 999) / 1000, Qt::UTC);
    QVERIFY2(MessageBox::lastQuestion().contains(ReplayWindow::toRfc3339(start)),
             qPrintable(MessageBox::lastQuestion()));
    QVERIFY2(MessageBox::lastQuestion().contains(ReplayWindow::toRfc3339(end)), qPrintable(MessageBox::lastQuestion()));
    auto* tabs = m_h->child<QTabWidget>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("replayTab"));
    QVERIFY(!m_h->emulator.replayJob().startAt().isValid());

    // Confirmed, exactly that window is sent.
    QTRY_VERIFY(m_h->labelText(QStringLiteral("replayMessageLabel")).contains(QStringLiteral("Nothing was sent")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->replayButton()->click();
    QTRY_COMPARE(MessageBox::questionCount(), questions + 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->emulator.replayJob().startAt().isValid(), 10000);
    QCOMPARE(m_h->emulator.replayJob().startAt(), start);
    QCOMPARE(m_h->emulator.replayJob().endAt(), end);
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void TestGuiAuditLogs::compareOfAnExportWithNoEventSaysSo()
{
    AuditLogsPage* page = openTab();
    QVERIFY(page);
    const QString path = m_h->dir.filePath(QStringLiteral("empty.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an audit event\n");
    file.close();
    const int requests = int(m_h->emulator.requestLog().size());
    QPointer<AuditLogCompareDialog> dialog = page->compareWithExport(path);
    QVERIFY(dialog);
    QSignalSpy finished(dialog.data(), &AuditLogCompareDialog::finished);
    QVERIFY(dialog->isRunning()); // the export is read on a worker thread
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!dialog->isRunning());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("has no audit event")), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->replayButton()->isEnabled());
    QCOMPARE(int(m_h->emulator.requestLog().size()), requests);
    const QString missingFile = m_h->dir.filePath(QStringLiteral("no-such-export.log"));
    QPointer<AuditLogCompareDialog> second = page->compareWithExport(missingFile);
    QVERIFY(second);
    QSignalSpy secondFinished(second.data(), &AuditLogCompareDialog::finished);
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(secondFinished.constFirst().constFirst().toBool(), false);
    QVERIFY2(second->statusText().contains(QStringLiteral("could not be read")), qPrintable(second->statusText()));
    dialog->close();
    second->close();
}
