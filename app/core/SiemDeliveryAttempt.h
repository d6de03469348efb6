#pragma once

#include "HttpAttempt.h"

#include <QByteArray>
#include <QJsonObject>

// One POST of the test batch to the SIEM, as the connection test shows it: the attempt under Konnect's retry rule
// and the Content-Encoding it carried (Kong's documented "application/gzip", or "gzip" when trying the fallback).
struct SiemDeliveryAttempt
{
    HttpAttempt attempt;
    QByteArray contentEncoding;

    QJsonObject toJson() const
    {
        return {
            {QStringLiteral("number"), attempt.number},
            {QStringLiteral("content_encoding"), QString::fromLatin1(contentEncoding)},
            {QStringLiteral("status"), attempt.outcome.httpStatus},
            {QStringLiteral("error"), attempt.errorText},
            {QStringLiteral("elapsed_ms"), attempt.elapsedMs},
            {QStringLiteral("wait_before_next_ms"), attempt.waitBeforeNextMs},
        };
    }
};
