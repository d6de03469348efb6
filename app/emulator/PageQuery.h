#pragma once

#include "BadRequest.h"

#include <QUrlQuery>
#include <limits>
#include <optional>

// Reading Konnect's bracketed query parameters (page[size], filter[name][eq]) whether or not the client
// percent-encoded the brackets.
namespace PageQuery {

inline std::optional<QString> value(const QUrlQuery& query, const QString& key)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        if (item.first == key)
            return item.second;
    }
    return std::nullopt;
}

// A positive integer up to `max`, `fallback` when absent; a 400 entry naming the parameter otherwise.
inline int positive(const QUrlQuery& query, const QString& key, int fallback, int max, BadRequest& bad)
{
    const auto text = value(query, key);
    if (!text)
        return fallback;
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok || number < 1 || number > max) {
        bad.add(key,
                max == std::numeric_limits<int>::max() ? QStringLiteral("must be a positive integer")
                                                       : QStringLiteral("must be an integer from 1 to %1").arg(max),
                QStringLiteral("Invalid query parameter"));
        return fallback;
    }
    return number;
}

} // namespace PageQuery
