#include "AuditLogQuery.h"

#include "ReplayWindow.h"

#include <algorithm>

QStringList AuditLogQuery::types()
{
    return {QStringLiteral("authentication"), QStringLiteral("authorization"), QStringLiteral("gateway_access")};
}

FieldErrors AuditLogQuery::check(const QDateTime& now) const
{
    FieldErrors errors;
    // The replay window's rule and messages: inside the last 7 days, start before end, end not in the future. A
    // start not given is Konnect's default (7 days before the end), which Konnect keeps inside its retention.
    const QDateTime effectiveEnd = end.isValid() ? end : now;
    const QDateTime oldest = now.addDays(-ReplayWindow::retentionDays);
    const QDateTime effectiveStart = start.isValid() ? start : std::max(oldest, effectiveEnd.addMSecs(-1));
    const FieldErrors window = ReplayWindow::check(effectiveStart, effectiveEnd, now);
    for (const FieldError& error : window) {
        const bool aboutEnd = error.field == QLatin1String("end_at");
        if (!aboutEnd && !start.isValid())
            continue;
        errors.append({aboutEnd ? QStringLiteral("end") : QStringLiteral("start"), error.message});
    }
    if (end.isValid() && end < oldest)
        errors.append({QStringLiteral("end"),
                       QStringLiteral("The end is more than 7 days ago; Konnect keeps audit logs for 7 days. "
                                      "Choose an end after %1.")
                           .arg(ReplayWindow::toRfc3339(oldest))});
    if (!type.isEmpty() && !types().contains(type))
        errors.append(
            {QStringLiteral("type"), QStringLiteral("Must be one of %1.").arg(types().join(QStringLiteral(", ")))});
    if (pageSize < 1 || pageSize > maxPageSize)
        errors.append({QStringLiteral("page_size"), QStringLiteral("Must be from 1 to %1.").arg(maxPageSize)});
    return errors;
}

QUrlQuery AuditLogQuery::toQuery() const
{
    QUrlQuery query;
    if (start.isValid())
        query.addQueryItem(QStringLiteral("filter[ts][gte]"), ReplayWindow::toRfc3339WithMs(start));
    if (end.isValid())
        query.addQueryItem(QStringLiteral("filter[ts][lte]"), ReplayWindow::toRfc3339WithMs(end));
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("filter[type]"), type);
    query.addQueryItem(QStringLiteral("page[size]"), QString::number(pageSize));
    return query;
}
