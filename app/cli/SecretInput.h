#pragma once

#include <QString>

// Reads a secret from standard input: the whole of it when it is a pipe or a file, one line without echo when it
// is a terminal (the prompt then goes to standard error). Secrets never come from arguments, which other local
// users can see.
class SecretInput
{
public:
    static constexpr qsizetype maxBytes = 64 * 1024;

    static QString read(const QString& prompt);
    // Drops the one line ending that `echo` or a text file adds; anything else stays for validation to judge.
    static QString withoutFinalLineEnding(QString text);
};
