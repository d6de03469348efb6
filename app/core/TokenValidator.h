#pragma once

#include <QString>

// Checks the shape of a Konnect token before it is stored or sent. Messages say what is wrong and how to fix it,
// and never contain the token or any part of it.
class TokenValidator
{
public:
    // Longer input is certainly not a token (Konnect's are well under 100 characters); the cap keeps a pasted file
    // from ending up in an Authorization header.
    static constexpr int maxLength = 4096;

    enum class Kind {
        PersonalAccessToken, // kpat_
        SystemAccountToken, // spat_
    };

    struct Result
    {
        bool ok = false;
        QString token; // the trimmed token when ok; empty otherwise
        Kind kind = Kind::PersonalAccessToken;
        QString error; // when not ok: a full sentence about "the Konnect token", without its value
    };

    // Trims surrounding whitespace (e.g. the newline that `echo ... |` adds) and checks what is left.
    static Result check(const QString& raw);
};
