#pragma once

#include <QString>

// Every secret the process learns (the Konnect token, the SIEM authorization, an endpoint URL that carries a
// token) is registered here as soon as it is read, and every text meant for a person or a log passes through
// redact() on its way out. Structural redaction (never formatting headers or bodies) comes first; this is the
// net under it.
class SecretRedactor
{
public:
    static void registerSecret(const QString& secret);
    static void forgetAll();
    static QString redact(QString text);
    static QString mask() { return QStringLiteral("\u2022\u2022\u2022\u2022"); }
};
