#include "AuditLogReader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

struct AuditLogReader::Inflater
{
    z_stream stream {};
    bool initialised = false;
    bool memberEnded = false;
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

AuditLogReader::AuditLogReader(const QString& path)
    : m_path(path)
{
}

AuditLogReader::~AuditLogReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool AuditLogReader::open()
{
    if (m_path == QLatin1String("-")) {
        struct stat info
        {
        };
        if (fstat(STDIN_FILENO, &info) == 0 && S_ISREG(info.st_mode))
            m_rawSize = qint64(info.st_size);
        // A copy, closed with the reader: standard input stays open.
        m_fd = dup(STDIN_FILENO);
        if (m_fd < 0) {
            fail(QStringLiteral("cannot read standard input: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
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
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    }
    if (m_fd < 0) {
        fail(QStringLiteral("cannot open %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    // gzip is known by its magic bytes, whatever the name.
    while (m_input.size() < 2 && !m_inputEnd) {
        if (!fillInput())
            return false;
    }
    m_gzip = m_input.size() >= 2 && uchar(m_input.at(0)) == 0x1f && uchar(m_input.at(1)) == 0x8b;
    if (m_gzip) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->stream, 15 + 16) != Z_OK) {
            fail(QStringLiteral("%1: cannot start inflating").arg(m_path));
            return false;
        }
        m_inflater->initialised = true;
    }
    return true;
}

bool AuditLogReader::fillInput()
{
    if (m_inputPos > 0) {
        m_input.remove(0, m_inputPos);
        m_inputPos = 0;
    }
    const qsizetype before = m_input.size();
    m_input.resize(before + readSize);
    ssize_t read;
    do {
        read = ::read(m_fd, m_input.data() + before, size_t(readSize));
    } while (read < 0 && errno == EINTR);
    if (read < 0) {
        m_input.resize(before);
        fail(QStringLiteral("cannot read %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    m_input.resize(before + read);
    m_rawRead += read;
    if (read == 0)
        m_inputEnd = true;
    return true;
}

qsizetype AuditLogReader::readRaw(char* into, qsizetype bytes)
{
    if (m_inputPos >= m_input.size() && !m_inputEnd && !fillInput())
        return -1;
    const qsizetype available = qMin(bytes, m_input.size() - m_inputPos);
    std::memcpy(into, m_input.constData() + m_inputPos, size_t(available));
    m_inputPos += available;
    return available;
}

qsizetype AuditLogReader::inflateInto(char* into, qsizetype bytes)
{
    z_stream& stream = m_inflater->stream;
    qsizetype produced = 0;
    while (produced < bytes) {
        if (m_inflater->memberEnded) {
            // After a member: the end of the file, another member (cat a.gz b.gz), or bytes that are no gzip.
            while (m_input.size() - m_inputPos < 2 && !m_inputEnd) {
                if (!fillInput())
                    return -1;
            }
            const qsizetype left = m_input.size() - m_inputPos;
            if (left == 0)
                return produced;
            if (left < 2 || uchar(m_input.at(m_inputPos)) != 0x1f || uchar(m_input.at(m_inputPos + 1)) != 0x8b) {
                fail(QStringLiteral("%1: data follows the end of the gzip data and is not gzip (a damaged or "
                                    "appended-to file?)")
                         .arg(m_path));
                return -1;
            }
            inflateReset(&stream);
            m_inflater->memberEnded = false;
        }
        if (m_inputPos >= m_input.size()) {
            if (m_inputEnd) {
                fail(QStringLiteral("%1: the gzip data ends early (truncated file?)").arg(m_path));
                return -1;
            }
            if (!fillInput())
                return -1;
            continue;
        }
        stream.next_in = reinterpret_cast<Bytef*>(m_input.data() + m_inputPos);
        stream.avail_in = uInt(m_input.size() - m_inputPos);
        stream.next_out = reinterpret_cast<Bytef*>(into + produced);
        stream.avail_out = uInt(bytes - produced);
        const int code = inflate(&stream, Z_NO_FLUSH);
        m_inputPos = m_input.size() - qsizetype(stream.avail_in);
        const qsizetype made = (bytes - produced) - qsizetype(stream.avail_out);
        produced += made;
        m_inflated += made;
        if (code == Z_STREAM_END) {
            m_inflater->memberEnded = true;
        } else if (code != Z_OK && code != Z_BUF_ERROR) {
            fail(QStringLiteral("%1: not valid gzip data (%2)")
                     .arg(m_path, QString::fromUtf8(stream.msg ? stream.msg : "inflate failed")));
            return -1;
        }
        const qint64 consumed = qMax<qint64>(1, rawOffset());
        if (m_inflated > inflateRatioCheckAfter && m_inflated / consumed > maxInflateRatio) {
            fail(QStringLiteral("%1: too large: the gzip data inflates more than %2 times its size, which no audit "
                                "log does (a gzip bomb?); nothing more is read")
                     .arg(m_path)
                     .arg(maxInflateRatio));
            return -1;
        }
        if (made == 0 && code == Z_BUF_ERROR && m_inputPos >= m_input.size() && m_inputEnd) {
            fail(QStringLiteral("%1: the gzip data ends early (truncated file?)").arg(m_path));
            return -1;
        }
    }
    return produced;
}

bool AuditLogReader::next(Chunk& chunk, qsizetype targetBytes)
{
    if (m_fd < 0 || !m_error.isEmpty() || (m_end && m_carry.isEmpty()))
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
    const qsizetype read = m_gzip ? inflateInto(buffer.data() + before, bytes) : readRaw(buffer.data() + before, bytes);
    buffer.resize(before + qMax<qsizetype>(read, 0));
    return read;
}

qint64 AuditLogReader::rawOffset() const
{
    return m_rawRead - (m_input.size() - m_inputPos);
}

void AuditLogReader::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_end = true;
}
