#include "ErrorText.h"

#include "SecretRedactor.h"

QString ErrorText::fieldLabel(const QString& field)
{
    if (field == QLatin1String("endpoint"))
        return tr("Endpoint");
    if (field == QLatin1String("authorization"))
        return tr("Authorization");
    if (field == QLatin1String("enabled"))
        return tr("Enabled");
    if (field == QLatin1String("log_format"))
        return tr("Log format");
    if (field == QLatin1String("skip_ssl_verification"))
        return tr("Skip TLS verification");
    return field;
}

QString ErrorText::describeField(const FieldError& error)
{
    return SecretRedactor::redact(tr("Konnect refused this value: %1").arg(error.message));
}

QString ErrorText::describe(const ApiResult& result)
{
    const int attempts = int(result.attempts.size());
    QString text;
    switch (result.kind) {
    case ApiResult::Kind::Ok:
        return {};
    case ApiResult::Kind::Unauthorized:
        text = tr("Konnect refused the token (401): it is invalid or has expired. Create a new token in Konnect "
                  "and store it with Replace token.");
        break;
    case ApiResult::Kind::Forbidden:
        text = tr("The token is valid, but its owner may not change audit-log settings (403): this needs an "
                  "Organization Admin. Use a token of an Organization Admin.");
        break;
    case ApiResult::Kind::BadRequest:
        if (!result.fieldErrors.isEmpty())
            text = tr("Konnect refused the settings: see the messages next to the fields. Your edits are kept.");
        else
            text = tr("Konnect refused the settings: %1. Your edits are kept.")
                       .arg(result.problem.isEmpty() ? tr("no reason given") : result.problem.summary());
        break;
    case ApiResult::Kind::HttpError:
        if (result.httpStatus == 429)
            text = tr("Konnect is limiting requests (429 Too Many Requests) and still was after %n attempt(s): "
                      "gave up. Your edits are kept; try again in a minute.",
                      nullptr, attempts);
        else if (result.httpStatus >= 500)
            text = tr("Konnect had a problem (HTTP %1) and still had it after %n attempt(s): gave up. Your edits "
                      "are kept; try again later.",
                      nullptr, attempts)
                       .arg(result.httpStatus);
        else
            text = result.message;
        break;
    case ApiResult::Kind::NetworkError:
        text = tr("Could not reach Konnect. %1").arg(result.message);
        break;
    case ApiResult::Kind::Cancelled:
        text = tr("Cancelled. If the request had already reached Konnect, Refresh shows whether it took effect.");
        break;
    case ApiResult::Kind::InvalidInput:
    case ApiResult::Kind::BadAnswer:
        text = result.message;
        break;
    }
    return SecretRedactor::redact(text);
}
