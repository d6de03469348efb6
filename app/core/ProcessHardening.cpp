#include "ProcessHardening.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

QString ProcessHardening::disableCoreDumps()
{
    QString problems;
#if defined(Q_OS_LINUX)
    const rlimit none {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems += QStringLiteral("setrlimit(RLIMIT_CORE): %1. ").arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems += QStringLiteral("prctl(PR_SET_DUMPABLE): %1.").arg(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    return problems.trimmed();
}
