#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QSaveFile;

// Writes audit-log records to a file in slices of a few milliseconds on the event loop, so that the window never
// blocks: JSONL (each record's bytes as Konnect sent them, one per line), CSV or CEF (AuditLogRecordFormatter).
// The file appears only when everything was written (QSaveFile); a cancelled or failed export leaves nothing behind.
class AuditLogExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Jsonl, Csv, Cef };
    struct Item
    {
        QByteArray raw;
        QString verdictKey; // empty when not checked
    };
    static constexpr int sliceMs = 8;

    explicit AuditLogExport(QObject* parent = nullptr);
    ~AuditLogExport() override;

    // From a file name's suffix (.csv, .cef; anything else JSONL).
    static Format formatFor(const QString& path);

    // False (with `error`) when the file cannot be opened; else progress() follows, then finished().
    bool start(const QString& path, Format format, QList<Item> items, QString* error);
    void cancel();
    bool isRunning() const { return m_file != nullptr; }

signals:
    void progress(qsizetype written, qsizetype total);
    // ok false: cancelled (empty message) or failed (the message says why).
    void finished(bool ok, const QString& message);

private:
    void writeSome();
    void finish(bool ok, const QString& message);

    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    Format m_format = Format::Jsonl;
    QList<Item> m_items;
    qsizetype m_next = 0;
    QTimer m_timer;
};
