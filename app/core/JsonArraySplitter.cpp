#include "JsonArraySplitter.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

// The end (one past the closing quote) of the string starting at `at`, or -1 when it is not terminated.
qsizetype stringEnd(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\')
            ++i; // the escaped character, whatever it is (\" \\ \uXXXX's 'u')
        else if (c == '"')
            return i + 1;
    }
    return -1;
}

// The end of the value starting at `at` (no leading whitespace), or -1 with *error set.
qsizetype valueEnd(QByteArrayView text, qsizetype at, QString* error)
{
    if (at >= text.size()) {
        *error = QStringLiteral("a value is missing at byte %1").arg(at);
        return -1;
    }
    const char first = text[at];
    if (first == '"') {
        const qsizetype end = stringEnd(text, at);
        if (end < 0)
            *error = QStringLiteral("the string at byte %1 is not terminated").arg(at);
        return end;
    }
    if (first == '{' || first == '[') {
        // Only brackets outside strings count; a small stack keeps { and [ apart.
        QByteArray open;
        for (qsizetype i = at; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                const qsizetype end = stringEnd(text, i);
                if (end < 0) {
                    *error = QStringLiteral("the string at byte %1 is not terminated").arg(i);
                    return -1;
                }
                i = end - 1;
            } else if (c == '{' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.back() != (c == '}' ? '{' : '[')) {
                    *error = QStringLiteral("unbalanced '%1' at byte %2").arg(QLatin1Char(c)).arg(i);
                    return -1;
                }
                open.chop(1);
                if (open.isEmpty())
                    return i + 1;
            }
        }
        *error = QStringLiteral("the %1 at byte %2 is not closed")
                     .arg(first == '{' ? QStringLiteral("object") : QStringLiteral("array"))
                     .arg(at);
        return -1;
    }
    // A number, true, false or null: up to the next delimiter.
    qsizetype i = at;
    while (i < text.size() && !isSpace(text[i]) && text[i] != ',' && text[i] != ']' && text[i] != '}' && text[i] != ':')
        ++i;
    if (i == at) {
        *error = QStringLiteral("unexpected '%1' at byte %2").arg(QLatin1Char(first)).arg(at);
        return -1;
    }
    return i;
}

} // namespace

std::optional<QList<QByteArrayView>> JsonArraySplitter::split(QByteArrayView text, QString* error)
{
    QString scratch;
    QString& problem = error ? *error : scratch;
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '[') {
        problem = QStringLiteral("not a JSON array");
        return std::nullopt;
    }
    QList<QByteArrayView> elements;
    at = skipSpace(text, at + 1);
    if (at < text.size() && text[at] == ']') {
        if (skipSpace(text, at + 1) != text.size()) {
            problem = QStringLiteral("text after the array at byte %1").arg(at + 1);
            return std::nullopt;
        }
        return elements;
    }
    while (true) {
        const qsizetype end = valueEnd(text, at, &problem);
        if (end < 0)
            return std::nullopt;
        elements.append(text.sliced(at, end - at));
        at = skipSpace(text, end);
        if (at >= text.size()) {
            problem = QStringLiteral("the array is not closed");
            return std::nullopt;
        }
        if (text[at] == ']')
            break;
        if (text[at] != ',') {
            problem = QStringLiteral("expected ',' or ']' at byte %1").arg(at);
            return std::nullopt;
        }
        at = skipSpace(text, at + 1);
    }
    if (skipSpace(text, at + 1) != text.size()) {
        problem = QStringLiteral("text after the array at byte %1").arg(at + 1);
        return std::nullopt;
    }
    return elements;
}

std::optional<QByteArrayView> JsonArraySplitter::member(QByteArrayView text, QByteArrayView key, QString* error)
{
    QString scratch;
    QString& problem = error ? *error : scratch;
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '{') {
        problem = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    at = skipSpace(text, at + 1);
    if (at < text.size() && text[at] == '}') {
        problem = QStringLiteral("no member \"%1\"").arg(QString::fromUtf8(key));
        return std::nullopt;
    }
    while (true) {
        if (at >= text.size() || text[at] != '"') {
            problem = QStringLiteral("expected a member name at byte %1").arg(at);
            return std::nullopt;
        }
        const qsizetype nameEnd = stringEnd(text, at);
        if (nameEnd < 0) {
            problem = QStringLiteral("the member name at byte %1 is not terminated").arg(at);
            return std::nullopt;
        }
        // Compared as written: Konnect's member names carry no escapes.
        const QByteArrayView name = text.sliced(at + 1, nameEnd - at - 2);
        at = skipSpace(text, nameEnd);
        if (at >= text.size() || text[at] != ':') {
            problem = QStringLiteral("expected ':' at byte %1").arg(at);
            return std::nullopt;
        }
        at = skipSpace(text, at + 1);
        const qsizetype end = valueEnd(text, at, &problem);
        if (end < 0)
            return std::nullopt;
        if (name == key)
            return text.sliced(at, end - at);
        at = skipSpace(text, end);
        if (at < text.size() && text[at] == '}') {
            problem = QStringLiteral("no member \"%1\"").arg(QString::fromUtf8(key));
            return std::nullopt;
        }
        if (at >= text.size() || text[at] != ',') {
            problem = QStringLiteral("expected ',' or '}' at byte %1").arg(at);
            return std::nullopt;
        }
        at = skipSpace(text, at + 1);
    }
}
