#pragma once

#include "FieldError.h"
#include "LogFormat.h"
#include "WebhookConfig.h"

#include <QString>
#include <optional>

class ParsedCommandLine;

// The SIEM side of `apply` and `test-endpoint`, checked alike before anything is sent: --endpoint (credentials in
// it become secrets at once), the authorization from --authorization-env VAR or --authorization-stdin (read later,
// once every option is valid) and --log-format.
class SiemOptions
{
public:
    static inline const QString endpointOption = QStringLiteral("endpoint");
    static inline const QString authorizationEnvOption = QStringLiteral("authorization-env");
    static inline const QString authorizationStdinOption = QStringLiteral("authorization-stdin");
    static inline const QString logFormatOption = QStringLiteral("log-format");
    static inline const QString skipSslOption = QStringLiteral("skip-ssl-verification");
    static inline const QString authorizationKeychainOption = QStringLiteral("authorization-keychain");

    std::optional<QString> endpoint; // only when it is valid (otherwise errors name --endpoint)
    std::optional<QString> authorizationFromEnv; // the value of the variable, only when it is valid
    QString authorizationEnvName;
    bool authorizationFromStdin = false;
    std::optional<LogFormat> logFormat;
    std::optional<bool> skipSslVerification; // when the command has --skip-ssl-verification true|false
    bool authorizationFromKeychain = false; // when the command has --authorization-keychain

    bool givesAuthorization() const
    {
        return authorizationFromEnv || authorizationFromStdin || authorizationFromKeychain;
    }

    // With --authorization-stdin: reads the authorization (one line, not echoed at a terminal), registers it as a
    // secret and checks it; *authorization is set when it is valid. Errors name --authorization-stdin.
    FieldErrors readStdinAuthorization(std::optional<QString>* authorization) const;

    // `tokenFromStdin`: --token-stdin was given, so standard input is taken.
    static SiemOptions check(const ParsedCommandLine& commandLine, bool tokenFromStdin, FieldErrors* errors);

private:
    static void registerEndpointSecrets(const QString& endpoint);
};
