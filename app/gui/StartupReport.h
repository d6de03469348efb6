#pragma once

#include <QElapsedTimer>
#include <QString>

// Start-up timings for --exit-after-load, printed as one line on stderr for the smoke test and the benchmark:
//   startup: shown_ms=80 loaded_ms=140 painted_ms=150 peak_rss_kb=48000 result=ok
class StartupReport
{
public:
    StartupReport();

    void markShown();
    void markLoaded();
    void markPainted();
    QString line(bool ok) const;
    // The peak resident set size of this process (VmHWM), 0 where unknown.
    static qint64 peakResidentKb();

private:
    QElapsedTimer m_timer;
    qint64 m_shownMs = -1;
    qint64 m_loadedMs = -1;
    qint64 m_paintedMs = -1;
};
