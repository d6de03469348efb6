// Benchmark (issue 7, 1): headless `get` against the local emulator, process start to exit, next to curl doing the
// same requests. Both run as a script would run them: a new process each time, the token from a pipe (ours) or a
// header file (curl's -H @file), the answer to /dev/null. Runs alternate between the two so that a machine getting
// busier or quieter affects both alike; the figure is the ratio of the medians.
//
//   kaw_bench_get --binary PATH/konnect-audit-webhook [--runs 30]
//
// Target: get within 3x of curl.

#include "BenchReport.h"
#include "EmulatorProcess.h"
#include "ProcessTimer.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
struct Sample
{
    QList<double> wallMs;
    int failures = 0;
    QByteArray lastError;
};

void measure(const ProcessTimer& timer, const QString& program, const QStringList& arguments, const QByteArray& input,
             Sample* sample)
{
    const ProcessTimer::Result result = timer.run(program, arguments, input);
    if (!result.started || result.exitCode != 0) {
        ++sample->failures;
        sample->lastError = result.standardError.right(500);
        return;
    }
    sample->wallMs.append(result.wallMs);
}

void describe(const QString& what, const Sample& sample)
{
    BenchReport::line(QStringLiteral("%1  median %2 ms, min %3 ms, p90 %4 ms (%5 runs, %6 failed)")
                          .arg(what.leftJustified(26))
                          .arg(BenchReport::median(sample.wallMs), 6, 'f', 1)
                          .arg(BenchReport::minimum(sample.wallMs), 6, 'f', 1)
                          .arg(BenchReport::percentile(sample.wallMs, 0.9), 6, 'f', 1)
                          .arg(sample.wallMs.size())
                          .arg(sample.failures));
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
    const int runs = option("--runs", QStringLiteral("30")).toInt();
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString truePath = QStandardPaths::findExecutable(QStringLiteral("true"));
    BenchReport::heading(QStringLiteral("get: process start to exit, against the local emulator, beside curl"));
    if (binary.isEmpty() || !QFile::exists(binary) || curl.isEmpty()) {
        BenchReport::line(QStringLiteral("needs --binary (the built konnect-audit-webhook) and curl on PATH"));
        return 1;
    }

    const QString token = QStringLiteral("kpat_benchmark0throwaway0token000000000000000");
    EmulatorProcess emulator(binary, token);
    QString problem;
    if (!emulator.start(&problem)) {
        BenchReport::line(problem);
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment environment = BenchReport::isolatedEnvironment(home.path());
    const ProcessTimer timer(environment);

    // The token stays off both command lines: a pipe for ours, a header file for curl.
    const QString headerFile = home.filePath(QStringLiteral("authorization.header"));
    QFile header(headerFile);
    if (!header.open(QIODevice::WriteOnly))
        return 1;
    header.write("Authorization: Bearer " + token.toUtf8() + "\n");
    header.close();
    // `get` reads v3 first (the binding), then, for a region that is not bound, the inline v2 webhook: curl makes
    // the same two requests, in one process over one connection.
    QUrl binding = emulator.baseUrl();
    binding.setPath(QStringLiteral("/v3/audit-log-webhook"));
    QUrl inlineWebhook = emulator.baseUrl();
    inlineWebhook.setPath(QStringLiteral("/v2/audit-log-webhook"));

    const QStringList ours {QStringLiteral("get"), QStringLiteral("--token-stdin"), QStringLiteral("--base-url"),
                            emulator.baseUrl().toString()};
    const QByteArray oursInput = token.toUtf8() + '\n';
    const QStringList theirs {QStringLiteral("-sS"),         QStringLiteral("--fail"), QStringLiteral("-H"),
                              QLatin1Char('@') + headerFile, binding.toString(),       inlineWebhook.toString()};

    Sample get;
    Sample curlSample;
    Sample spawn;
    for (int warmUp = 0; warmUp < 3; ++warmUp) {
        Sample ignored;
        measure(timer, binary, ours, oursInput, &ignored);
        measure(timer, curl, theirs, {}, &ignored);
    }
    for (int run = 0; run < runs; ++run) {
        measure(timer, binary, ours, oursInput, &get);
        measure(timer, curl, theirs, {}, &curlSample);
        measure(timer, truePath, {}, {}, &spawn);
    }
    describe(QStringLiteral("konnect-audit-webhook get"), get);
    describe(QStringLiteral("curl"), curlSample);
    describe(QStringLiteral("true (process start alone)"), spawn);
    if (get.failures > 0)
        BenchReport::line(QStringLiteral("get failed: %1").arg(QString::fromUtf8(get.lastError)));
    if (curlSample.failures > 0)
        BenchReport::line(QStringLiteral("curl failed: %1").arg(QString::fromUtf8(curlSample.lastError)));
    if (get.wallMs.isEmpty() || curlSample.wallMs.isEmpty())
        return 1;

    const double ratio = BenchReport::median(get.wallMs) / BenchReport::median(curlSample.wallMs);
    BenchReport::verdict(QStringLiteral("get vs curl (median, process start to exit)"),
                         QStringLiteral("%1 ms vs %2 ms = %3x")
                             .arg(BenchReport::median(get.wallMs), 0, 'f', 1)
                             .arg(BenchReport::median(curlSample.wallMs), 0, 'f', 1)
                             .arg(ratio, 0, 'f', 2),
                         QStringLiteral("<= 3x"), ratio <= 3.0);
    return get.failures == 0 && curlSample.failures == 0 ? 0 : 1;
}
