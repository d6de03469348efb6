#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One request of this session, for the activity panel and --verbose. It never holds a header value, and its body
// has the authorization replaced, so it is safe to show, copy and log as it is.
struct RequestLogEntry
{
    QDateTime startedAt;
    QString method;
    QString url;
    int httpStatus = 0; // 0: no HTTP answer
    int attempts = 0;
    qint64 durationMs = 0;
    QString outcome;
    QByteArray redactedBody; // JSON request body with secrets masked; empty for GET

    // A curl command that repeats the request, with the token taken from $KONNECT_TOKEN and each masked body value
    // (the SIEM authorization) from a shell variable such as $SIEM_AUTHORIZATION, named in a comment line first.
    QString curlCommand() const;
};
