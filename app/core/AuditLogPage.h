#pragma once

#include "AuditLogRecord.h"

#include <QByteArray>
#include <QString>
#include <optional>

// One answer of GET /v3/audit-logs, read from its raw bytes: `data` cut into its records (each parsed to the
// detail asked for) and the small `meta` kept raw. Reading a page touches nothing else, so a puller can do it on
// another thread while the event loop writes the page before.
class AuditLogPage
{
public:
    AuditLogRecords records;
    std::optional<QByteArray> meta; // the raw `meta` object, when the page has one
    QString problem; // why the page is not an audit-log page; empty when it is one

    static AuditLogPage read(const QByteArray& body, AuditLogRecord::Detail detail);

    // A quick guess at the raw `meta` object of a page not read yet: the last `"meta":` value in it, found from the
    // end (Kong puts `meta` after `data`). Only a guess: a record could carry a member of that name, and the page
    // may not parse at all, so whoever acts on it checks it against read()'s `meta` afterwards.
    static std::optional<QByteArray> guessMeta(const QByteArray& body);
};
