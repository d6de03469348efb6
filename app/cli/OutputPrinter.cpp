#include "OutputPrinter.h"

#include "SecretRedactor.h"
#include "TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {
void writeBytes(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Human text: secrets masked, then every control character but our own line breaks made visible, so that nothing a
// server or a file said can steer the terminal or start a line of its own.
void write(FILE* stream, const QString& text)
{
    writeBytes(stream, TerminalText::escapeControlsKeepingLines(SecretRedactor::redact(text)).toUtf8());
}

// One value inside a line: its line breaks are escaped too.
QString value(const QString& text)
{
    return TerminalText::escapeControls(text);
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
        width = qMax(width, value(field.first).size() + 1);
    QString text;
    for (const auto& field : fields) {
        // Labels can name what a server sent too (a key id).
        text += (value(field.first) + QLatin1Char(':')).leftJustified(width + 2);
        text += value(field.second);
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
    // JSON escapes C0 already; C1 and DEL are legal raw in JSON strings but a terminal may obey them, and the JSON
    // escape \u00XX means the same character to every parser.
    const QString text
        = SecretRedactor::redact(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (TerminalText::isControl(c))
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    writeBytes(stdout, escaped.toUtf8() + "\n");
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
    QString text = QStringLiteral("Error: %1\n").arg(value(message));
    for (const FieldError& error : fieldErrors) {
        // Konnect's summary and our own single-field messages already carry the field's message.
        if (message.contains(error.message))
            continue;
        if (error.message.startsWith(error.field))
            text += QStringLiteral("  %1\n").arg(value(error.message));
        else
            text += QStringLiteral("  %1: %2\n").arg(value(error.field), value(error.message));
    }
    write(stderr, text);
}
