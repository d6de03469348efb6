#pragma once

#include <QString>

// Process-wide protections that must be in place before any secret is read.
class ProcessHardening
{
public:
    // A core dump would hold the Konnect token and the SIEM authorization in clear: none is written (RLIMIT_CORE
    // 0), and the process is not dumpable (no ptrace attach by other processes of the same user, /proc/<pid>/mem
    // and environ belong to root). Linux only; elsewhere a no-op. Returns what could not be done, empty when all was.
    static QString disableCoreDumps();
};
