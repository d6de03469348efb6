#include "AuditLogReader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace {
constexpr qsizetype readSize = 64 * 1024;

qint64 countNewlines(const char* data, qsizetype size)
{
    qint64 count = 0;
    const char* end = data + size;
    for (const char* at = data; at < end;) {
        const void* found = std::memchr(at, '\n', size_t(end - at));
        if (!found)
            break;
        ++count;
        at = static_cast<const char*>(found) + 1;
    }
    return count;
}
} // namespace

AuditLogReader::AuditLogReader(const QString& path)
    : m_path(path)
{
}

AuditLogReader::~AuditLogReader()
{
    if (m_file)
        gzclose_r(m_file);
}

bool AuditLogReader::open()
{
    if (m_path == QLatin1String("-")) {
        struct stat info
        {
        };
        if (fstat(STDIN_FILENO, &info) == 0 && S_ISREG(info.st_mode))
            m_rawSize = qint64(info.st_size);
        // gzclose closes the descriptor it was given: hand it a copy, standard input stays open.
        const int descriptor = dup(STDIN_FILENO);
        if (descriptor < 0) {
            fail(QStringLiteral("cannot read standard input: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        m_file = gzdopen(descriptor, "rb");
        if (!m_file)
            ::close(descriptor);
    } else {
        const QFileInfo info(m_path);
        if (!info.exists()) {
            fail(QStringLiteral("%1: no such file").arg(m_path));
            return false;
        }
        if (info.isDir()) {
            fail(QStringLiteral("%1 is a folder, not a file").arg(m_path));
            return false;
        }
        if (info.isFile())
            m_rawSize = info.size();
        m_file = gzopen(QFile::encodeName(m_path).constData(), "rb");
    }
    if (!m_file) {
        fail(QStringLiteral("cannot open %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    gzbuffer(m_file, 128 * 1024);
    return true;
}

bool AuditLogReader::next(Chunk& chunk, qsizetype targetBytes)
{
    if (!m_file || !m_error.isEmpty() || (m_end && m_carry.isEmpty()))
        return false;

    QByteArray data;
    std::swap(data, m_carry);
    data.reserve(qMax(targetBytes, data.size()) + readSize);
    qsizetype lastNewline = data.lastIndexOf('\n');
    while (!m_end) {
        if (data.size() >= targetBytes && lastNewline >= 0)
            break;
        // The unfinished line at the end has grown too long: hand back the whole lines before it, or report it.
        if (data.size() - (lastNewline + 1) > maxLineLength) {
            if (lastNewline >= 0)
                break;
            if (!skipRestOfLine())
                return false;
            chunk.data.clear();
            chunk.firstLine = m_nextLine++;
            chunk.lineCount = 1;
            chunk.overlong = true;
            chunk.rawEnd = rawOffset();
            return true;
        }
        const qsizetype before = data.size();
        const qsizetype read = readInto(data, readSize);
        if (read < 0)
            return false;
        if (read == 0) {
            m_end = true;
            break;
        }
        const qsizetype found = QByteArrayView(data).sliced(before).lastIndexOf('\n');
        if (found >= 0)
            lastNewline = before + found;
    }

    if (lastNewline >= 0 && lastNewline + 1 < data.size()) {
        m_carry = data.sliced(lastNewline + 1);
        data.truncate(lastNewline + 1);
    }
    if (data.isEmpty())
        return false;
    // The last line of a file needs no '\n'.
    const bool unterminated = !data.endsWith('\n');
    chunk.lineCount = countNewlines(data.constData(), data.size()) + (unterminated ? 1 : 0);
    chunk.firstLine = m_nextLine;
    m_nextLine += chunk.lineCount;
    chunk.overlong = false;
    chunk.rawEnd = rawOffset();
    chunk.data = std::move(data);
    return true;
}

bool AuditLogReader::skipRestOfLine()
{
    QByteArray buffer;
    buffer.reserve(readSize);
    while (true) {
        buffer.clear();
        const qsizetype read = readInto(buffer, readSize);
        if (read < 0)
            return false;
        if (read == 0) {
            m_end = true;
            return true;
        }
        const qsizetype newline = buffer.indexOf('\n');
        if (newline >= 0) {
            m_carry = buffer.sliced(newline + 1);
            return true;
        }
    }
}

qsizetype AuditLogReader::readInto(QByteArray& buffer, qsizetype bytes)
{
    const qsizetype before = buffer.size();
    buffer.resize(before + bytes);
    const int read = gzread(m_file, buffer.data() + before, unsigned(bytes));
    buffer.resize(before + qMax(read, 0));
    int code = Z_OK;
    const char* message = gzerror(m_file, &code);
    if (read < 0 || (read == 0 && code == Z_BUF_ERROR) || (code != Z_OK && code != Z_BUF_ERROR)) {
        if (code == Z_BUF_ERROR)
            fail(QStringLiteral("%1: the gzip data ends early (truncated file?)").arg(m_path));
        else if (code == Z_ERRNO)
            fail(QStringLiteral("cannot read %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        else
            fail(QStringLiteral("%1: not valid gzip data (%2)").arg(m_path, QString::fromLatin1(message)));
        return -1;
    }
    return read;
}

qint64 AuditLogReader::rawOffset() const
{
    return m_file ? qint64(gzoffset(m_file)) : 0;
}

void AuditLogReader::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_end = true;
}
