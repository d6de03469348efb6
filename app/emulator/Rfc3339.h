#pragma once

#include <QDateTime>
#include <QRegularExpression>
#include <optional>

// Timestamps as the Konnect API writes and reads them.
namespace Rfc3339 {

// UTC with a Z; milliseconds only when there are some, as Go's RFC 3339 output does.
inline QString format(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

// Konnect's "never": the zero time of Go.
inline QString zeroTime()
{
    return QStringLiteral("0001-01-01T00:00:00Z");
}

// Strict: a date, a time and an explicit offset (Z or ±hh:mm), as RFC 3339 requires.
inline std::optional<QDateTime> parse(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace Rfc3339
