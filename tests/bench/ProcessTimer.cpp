#include "ProcessTimer.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {
double nowMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// VmHWM of /proc/<pid>/status in KiB; 0 when it cannot be read (the process has gone).
qint64 highWaterKb(const QByteArray& statusPath)
{
    QFile status(QString::fromLatin1(statusPath));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf("VmHWM:");
    return at < 0 ? 0
                  : text.mid(at + 6, text.indexOf('\n', at) - at - 6).trimmed().split(' ').constFirst().toLongLong();
}
} // namespace

ProcessTimer::ProcessTimer(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

ProcessTimer::Result ProcessTimer::run(const QString& program, const QStringList& arguments, const QByteArray& input,
                                       const QString& outputPath) const
{
    Result result;
    // Everything the child needs is prepared before the clock starts.
    std::vector<QByteArray> argStorage {QFile::encodeName(program)};
    for (const QString& argument : arguments)
        argStorage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : argStorage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    const QStringList variables = m_environment.toStringList();
    for (const QString& variable : variables)
        envStorage.push_back(variable.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& variable : envStorage)
        envp.push_back(variable.data());
    envp.push_back(nullptr);

    int in[2];
    int err[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
        return result;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    const QByteArray output = outputPath.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(outputPath);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);

    const double start = nowMs();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(err[1]);
    if (spawned != 0) {
        close(in[1]);
        close(err[0]);
        return result;
    }
    result.started = true;
    // Small inputs only (a token): they fit the pipe, so writing never waits for the child.
    if (!input.isEmpty() && write(in[1], input.constData(), size_t(input.size())) < 0)
        result.standardError = "could not write standard input";
    close(in[1]);
    char buffer[4096];
    const QByteArray statusPath = "/proc/" + QByteArray::number(pid) + "/status";
    for (;;) {
        // Every 10 ms without output, the child's own high-water mark (VmHWM) is read while it runs.
        pollfd readable {err[0], POLLIN, 0};
        if (poll(&readable, 1, 10) == 0) {
            result.peakHwmKb = std::max(result.peakHwmKb, highWaterKb(statusPath));
            continue;
        }
        const ssize_t got = read(err[0], buffer, sizeof buffer);
        if (got > 0)
            result.standardError.append(buffer, got);
        else if (got == 0 || errno != EINTR)
            break;
    }
    close(err[0]);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    result.wallMs = nowMs() - start;
    result.peakRssKb = usage.ru_maxrss;
    result.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}
