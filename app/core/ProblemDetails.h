#pragma once

#include "FieldError.h"

#include <QByteArray>
#include <QString>

// Konnect's application/problem+json error body ({status, title, detail, instance, invalid_parameters}).
class ProblemDetails
{
public:
    int status = 0;
    QString title;
    QString detail;
    QString instance;
    FieldErrors invalidParameters; // field + Konnect's reason; at most maxParameters, each part cut
    qsizetype moreParameters = 0; // entries beyond maxParameters, left out

    static constexpr qsizetype maxParameters = 10;
    static constexpr qsizetype maxParameterChars = 200;

    // Lenient: a body that is not problem+json gives an empty object (isEmpty()), never an error.
    static ProblemDetails parse(const QByteArray& body);
    bool isEmpty() const { return title.isEmpty() && detail.isEmpty() && invalidParameters.isEmpty(); }
    // "Invalid endpoint — endpoint: must be a valid URL; authorization: cannot be blank" (and "; and N more")
    QString summary() const;
};
