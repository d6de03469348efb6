// Benchmark (issue 13): pull the emulator's audit-log history with `logs --output jsonl --out FILE --page-size
// 1000`, beside curl fetching the same pages one after the other into a file. The page URLs come from a first pass
// (this program follows meta.page.next once), which also makes the emulator generate and sign every record before
// anything is timed: the emulator signs a record on its first read, and that is not what is measured here. Both
// sides then make the same sequential requests over one connection; ours also finds each next cursor itself.
// Runs alternate between the two so that a machine getting busier or quieter affects both alike.
//
// Peak memory is the kernel's max RSS of the child (wait4). It is measured again with twice the records (a second
// emulator): the pull streams pages, so its memory must not grow with the window.
//
// The emulator's CPU time during each side's runs is printed beside their wall time: when it is close to 100 %,
// the emulator, not the client, sets the pace of both sides, and the ratio says little.
//
//   kaw_bench_pull --binary PATH/konnect-audit-webhook [--records 100000] [--runs 7]
//
// Targets: within 1.5x of curl; peak memory under 60 MiB, and less than 10 % more for twice the records.

#include "BenchReport.h"
#include "EmulatorProcess.h"
#include "ProcessTimer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <ctime>
#include <malloc.h>
#include <memory>

namespace {
const QString kToken = QStringLiteral("kpat_benchmark0throwaway0token000000000000000");
constexpr int kPageSize = 1000;

double nowMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct FirstPass
{
    QStringList urls; // every page, in order, as curl fetches them
    qint64 records = 0;
    double wallMs = 0;
    QString problem;
};

// Follows the cursors once, the way the contract describes it: meta.page.next until it is null.
FirstPass followPages(const QUrl& base, const QString& end)
{
    FirstPass pass;
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QStringLiteral("/v3/audit-logs"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page[size]"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("filter[ts][lte]"), end);
    url.setQuery(query);
    const double start = nowMs();
    while (url.isValid() && pass.urls.size() < 10000) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            pass.problem = QStringLiteral("the first pass failed at page %1: %2 %3")
                               .arg(pass.urls.size() + 1)
                               .arg(reply->errorString(), QString::fromUtf8(body.left(300)));
            return pass;
        }
        pass.urls.append(url.toString(QUrl::FullyEncoded));
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        pass.records += page.value(QLatin1String("data")).toArray().size();
        const QString next = page.value(QLatin1String("meta"))
                                 .toObject()
                                 .value(QLatin1String("page"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toString();
        url = next.isEmpty() ? QUrl() : base.resolved(QUrl(next, QUrl::StrictMode));
    }
    pass.wallMs = nowMs() - start;
    return pass;
}

// This process's resident memory now. A child's max RSS from wait4 is at least this much: the child is spawned
// sharing (vfork) or copying (fork) this process's memory, and Linux carries the high-water mark across exec.
double ownMemoryMb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

struct Sample
{
    QList<double> wallMs;
    QList<double> cpuMs;
    QList<double> rssKb;
    QList<double> emulatorCpuMs; // the emulator's CPU time during each run
    qint64 outputBytes = 0;
    qint64 outputLines = 0;
    int failures = 0;
    QByteArray lastError;
};

void measure(const ProcessTimer& timer, const EmulatorProcess& emulator, const QString& program,
             const QStringList& arguments, const QByteArray& input, const QString& stdoutPath,
             const QString& outputPath, Sample* sample)
{
    QFile::remove(outputPath);
    const double emulatorBefore = emulator.cpuMs();
    const ProcessTimer::Result result = timer.run(program, arguments, input, stdoutPath);
    const double emulatorAfter = emulator.cpuMs();
    QFile output(outputPath);
    if (!result.started || result.exitCode != 0 || !output.open(QIODevice::ReadOnly)) {
        ++sample->failures;
        sample->lastError = result.standardError.right(500);
        return;
    }
    sample->wallMs.append(result.wallMs);
    sample->cpuMs.append(result.cpuMs);
    // Not wait4's figure: a spawned child starts from this process's memory, and Linux carries this process's peak
    // over into the child's max RSS. The child's own high-water mark, read while it runs, is what it used.
    sample->rssKb.append(double(result.peakHwmKb));
    if (emulatorBefore >= 0 && emulatorAfter >= 0)
        sample->emulatorCpuMs.append(emulatorAfter - emulatorBefore);
    sample->outputBytes = output.size();
    // Counted in pieces: reading a 55 MB file whole would grow this process, and with it the next child's max RSS.
    sample->outputLines = 0;
    while (!output.atEnd())
        sample->outputLines += output.read(1 << 20).count('\n');
}

void describe(const QString& what, const Sample& sample, qint64 records)
{
    if (sample.failures > 0)
        BenchReport::line(QStringLiteral("%1: %2 runs failed, the last with: %3")
                              .arg(what)
                              .arg(sample.failures)
                              .arg(QString::fromUtf8(sample.lastError)));
    if (sample.wallMs.isEmpty())
        return;
    const double wall = BenchReport::median(sample.wallMs);
    const double emulatorBusy = 100.0 * BenchReport::median(sample.emulatorCpuMs) / wall;
    BenchReport::line(QStringLiteral("%1  median %2 ms (min %3), %4 records/s, CPU %5 ms, peak RSS %6 MiB, "
                                     "%7 MB written; emulator busy %8 % of that time (%9 runs)")
                          .arg(what.leftJustified(22))
                          .arg(wall, 0, 'f', 0)
                          .arg(BenchReport::minimum(sample.wallMs), 0, 'f', 0)
                          .arg(double(records) * 1000.0 / wall, 0, 'f', 0)
                          .arg(BenchReport::median(sample.cpuMs), 0, 'f', 0)
                          .arg(BenchReport::percentile(sample.rssKb, 1.0) / 1024.0, 0, 'f', 1)
                          .arg(double(sample.outputBytes) / 1e6, 0, 'f', 1)
                          .arg(emulatorBusy, 0, 'f', 0)
                          .arg(sample.wallMs.size()));
}

struct Pull
{
    FirstPass pass;
    Sample ours;
    Sample curl;
    bool ran = false;
};

// One emulator with `records` in its history: the first pass, then `runs` of ours (and of curl, if `withCurl`).
Pull pullFrom(const QString& binary, const QString& curl, const ProcessTimer& timer, const QTemporaryDir& home,
              qint64 records, int runs, bool withCurl)
{
    Pull pull;
    const double startedAt = nowMs();
    EmulatorProcess emulator(binary, kToken, {QStringLiteral("--log-history"), QString::number(records)});
    QString problem;
    if (!emulator.start(&problem)) {
        BenchReport::line(problem);
        return pull;
    }
    const double listeningMs = nowMs() - startedAt;
    // A fixed end, a moment ago, on both sides: records arriving meanwhile do not change the pages.
    const QString end = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
    pull.pass = followPages(emulator.baseUrl(), end);
    if (!pull.pass.problem.isEmpty()) {
        BenchReport::line(pull.pass.problem);
        return pull;
    }
    // The first pass's buffers go back to the system, so that this process's size does not show in the children's.
    malloc_trim(0);
    BenchReport::line(QStringLiteral("%1 records: emulator listening after %2 ms; first pass (the emulator makes and "
                                     "signs the history on first read) %3 ms: %4 records in %5 pages; this "
                                     "benchmark's own RSS %6 MiB, its peak %7 MiB")
                          .arg(records)
                          .arg(listeningMs, 0, 'f', 0)
                          .arg(pull.pass.wallMs, 0, 'f', 0)
                          .arg(pull.pass.records)
                          .arg(pull.pass.urls.size())
                          .arg(ownMemoryMb("VmRSS"), 0, 'f', 1)
                          .arg(ownMemoryMb("VmHWM"), 0, 'f', 1));

    const QString oursFile = home.filePath(QStringLiteral("ours.jsonl"));
    const QString curlFile = home.filePath(QStringLiteral("curl.json"));
    const QStringList ours {
        QStringLiteral("logs"),          QStringLiteral("--end"),      end,
        QStringLiteral("--page-size"),   QString::number(kPageSize),   QStringLiteral("--output"),
        QStringLiteral("jsonl"),         QStringLiteral("--out"),      oursFile,
        QStringLiteral("--token-stdin"), QStringLiteral("--base-url"), emulator.baseUrl().toString()};
    const QByteArray oursInput = kToken.toUtf8() + '\n';
    // The token stays off curl's command line (a header file), the URLs too (a config file): one process, one
    // connection, the pages one after the other, every answer into one file.
    const QString headerFile = home.filePath(QStringLiteral("authorization.header"));
    const QString configFile = home.filePath(QStringLiteral("pages.curlrc"));
    QFile header(headerFile);
    QFile config(configFile);
    if (!header.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
        return pull;
    header.write("Authorization: Bearer " + kToken.toUtf8() + "\n");
    header.close();
    for (const QString& url : std::as_const(pull.pass.urls))
        config.write("url = \"" + url.toUtf8() + "\"\n");
    config.close();
    const QStringList theirs {QStringLiteral("-sS"),
                              QStringLiteral("--fail"),
                              QStringLiteral("--globoff"),
                              QStringLiteral("-H"),
                              QLatin1Char('@') + headerFile,
                              QStringLiteral("--config"),
                              configFile};

    for (int run = 0; run < runs; ++run) {
        measure(timer, emulator, binary, ours, oursInput, {}, oursFile, &pull.ours);
        if (withCurl)
            measure(timer, emulator, curl, theirs, {}, curlFile, curlFile, &pull.curl);
    }
    describe(QStringLiteral("logs --output jsonl"), pull.ours, pull.pass.records);
    if (withCurl)
        describe(QStringLiteral("curl, the same pages"), pull.curl, pull.pass.records);
    // A pull that wrote something else than the pages' records would be a fast wrong answer; the edge of the 7 days
    // moves on meanwhile, so a few of the oldest records may have dropped out.
    if (!pull.ours.wallMs.isEmpty()
        && (pull.ours.outputLines > pull.pass.records || pull.ours.outputLines < pull.pass.records * 99 / 100)) {
        BenchReport::line(QStringLiteral("logs wrote %1 records, the pages have %2")
                              .arg(pull.ours.outputLines)
                              .arg(pull.pass.records));
        ++pull.ours.failures;
    }
    pull.ran = true;
    return pull;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString binary = BenchReport::option(args, "--binary", qEnvironmentVariable("KAW_BINARY"));
    const qint64 records = BenchReport::option(args, "--records", QStringLiteral("100000")).toLongLong();
    const int runs = BenchReport::option(args, "--runs", QStringLiteral("7")).toInt();
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    BenchReport::heading(
        QStringLiteral("pull: logs --output jsonl --page-size %1 from the emulator, beside curl").arg(kPageSize));
    if (binary.isEmpty() || !QFile::exists(binary) || curl.isEmpty() || records < kPageSize) {
        BenchReport::line(QStringLiteral("needs --binary (the built konnect-audit-webhook), curl on PATH and "
                                         "--records of at least %1")
                              .arg(kPageSize));
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment environment = BenchReport::isolatedEnvironment(home.path());
    const ProcessTimer timer(environment);

    const Pull single = pullFrom(binary, curl, timer, home, records, runs, true);
    if (!single.ran || single.ours.wallMs.isEmpty() || single.curl.wallMs.isEmpty())
        return 1;
    // Twice the records, ours only: the memory must stay flat.
    const Pull twice = pullFrom(binary, curl, timer, home, 2 * records, qMax(1, runs - 1), false);
    if (!twice.ran || twice.ours.wallMs.isEmpty())
        return 1;

    const double oursMs = BenchReport::median(single.ours.wallMs);
    const double curlMs = BenchReport::median(single.curl.wallMs);
    const double ratio = oursMs / curlMs;
    const double emulatorShare = BenchReport::median(single.curl.emulatorCpuMs) / curlMs;
    if (emulatorShare > 0.8)
        BenchReport::line(QStringLiteral("the emulator was busy %1 % of curl's time: it, not the client, sets the "
                                         "pace of both sides")
                              .arg(100 * emulatorShare, 0, 'f', 0));
    BenchReport::verdict(QStringLiteral("pull %1 records vs curl (median)").arg(single.pass.records),
                         QStringLiteral("%1 ms vs %2 ms = %3x, %4 records/s")
                             .arg(oursMs, 0, 'f', 0)
                             .arg(curlMs, 0, 'f', 0)
                             .arg(ratio, 0, 'f', 2)
                             .arg(double(single.pass.records) * 1000.0 / oursMs, 0, 'f', 0),
                         QStringLiteral("<= 1.5x"), ratio <= 1.5);
    const double rssMb = BenchReport::percentile(single.ours.rssKb, 1.0) / 1024.0;
    const double twiceRssMb = BenchReport::percentile(twice.ours.rssKb, 1.0) / 1024.0;
    BenchReport::verdict(QStringLiteral("pull %1 records, peak memory").arg(single.pass.records),
                         QStringLiteral("%1 MiB").arg(rssMb, 0, 'f', 1), QStringLiteral("< 60 MiB"), rssMb < 60);
    const double growth = 100.0 * (twiceRssMb / rssMb - 1.0);
    BenchReport::verdict(
        QStringLiteral("pull peak memory, %1 vs %2 records").arg(twice.pass.records).arg(single.pass.records),
        QStringLiteral("%1 MiB vs %2 MiB = %3%4 %")
            .arg(twiceRssMb, 0, 'f', 1)
            .arg(rssMb, 0, 'f', 1)
            .arg(growth >= 0 ? QStringLiteral("+") : QString())
            .arg(growth, 0, 'f', 1),
        QStringLiteral("< +10 %"), growth < 10.0);
    return single.ours.failures == 0 && single.curl.failures == 0 && twice.ours.failures == 0 ? 0 : 1;
}
