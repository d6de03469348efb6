#include "StartupReport.h"

#include <QFile>

StartupReport::StartupReport()
{
    m_timer.start();
}

void StartupReport::markShown()
{
    m_shownMs = m_timer.elapsed();
}

void StartupReport::markLoaded()
{
    m_loadedMs = m_timer.elapsed();
}

void StartupReport::markPainted()
{
    m_paintedMs = m_timer.elapsed();
}

qint64 StartupReport::peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QString StartupReport::line(bool ok) const
{
    return QStringLiteral("startup: shown_ms=%1 loaded_ms=%2 painted_ms=%3 peak_rss_kb=%4 result=%5")
        .arg(m_shownMs)
        .arg(m_loadedMs)
        .arg(m_paintedMs)
        .arg(peakResidentKb())
        .arg(ok ? QStringLiteral("ok") : QStringLiteral("failed"));
}
