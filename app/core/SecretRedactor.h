#pragma once

#include <QString>

class QUrl;

// Every secret the process learns (the Konnect token, the SIEM authorization, an endpoint URL that carries a
// token) is registered here as soon as it is read, and every text meant for a person or a log passes through
// redact() on its way out. Structural redaction (never formatting headers or bodies) comes first; this is the
// net under it.
class SecretRedactor
{
public:
    // An authorization of the shape "Scheme credential" ("Splunk <token>") also registers its credential part
    // when that is long enough to be safe (minimumCredentialLength), so a server echoing the bare token is masked.
    static void registerSecret(const QString& secret);
    // A SIEM endpoint's own credentials: the password of its user info and the values of query parameters whose
    // names say credential (isCredentialParameter). Other query values ("index=global") are not secrets.
    static void registerEndpointSecrets(const QString& endpoint);
    // token, key, sig, signature, code, password, secret, apikey, api_key, auth, access_token, ...: case-insensitive,
    // anywhere in the name.
    static bool isCredentialParameter(const QString& name);
    // The endpoint for display: user info dropped, credential query values masked, the rest as it is.
    static QString maskedEndpoint(const QUrl& endpoint);
    static void forgetAll();
    static QString redact(QString text);
    static QString mask() { return QStringLiteral("\u2022\u2022\u2022\u2022"); }

    static constexpr int minimumCredentialLength = 8;
};
