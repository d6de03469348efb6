#pragma once

#include "Ed25519Key.h"

#include <QString>

// A file of signed audit-log lines for benchmarks: CEF, JSON and CPS in turn, every line different (its own
// timestamp), signed by `key`. Signing is the slow part, so it is spread over `threads` threads.
class SignedCorpus
{
public:
    static bool write(const QString& path, qint64 lines, const Ed25519Key& key, int threads);
};
