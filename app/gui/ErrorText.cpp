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

QString ErrorText::withEditsKept(const ApiResult& result, const QString& text)
{
    if (!result.isChange())
        return text;
    const bool ended
        = text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')) || text.endsWith(QLatin1Char('?'));
    return tr("%1 Your edits are kept.").arg(ended ? text : text + QLatin1Char('.'));
}

QString ErrorText::lastError(const ApiResult& result)
{
    QString error = result.attempts.isEmpty() ? QString() : result.attempts.constLast().errorText;
    if (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    return error;
}

QString ErrorText::describe(const ApiResult& result)
{
    const int attempts = int(result.attempts.size());
    QString text;
    switch (result.kind) {
    case ApiResult::Kind::Ok:
        return {};
    case ApiResult::Kind::Unauthorized:
        text = withEditsKept(result,
                             tr("Konnect refused the token (401): it is invalid or has expired. Create a new token in "
                                "Konnect and store it with Replace token."));
        break;
    case ApiResult::Kind::Forbidden:
        text = withEditsKept(result,
                             tr("The token is valid, but its owner may not change audit-log settings (403): this "
                                "needs an Organization Admin. Use a token of an Organization Admin."));
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
        else if (result.httpStatus >= 500 && attempts > 1)
            text = tr("Konnect had a problem (HTTP %1) and still had it after %n attempt(s): gave up. Your edits "
                      "are kept; try again later.",
                      nullptr, attempts)
                       .arg(result.httpStatus);
        else
            text = withEditsKept(result, result.message); // final at once, e.g. 501: trying again will not help
        break;
    case ApiResult::Kind::NetworkError:
        if (!result.attempts.isEmpty()
            && result.attempts.constLast().outcome.transport == AttemptOutcome::Transport::AnswerTooLarge)
            text = withEditsKept(result,
                                 tr("The answer to %1 %2 was far larger than any of Konnect's and was refused: check "
                                    "the profile's base URL.")
                                     .arg(result.method, result.path));
        else if (result.outcomeUnknown())
            text = tr("The connection to Konnect broke before its answer arrived (%1), so the change may be stored "
                      "anyway: press Refresh to see what Konnect has now. Your edits are kept.")
                       .arg(lastError(result));
        else
            text = withEditsKept(result, result.message);
        break;
    case ApiResult::Kind::Cancelled:
        text = tr("Cancelled. If the request had already reached Konnect, Refresh shows whether it took effect.");
        break;
    case ApiResult::Kind::InvalidInput:
        text = result.message;
        break;
    case ApiResult::Kind::BadAnswer:
        // A 2xx to a change means Konnect took it; only its answer was unreadable.
        text = result.isChange() && result.httpStatus >= 200 && result.httpStatus < 300
            ? tr("%1 Konnect accepted the change, so it is probably stored: press Refresh to see what Konnect has "
                 "now. Your edits are kept.")
                  .arg(result.message)
            : withEditsKept(result, result.message);
        break;
    }
    return SecretRedactor::redact(text);
}
