// Benchmark (issue 14): the tray watch.
//   1. Idle CPU of the watching process between polls: the real binary, `--watch-minimized` on the offscreen
//      platform (no tray there, so its window opens and watches), with three profiles on the emulator (its own
//      process) and their tokens in the keychain. After its first scan, its CPU time (utime + stime from
//      /proc/PID/stat) over --idle-seconds (default 60: the target's minute between polls; the emulator's request
//      log confirms no poll fell into that time).
//      Target: under 0.5 % of one core.
//   2. Memory over --cycles poll cycles (default 100): FleetWatch in this process on a FastForwardClock (every
//      5-minute wait skipped), against the same emulator; resident memory after cycle 10 and after the last.
//      Target: flat, i.e. growth under 1 MiB.
// Needs a Secret Service: scripts/run-benchmarks.sh runs it inside scripts/with-private-keyring.sh.
//
//   kaw_bench_watch --binary PATH/konnect-audit-webhook [--idle-seconds 60] [--cycles 100]

#include "BenchReport.h"
#include "EmulatorProcess.h"
#include "FastForwardClock.h"
#include "FleetWatch.h"
#include "ProfileStore.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <unistd.h>

namespace {
const QString kToken = QStringLiteral("kpat_bench_watch_0123456789abcdef");
constexpr int kProfiles = 3;

QString argument(const QStringList& arguments, const QString& name, const QString& fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

// utime + stime of a process, in clock ticks; -1 when it is gone.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong(); // fields 14 and 15 of the whole line
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool writeToken(TokenStore& tokens, const QString& profile, const QString& token)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&tokens, &TokenStore::finished, &loop, [&](const TokenStore::Result& result) {
        ok = result.state == TokenStore::State::Written || result.state == TokenStore::State::Removed;
        loop.quit();
    });
    if (token.isEmpty())
        tokens.remove(profile);
    else
        tokens.write(profile, token);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

int requestCount(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int count = int(QJsonDocument::fromJson(reply->readAll()).array().size());
    reply->deleteLater();
    return count;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool idleCpu(const QString& binary, const EmulatorProcess& emulator, const QList<Profile>& profiles, int seconds)
{
    BenchReport::heading(
        QStringLiteral("tray watch: idle CPU of `--watch-minimized` between polls (%1 s)").arg(seconds));
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("config"));
    ProfileStore store(config + QStringLiteral("/konnect-audit-webhook/konnect-audit-webhook.ini"));
    for (const Profile& profile : profiles)
        store.save(profile);
    store.setCurrentProfile(profiles.first().name);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess watcher;
    watcher.setProcessEnvironment(environment);
    watcher.setStandardOutputFile(QProcess::nullDevice());
    watcher.setStandardErrorFile(home.filePath(QStringLiteral("stderr.txt")));
    watcher.start(binary, {QStringLiteral("--watch-minimized")});
    if (!watcher.waitForStarted(10000)) {
        BenchReport::line(QStringLiteral("the watching process did not start: %1").arg(watcher.errorString()));
        return false;
    }
    QNetworkAccessManager network;
    const QUrl requests = emulator.controlUrl(QStringLiteral("requests"));
    // Its first scan (and the window's own first load) ends when the emulator's request count stops growing.
    int before = -1;
    QElapsedTimer settling;
    settling.start();
    for (int count = requestCount(network, requests); count != before || count == 0;
         count = requestCount(network, requests)) {
        if (settling.elapsed() > 30000 || watcher.state() != QProcess::Running) {
            BenchReport::line(
                QStringLiteral("the watching process never finished its first scan (%1 requests)").arg(count));
            return false;
        }
        before = count;
        waitMs(1500);
    }
    const qint64 pid = watcher.processId();
    const qint64 startTicks = cpuTicks(pid);
    QElapsedTimer elapsed;
    elapsed.start();
    QThread::sleep(seconds); // this process idles too: only the watcher's own ticks count
    const qint64 endTicks = cpuTicks(pid);
    const double wallSeconds = elapsed.elapsed() / 1000.0;
    const int after = requestCount(network, requests);
    watcher.terminate();
    if (!watcher.waitForFinished(5000))
        watcher.kill();
    if (startTicks < 0 || endTicks < 0) {
        BenchReport::line(QStringLiteral("the watching process ended early"));
        return false;
    }
    const double cpuSeconds = double(endTicks - startTicks) / double(sysconf(_SC_CLK_TCK));
    const double percent = cpuSeconds / wallSeconds * 100.0;
    BenchReport::line(
        QStringLiteral("first scan: %1 requests; during the measurement: %2 more (0: no poll fell into it)")
            .arg(before)
            .arg(after - before));
    BenchReport::verdict(QStringLiteral("tray watch, idle CPU between polls"),
                         QStringLiteral("%1 % over %2 s").arg(percent, 0, 'f', 2).arg(wallSeconds, 0, 'f', 1),
                         QStringLiteral("< 0.5 %"), percent < 0.5);
    return true;
}

bool flatMemory(const EmulatorProcess& emulator, const QList<Profile>& profiles, TokenStore* tokens, int cycles)
{
    BenchReport::heading(QStringLiteral("tray watch: memory over %1 poll cycles (fast-forward clock)").arg(cycles));
    Q_UNUSED(emulator);
    FastForwardClock clock;
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    FleetWatch watch(&network, &clock, tokens, nullptr);
    FleetScan::Settings settings;
    settings.profiles = profiles;
    watch.setSettings(settings);
    qint64 baseline = -1;
    qint64 last = -1;
    int rows = -1;
    QEventLoop loop;
    QObject::connect(&watch, &FleetWatch::scanFinished, &loop, [&] {
        if (watch.scanCount() == 10)
            baseline = residentKb();
        rows = int(watch.rows().size());
        if (watch.scanCount() >= cycles) {
            last = residentKb();
            watch.stop();
            loop.quit();
        }
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    watch.start();
    loop.exec();
    if (baseline < 0 || last < 0) {
        BenchReport::line(QStringLiteral("only %1 of %2 cycles ran").arg(watch.scanCount()).arg(cycles));
        return false;
    }
    BenchReport::line(QStringLiteral("%1 cycles of %2 rows in %3 s; %4 scopes remembered; %5 minutes of polls skipped")
                          .arg(watch.scanCount())
                          .arg(rows)
                          .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1)
                          .arg(watch.knownScopeCount())
                          .arg(clock.skippedMs() / 60000));
    const double growthMiB = double(last - baseline) / 1024.0;
    BenchReport::verdict(QStringLiteral("tray watch, memory growth over %1 poll cycles").arg(cycles),
                         QStringLiteral("%1 MiB (%2 to %3 KiB resident, cycle 10 to %4)")
                             .arg(growthMiB, 0, 'f', 2)
                             .arg(baseline)
                             .arg(last)
                             .arg(cycles),
                         QStringLiteral("< 1 MiB"), growthMiB < 1.0);
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString binary = argument(arguments, QStringLiteral("--binary"), QString());
    const int idleSeconds = argument(arguments, QStringLiteral("--idle-seconds"), QStringLiteral("60")).toInt();
    const int cycles = qMax(11, argument(arguments, QStringLiteral("--cycles"), QStringLiteral("100")).toInt());
    if (binary.isEmpty() || !QFile::exists(binary)) {
        std::fprintf(stderr,
                     "usage: kaw_bench_watch --binary PATH/konnect-audit-webhook [--idle-seconds 60] "
                     "[--cycles 100]\n");
        return 1;
    }
    if (qEnvironmentVariable("KAW_PRIVATE_KEYRING") != QLatin1String("1")) {
        std::fprintf(stderr,
                     "kaw_bench_watch writes tokens to the keychain: run it inside "
                     "scripts/with-private-keyring.sh\n");
        return 1;
    }
    EmulatorProcess emulator(binary, kToken);
    QString problem;
    if (!emulator.start(&problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    TokenStore tokens;
    QList<Profile> profiles;
    for (int i = 0; i < kProfiles; ++i) {
        Profile profile;
        profile.name = QStringLiteral("benchwatch%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        profile.region = QStringLiteral("global");
        profile.baseUrl = emulator.baseUrl();
        if (!writeToken(tokens, profile.name, kToken)) {
            std::fprintf(stderr, "could not store the token of %s in the keychain\n", qPrintable(profile.name));
            return 1;
        }
        profiles.append(profile);
    }
    bool ran = idleCpu(binary, emulator, profiles, idleSeconds);
    ran = flatMemory(emulator, profiles, &tokens, cycles) && ran;
    for (const Profile& profile : std::as_const(profiles))
        writeToken(tokens, profile.name, QString());
    return ran ? 0 : 1;
}
