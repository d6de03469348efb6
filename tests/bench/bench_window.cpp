// Benchmark (issue 7, 2): the window from process start to the configuration shown, offscreen, and its peak memory.
// `--exit-after-load` makes the window load, paint once and print its own timings on standard error
//   startup: shown_ms=N loaded_ms=N painted_ms=N peak_rss_kb=N result=ok
// measured from the start of main(); this benchmark adds the wall-clock time from spawning the process to its exit
// and the kernel's peak RSS. Two ways: --demo (the built-in emulator) and a real profile run against the emulator
// as its own process (--token-stdin --base-url). Process start to loaded is estimated as loaded_ms plus the time the
// same binary needs to start and exit doing nothing (`--version`), which covers loading the libraries before main().
//
//   kaw_bench_window --binary PATH/konnect-audit-webhook [--runs 15]
//
// Targets: loaded within 300 ms of process start, peak memory under 60 MiB.

#include "BenchReport.h"
#include "EmulatorProcess.h"
#include "ProcessTimer.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {
struct Sample
{
    QMap<QString, QList<double>> figures; // shown_ms, loaded_ms, painted_ms, wall_ms, rss_kb
    int failures = 0;
    QByteArray lastError;
};

void measure(const ProcessTimer& timer, const QString& binary, const QStringList& arguments, const QByteArray& input,
             Sample* sample)
{
    const ProcessTimer::Result result = timer.run(binary, arguments, input);
    static const QRegularExpression startup(
        QStringLiteral("startup: shown_ms=(\\d+) loaded_ms=(\\d+) painted_ms=(\\d+) peak_rss_kb=(\\d+) result=ok"));
    const QRegularExpressionMatch match = startup.match(QString::fromUtf8(result.standardError));
    if (!result.started || result.exitCode != 0 || !match.hasMatch()) {
        ++sample->failures;
        sample->lastError = result.standardError.right(800);
        return;
    }
    sample->figures[QStringLiteral("shown_ms")].append(match.captured(1).toDouble());
    sample->figures[QStringLiteral("loaded_ms")].append(match.captured(2).toDouble());
    sample->figures[QStringLiteral("painted_ms")].append(match.captured(3).toDouble());
    sample->figures[QStringLiteral("wall_ms")].append(result.wallMs);
    sample->figures[QStringLiteral("rss_kb")].append(double(result.peakRssKb));
}

double medianOf(const Sample& sample, const char* figure)
{
    return BenchReport::median(sample.figures.value(QString::fromLatin1(figure)));
}

void report(const QString& mode, const Sample& sample, double processStartMs)
{
    if (sample.failures > 0)
        BenchReport::line(QStringLiteral("%1: %2 runs failed, the last with: %3")
                              .arg(mode)
                              .arg(sample.failures)
                              .arg(QString::fromUtf8(sample.lastError)));
    if (sample.figures.isEmpty())
        return;
    const double loaded = medianOf(sample, "loaded_ms");
    const double rssMb = BenchReport::percentile(sample.figures.value(QStringLiteral("rss_kb")), 1.0) / 1024.0;
    BenchReport::line(QStringLiteral("%1: median of %2 runs: shown %3 ms, loaded %4 ms, painted %5 ms after main(); "
                                     "spawn to exit %6 ms; peak RSS median %7 MiB, max %8 MiB")
                          .arg(mode)
                          .arg(sample.figures.value(QStringLiteral("wall_ms")).size())
                          .arg(medianOf(sample, "shown_ms"), 0, 'f', 0)
                          .arg(loaded, 0, 'f', 0)
                          .arg(medianOf(sample, "painted_ms"), 0, 'f', 0)
                          .arg(medianOf(sample, "wall_ms"), 0, 'f', 0)
                          .arg(medianOf(sample, "rss_kb") / 1024.0, 0, 'f', 1)
                          .arg(rssMb, 0, 'f', 1));
    const double startToLoaded = loaded + processStartMs;
    BenchReport::verdict(QStringLiteral("window %1, process start to configuration loaded").arg(mode),
                         QStringLiteral("%1 ms (loaded_ms %2 + process start %3)")
                             .arg(startToLoaded, 0, 'f', 0)
                             .arg(loaded, 0, 'f', 0)
                             .arg(processStartMs, 0, 'f', 0),
                         QStringLiteral("<= 300 ms"), startToLoaded <= 300);
    BenchReport::verdict(QStringLiteral("window %1, peak memory").arg(mode),
                         QStringLiteral("%1 MiB").arg(rssMb, 0, 'f', 1), QStringLiteral("< 60 MiB"), rssMb < 60);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&arguments](const char* name, const QString& fallback) {
        return BenchReport::option(arguments, name, fallback);
    };
    const QString binary = option("--binary", qEnvironmentVariable("KAW_BINARY"));
    const int runs = option("--runs", QStringLiteral("15")).toInt();
    BenchReport::heading(QStringLiteral("window: process start to configuration shown (offscreen), peak memory"));
    if (binary.isEmpty() || !QFile::exists(binary)) {
        BenchReport::line(QStringLiteral("needs --binary (the built konnect-audit-webhook)"));
        return 1;
    }

    QTemporaryDir home;
    QProcessEnvironment environment = BenchReport::isolatedEnvironment(home.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ProcessTimer timer(environment);

    const QString token = QStringLiteral("kpat_benchmark0throwaway0token000000000000000");
    EmulatorProcess emulator(binary, token);
    QString problem;
    if (!emulator.start(&problem)) {
        BenchReport::line(problem);
        return 1;
    }
    const QStringList demo {QStringLiteral("--demo"), QStringLiteral("--exit-after-load")};
    const QStringList profile {QStringLiteral("--exit-after-load"), QStringLiteral("--token-stdin"),
                               QStringLiteral("--base-url"),        emulator.baseUrl().toString(),
                               QStringLiteral("--profile"),         QStringLiteral("bench")};
    const QByteArray tokenInput = token.toUtf8() + '\n';

    QList<double> startAlone;
    Sample demoSample;
    Sample profileSample;
    for (int warmUp = 0; warmUp < 2; ++warmUp) {
        Sample ignored;
        measure(timer, binary, demo, {}, &ignored);
        measure(timer, binary, profile, tokenInput, &ignored);
    }
    for (int run = 0; run < runs; ++run) {
        const ProcessTimer::Result version = timer.run(binary, {QStringLiteral("--version")});
        if (version.exitCode == 0)
            startAlone.append(version.wallMs);
        measure(timer, binary, demo, {}, &demoSample);
        measure(timer, binary, profile, tokenInput, &profileSample);
    }
    const double processStart = BenchReport::median(startAlone);
    BenchReport::line(
        QStringLiteral("process start and exit doing nothing (--version): median %1 ms").arg(processStart, 0, 'f', 1));
    report(QStringLiteral("--demo"), demoSample, processStart);
    report(QStringLiteral("profile against the emulator"), profileSample, processStart);
    return demoSample.failures == 0 && profileSample.failures == 0 ? 0 : 1;
}
