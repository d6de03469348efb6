#include "JsonArraySplitter.h"

#include <QVarLengthArray>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The first quote or backslash at or after `from`, or `end`. Pages are mostly string bytes, and this is where a pull
// spends its time: with SSE2, sixteen bytes are looked at in one step.
const char* nextQuoteOrBackslash(const char* from, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; end - from >= 16; from += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
        const int hits
            = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        if (hits != 0)
            return from + __builtin_ctz(static_cast<unsigned>(hits));
    }
#endif
    while (from < end && *from != '"' && *from != '\\')
        ++from;
    return from;
}

// The end (one past the closing quote) of the string starting at `at`, or -1 when it is not terminated.
qsizetype stringEnd(QByteArrayView text, qsizetype at)
{
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* from = begin + at + 1;
    while (true) {
        from = nextQuoteOrBackslash(from, end);
        if (end - from < 1)
            return -1;
        if (*from == '"')
            return from - begin + 1;
        if (end - from < 2)
            return -1;
        from += 2; // the backslash and the escaped character, whatever it is (\" \\ \uXXXX's 'u')
    }
}

#if defined(__SSE2__)
// The end of the object or array starting at `at`, found 64 bytes at a time: quotes, backslashes and brackets become
// bit masks, the bytes inside strings are the running parity of the quotes, and only the brackets outside strings
// are looked at one by one. Records are mostly string bytes, so this is several times faster than stepping from
// string to string. -1 when it cannot tell (a backslash, unbalanced brackets, the text ends): the exact walk below
// then decides, with its messages.
qsizetype bracketedEndFast(QByteArrayView text, qsizetype at)
{
    const char* const base = text.data();
    const qsizetype size = text.size();
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i openBracket = _mm_set1_epi8(0x7b); // '{' and, with the 0x20 bit set, '['
    const __m128i closeBracket = _mm_set1_epi8(0x7d); // '}' and ']'
    const __m128i caseBit = _mm_set1_epi8(0x20);
    quint64 carry = 0; // all ones when the block before ended inside a string
    QVarLengthArray<char, 64> open;
    for (qsizetype block = at; block < size; block += 64) {
        alignas(16) char padded[64];
        const char* bytes = base + block;
        if (size - block < 64) {
            std::memset(padded, ' ', sizeof padded);
            std::memcpy(padded, bytes, size_t(size - block));
            bytes = padded;
        }
        quint64 quotes = 0, backslashes = 0, brackets = 0;
        for (int part = 0; part < 4; ++part) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
            const __m128i folded = _mm_or_si128(chunk, caseBit);
            const int shift = 16 * part;
            quotes |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, quote)))) << shift;
            backslashes |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, backslash)))) << shift;
            brackets |= quint64(quint16(_mm_movemask_epi8(
                            _mm_or_si128(_mm_cmpeq_epi8(folded, openBracket), _mm_cmpeq_epi8(folded, closeBracket)))))
                << shift;
        }
        if (backslashes != 0)
            return -1;
        quint64 inString = quotes;
        inString ^= inString << 1;
        inString ^= inString << 2;
        inString ^= inString << 4;
        inString ^= inString << 8;
        inString ^= inString << 16;
        inString ^= inString << 32;
        inString ^= carry;
        carry = (inString >> 63) ? ~quint64(0) : 0;
        for (quint64 outside = brackets & ~inString; outside != 0; outside &= outside - 1) {
            const int bit = __builtin_ctzll(outside);
            const char c = bytes[bit];
            if (c == '{' || c == '[') {
                open.append(c);
                continue;
            }
            if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                return -1;
            open.removeLast();
            if (open.isEmpty())
                return block + bit + 1;
        }
    }
    return -1;
}
#endif

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
#if defined(__SSE2__)
        const qsizetype fastEnd = bracketedEndFast(text, at);
        if (fastEnd >= 0)
            return fastEnd;
#endif
        // Only brackets outside strings count; a small stack keeps { and [ apart (no allocation below 64 levels).
        QVarLengthArray<char, 64> open;
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
                open.removeLast();
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

bool trailingSpaceOnly(QByteArrayView text, qsizetype at, QString& problem)
{
    if (skipSpace(text, at) == text.size())
        return true;
    problem = QStringLiteral("text after the object at byte %1").arg(at);
    return false;
}

} // namespace

namespace {

// The elements of the array starting at `at` (its '['), appended to *elements; the end of the array (one past its
// ']'), or -1 with `problem` set.
qsizetype arrayElements(QByteArrayView text, qsizetype at, QList<QByteArrayView>* elements, QString& problem)
{
    at = skipSpace(text, at + 1);
    if (at < text.size() && text[at] == ']')
        return at + 1;
    while (true) {
        const qsizetype end = valueEnd(text, at, &problem);
        if (end < 0)
            return -1;
        elements->append(text.sliced(at, end - at));
        at = skipSpace(text, end);
        if (at >= text.size()) {
            problem = QStringLiteral("the array is not closed");
            return -1;
        }
        if (text[at] == ']')
            return at + 1;
        if (text[at] != ',') {
            problem = QStringLiteral("expected ',' or ']' at byte %1").arg(at);
            return -1;
        }
        at = skipSpace(text, at + 1);
    }
}

} // namespace

std::optional<QList<QByteArrayView>> JsonArraySplitter::split(QByteArrayView text, QString* error)
{
    QString scratch;
    QString& problem = error ? *error : scratch;
    const qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '[') {
        problem = QStringLiteral("not a JSON array");
        return std::nullopt;
    }
    QList<QByteArrayView> elements;
    const qsizetype end = arrayElements(text, at, &elements, problem);
    if (end < 0)
        return std::nullopt;
    if (skipSpace(text, end) != text.size()) {
        problem = QStringLiteral("text after the array at byte %1").arg(end);
        return std::nullopt;
    }
    return elements;
}

std::optional<QByteArrayView> JsonArraySplitter::member(QByteArrayView text, QByteArrayView key, QString* error)
{
    QString scratch;
    QString& problem = error ? *error : scratch;
    std::optional<QByteArrayView> found;
    const bool wellFormed = forEachMember(
        text,
        [&found, key](QByteArrayView name, QByteArrayView value) {
            // Compared as written: Konnect's member names carry no escapes.
            if (name != key)
                return true;
            found = value;
            return false;
        },
        &problem);
    if (!found && wellFormed)
        problem = QStringLiteral("no member \"%1\"").arg(QString::fromUtf8(key));
    return found;
}

bool JsonArraySplitter::forEachMember(QByteArrayView text, const MemberVisitor& visit, QString* error,
                                      QByteArrayView splitName, QList<QByteArrayView>* splitElements)
{
    QString scratch;
    QString& problem = error ? *error : scratch;
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '{') {
        problem = QStringLiteral("not a JSON object");
        return false;
    }
    at = skipSpace(text, at + 1);
    if (at < text.size() && text[at] == '}')
        return trailingSpaceOnly(text, at + 1, problem);
    bool splitDone = false; // only the first member of that name, like every lookup here
    while (true) {
        if (at >= text.size() || text[at] != '"') {
            problem = QStringLiteral("expected a member name at byte %1").arg(at);
            return false;
        }
        const qsizetype nameEnd = stringEnd(text, at);
        if (nameEnd < 0) {
            problem = QStringLiteral("the member name at byte %1 is not terminated").arg(at);
            return false;
        }
        const QByteArrayView name = text.sliced(at + 1, nameEnd - at - 2);
        at = skipSpace(text, nameEnd);
        if (at >= text.size() || text[at] != ':') {
            problem = QStringLiteral("expected ':' at byte %1").arg(at);
            return false;
        }
        at = skipSpace(text, at + 1);
        // The array to split is cut into its elements on the way: a second walk over it would cost as much again.
        const bool splitHere = !splitDone && splitElements && name == splitName && at < text.size() && text[at] == '[';
        splitDone = splitDone || splitHere;
        const qsizetype end
            = splitHere ? arrayElements(text, at, splitElements, problem) : valueEnd(text, at, &problem);
        if (end < 0)
            return false;
        if (!visit(name, text.sliced(at, end - at)))
            return true;
        at = skipSpace(text, end);
        if (at < text.size() && text[at] == '}')
            return trailingSpaceOnly(text, at + 1, problem);
        if (at >= text.size() || text[at] != ',') {
            problem = QStringLiteral("expected ',' or '}' at byte %1").arg(at);
            return false;
        }
        at = skipSpace(text, at + 1);
    }
}
