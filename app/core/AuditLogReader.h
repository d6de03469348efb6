#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

// Reads an audit-log file as a stream of chunks of whole lines, so that files of any size use a few buffers of
// memory. gzip is recognised by its content rather than its name and inflated on the fly (concatenated gzip
// members too, as `cat a.gz b.gz` makes); anything else is read as it is. "-" is standard input. Bytes after the
// end of the gzip data that are not another gzip member are an error, and so is data that inflates far beyond any
// log's ratio (a gzip bomb: "too large").
class AuditLogReader
{
public:
    // A line longer than this is not read into memory: it comes back as an `overlong` chunk of its own.
    static constexpr qsizetype maxLineLength = 1024 * 1024;
    // Audit logs (timestamps, random signatures) inflate a few times their size; past this much inflated data, a
    // ratio above maxInflateRatio is a bomb, not a log.
    static constexpr qint64 inflateRatioCheckAfter = 64LL * 1024 * 1024;
    static constexpr qint64 maxInflateRatio = 200;

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
    qsizetype readRaw(char* into, qsizetype bytes);
    qsizetype inflateInto(char* into, qsizetype bytes);
    bool fillInput();
    bool skipRestOfLine();
    qint64 rawOffset() const;
    void fail(const QString& message);

    QString m_path;
    struct Inflater;
    int m_fd = -1;
    bool m_gzip = false;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_input; // raw bytes read from the file and not consumed yet
    qsizetype m_inputPos = 0;
    bool m_inputEnd = false;
    qint64 m_rawRead = 0; // raw bytes read from the file so far
    qint64 m_inflated = 0;
    qint64 m_rawSize = -1;
    QByteArray m_carry; // the start of a line whose end has not been read yet
    qint64 m_nextLine = 1;
    bool m_end = false;
    QString m_error;
};
