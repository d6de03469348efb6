#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// The line format Konnect uses for audit events it delivers to the webhook (the API's `log_format`).
enum class LogFormat { Cef, Json, Cps };

inline QString toString(LogFormat format)
{
    switch (format) {
    case LogFormat::Cef:
        return QStringLiteral("cef");
    case LogFormat::Json:
        return QStringLiteral("json");
    case LogFormat::Cps:
        return QStringLiteral("cps");
    }
    return QStringLiteral("cef");
}

// Exact, lower-case match only: the API rejects anything else, so we do too.
inline std::optional<LogFormat> logFormatFromString(QStringView text)
{
    if (text == u"cef")
        return LogFormat::Cef;
    if (text == u"json")
        return LogFormat::Json;
    if (text == u"cps")
        return LogFormat::Cps;
    return std::nullopt;
}
