#include "SignedCorpus.h"

#include "AuditEventSamples.h"

#include <QFile>
#include <thread>
#include <vector>

namespace {
QByteArray part(qint64 first, qint64 count, const Ed25519Key& key)
{
    static const LogFormat formats[] = {LogFormat::Cef, LogFormat::Json, LogFormat::Cps};
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-25T00:00:00Z"), Qt::ISODate);
    QByteArray out;
    out.reserve(count * 700);
    for (qint64 line = first - first % 3; line < first + count; line += 3) {
        const QList<QByteArray> three = AuditEventSamples::lines(formats[(line / 3) % 3], start.addMSecs(line), key);
        for (int i = 0; i < 3; ++i) {
            if (line + i >= first && line + i < first + count)
                out += three.at(i) + '\n';
        }
    }
    return out;
}
} // namespace

bool SignedCorpus::write(const QString& path, qint64 lines, const Ed25519Key& key, int threads)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    threads = qMax(1, threads);
    const qint64 slice = 30000;
    for (qint64 first = 0; first < lines; first += slice * threads) {
        std::vector<QByteArray> parts(static_cast<size_t>(threads));
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            const qint64 from = first + t * slice;
            const qint64 count = qMax<qint64>(0, qMin(slice, lines - from));
            workers.emplace_back([&parts, t, from, count, &key] {
                if (count > 0)
                    parts[size_t(t)] = part(from, count, key);
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        for (const QByteArray& chunk : parts) {
            if (file.write(chunk) != chunk.size())
                return false;
        }
    }
    return true;
}
