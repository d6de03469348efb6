#include "SiemOptions.h"

#include "AuthorizationFromEnvironment.h"
#include "ParsedCommandLine.h"
#include "SecretRedactor.h"
#include "WebhookConfig.h"

#include <QUrl>
#include <QUrlQuery>

SiemOptions SiemOptions::check(const ParsedCommandLine& commandLine, bool tokenFromStdin, FieldErrors* errors)
{
    SiemOptions options;
    // move-to-destination takes only the authorization: asking Qt about an undeclared option prints a warning.
    if (commandLine.declares(endpointOption) && commandLine.isSet(endpointOption)) {
        const QString endpoint = commandLine.value(endpointOption);
        registerEndpointSecrets(endpoint);
        if (const auto problem = WebhookConfig::checkEndpoint(endpoint))
            errors->append({QStringLiteral("--endpoint"), problem->message});
        else
            options.endpoint = endpoint;
    }

    const bool fromEnv = commandLine.isSet(authorizationEnvOption);
    options.authorizationFromStdin = commandLine.isSet(authorizationStdinOption);
    options.authorizationFromKeychain
        = commandLine.declares(authorizationKeychainOption) && commandLine.isSet(authorizationKeychainOption);
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

    if (commandLine.declares(logFormatOption) && commandLine.isSet(logFormatOption)) {
        options.logFormat = logFormatFromString(commandLine.value(logFormatOption));
        if (!options.logFormat)
            errors->append({QStringLiteral("--log-format"),
                            QStringLiteral("Must be cef, json or cps (lower case), the formats Konnect can send.")});
    }
    if (commandLine.declares(skipSslOption) && commandLine.isSet(skipSslOption)) {
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
    const QUrl url(endpoint);
    SecretRedactor::registerSecret(url.password());
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items)
        SecretRedactor::registerSecret(item.second);
}
