#pragma once

#include "ApiResult.h"

#include <QCoreApplication>
#include <QString>

// Turns a failed call to Konnect into words for the window: what happened and what to do next, never a secret.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString describe(const ApiResult& result);
    // Konnect's reason for refusing one field, as shown next to that field.
    static QString describeField(const FieldError& error);
    // The label of a field of the API ("endpoint" → "Endpoint"), for messages and the diff.
    static QString fieldLabel(const QString& field);

private:
    static QString withEditsKept(const ApiResult& result, const QString& text);
    static QString lastError(const ApiResult& result);
};
