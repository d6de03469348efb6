#include "OutputPrinter.h"

#include "SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {
void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = SecretRedactor::redact(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

OutputPrinter::OutputPrinter(bool json)
    : m_json(json)
{
}

QString OutputPrinter::formatFields(const Fields& fields)
{
    qsizetype width = 0;
    for (const auto& field : fields)
        width = qMax(width, field.first.size() + 1);
    QString text;
    for (const auto& field : fields) {
        text += (field.first + QLatin1Char(':')).leftJustified(width + 2);
        text += field.second;
        text += QLatin1Char('\n');
    }
    return text;
}

void OutputPrinter::fields(const Fields& fields) const
{
    if (!m_json)
        write(stdout, formatFields(fields));
}

void OutputPrinter::line(const QString& text) const
{
    if (!m_json)
        write(stdout, text + QLatin1Char('\n'));
}

void OutputPrinter::json(const QJsonObject& object) const
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n"));
}

void OutputPrinter::note(const QString& text) const
{
    write(stderr, text + QLatin1Char('\n'));
}

void OutputPrinter::verbose(const QString& text) const
{
    write(stderr, text + QLatin1Char('\n'));
}

void OutputPrinter::error(const QString& message, const FieldErrors& fieldErrors, int exitCode) const
{
    if (m_json) {
        QJsonArray fields;
        for (const FieldError& error : fieldErrors)
            fields.append(
                QJsonObject {{QStringLiteral("field"), error.field}, {QStringLiteral("message"), error.message}});
        json(QJsonObject {{QStringLiteral("error"), message},
                          {QStringLiteral("fields"), fields},
                          {QStringLiteral("exit_code"), exitCode}});
        return;
    }
    QString text = QStringLiteral("Error: %1\n").arg(message);
    for (const FieldError& error : fieldErrors) {
        // Konnect's summary and our own single-field messages already carry the field's message.
        if (message.contains(error.message))
            continue;
        if (error.message.startsWith(error.field))
            text += QStringLiteral("  %1\n").arg(error.message);
        else
            text += QStringLiteral("  %1: %2\n").arg(error.field, error.message);
    }
    write(stderr, text);
}
