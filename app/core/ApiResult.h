#pragma once

#include "FieldError.h"
#include "HttpAttempt.h"
#include "ProblemDetails.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

// The outcome of one call to Konnect, ready for a person (message, fieldErrors) and for a script (exitCode()).
class ApiResult
{
public:
    enum class Kind {
        Ok,
        InvalidInput, // our own validation failed: nothing was sent
        BadRequest, // Konnect answered 400
        Unauthorized, // 401: the token is invalid or expired
        Forbidden, // 403: the token's owner is not an organization admin
        HttpError, // any other unexpected status, including 429/5xx after the retries
        BadAnswer, // a 2xx answer we could not read
        NetworkError, // no HTTP answer (connection, timeout, TLS), after the retries where they apply
        Cancelled,
    };

    Kind kind = Kind::Ok;
    QString method;
    QString path;
    int httpStatus = 0;
    QJsonDocument json;
    // The answer's bytes as received, for calls that must keep them (audit-log pages); empty otherwise.
    QByteArray body;
    ProblemDetails problem;
    QString message;
    FieldErrors fieldErrors;
    QList<HttpAttempt> attempts;
    qint64 durationMs = 0;

    bool ok() const { return kind == Kind::Ok; }
    bool isChange() const;
    // A change that failed without an answer, after at least one attempt may have reached Konnect: whether it was
    // stored is unknown until someone looks.
    bool outcomeUnknown() const;
    // 0 ok; 2 invalid input or 400; 3 token refused; 4 anything else.
    int exitCode() const;

    static ApiResult invalidInput(const QString& message, const FieldErrors& errors = {});
};
