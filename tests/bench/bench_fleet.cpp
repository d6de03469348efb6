// Benchmark (issue 14): `fleet` over 10 profiles × 7 regions (plus their Dev Portals) against the local emulator,
// process start to exit, beside one `status` call; its peak memory; and the same fleet with one region answering
// only after a delay, where every other row must still arrive in the time of a whole fleet without it.
//
//   kaw_bench_fleet --binary PATH/konnect-audit-webhook [--runs 10] [--slow-seconds 20]
//
// Tokens come from the keychain only, so this runs inside scripts/with-private-keyring.sh (run-benchmarks.sh does
// that). Targets: fleet within 3x of status; peak memory under 60 MiB; with one slow region, the other rows within
// 3x of status as well. The slow region answers after 20 s as in the issue (--slow-seconds changes it); what is
// measured is whether the others wait for it, so one such run is enough when it is long.
//
// One emulator is one host:port, and Qt opens at most 6 connections per host: ten profiles' slow requests on one
// emulator would fill them all, which Konnect's regions (each its own host) never do. So the slow region is served by
// a second emulator, as it would be by its own regional host.

#include "BenchReport.h"
#include "EmulatorProcess.h"
#include "ProcessTimer.h"
#include "Profile.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {
constexpr int kProfiles = 10;
const QString kDefaultToken = QStringLiteral("kpat_benchfleet0default0token000000000000000");

QString tokenOf(int index)
{
    return QStringLiteral("kpat_benchfleet0org%1token0000000000000000000").arg(index);
}

QString profileOf(int index)
{
    return QStringLiteral("bench-fleet-%1").arg(index);
}

struct Sample
{
    QList<double> wallMs;
    QList<double> rssKb;
    QList<double> othersMs; // the slow case: when the last row not of the slow region arrived
    int failures = 0;
    QByteArray lastError;
};

// The last "N ms: profile/region VERDICT" line of --verbose that is not of `slow` (profile/region).
double lastRowExcept(const QByteArray& standardError, const QString& slow)
{
    static const QRegularExpression row(QStringLiteral("^(\\d+) ms: (\\S+)"), QRegularExpression::MultilineOption);
    double last = -1;
    auto it = row.globalMatch(QString::fromUtf8(standardError));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(2).startsWith(slow))
            last = qMax(last, match.captured(1).toDouble());
    }
    return last;
}

void measure(const ProcessTimer& timer, const QString& binary, const QStringList& arguments, Sample* sample,
             const QString& slow = {})
{
    const ProcessTimer::Result result = timer.run(binary, arguments);
    if (!result.started || result.exitCode != 0) {
        ++sample->failures;
        sample->lastError = result.standardError.right(500);
        return;
    }
    sample->wallMs.append(result.wallMs);
    sample->rssKb.append(double(result.peakRssKb));
    if (!slow.isEmpty())
        sample->othersMs.append(lastRowExcept(result.standardError, slow));
}

bool storeTokens(const QString& binary, const QProcessEnvironment& environment)
{
    for (int i = 0; i < kProfiles; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(binary,
                      {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), profileOf(i)});
        process.write(tokenOf(i).toUtf8() + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            BenchReport::line(
                QStringLiteral("token set failed: %1").arg(QString::fromUtf8(process.readAllStandardError())));
            return false;
        }
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&arguments](const char* name, const QString& fallback) {
        const qsizetype at = arguments.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    const QString binary = option("--binary", qEnvironmentVariable("KAW_BINARY"));
    const int runs = option("--runs", QStringLiteral("10")).toInt();
    const QString slowSeconds = option("--slow-seconds", QStringLiteral("20"));
    BenchReport::heading(QStringLiteral("fleet: 10 profiles x 7 regions against the local emulator, beside status"));
    if (binary.isEmpty() || !QFile::exists(binary)) {
        BenchReport::line(QStringLiteral("needs --binary (the built konnect-audit-webhook)"));
        return 1;
    }
    if (qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        BenchReport::line(QStringLiteral("needs a private keychain: run it inside scripts/with-private-keyring.sh"));
        return 1;
    }

    QStringList organizations {QStringLiteral("--demo")};
    for (int i = 0; i < kProfiles; ++i)
        organizations += {QStringLiteral("--org"), QStringLiteral("org%1:%2").arg(i).arg(tokenOf(i))};
    EmulatorProcess fast(binary, kDefaultToken, organizations);
    EmulatorProcess slow(
        binary, kDefaultToken,
        organizations + QStringList {QStringLiteral("--region-fault"), QStringLiteral("au:slow=") + slowSeconds});
    QString problem;
    if (!fast.start(&problem) || !slow.start(&problem)) {
        BenchReport::line(problem);
        return 1;
    }

    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(variable), home.path());
    environment.remove(QStringLiteral("KONNECT_TOKEN"));
    // Two sets of the same ten profiles: one on the fast emulator, one whose last profile's regions are served by
    // the slow one (each its own host, as Konnect's regions are).
    auto writeProfiles = [&](const QString& file, bool withSlow) {
        ProfileStore store(file);
        for (int i = 0; i < kProfiles; ++i) {
            Profile profile;
            profile.name = profileOf(i);
            profile.region = QStringLiteral("global");
            const QUrl root = withSlow && i == kProfiles - 1 ? slow.baseUrl() : fast.baseUrl();
            profile.baseUrl = QUrl(root.toString() + QStringLiteral("/global"));
            if (!store.save(profile).isEmpty())
                return false;
        }
        return true;
    };
    const QString settings = home.filePath(QStringLiteral("konnect-audit-webhook/konnect-audit-webhook.ini"));
    if (!writeProfiles(settings, false) || !storeTokens(binary, environment))
        return 1;
    const ProcessTimer timer(environment);

    // Like `status`, the timed fleet runs print no request log; the slow-region runs do (--verbose), since each row's
    // time is read from it. The log of ~300 requests costs the fleet some 5 % of its time.
    const QStringList fleet {QStringLiteral("fleet"), QStringLiteral("--all-regions")};
    const QStringList fleetLogged = fleet + QStringList {QStringLiteral("--verbose")};
    const QStringList status {QStringLiteral("status"), QStringLiteral("--profile"), profileOf(0)};
    Sample fleetSample;
    Sample statusSample;
    for (int warmUp = 0; warmUp < 2; ++warmUp) {
        Sample ignored;
        measure(timer, binary, fleet, &ignored);
        measure(timer, binary, status, &ignored);
    }
    for (int run = 0; run < runs; ++run) {
        measure(timer, binary, fleet, &fleetSample);
        measure(timer, binary, status, &statusSample);
    }
    if (!writeProfiles(settings, true))
        return 1;
    Sample slowSample;
    const int slowRuns = slowSeconds.toInt() >= 10 ? 1 : qMax(1, runs / 3);
    const QString slowRegion = profileOf(kProfiles - 1) + QStringLiteral("/au");
    for (int run = 0; run < slowRuns; ++run)
        measure(timer, binary, fleetLogged, &slowSample, slowRegion);

    for (const auto& [what, sample] : {std::pair {QStringLiteral("fleet --all-regions"), &fleetSample},
                                       std::pair {QStringLiteral("status (one call)"), &statusSample},
                                       std::pair {QStringLiteral("fleet, one region slow"), &slowSample}}) {
        BenchReport::line(QStringLiteral("%1  median %2 ms, min %3 ms, peak RSS median %4 MiB (%5 runs, %6 failed)")
                              .arg(what.leftJustified(24))
                              .arg(BenchReport::median(sample->wallMs), 7, 'f', 1)
                              .arg(BenchReport::minimum(sample->wallMs), 7, 'f', 1)
                              .arg(BenchReport::median(sample->rssKb) / 1024, 0, 'f', 1)
                              .arg(sample->wallMs.size())
                              .arg(sample->failures));
        if (sample->failures > 0)
            BenchReport::line(QStringLiteral("  failed: %1").arg(QString::fromUtf8(sample->lastError)));
    }
    if (fleetSample.wallMs.isEmpty() || statusSample.wallMs.isEmpty() || slowSample.wallMs.isEmpty())
        return 1;

    const double statusMs = BenchReport::median(statusSample.wallMs);
    const double ratio = BenchReport::median(fleetSample.wallMs) / statusMs;
    BenchReport::verdict(QStringLiteral("fleet 10 profiles x 7 regions vs one status (median)"),
                         QStringLiteral("%1 ms vs %2 ms = %3x")
                             .arg(BenchReport::median(fleetSample.wallMs), 0, 'f', 1)
                             .arg(statusMs, 0, 'f', 1)
                             .arg(ratio, 0, 'f', 2),
                         QStringLiteral("<= 3x"), ratio <= 3.0);
    QList<double> allRss = fleetSample.rssKb + slowSample.rssKb;
    std::sort(allRss.begin(), allRss.end());
    const double peakMiB = allRss.last() / 1024;
    BenchReport::verdict(QStringLiteral("fleet peak memory (max of runs)"),
                         QStringLiteral("%1 MiB").arg(peakMiB, 0, 'f', 1), QStringLiteral("< 60 MiB"), peakMiB < 60);
    const double others = BenchReport::median(slowSample.othersMs);
    const double othersRatio = others / statusMs;
    BenchReport::verdict(
        QStringLiteral("fleet with one region %1 s slow, the other rows vs one status").arg(slowSeconds),
        QStringLiteral("%1 ms (whole run %2 ms) = %3x")
            .arg(others, 0, 'f', 1)
            .arg(BenchReport::median(slowSample.wallMs), 0, 'f', 1)
            .arg(othersRatio, 0, 'f', 2),
        QStringLiteral("<= 3x"), others >= 0 && othersRatio <= 3.0);
    return fleetSample.failures == 0 && statusSample.failures == 0 && slowSample.failures == 0 ? 0 : 1;
}
