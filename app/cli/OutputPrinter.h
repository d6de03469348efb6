#pragma once

#include "FieldError.h"

#include <QList>
#include <QPair>
#include <QString>

class QJsonObject;

// Labelled values, printed as aligned "Label: value" lines.
using Fields = QList<QPair<QString, QString>>;

// Everything the commands print goes through here, and through SecretRedactor on its way out. With --json,
// standard output carries exactly one JSON object (the result or the error); without it, people read standard
// output and errors go to standard error. Notes and the --verbose log always go to standard error.
class OutputPrinter
{
public:
    explicit OutputPrinter(bool json = false);

    bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // Human mode only: ignored with --json.
    void fields(const Fields& fields) const;
    void line(const QString& text = {}) const;
    // The one JSON object of this run, on one line.
    void json(const QJsonObject& object) const;
    void note(const QString& text) const;
    void verbose(const QString& text) const;
    // {"error": message, "fields": [{field, message}], "exit_code": N} with --json; "Error: ..." on stderr without.
    void error(const QString& message, const FieldErrors& fieldErrors, int exitCode) const;

    static QString formatFields(const Fields& fields);

private:
    bool m_json;
};
