#include "SiemOptions.h"

#include "AuthorizationFromEnvironment.h"
#include "ParsedCommandLine.h"
#include "SecretInput.h"
#include "SecretRedactor.h"
#include "WebhookConfig.h"

SiemOptions SiemOptions::check(const ParsedCommandLine& commandLine, bool tokenFromStdin, FieldErrors* errors)
{
    SiemOptions options;
    // Commands take different subsets of these options: ask only about the ones they declare.
    auto given
        = [&commandLine](const QString& option) { return commandLine.declares(option) && commandLine.isSet(option); };
    if (given(endpointOption)) {
        const QString endpoint = commandLine.value(endpointOption);
        registerEndpointSecrets(endpoint);
        if (const auto problem = WebhookConfig::checkEndpoint(endpoint))
            errors->append({QStringLiteral("--endpoint"), problem->message});
        else
            options.endpoint = endpoint;
    }

    const bool fromEnv = given(authorizationEnvOption);
    options.authorizationFromStdin = given(authorizationStdinOption);
    options.authorizationFromKeychain = given(authorizationKeychainOption);
    if (int(fromEnv) + int(options.authorizationFromStdin) + int(options.authorizationFromKeychain) > 1) {
        errors->append({QStringLiteral("--authorization-env"),
                        QStringLiteral("Give the authorization one way only: --authorization-env VAR, "
                                       "--authorization-stdin or --authorization-keychain, not two of them.")});
    } else if (options.authorizationFromStdin && tokenFromStdin) {
        errors->append({QStringLiteral("--authorization-stdin"),
                        QStringLiteral("Cannot be combined with --token-stdin: both would read standard input. Store "
                                       "the token with `token set` or set KONNECT_TOKEN, or give the authorization "
                                       "with --authorization-env VAR.")});
    } else if (fromEnv) {
        options.authorizationEnvName = commandLine.value(authorizationEnvOption);
        QString value;
        if (auto problem = AuthorizationFromEnvironment::read(options.authorizationEnvName, &value))
            errors->append(*problem);
        else
            options.authorizationFromEnv = value;
    }

    if (given(logFormatOption)) {
        options.logFormat = logFormatFromString(commandLine.value(logFormatOption));
        if (!options.logFormat)
            errors->append({QStringLiteral("--log-format"),
                            QStringLiteral("Must be cef, json or cps (lower case), the formats Konnect can send.")});
    }
    if (given(skipSslOption)) {
        const QString value = commandLine.value(skipSslOption);
        if (value == QLatin1String("true"))
            options.skipSslVerification = true;
        else if (value == QLatin1String("false"))
            options.skipSslVerification = false;
        else
            errors->append({QStringLiteral("--skip-ssl-verification"),
                            QStringLiteral("Must be true or false. true makes Konnect skip the endpoint's "
                                           "certificate check: use it only for self-signed certificates outside "
                                           "production.")});
    }
    return options;
}

// A SIEM URL may carry its own credentials (user info, a token in the query): keep them out of everything printed.
void SiemOptions::registerEndpointSecrets(const QString& endpoint)
{
    SecretRedactor::registerEndpointSecrets(endpoint);
}

FieldErrors SiemOptions::readStdinAuthorization(std::optional<QString>* authorization) const
{
    if (!authorizationFromStdin)
        return {};
    const QString value
        = SecretInput::withoutFinalLineEnding(SecretInput::read(QStringLiteral("SIEM authorization (not shown): ")));
    SecretRedactor::registerSecret(value);
    if (const auto problem = WebhookConfig::checkAuthorization(value))
        return {{QStringLiteral("--authorization-stdin"), problem->message}};
    *authorization = value;
    return {};
}
