#pragma once

#include "Jwks.h"
#include "VerificationReport.h"

#include <QStringList>
#include <atomic>
#include <functional>

// Verifies the signatures of audit-log files, blocking the calling thread, which reads the files and splits them
// into batches of lines while a pool of worker threads verifies the batches. The queue between them is bounded, so
// memory stays the same whatever the size of the files; results are merged back in line order. SignatureVerifier
// runs this off the caller's thread for a window or a command.
class VerificationRun
{
public:
    struct Progress
    {
        qint64 bytesDone = 0; // of the files as stored (compressed bytes for gzip)
        qint64 bytesTotal = -1; // -1 when unknown (standard input from a pipe)
        qint64 linesDone = 0;
    };
    using ProgressFunction = std::function<void(const Progress&)>;

    // `threadCount` workers; 0 means QThread::idealThreadCount().
    explicit VerificationRun(const Jwks& keys, int threadCount = 0);

    // Called from the thread that runs run(), at most every `intervalMs` and once at the end.
    void setProgressFunction(ProgressFunction function, int intervalMs = 100);
    // Lines per batch are about this many bytes: small enough to spread a short file over the workers.
    void setBatchBytes(qsizetype bytes) { m_batchBytes = bytes; }
    int threadCount() const { return m_threadCount; }

    // Stops early when *cancel becomes true; the report then says so and counts what was done.
    VerificationReport run(const QStringList& paths, const std::atomic<bool>* cancel = nullptr);

    // Problems with the paths that can be found before reading anything: missing files, folders, "-" twice.
    static QString checkPaths(const QStringList& paths);

private:
    Jwks m_keys;
    int m_threadCount;
    ProgressFunction m_progress;
    int m_progressIntervalMs = 100;
    qsizetype m_batchBytes = 128 * 1024;
};
