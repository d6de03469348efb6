#pragma once

#include <QString>
#include <optional>

class ParsedCommandLine;

// The options every command understands. --region and --base-url override the profile for this run only.
struct GlobalOptions
{
    std::optional<QString> profile;
    std::optional<QString> region;
    std::optional<QString> baseUrl;
    bool tokenStdin = false;
    bool json = false;
    bool verbose = false;

    static GlobalOptions from(const ParsedCommandLine& commandLine);
};
