#include "YamlMapReader.h"

#include <QStringDecoder>

namespace {
struct Line
{
    int number = 0;
    int indent = 0;
    QString content; // without indentation and without a trailing comment-only remainder
};

using Node = YamlMapReader::Node;

struct ParseError
{
    int line = 0;
    QString problem;
};

bool startsSequenceItem(const QString& content)
{
    return content == QLatin1String("-") || content.startsWith(QLatin1String("- "));
}

// Characters that begin YAML syntax this reader does not handle when they start a value.
bool startsUnsupportedValue(QChar c)
{
    return QStringLiteral("[{|>&*!").contains(c);
}

bool startsReservedOrIndicator(QChar c)
{
    return QStringLiteral("?:,[]{}#&*!|>%@`").contains(c);
}

class Parser
{
public:
    explicit Parser(std::vector<Line> lines)
        : m_lines(std::move(lines))
    {
    }

    std::optional<Node> document(ParseError* error)
    {
        Node root;
        root.kind = Node::Kind::Map;
        if (m_lines.empty())
            return root;
        if (!map(m_lines.front().indent, 0, &root, error))
            return std::nullopt;
        if (m_pos < m_lines.size()) {
            *error = {m_lines[m_pos].number, QStringLiteral("its indentation does not match any key above it")};
            return std::nullopt;
        }
        return root;
    }

private:
    bool map(int indent, int depth, Node* into, ParseError* error)
    {
        if (depth >= YamlMapReader::maxDepth) {
            *error = {m_lines[m_pos].number, QStringLiteral("the maps are nested too deeply")};
            return false;
        }
        into->kind = Node::Kind::Map;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent) {
            const Line& line = m_lines[m_pos];
            if (startsSequenceItem(line.content)) {
                *error = {line.number, QStringLiteral("a list item stands where a \"key: value\" line was expected")};
                return false;
            }
            QString key;
            QString rest;
            if (!splitKey(line.content, &key, &rest, error, line.number))
                return false;
            if (into->keys.contains(key)) {
                *error = {line.number, QStringLiteral("a key appears twice in the same map")};
                return false;
            }
            ++m_pos;
            Node value;
            value.line = line.number;
            if (rest.isEmpty()) {
                if (!nested(indent, depth, &value, error))
                    return false;
            } else if (startsUnsupportedValue(rest.front())) {
                value.kind = Node::Kind::Unsupported;
                skipDeeperThan(indent);
            } else {
                if (!scalar(rest, &value, error, line.number))
                    return false;
                if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent) {
                    *error = {m_lines[m_pos].number,
                              QStringLiteral("it is indented under a key that already has a value (multi-line values "
                                             "are not supported)")};
                    return false;
                }
            }
            into->keys.append(key);
            into->values.push_back(std::move(value));
        }
        if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent) {
            *error = {m_lines[m_pos].number, QStringLiteral("its indentation does not match the lines above it")};
            return false;
        }
        return true;
    }

    // What follows `key:` with nothing after the colon: a nested map, a list, or nothing (null).
    bool nested(int indent, int depth, Node* value, ParseError* error)
    {
        if (m_pos >= m_lines.size()) {
            value->kind = Node::Kind::Null;
            return true;
        }
        const Line& next = m_lines[m_pos];
        if (next.indent > indent) {
            if (startsSequenceItem(next.content)) {
                value->kind = Node::Kind::Unsupported;
                skipDeeperThan(indent);
                return true;
            }
            return map(next.indent, depth + 1, value, error);
        }
        if (next.indent == indent && startsSequenceItem(next.content)) {
            // A list may sit at its key's indentation: `headers:` then `- "a: b"`.
            value->kind = Node::Kind::Unsupported;
            while (m_pos < m_lines.size()
                   && (m_lines[m_pos].indent > indent
                       || (m_lines[m_pos].indent == indent && startsSequenceItem(m_lines[m_pos].content))))
                ++m_pos;
            return true;
        }
        value->kind = Node::Kind::Null;
        return true;
    }

    void skipDeeperThan(int indent)
    {
        while (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
            ++m_pos;
    }

    static bool splitKey(const QString& content, QString* key, QString* rest, ParseError* error, int number)
    {
        const QString notKeyValue = QStringLiteral("it is not a \"key: value\" line");
        int afterKey = 0;
        if (content.front() == QLatin1Char('"') || content.front() == QLatin1Char('\'')) {
            int end = 0;
            if (!quoted(content, key, &end, error, number))
                return false;
            afterKey = end;
            while (afterKey < content.size() && content.at(afterKey) == QLatin1Char(' '))
                ++afterKey;
            if (afterKey >= content.size() || content.at(afterKey) != QLatin1Char(':')) {
                *error = {number, notKeyValue};
                return false;
            }
        } else {
            if (startsReservedOrIndicator(content.front())) {
                *error = {number, QStringLiteral("its key uses YAML syntax that is not supported")};
                return false;
            }
            int colon = content.indexOf(QLatin1String(": "));
            if (colon < 0 && content.endsWith(QLatin1Char(':')))
                colon = content.size() - 1;
            const int comment = content.indexOf(QLatin1String(" #"));
            if (colon <= 0 || (comment >= 0 && comment < colon)) {
                *error = {number, notKeyValue};
                return false;
            }
            *key = content.left(colon).trimmed();
            afterKey = colon;
        }
        QString after = content.mid(afterKey + 1);
        if (!after.isEmpty() && after.front() != QLatin1Char(' ')) {
            *error = {number, notKeyValue};
            return false;
        }
        after = after.trimmed();
        if (after.startsWith(QLatin1Char('#')))
            after.clear();
        *rest = after;
        return true;
    }

    static bool scalar(const QString& text, Node* value, ParseError* error, int number)
    {
        const QChar first = text.front();
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            int end = 0;
            if (!quoted(text, &value->scalar, &end, error, number))
                return false;
            const QString after = text.mid(end).trimmed();
            if (!after.isEmpty() && !(after.startsWith(QLatin1Char('#')) && text.at(end).isSpace())) {
                *error = {number, QStringLiteral("something follows the closing quote")};
                return false;
            }
            value->kind = Node::Kind::Scalar;
            return true;
        }
        if (startsReservedOrIndicator(first) || startsSequenceItem(text)) {
            *error = {number, QStringLiteral("its value uses YAML syntax that is not supported")};
            return false;
        }
        QString plain = text;
        const int comment = plain.indexOf(QLatin1String(" #"));
        if (comment >= 0)
            plain.truncate(comment);
        plain = plain.trimmed();
        if (plain.contains(QLatin1String(": ")) || plain.endsWith(QLatin1Char(':'))) {
            *error = {number, QStringLiteral("its value contains \": \"; put the value in quotes")};
            return false;
        }
        if (plain == QLatin1String("~") || plain == QLatin1String("null") || plain == QLatin1String("Null")
            || plain == QLatin1String("NULL")) {
            value->kind = Node::Kind::Null;
            return true;
        }
        value->kind = Node::Kind::Scalar;
        value->scalar = plain;
        return true;
    }

    // A quoted scalar starting at text[0]; *end is the index after the closing quote.
    static bool quoted(const QString& text, QString* out, int* end, ParseError* error, int number)
    {
        const QChar quote = text.front();
        QString result;
        int i = 1;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                    result.append(quote);
                    i += 2;
                    continue;
                }
                *out = result;
                *end = i + 1;
                return true;
            }
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
                if (!escape(text, &i, &result)) {
                    *error = {number, QStringLiteral("a quoted value has an escape sequence that is not supported")};
                    return false;
                }
                continue;
            }
            result.append(c);
            ++i;
        }
        *error = {number, QStringLiteral("a quoted value is not closed on the same line")};
        return false;
    }

    // Decodes the escape at text[*i] (a backslash) and moves *i past it.
    static bool escape(const QString& text, int* i, QString* out)
    {
        if (*i + 1 >= text.size())
            return false;
        const QChar kind = text.at(*i + 1);
        static const QString simple = QStringLiteral("\"\\/nrt0 ");
        static const QString decoded = QStringLiteral("\"\\/\n\r\t") + QChar(0) + QLatin1Char(' ');
        const int index = simple.indexOf(kind);
        if (index >= 0) {
            out->append(decoded.at(index));
            *i += 2;
            return true;
        }
        int digits = 0;
        if (kind == QLatin1Char('x'))
            digits = 2;
        else if (kind == QLatin1Char('u'))
            digits = 4;
        else if (kind == QLatin1Char('U'))
            digits = 8;
        else
            return false;
        if (*i + 2 + digits > text.size())
            return false;
        bool ok = false;
        const uint code = text.mid(*i + 2, digits).toUInt(&ok, 16);
        if (!ok || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        const char32_t character = code;
        out->append(QString::fromUcs4(&character, 1));
        *i += 2 + digits;
        return true;
    }

    std::vector<Line> m_lines;
    size_t m_pos = 0;
};
} // namespace

const YamlMapReader::Node* YamlMapReader::Node::value(const QString& key) const
{
    if (kind != Kind::Map)
        return nullptr;
    const int index = keys.indexOf(key);
    return index < 0 ? nullptr : &values[size_t(index)];
}

const YamlMapReader::Node* YamlMapReader::Node::at(const QStringList& path) const
{
    const Node* node = this;
    for (const QString& key : path) {
        node = node->value(key);
        if (!node)
            return nullptr;
    }
    return node;
}

std::optional<YamlMapReader::Node> YamlMapReader::parse(const QByteArray& text, QString* error)
{
    auto fail = [error](const QString& problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    if (text.size() > maxSize)
        return fail(QStringLiteral("it is larger than %1 bytes").arg(maxSize));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(text);
    if (utf8.hasError())
        return fail(QStringLiteral("it is not valid UTF-8 text"));
    if (decoded.startsWith(QChar(0xfeff)))
        decoded.remove(0, 1);

    std::vector<Line> lines;
    const QStringList rawLines = decoded.split(QLatin1Char('\n'));
    bool seenContent = false;
    for (int i = 0; i < rawLines.size(); ++i) {
        QString raw = rawLines.at(i);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        int indent = 0;
        while (indent < raw.size() && raw.at(indent) == QLatin1Char(' '))
            ++indent;
        const QString content = raw.mid(indent).trimmed();
        if (content.isEmpty() || content.startsWith(QLatin1Char('#')))
            continue;
        if (indent < raw.size() && raw.at(indent) == QLatin1Char('\t'))
            return fail(QStringLiteral("line %1 is indented with a tab; YAML allows only spaces").arg(i + 1));
        const bool control = std::any_of(content.cbegin(), content.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control && c != QLatin1Char('\t');
        });
        if (control)
            return fail(QStringLiteral("line %1 contains a control character").arg(i + 1));
        if (content == QLatin1String("---") && indent == 0) {
            if (seenContent)
                return fail(QStringLiteral("line %1 starts a second document; only one is supported").arg(i + 1));
            continue;
        }
        if (content == QLatin1String("...") && indent == 0)
            break;
        if (content.startsWith(QLatin1Char('%')) && indent == 0)
            return fail(QStringLiteral("line %1 is a YAML directive, which is not supported").arg(i + 1));
        seenContent = true;
        lines.push_back({i + 1, indent, content});
    }

    ParseError parseError;
    Parser parser(std::move(lines));
    auto root = parser.document(&parseError);
    if (!root)
        return fail(QStringLiteral("line %1: %2").arg(parseError.line).arg(parseError.problem));
    return root;
}
