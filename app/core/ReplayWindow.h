#pragma once

#include "FieldError.h"

#include <QDateTime>

// The time range of a replay job. Konnect keeps audit logs for 7 days, so a replay must lie inside the last 7
// days, start before it ends, and not end in the future.
class ReplayWindow
{
public:
    static constexpr qint64 retentionDays = 7;

    static FieldErrors check(const QDateTime& start, const QDateTime& end, const QDateTime& now);
    // RFC 3339 in UTC with a Z, as Konnect's examples show it.
    static QString toRfc3339(const QDateTime& time);
    // The same with milliseconds when there are some, so that a resumed pull starts exactly where one stopped.
    static QString toRfc3339WithMs(const QDateTime& time);
    // Accepts RFC 3339 with Z or an offset (fractional seconds allowed); invalid QDateTime otherwise.
    static QDateTime parseRfc3339(const QString& text);
};
