#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a program once and measures it from just before the process is spawned to just after it has been reaped:
// wall-clock time, CPU time and the kernel's peak resident set size. Standard input gets `input` (then end of file),
// standard output goes to /dev/null (or to `outputPath`, created or truncated), standard error is kept. No Qt event
// loop and no QProcess in the measured path, so that the measurement adds as little as possible to what it measures.
class ProcessTimer
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1; // -1: did not exit normally
        double wallMs = 0;
        double cpuMs = 0; // user + system
        qint64 peakRssKb = 0; // from wait4: at least the spawning process's own peak, as Linux carries it over
        // The child's own high-water mark (VmHWM), read every 10 ms while it ran: its peak from its own start,
        // whatever its parent's size (the last ~10 ms before exit are not seen).
        qint64 peakHwmKb = 0;
        QByteArray standardError;
    };

    explicit ProcessTimer(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    Result run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
               const QString& outputPath = {}) const;

private:
    QProcessEnvironment m_environment;
};
