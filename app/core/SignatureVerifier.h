#pragma once

#include "Jwks.h"
#include "VerificationReport.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

// Verifies the Ed25519 signatures of exported audit-log files (CEF, JSON or CPS lines, plain or gzip, "-" for
// standard input) against a key set, off the caller's thread: for a window's progress bar as much as for the
// `verify` command. Signals come in the thread this object lives in. See AuditLine for the signature rules and
// VerificationRun for how the work is spread over the cores.
class SignatureVerifier : public QObject
{
    Q_OBJECT
public:
    explicit SignatureVerifier(QObject* parent = nullptr);
    ~SignatureVerifier() override; // cancels a running verification and waits for it

    void setKeys(const Jwks& keys) { m_keys = keys; }
    const Jwks& keys() const { return m_keys; }
    // Worker threads; 0 (the default) means one per core.
    void setThreadCount(int count) { m_threadCount = count; }

    // Starts verifying; false when a verification is already running. finished() always follows a true.
    bool start(const QStringList& paths);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // bytesTotal is -1 when unknown (standard input from a pipe); bytes are counted as stored (compressed).
    void progress(qint64 bytesDone, qint64 bytesTotal, qint64 linesDone);
    void finished(const VerificationReport& report);

private:
    void onFinished(const VerificationReport& report);

    Jwks m_keys;
    int m_threadCount = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::thread m_thread;
};
