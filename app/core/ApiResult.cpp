#include "ApiResult.h"

#include <algorithm>

int ApiResult::exitCode() const
{
    switch (kind) {
    case Kind::Ok:
        return 0;
    case Kind::InvalidInput:
    case Kind::BadRequest:
        return 2;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return 3;
    case Kind::HttpError:
    case Kind::BadAnswer:
    case Kind::NetworkError:
    case Kind::Cancelled:
        return 4;
    }
    return 4;
}

bool ApiResult::isChange() const
{
    return !method.isEmpty() && method != QLatin1String("GET") && method != QLatin1String("HEAD");
}

bool ApiResult::outcomeUnknown() const
{
    if (kind != Kind::NetworkError || !isChange())
        return false;
    return std::any_of(attempts.cbegin(), attempts.cend(), [](const HttpAttempt& a) { return a.mayHaveArrived; });
}

ApiResult ApiResult::invalidInput(const QString& message, const FieldErrors& errors)
{
    ApiResult result;
    result.kind = Kind::InvalidInput;
    result.message = message;
    result.fieldErrors = errors;
    return result;
}
