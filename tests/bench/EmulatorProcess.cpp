#include "EmulatorProcess.h"

#include <QFile>
#include <QRegularExpression>
#include <unistd.h>

EmulatorProcess::EmulatorProcess(const QString& binary, const QString& token, const QStringList& extraArguments)
    : m_binary(binary)
    , m_token(token)
    , m_extraArguments(extraArguments)
{
}

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool EmulatorProcess::start(QString* problem)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    // The emulator's documented usage: a throwaway test token (never a real one) as its argument.
    m_process.start(m_binary,
                    QStringList {QStringLiteral("emulator"), QStringLiteral("--token"), m_token} + m_extraArguments);
    if (!m_process.waitForStarted(10000)) {
        *problem = QStringLiteral("the emulator did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray output;
    while (m_process.waitForReadyRead(10000)) {
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    *problem = QStringLiteral("the emulator did not say where it listens: %1").arg(QString::fromUtf8(output));
    return false;
}

QUrl EmulatorProcess::controlUrl(const QString& path) const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_emulator/") + path);
    return url;
}

double EmulatorProcess::cpuMs() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (m_process.processId() <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14 and 15 (utime, stime, in clock ticks) follow the command name, which is in parentheses.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}
