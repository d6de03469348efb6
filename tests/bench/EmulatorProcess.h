#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The local Konnect emulator as its own process (`konnect-audit-webhook emulator`), as a user or a script starts it:
// it prints the URL it listens on, and it stops with SIGTERM.
class EmulatorProcess
{
public:
    // `extraArguments` go after `emulator --token TOKEN`, e.g. {"--log-history", "100000"}, --org NAME:TOKEN or
    // --region-fault REGION:slow=SECONDS.
    EmulatorProcess(const QString& binary, const QString& token, const QStringList& extraArguments = {});
    ~EmulatorProcess();

    // Starts it and waits (bounded) for its "listening on" line; false when it did not come.
    bool start(QString* problem);
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:<port>, the API host root
    QUrl controlUrl(const QString& path) const; // http://127.0.0.1:<port>/_emulator/<path>
    // The CPU time (user + system) the emulator has used so far, from /proc; -1 where that cannot be read.
    double cpuMs() const;

private:
    QString m_binary;
    QString m_token;
    QStringList m_extraArguments;
    QProcess m_process;
    QUrl m_baseUrl;
};
