#pragma once

#include <QList>
#include <QString>

// A problem with one named input field, phrased so a person knows how to fix it.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError& other) const { return field == other.field && message == other.message; }
};

using FieldErrors = QList<FieldError>;
