#pragma once

#include <QByteArray>
#include <QString>

typedef struct gzFile_s* gzFile;

// Reads an audit-log file as a stream of chunks of whole lines, so that files of any size use a few buffers of
// memory. gzip is recognised by its content rather than its name and inflated on the fly (concatenated gzip
// members too, as `cat a.gz b.gz` makes); anything else is read as it is. "-" is standard input.
class AuditLogReader
{
public:
    // A line longer than this is not read into memory: it comes back as an `overlong` chunk of its own.
    static constexpr qsizetype maxLineLength = 1024 * 1024;

    struct Chunk
    {
        QByteArray data; // whole lines, each ending in '\n' except perhaps the file's last
        qint64 firstLine = 1; // 1-based number of the chunk's first line in its file
        qint64 lineCount = 0;
        bool overlong = false; // one line longer than maxLineLength, skipped; data is empty
        qint64 rawEnd = 0; // bytes of the file (compressed, for gzip) consumed once this chunk was read
    };

    explicit AuditLogReader(const QString& path);
    ~AuditLogReader();
    AuditLogReader(const AuditLogReader&) = delete;
    AuditLogReader& operator=(const AuditLogReader&) = delete;

    bool open();
    // The next chunk of about `targetBytes` (more when a line is longer); false at the end or on an error.
    bool next(Chunk& chunk, qsizetype targetBytes);
    QString error() const { return m_error; }
    // The file's size in bytes, or -1 when it cannot be known (a pipe).
    qint64 rawSize() const { return m_rawSize; }

private:
    // Appends up to `bytes` to `buffer`; returns how many (0 at the end), or -1 on an error.
    qsizetype readInto(QByteArray& buffer, qsizetype bytes);
    bool skipRestOfLine();
    qint64 rawOffset() const;
    void fail(const QString& message);

    QString m_path;
    gzFile m_file = nullptr;
    qint64 m_rawSize = -1;
    QByteArray m_carry; // the start of a line whose end has not been read yet
    qint64 m_nextLine = 1;
    bool m_end = false;
    QString m_error;
};
