// Signature verification benchmark: generates a signed corpus (200,000 lines by default: CEF, JSON and CPS, signed
// by two keys as across a key rotation), verifies it plain and gzip-compressed with all cores, and prints lines per
// second beside OpenSSL's own Ed25519 verify rate (`openssl speed -seconds 3 ed25519`) times the core count.
//
//   kaw_bench_verify [--lines N] [--threads N] [--openssl-seconds N]
//
// The goal (issue 5): lines/s >= 70 % of OpenSSL verify/s x cores. `openssl speed` divides by the CPU time it used,
// so on a busy machine its rate holds while wall-clock rates fall; the benchmark therefore also prints the lines
// per CPU-second of the verification, OpenSSL's own wall-clock rate on all cores measured just after (-elapsed
// -multi), and the load average: on a machine shared with other work, compare like with like.

#include "AuditEventSamples.h"
#include "Ed25519Key.h"
#include "Jwks.h"
#include "VerificationRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>
#include <zlib.h>

namespace {
double processCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

// Lines [first, first + count) of the corpus: formats in turn, the first half signed by `oldKey`, the rest by
// `newKey`. Every line differs (its own timestamp).
QByteArray corpusPart(qint64 first, qint64 count, qint64 total, const Ed25519Key& oldKey, const Ed25519Key& newKey)
{
    static const LogFormat formats[] = {LogFormat::Cef, LogFormat::Json, LogFormat::Cps};
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-25T00:00:00Z"), Qt::ISODate);
    QByteArray out;
    out.reserve(count * 700);
    for (qint64 line = first - first % 3; line < first + count; line += 3) {
        const Ed25519Key& key = line < total / 2 ? oldKey : newKey;
        const QList<QByteArray> three = AuditEventSamples::lines(formats[(line / 3) % 3], start.addMSecs(line), key);
        for (int i = 0; i < 3; ++i) {
            if (line + i >= first && line + i < first + count)
                out += three.at(i) + '\n';
        }
    }
    return out;
}

bool writeCorpus(const QString& plainPath, const QString& gzipPath, qint64 lines, const Ed25519Key& oldKey,
                 const Ed25519Key& newKey, int threads)
{
    QFile plain(plainPath);
    if (!plain.open(QIODevice::WriteOnly))
        return false;
    gzFile gzip = gzopen(QFile::encodeName(gzipPath).constData(), "wb6");
    if (!gzip)
        return false;
    // Signing is the slow part of generating: done on every core, in slices written in order.
    const qint64 slice = 30000;
    for (qint64 first = 0; first < lines; first += slice * threads) {
        std::vector<QByteArray> parts(static_cast<size_t>(threads));
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            const qint64 from = first + t * slice;
            const qint64 count = qMax<qint64>(0, qMin(slice, lines - from));
            workers.emplace_back([&parts, t, from, count, lines, &oldKey, &newKey] {
                if (count > 0)
                    parts[size_t(t)] = corpusPart(from, count, lines, oldKey, newKey);
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        for (const QByteArray& part : parts) {
            if (plain.write(part) != part.size()
                || (!part.isEmpty() && gzwrite(gzip, part.constData(), unsigned(part.size())) != int(part.size())))
                return false;
        }
    }
    return gzclose(gzip) == Z_OK;
}

// OpenSSL's Ed25519 verify rate, from the last column of its result line. By default `openssl speed` runs on one
// core and divides by the CPU time it used; `elapsed` divides by wall-clock time instead, and `processes` > 1 runs
// that many processes at once (-multi) and gives their total.
double opensslVerifyRate(int seconds, bool elapsed, int processes, QString* line)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return 0;
    QStringList arguments {QStringLiteral("speed"), QStringLiteral("-seconds"), QString::number(seconds)};
    if (elapsed)
        arguments << QStringLiteral("-elapsed");
    if (processes > 1)
        arguments << QStringLiteral("-multi") << QString::number(processes);
    arguments << QStringLiteral("ed25519");
    QProcess process;
    process.start(openssl, arguments);
    if (!process.waitForFinished(seconds * 1000 * 4 + 30000) || process.exitCode() != 0)
        return 0;
    static const QRegularExpression result(QStringLiteral(R"(^\s*253 bits EdDSA \(Ed25519\).*\s([0-9.]+)\s*$)"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = result.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    if (!match.hasMatch())
        return 0;
    *line = match.captured(0).trimmed();
    return match.captured(1).toDouble();
}

struct Measure
{
    double linesPerSecond = 0;
    double linesPerCpuSecond = 0;
    bool allValid = false;
};

Measure measure(const Jwks& keys, const QString& path, int threads, qint64 lines)
{
    VerificationRun run(keys, threads);
    QElapsedTimer wall;
    const double cpuBefore = processCpuSeconds();
    wall.start();
    const VerificationReport report = run.run({path});
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpuBefore;
    Measure result;
    result.linesPerSecond = double(report.lines()) / seconds;
    // CPU time of all threads divided among the cores used: what one core does per CPU-second, times the cores.
    result.linesPerCpuSecond = cpu > 0 ? double(report.lines()) / cpu * threads : 0;
    result.allValid = report.error.isEmpty() && report.valid == lines && report.invalid == 0;
    if (!result.allValid)
        std::fprintf(stderr, "unexpected result: %lld valid, %lld invalid, %lld unsigned, error \"%s\"\n",
                     static_cast<long long>(report.valid), static_cast<long long>(report.invalid),
                     static_cast<long long>(report.unsignedLines), qPrintable(report.error));
    return result;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&arguments](const char* name, qint64 fallback) {
        const qsizetype at = arguments.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
    };
    const qint64 lines = option("--lines", 200000);
    const int cores = qMax(1, QThread::idealThreadCount());
    const int threads = int(option("--threads", cores));
    const int opensslSeconds = int(option("--openssl-seconds", 3));

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const Ed25519Key oldKey = Ed25519Key::generate();
    const Ed25519Key newKey = Ed25519Key::generate();
    // The new key first, as a JWKS lists it after a rotation: the old half of the corpus exercises the fallback.
    const Jwks keys = Jwks::fromPublicKeys({newKey.publicKeyRaw(), oldKey.publicKeyRaw()});
    const QString plainPath = dir.filePath(QStringLiteral("corpus.log"));
    const QString gzipPath = dir.filePath(QStringLiteral("corpus.log.gz"));

    std::printf("Generating %lld signed lines (CEF, JSON, CPS; two keys)...\n", static_cast<long long>(lines));
    std::fflush(stdout);
    if (!writeCorpus(plainPath, gzipPath, lines, oldKey, newKey, cores)) {
        std::fprintf(stderr, "could not write the corpus\n");
        return 1;
    }
    std::printf("Corpus: %.1f MB plain, %.1f MB gzip\n", double(QFileInfo(plainPath).size()) / 1e6,
                double(QFileInfo(gzipPath).size()) / 1e6);
    std::printf("Cores: %d, worker threads: %d, load average before: %s\n", cores, threads, qPrintable(loadAverage()));
    std::fflush(stdout);

    const Measure plain = measure(keys, plainPath, threads, lines);
    const Measure gzip = measure(keys, gzipPath, threads, lines);

    QString opensslLine;
    const double opensslRate = opensslVerifyRate(opensslSeconds, false, 1, &opensslLine);
    const double target = opensslRate * cores;
    // The same work as OpenSSL does it, on every core, timed by the wall clock right now: on a machine shared with
    // other work this is the fair wall-clock comparison.
    QString multiLine;
    const double multiRate = opensslVerifyRate(opensslSeconds, true, cores, &multiLine);

    std::printf("\n");
    std::printf("verify, plain file:   %9.0f lines/s  (%9.0f lines per CPU-second x %d)\n", plain.linesPerSecond,
                plain.linesPerCpuSecond / threads, threads);
    std::printf("verify, gzip file:    %9.0f lines/s  (%9.0f lines per CPU-second x %d)\n", gzip.linesPerSecond,
                gzip.linesPerCpuSecond / threads, threads);
    if (opensslRate <= 0) {
        std::printf("openssl speed: not available, no comparison\n");
        return plain.allValid && gzip.allValid ? 0 : 1;
    }
    std::printf("openssl speed:        %9.0f verify/s on one core  [%s]\n", opensslRate, qPrintable(opensslLine));
    std::printf("openssl x %d cores:    %9.0f verify/s\n", cores, target);
    std::printf("\n");
    std::printf("plain: %5.1f %% of OpenSSL x cores (wall clock), %5.1f %% per CPU-second; goal 70 %%\n",
                100 * plain.linesPerSecond / target, 100 * plain.linesPerCpuSecond / target);
    std::printf("gzip:  %5.1f %% of OpenSSL x cores (wall clock), %5.1f %% per CPU-second; goal 70 %%\n",
                100 * gzip.linesPerSecond / target, 100 * gzip.linesPerCpuSecond / target);
    if (multiRate > 0) {
        std::printf("\nopenssl speed -elapsed -multi %d (all cores, wall clock, just after): %.0f verify/s\n", cores,
                    multiRate);
        std::printf("plain: %5.1f %% of that; gzip: %5.1f %% of that\n", 100 * plain.linesPerSecond / multiRate,
                    100 * gzip.linesPerSecond / multiRate);
    }
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return plain.allValid && gzip.allValid ? 0 : 1;
}
