#include "EmulatorProcess.h"

#include <QRegularExpression>

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
