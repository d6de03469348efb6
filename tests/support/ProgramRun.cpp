#include "ProgramRun.h"

#include <QProcess>
#include <QSignalSpy>

ProgramRun ProgramRun::run(const QString& program, const QStringList& arguments, const Options& options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(options.input);
    process.closeWriteChannel();
    // Servers in this process answer only while the event loop runs: a spy, not waitForFinished().
    result.finished = finished.count() > 0 || finished.wait(options.timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = result.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment ProgramRun::isolatedEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KONNECT_TOKEN"));
    for (const char* dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(dir), home + QLatin1Char('/') + QString::fromLatin1(dir).toLower());
    environment.insert(QStringLiteral("KAW_TEST_FAST_FORWARD_WAITS"), QStringLiteral("1"));
    return environment;
}
