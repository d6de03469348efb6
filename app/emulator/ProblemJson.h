#pragma once

#include "HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Konnect's error bodies: application/problem+json with {status, title, detail, instance[, invalid_parameters]}.
class ProblemJson
{
public:
    static HttpResponse response(int status, const QString& title, const QString& detail,
                                 const QJsonArray& invalidParameters = {});
    static QJsonObject invalidParameter(const QString& field, const QString& reason);
    // "konnect:trace:<n>", a new n each time, like Konnect's correlation ids.
    static QString nextInstance();
};
