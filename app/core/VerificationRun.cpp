#include "VerificationRun.h"

#include "AuditLine.h"
#include "AuditLogReader.h"
#include "JwksVerifier.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {
using Reason = VerificationReport::Reason;

struct Batch
{
    qint64 sequence = 0;
    int fileIndex = 0;
    AuditLogReader::Chunk chunk;
    qint64 bytesDone = 0; // across all files, once this batch is done
};

struct BatchResult
{
    qint64 sequence = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 unsignedLines = 0;
    qint64 blank = 0;
    std::vector<qint64> validByKey;
    QList<VerificationReport::InvalidLine> invalidLines; // at most maxListedInvalid: the report keeps no more
    qint64 bytesDone = 0;
};

// A fixed-capacity queue: push() waits while it is full, which is what keeps the reader from racing ahead of the
// workers and memory flat.
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    void push(Batch batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity; });
        m_items.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }

    // Empty once the queue is closed and drained.
    std::optional<Batch> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        Batch batch = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_items;
    bool m_closed = false;
};

// Where the workers leave their results for the reading thread.
class ResultBox
{
public:
    void put(BatchResult result)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_results.push_back(std::move(result));
        m_ready.notify_one();
    }

    std::vector<BatchResult> take(bool wait)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (wait)
            m_ready.wait(lock, [this] { return !m_results.empty(); });
        std::vector<BatchResult> taken;
        taken.swap(m_results);
        return taken;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<BatchResult> m_results;
};

const QString& tamperedDetail()
{
    static const QString detail = QStringLiteral(
        "no key of the key set verifies the signature: the line was changed after it was signed, or it was "
        "signed with a key that is not in the set");
    return detail;
}

void addInvalid(BatchResult& result, int fileIndex, qint64 line, Reason reason, const QString& detail)
{
    ++result.invalid;
    if (result.invalidLines.size() < VerificationReport::maxListedInvalid)
        result.invalidLines.append({fileIndex, line, reason, detail});
}

// Whether any candidate's payload verifies with a key; the key's index, or -1.
int verifyLine(const AuditLine& parsed, JwksVerifier::Session& session, QByteArray& scratch)
{
    for (int i = 0; i < parsed.candidateCount(); ++i) {
        const AuditLine::Candidate& candidate = parsed.candidate(i);
        const QByteArrayView payload = AuditLine::payload(candidate, scratch);
        if (parsed.isJson()) {
            // CPS: Konnect signs the event inside {"event":...}.
            const QByteArrayView inner = AuditLine::cpsInner(payload);
            if (!inner.isEmpty()) {
                const int key = session.verify(inner, candidate.signature.data());
                if (key >= 0)
                    return key;
            }
        }
        const int key = session.verify(payload, candidate.signature.data());
        if (key >= 0)
            return key;
    }
    return -1;
}

BatchResult verifyBatch(const Batch& batch, JwksVerifier::Session& session, QByteArray& scratch, int keyCount,
                        const std::atomic<bool>* cancel)
{
    BatchResult result;
    result.sequence = batch.sequence;
    result.bytesDone = batch.bytesDone;
    result.validByKey.assign(size_t(keyCount), 0);
    const AuditLogReader::Chunk& chunk = batch.chunk;
    if (chunk.overlong) {
        addInvalid(
            result, batch.fileIndex, chunk.firstLine, Reason::LineTooLong,
            QStringLiteral("the line is longer than %1 bytes and was not checked").arg(AuditLogReader::maxLineLength));
        return result;
    }

    const char* at = chunk.data.constData();
    const char* const end = at + chunk.data.size();
    for (qint64 line = chunk.firstLine; at < end; ++line) {
        if (cancel && (line & 63) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        const char* newline = static_cast<const char*>(std::memchr(at, '\n', size_t(end - at)));
        const char* lineEnd = newline ? newline : end;
        const AuditLine parsed(QByteArrayView(at, lineEnd - at));
        at = newline ? newline + 1 : end;

        switch (parsed.kind()) {
        case AuditLine::Kind::Blank:
            ++result.blank;
            break;
        case AuditLine::Kind::Unsigned:
            ++result.unsignedLines;
            break;
        case AuditLine::Kind::Malformed:
            addInvalid(result, batch.fileIndex, line, Reason::MalformedSignature, parsed.problemText());
            break;
        case AuditLine::Kind::Signed: {
            const int key = verifyLine(parsed, session, scratch);
            if (key >= 0) {
                ++result.valid;
                ++result.validByKey[size_t(key)];
            } else {
                addInvalid(result, batch.fileIndex, line, Reason::TamperedOrUnknownKey, tamperedDetail());
            }
            break;
        }
        }
    }
    return result;
}

qint64 sizeOf(const QString& path)
{
    if (path == QLatin1String("-"))
        return -1;
    const QFileInfo info(path);
    return info.isFile() ? info.size() : -1;
}
} // namespace

VerificationRun::VerificationRun(const Jwks& keys, int threadCount)
    : m_keys(keys)
    , m_threadCount(threadCount > 0 ? threadCount : qMax(1, QThread::idealThreadCount()))
{
}

void VerificationRun::setProgressFunction(ProgressFunction function, int intervalMs)
{
    m_progress = std::move(function);
    m_progressIntervalMs = intervalMs;
}

QString VerificationRun::checkPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return QStringLiteral("no file to verify: give one or more files, or - for standard input");
    if (paths.count(QStringLiteral("-")) > 1)
        return QStringLiteral("standard input (-) can be read only once");
    for (const QString& path : paths) {
        if (path == QLatin1String("-"))
            continue;
        const QFileInfo info(path);
        if (!info.exists())
            return QStringLiteral("%1: no such file").arg(path);
        if (info.isDir())
            return QStringLiteral("%1 is a folder, not a file").arg(path);
        if (!info.isReadable())
            return QStringLiteral("%1: not readable").arg(path);
    }
    return {};
}

VerificationReport VerificationRun::run(const QStringList& paths, const std::atomic<bool>* cancel)
{
    VerificationReport report;
    report.files = paths;
    for (const Jwks::Key& key : m_keys.keys())
        report.keyIds.append(key.kid);
    report.validByKey = QList<qint64>(m_keys.keys().size(), 0);
    if (const QString problem = checkPaths(paths); !problem.isEmpty()) {
        report.error = problem;
        return report;
    }
    const JwksVerifier verifier(m_keys.publicKeys());
    if (verifier.keyCount() == 0) {
        report.error = QStringLiteral("no Ed25519 key to verify with");
        return report;
    }

    Progress progress;
    progress.bytesTotal = 0;
    for (const QString& path : paths) {
        const qint64 size = sizeOf(path);
        progress.bytesTotal = size < 0 || progress.bytesTotal < 0 ? -1 : progress.bytesTotal + size;
    }
    QElapsedTimer sinceProgress;
    sinceProgress.start();

    BatchQueue queue(size_t(m_threadCount) * 2);
    ResultBox results;
    std::vector<std::thread> workers;
    const int keyCount = verifier.keyCount();
    for (int i = 0; i < m_threadCount; ++i) {
        workers.emplace_back([&queue, &results, &verifier, keyCount, cancel] {
            JwksVerifier::Session session(verifier);
            QByteArray scratch;
            while (std::optional<Batch> batch = queue.pop())
                results.put(verifyBatch(*batch, session, scratch, keyCount, cancel));
        });
    }

    // Results come back in any order; they are merged in batch order so that invalid lines stay in line order.
    std::map<qint64, BatchResult> waiting;
    qint64 nextToMerge = 0;
    qint64 sent = 0;
    auto merge = [&](bool wait) {
        for (BatchResult& result : results.take(wait)) {
            const qint64 sequence = result.sequence;
            waiting.emplace(sequence, std::move(result));
        }
        for (auto found = waiting.find(nextToMerge); found != waiting.end(); found = waiting.find(nextToMerge)) {
            const BatchResult& result = found->second;
            report.valid += result.valid;
            report.invalid += result.invalid;
            report.unsignedLines += result.unsignedLines;
            report.blank += result.blank;
            for (size_t key = 0; key < result.validByKey.size(); ++key)
                report.validByKey[qsizetype(key)] += result.validByKey[key];
            for (const VerificationReport::InvalidLine& entry : result.invalidLines) {
                if (report.invalidLines.size() >= VerificationReport::maxListedInvalid)
                    break;
                report.invalidLines.append(entry);
            }
            progress.bytesDone = result.bytesDone;
            waiting.erase(found);
            ++nextToMerge;
        }
        progress.linesDone = report.lines();
        if (m_progress && sinceProgress.elapsed() >= m_progressIntervalMs) {
            m_progress(progress);
            sinceProgress.restart();
        }
    };

    qint64 bytesBefore = 0; // of the files already read
    for (int fileIndex = 0; fileIndex < paths.size(); ++fileIndex) {
        AuditLogReader reader(paths.at(fileIndex));
        if (!reader.open()) {
            report.error = reader.error();
            break;
        }
        AuditLogReader::Chunk chunk;
        qint64 lastRawEnd = 0;
        while (!(cancel && cancel->load()) && reader.next(chunk, m_batchBytes)) {
            lastRawEnd = chunk.rawEnd;
            Batch batch {sent++, fileIndex, std::move(chunk), bytesBefore + lastRawEnd};
            chunk = {};
            queue.push(std::move(batch));
            merge(false);
        }
        if (!reader.error().isEmpty()) {
            report.error = reader.error();
            break;
        }
        if (cancel && cancel->load())
            break;
        bytesBefore += reader.rawSize() >= 0 ? reader.rawSize() : lastRawEnd;
    }
    queue.close();
    while (nextToMerge < sent)
        merge(true);
    for (std::thread& worker : workers)
        worker.join();

    report.cancelled = cancel && cancel->load();
    if (m_progress) {
        progress.linesDone = report.lines();
        if (report.error.isEmpty() && !report.cancelled && progress.bytesTotal >= 0)
            progress.bytesDone = progress.bytesTotal;
        m_progress(progress);
    }
    return report;
}
