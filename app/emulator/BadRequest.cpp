#include "BadRequest.h"

#include "ProblemJson.h"

void BadRequest::add(const QString& field, const QString& reason, const QString& detailIfFirst)
{
    if (invalidParameters.isEmpty())
        detail = detailIfFirst;
    invalidParameters.append(ProblemJson::invalidParameter(field, reason));
}

HttpResponse BadRequest::toResponse() const
{
    return ProblemJson::response(400, QStringLiteral("Bad Request"), detail, invalidParameters);
}

BadRequest BadRequest::unparsableBody()
{
    BadRequest bad;
    bad.add(QStringLiteral("body"), QStringLiteral("request format is invalid"),
            QStringLiteral("Could not parse request body"));
    return bad;
}
