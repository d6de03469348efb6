#include "GlobalOptions.h"

#include "ParsedCommandLine.h"

GlobalOptions GlobalOptions::from(const ParsedCommandLine& commandLine)
{
    GlobalOptions options;
    auto optional = [&commandLine](const QString& name) -> std::optional<QString> {
        if (!commandLine.isSet(name))
            return std::nullopt;
        return commandLine.value(name);
    };
    options.profile = optional(QStringLiteral("profile"));
    options.region = optional(QStringLiteral("region"));
    options.baseUrl = optional(QStringLiteral("base-url"));
    options.tokenStdin = commandLine.isSet(QStringLiteral("token-stdin"));
    options.json = commandLine.isSet(QStringLiteral("json"));
    options.verbose = commandLine.isSet(QStringLiteral("verbose"));
    return options;
}
