#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QStringList>
#include <QUrlQuery>

// What to pull from GET /v3/audit-logs: a time window inside the last 7 days (Konnect keeps audit logs that long),
// at most one type (the API filters by one; several are filtered by the caller), and the page size.
class AuditLogQuery
{
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxPageSize = 1000; // the contract's maximum

    QDateTime start; // invalid: not sent, so Konnect starts 7 days before the end
    QDateTime end; // invalid: not sent, so Konnect ends now
    QString type; // empty: every type
    int pageSize = defaultPageSize;

    static QStringList types(); // authentication, authorization, gateway_access

    // Checked before anything is sent, with the replay window's words. Fields: "start", "end", "type",
    // "page_size".
    FieldErrors check(const QDateTime& now) const;
    // filter[ts][gte], filter[ts][lte], filter[type] and page[size], as far as they are set.
    QUrlQuery toQuery() const;
};
