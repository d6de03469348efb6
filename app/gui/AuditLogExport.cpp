#include "AuditLogExport.h"

#include "AuditLogRecordFormatter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

AuditLogExport::AuditLogExport(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AuditLogExport::writeSome);
}

AuditLogExport::~AuditLogExport()
{
    if (m_file)
        m_file->cancelWriting();
}

AuditLogExport::Format AuditLogExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("cef"))
        return Format::Cef;
    return Format::Jsonl;
}

bool AuditLogExport::start(const QString& path, Format format, QList<Item> items, QString* error)
{
    cancel();
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        return false;
    }
    m_file = std::move(file);
    m_path = path;
    m_format = format;
    m_items = std::move(items);
    m_next = 0;
    if (m_format == Format::Csv)
        m_file->write(AuditLogRecordFormatter::csvHeader());
    m_timer.start();
    emit progress(0, m_items.size());
    return true;
}

void AuditLogExport::cancel()
{
    if (m_file)
        finish(false, {});
}

void AuditLogExport::writeSome()
{
    QElapsedTimer slice;
    slice.start();
    QByteArray chunk;
    while (m_next < m_items.size() && slice.elapsed() < sliceMs) {
        const qsizetype end = std::min(m_items.size(), m_next + 64);
        for (; m_next < end; ++m_next) {
            const Item& item = m_items.at(m_next);
            if (m_format == Format::Jsonl) {
                chunk += item.raw;
                chunk += '\n';
                continue;
            }
            const std::optional<AuditLogRecord> record = AuditLogRecord::fromRaw(item.raw);
            if (!record)
                continue; // every pulled record parsed once already; nothing else reaches here
            chunk += m_format == Format::Csv ? AuditLogRecordFormatter::csv(*record, item.verdictKey)
                                             : AuditLogRecordFormatter::cef(*record, item.verdictKey);
        }
    }
    if (m_file->write(chunk) != chunk.size())
        return finish(false, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    emit progress(m_next, m_items.size());
    if (m_next < m_items.size())
        return;
    if (!m_file->commit())
        return finish(false, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    m_file.reset();
    finish(true, tr("Exported %1 records to %2.").arg(m_items.size()).arg(QDir::toNativeSeparators(m_path)));
}

void AuditLogExport::finish(bool ok, const QString& message)
{
    m_timer.stop();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_items.clear();
    emit finished(ok, message);
}
