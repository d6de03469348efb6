#pragma once

#include "Command.h"
#include "Jwks.h"

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QStringList>

class SignatureVerifier;
class VerificationReport;

// `verify FILE... [--jwks FILE]`: checks the Ed25519 signature of every audit-log line a SIEM exported, against
// the key set from --jwks or, without it, from Konnect. Exit code 0 when no line is invalid, 5 when some is.
class VerifyCommand : public Command
{
    Q_OBJECT
public:
    // `files` are the command's arguments after "verify": paths, "-" for standard input.
    VerifyCommand(CommandContext& context, const QStringList& files, QObject* parent = nullptr);

    // For the command catalog.
    static QString summary();
    static QList<QCommandLineOption> options();
    static const char* help(); // the page without the global options block

    static constexpr int invalidLinesExitCode = 5;

protected:
    FieldErrors checkOptions() override;
    bool talksToKonnect() const override;
    void run() override;

private:
    void verify(const Jwks& keys, const QString& source);
    void onProgress(qint64 bytesDone, qint64 bytesTotal, qint64 linesDone);
    void onFinished(const VerificationReport& report);
    void printHuman(const VerificationReport& report) const;

    QStringList m_files;
    Jwks m_fileKeys; // from --jwks, read by checkOptions
    QString m_keySource;
    SignatureVerifier* m_verifier;
    QElapsedTimer m_sinceProgress;
};
