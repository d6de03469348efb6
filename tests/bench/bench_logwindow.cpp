// Benchmark (issue 13): the window's Audit logs tab with 100,000 records pulled from the emulator (its own process,
// `emulator --log-history 100000`), offscreen, in this process:
//   - time from the first page's answer to the table's first paint with rows (target 300 ms);
//   - peak memory of the process with every record loaded (target under 150 MiB);
//   - the event loop's longest stall while loading (pages, rows, signature checks), filtering (type toggles,
//     Kong-initiated, a search over every record) and scrolling to the last row (target 16 ms each).
// A stall is the gap between two ticks of a 5 ms timer minus those 5 ms: time the loop could not run. On a shared
// machine most of a long gap can be time the kernel gave to other processes, so each gap is also measured as the
// CPU time this thread spent in it (CLOCK_THREAD_CPUTIME_ID): the work that kept the loop from running. The targets
// are judged on that busy time; the wall-clock gaps are printed beside it.
//
//   kaw_bench_logwindow --binary PATH/konnect-audit-webhook [--records 100000]

#include "AuditLogTableModel.h"
#include "AuditLogsController.h"
#include "AuditLogsPage.h"
#include "BenchReport.h"
#include "Clock.h"
#include "EmulatorProcess.h"
#include "HttpAttempt.h"
#include "KonnectClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>

namespace {
constexpr int tickMs = 5;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
constexpr double stallTargetMs = 16;

// The longest gap between ticks while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(tickMs);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const double gap = double(m_sinceTick.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            const double busy = cpu - m_cpuAtTick;
            m_maxGapMs = std::max(m_maxGapMs, gap);
            if (busy > m_maxBusyMs)
                m_maxBusyAtMs = m_sinceStart.elapsed();
            m_maxBusyMs = std::max(m_maxBusyMs, busy);
            if (busy > stallTargetMs)
                ++m_over;
            m_sinceTick.start();
            m_cpuAtTick = cpu;
        });
    }
    int overTarget() const { return m_over; }
    void start()
    {
        m_over = 0;
        m_maxGapMs = 0;
        m_maxBusyMs = 0;
        m_maxBusyAtMs = 0;
        m_sinceStart.start();
        m_sinceTick.start();
        m_cpuAtTick = threadCpuMs();
        m_ticker.start();
    }
    // The longest busy stretch between two ticks (CPU time of this thread).
    double stop()
    {
        m_ticker.stop();
        return m_maxBusyMs;
    }
    // When the longest busy stretch ended, in ms after start().
    qint64 maxBusyAtMs() const { return m_maxBusyAtMs; }
    // The longest wall-clock gap beyond the tick interval.
    double wallStallMs() const { return std::max(0.0, m_maxGapMs - tickMs); }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceStart;
    qint64 m_maxBusyAtMs = 0;
    double m_maxGapMs = 0;
    double m_maxBusyMs = 0;
    double m_cpuAtTick = 0;
    int m_over = 0;
};

// Runs the event loop until `done` holds (checked every millisecond) or `timeoutMs` passed; false on the timeout.
bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QElapsedTimer waited;
    waited.start();
    bool met = false;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        met = done();
        if (met || waited.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return met;
}

// The table's first paint with rows after the first page's answer arrived.
class FirstRowsWatch : public QObject
{
public:
    FirstRowsWatch(KonnectClient& client, QTableView* table)
        : m_table(table)
    {
        connect(&client, &KonnectClient::attemptFinished, this,
                [this](const QString&, const QString& path, const HttpAttempt&) {
                    if (!m_sincePage.isValid() && path.contains(QLatin1String("/audit-logs")))
                        m_sincePage.start();
                });
        table->viewport()->installEventFilter(this);
    }
    qint64 shownMs() const { return m_shownMs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_shownMs < 0 && m_sincePage.isValid()
            && m_table->model()->rowCount() > 0) {
            // Paint now, so that the time includes the painting of the rows.
            m_table->viewport()->removeEventFilter(this);
            QCoreApplication::sendEvent(watched, event);
            m_shownMs = m_sincePage.elapsed();
            return true;
        }
        return false;
    }

private:
    QTableView* m_table;
    QElapsedTimer m_sincePage;
    qint64 m_shownMs = -1;
};

// The longest time from a page's answer to its records being in the table (parsing, rows, filter, verdicts).
class PageWatch : public QObject
{
public:
    PageWatch(KonnectClient& client, AuditLogsController* controller)
    {
        connect(&client, &KonnectClient::attemptFinished, this,
                [this](const QString&, const QString& path, const HttpAttempt&) {
                    if (path.contains(QLatin1String("/audit-logs")))
                        m_sinceAnswer.start();
                });
        connect(controller, &AuditLogsController::pageArrived, this, [this] {
            if (m_sinceAnswer.isValid())
                m_longestMs = std::max(m_longestMs, double(m_sinceAnswer.nsecsElapsed()) / 1e6);
        });
    }
    double longestMs() const { return m_longestMs; }

private:
    QElapsedTimer m_sinceAnswer;
    double m_longestMs = 0;
};

// The offscreen platform says on every shown window that it cannot propagate size hints: not a figure.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kaw.*.debug=false\nqt.qpa.*=false"));
    const QStringList arguments = app.arguments();
    auto option = [&arguments](const char* name, const QString& fallback) {
        const qsizetype at = arguments.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    const QString binary = option("--binary", qEnvironmentVariable("KAW_BINARY"));
    const int records = option("--records", QStringLiteral("100000")).toInt();
    BenchReport::heading(QStringLiteral("window: the Audit logs tab with %1 records (offscreen)").arg(records));
    if (binary.isEmpty() || !QFile::exists(binary)) {
        BenchReport::line(QStringLiteral("needs --binary (the built konnect-audit-webhook)"));
        return 1;
    }
    const QString token = QStringLiteral("kpat_benchmark0throwaway0token000000000000000");
    EmulatorProcess emulator(binary, token, {QStringLiteral("--log-history"), QString::number(records)});
    QString problem;
    if (!emulator.start(&problem)) {
        BenchReport::line(problem);
        return 1;
    }
    const long baselineKb = peakRssKb();

    KonnectClient client;
    client.setApiRoot(emulator.baseUrl());
    client.setToken(token);
    AuditLogsPage page;
    page.setUp(&client, Clock::system(), nullptr);
    page.setPick(AuditLogsPage::Pick::Last7Days);
    page.resize(1280, 800);
    AuditLogsController* controller = page.controller();
    AuditLogTableModel* model = page.model();
    FirstRowsWatch firstRows(client, page.table());
    PageWatch pageWatch(client, controller);
    // The window is shown (polished, painted once) before the pull starts: start-up is not a stall of the loading.
    page.show();
    runUntil([] { return false; }, 300);
    StallMeter stalls;

    // Loading: every page, every row, every signature.
    QElapsedTimer loading;
    loading.start();
    stalls.start();
    page.setAvailable(true);
    const bool loaded = runUntil([&] { return !controller->isLoading() && !controller->isVerifying(); }, 600000);
    const qint64 loadMs = loading.elapsed();
    const double loadStall = stalls.stop();
    const qint64 loadStallAtMs = stalls.maxBusyAtMs();
    const int loadOver = stalls.overTarget();
    const double loadWall = stalls.wallStallMs();
    // The emulator's history grows by one record every 5 s while the pull runs.
    if (!loaded || model->recordCount() < records) {
        BenchReport::line(QStringLiteral("the pull did not end with %1 records: %2 loaded after %3 ms")
                              .arg(records)
                              .arg(model->recordCount())
                              .arg(loadMs));
        return 1;
    }
    runUntil([&] { return firstRows.shownMs() >= 0; }, 5000);

    // Filtering: the type toggles, Kong-initiated hidden, a search over every record, then back to everything.
    auto* authentication = page.findChild<QCheckBox*>(QStringLiteral("authenticationCheckBox"));
    auto* gateway = page.findChild<QCheckBox*>(QStringLiteral("gatewayAccessCheckBox"));
    auto* hideKong = page.findChild<QCheckBox*>(QStringLiteral("hideKongInitiatedCheckBox"));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("logSearchEdit"));
    QElapsedTimer filtering;
    stalls.start();
    filtering.start();
    QList<std::function<void()>> steps {
        [&] { authentication->click(); },
        [&] { gateway->click(); },
        [&] { hideKong->click(); },
        [&] { authentication->click(); },
        [&] { gateway->click(); },
        [&] { hideKong->click(); },
        [&] {
            search->setText(QStringLiteral("ADMIN"));
            emit search->returnPressed();
        },
        [&] {
            search->setText(QStringLiteral("no-such-text-anywhere"));
            emit search->returnPressed();
        },
        [&] {
            search->clear();
            emit search->returnPressed();
        },
    };
    bool filtered = true;
    for (const auto& step : steps) {
        step();
        filtered = runUntil([&] { return !model->isFiltering(); }, 60000) && filtered;
    }
    const qint64 filterMs = filtering.elapsed();
    const double filterStall = stalls.stop();
    const int filterOver = stalls.overTarget();
    const double filterWall = stalls.wallStallMs();
    if (!filtered || model->matchCount() != model->recordCount()) {
        BenchReport::line(QStringLiteral("filtering did not end with every record shown again"));
        return 1;
    }

    // Scrolling: a page down at a time, one step per turn of the event loop, to the last row.
    QScrollBar* bar = page.table()->verticalScrollBar();
    QElapsedTimer scrolling;
    stalls.start();
    scrolling.start();
    int steps_ = 0;
    double longestScrollStepMs = 0;
    const bool scrolled = runUntil(
        [&] {
            if (model->rowCount() == model->recordCount() && bar->value() == bar->maximum())
                return true;
            QElapsedTimer step;
            step.start();
            bar->setValue(bar->value() + bar->pageStep() * 20);
            longestScrollStepMs = std::max(longestScrollStepMs, double(step.nsecsElapsed()) / 1e6);
            ++steps_;
            return false;
        },
        300000);
    const qint64 scrollMs = scrolling.elapsed();
    const double scrollStall = stalls.stop();
    const int scrollOver = stalls.overTarget();
    const double scrollWall = stalls.wallStallMs();
    if (!scrolled) {
        BenchReport::line(
            QStringLiteral("scrolling did not reach the last row (%1 of %2 rows)").arg(model->rowCount()).arg(records));
        return 1;
    }

    const double peakMb = double(peakRssKb()) / 1024.0;
    BenchReport::line(QStringLiteral("loaded %1 records in %2 pages in %3 ms (%4 records/s, signatures included); "
                                     "%5 filter steps in %6 ms; %7 scroll steps to row %8 in %9 ms; "
                                     "RSS before the window %10 MiB")
                          .arg(model->recordCount())
                          .arg(controller->pagesLoaded())
                          .arg(loadMs)
                          .arg(double(records) * 1000.0 / double(std::max<qint64>(1, loadMs)), 0, 'f', 0)
                          .arg(steps.size())
                          .arg(filterMs)
                          .arg(steps_)
                          .arg(model->rowCount())
                          .arg(scrollMs)
                          .arg(double(baselineKb) / 1024.0, 0, 'f', 1));
    const qint64 shown = firstRows.shownMs();
    BenchReport::verdict(QStringLiteral("log window, first rows shown after the first page arrived"),
                         shown < 0 ? QStringLiteral("never") : QStringLiteral("%1 ms").arg(shown),
                         QStringLiteral("<= 300 ms"), shown >= 0 && shown <= 300);
    BenchReport::verdict(QStringLiteral("log window, peak memory with %1 records").arg(records),
                         QStringLiteral("%1 MiB").arg(peakMb, 0, 'f', 1), QStringLiteral("< 150 MiB"), peakMb < 150);
    BenchReport::line(
        QStringLiteral("busy stretches over the target: %1 while loading, %2 while filtering, %3 while scrolling; "
                       "longest wall-clock gaps beyond the tick (other processes' time included): %4, %5 and %6 ms; "
                       "longest time from a page's answer to its pageArrived %7 ms; longest scroll step %8 ms; the "
                       "longest busy stretch while loading ended %9 ms into the loading")
            .arg(loadOver)
            .arg(filterOver)
            .arg(scrollOver)
            .arg(loadWall, 0, 'f', 1)
            .arg(filterWall, 0, 'f', 1)
            .arg(scrollWall, 0, 'f', 1)
            .arg(pageWatch.longestMs(), 0, 'f', 1)
            .arg(longestScrollStepMs, 0, 'f', 1)
            .arg(loadStallAtMs));
    const QList<std::pair<QString, double>> phases {{QStringLiteral("loading"), loadStall},
                                                    {QStringLiteral("filtering"), filterStall},
                                                    {QStringLiteral("scrolling"), scrollStall}};
    for (const auto& [phase, stall] : phases)
        BenchReport::verdict(QStringLiteral("log window, longest event-loop stall (busy) while %1").arg(phase),
                             QStringLiteral("%1 ms").arg(stall, 0, 'f', 1),
                             QStringLiteral("<= %1 ms").arg(stallTargetMs, 0, 'f', 0), stall <= stallTargetMs);
    return 0;
}
