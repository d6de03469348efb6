#pragma once

#include "HttpResponse.h"

#include <QJsonArray>
#include <QString>

// A 400 the emulator answers, in Konnect's words.
struct BadRequest
{
    QString detail;
    QJsonArray invalidParameters;

    void add(const QString& field, const QString& reason, const QString& detailIfFirst);
    HttpResponse toResponse() const;

    // Konnect's answer to a body that is not JSON, not an object, or has a field of the wrong type.
    static BadRequest unparsableBody();
};
