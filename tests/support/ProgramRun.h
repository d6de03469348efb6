#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of a program (the built konnect-audit-webhook, mostly) while this test's event loop keeps turning, so
// that an emulator or a receiver living in the test process can answer it.
struct ProgramRun
{
    bool finished = false; // false: did not start, or was killed after the timeout
    int exitCode = -1; // -1 unless it exited normally
    QByteArray out;
    QByteArray err;

    struct Options
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QByteArray input; // written to standard input, which is then closed
        QString workingDirectory;
        int timeoutMs = 60000;
    };
    static ProgramRun run(const QString& program, const QStringList& arguments, const Options& options);

    // The system environment without KONNECT_TOKEN, with the XDG folders under `home` (settings, caches) and with
    // retry waits fast-forwarded (KAW_TEST_FAST_FORWARD_WAITS), as the CLI tests run the binary.
    static QProcessEnvironment isolatedEnvironment(const QString& home);
};
