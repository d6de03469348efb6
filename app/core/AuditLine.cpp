#include "AuditLine.h"

#include <cstring>

namespace {
constexpr int signatureSize = 64;

bool isBlankByte(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// -1 for a byte outside the base64url alphabet.
int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

// A quote preceded by an odd number of backslashes is escaped, i.e. inside a JSON string.
bool isEscaped(QByteArrayView text, qsizetype quote)
{
    qsizetype backslashes = 0;
    for (qsizetype i = quote - 1; i >= 0 && text.at(i) == '\\'; --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

// The last occurrence of `needle` that starts before `position`; -1 when there is none.
qsizetype occurrenceBefore(QByteArrayView text, QByteArrayView needle, qsizetype position)
{
    return position > 0 ? text.lastIndexOf(needle, position - 1) : -1;
}

const QByteArrayView cefSig = "sig=";
const QByteArrayView jsonSigKey = "\"sig\"";
const QByteArrayView cpsOpening = "{\"event\":";

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t';
}
} // namespace

AuditLine::AuditLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    qsizetype first = 0;
    while (first < line.size() && isBlankByte(line.at(first)))
        ++first;
    if (first == line.size()) {
        m_kind = Kind::Blank;
        return;
    }
    m_json = line.at(first) == '{';
    if (m_json)
        parseJson(line);
    else
        parseCef(line);
}

void AuditLine::parseCef(QByteArrayView line)
{
    bool sawSig = false;
    // From the end: Konnect appends the sig, so the last candidate is the likely one.
    for (qsizetype at = line.lastIndexOf(cefSig); at > 0; at = occurrenceBefore(line, cefSig, at)) {
        if (m_candidateCount == maxCandidates)
            break;
        const char before = line.at(at - 1);
        if (before != ' ' && before != '|')
            continue; // part of a longer key such as "xsig="
        sawSig = true;
        const qsizetype valueStart = at + cefSig.size();
        qsizetype valueEnd = line.indexOf(' ', valueStart);
        if (valueEnd < 0)
            valueEnd = line.size();
        const QByteArrayView value = line.sliced(valueStart, valueEnd - valueStart);
        if (before == ' ') {
            addCandidate(value, line.first(at - 1), line.sliced(valueEnd));
        } else {
            // First extension right after the header's last '|': there is no space before it, so the one after
            // it goes instead.
            const qsizetype removeEnd = valueEnd < line.size() ? valueEnd + 1 : valueEnd;
            addCandidate(value, line.first(at), line.sliced(removeEnd));
        }
    }
    settle(sawSig);
}

void AuditLine::parseJson(QByteArrayView line)
{
    bool sawSig = false;
    for (qsizetype at = line.lastIndexOf(jsonSigKey); at > 0; at = occurrenceBefore(line, jsonSigKey, at)) {
        if (m_candidateCount == maxCandidates)
            break;
        if (isEscaped(line, at))
            continue;
        qsizetype before = at - 1;
        while (before > 0 && isJsonSpace(line.at(before)))
            --before;
        const char separator = line.at(before);
        if (separator != ',' && separator != '{')
            continue; // not a member name
        // `"sig":"` as Konnect writes it; spaces around the colon (a SIEM that re-serialised the line) are accepted
        // here so that such a line counts as signed, though it cannot verify any more.
        qsizetype valueStart = at + jsonSigKey.size();
        while (valueStart < line.size() && isJsonSpace(line.at(valueStart)))
            ++valueStart;
        if (valueStart >= line.size() || line.at(valueStart) != ':')
            continue;
        ++valueStart;
        while (valueStart < line.size() && isJsonSpace(line.at(valueStart)))
            ++valueStart;
        if (valueStart >= line.size() || line.at(valueStart) != '"')
            continue; // a sig that is not a string: not Konnect's
        sawSig = true;
        ++valueStart;
        const qsizetype closingQuote = line.indexOf('"', valueStart);
        if (closingQuote < 0) {
            noteProblem(Problem::UnterminatedValue);
            continue;
        }
        const QByteArrayView value = line.sliced(valueStart, closingQuote - valueStart);
        const qsizetype memberEnd = closingQuote + 1;
        if (separator == ',') {
            addCandidate(value, line.first(before), line.sliced(memberEnd));
        } else {
            // First member: `"sig":"v",` goes, so that `{"sig":"v","a":1}` leaves `{"a":1}`.
            const qsizetype removeEnd
                = memberEnd < line.size() && line.at(memberEnd) == ',' ? memberEnd + 1 : memberEnd;
            addCandidate(value, line.first(at), line.sliced(removeEnd));
        }
    }
    settle(sawSig);
}

void AuditLine::addCandidate(QByteArrayView value, QByteArrayView prefix, QByteArrayView suffix)
{
    if (value.isEmpty())
        return noteProblem(Problem::EmptySignature);
    Candidate& candidate = m_candidates[size_t(m_candidateCount)];
    const int length = decodeBase64Url(value, candidate.signature.data(), signatureSize);
    if (length < 0)
        return noteProblem(Problem::NotBase64Url);
    if (length != signatureSize)
        return noteProblem(Problem::WrongLength, length);
    candidate.prefix = prefix;
    candidate.suffix = suffix;
    ++m_candidateCount;
}

void AuditLine::noteProblem(Problem problem, int decodedLength)
{
    if (m_problem != Problem::None)
        return;
    m_problem = problem;
    m_decodedLength = decodedLength;
}

void AuditLine::settle(bool sawSig)
{
    if (m_candidateCount > 0)
        m_kind = Kind::Signed;
    else
        m_kind = sawSig ? Kind::Malformed : Kind::Unsigned;
}

QString AuditLine::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::EmptySignature:
        return QStringLiteral("the signature is empty");
    case Problem::NotBase64Url:
        return QStringLiteral("the signature is not base64url");
    case Problem::WrongLength:
        return QStringLiteral("the signature is %1 bytes long, an Ed25519 signature is 64 (truncated?)")
            .arg(m_decodedLength);
    case Problem::UnterminatedValue:
        return QStringLiteral("the signature's string has no closing quote (truncated line?)");
    }
    return {};
}

QByteArrayView AuditLine::payload(const Candidate& candidate, QByteArray& scratch)
{
    if (candidate.suffix.isEmpty())
        return candidate.prefix;
    const qsizetype size = candidate.prefix.size() + candidate.suffix.size();
    // resize() keeps the capacity when shrinking, so a worker's scratch stops allocating once it has seen its
    // longest line.
    scratch.resize(size);
    char* out = scratch.data();
    std::memcpy(out, candidate.prefix.data(), size_t(candidate.prefix.size()));
    std::memcpy(out + candidate.prefix.size(), candidate.suffix.data(), size_t(candidate.suffix.size()));
    return QByteArrayView(out, size);
}

QByteArrayView AuditLine::cpsInner(QByteArrayView payload)
{
    if (!payload.startsWith(cpsOpening) || !payload.endsWith('}'))
        return {};
    const QByteArrayView inner = payload.sliced(cpsOpening.size(), payload.size() - cpsOpening.size() - 1);
    if (!inner.startsWith('{') || !inner.endsWith('}'))
        return {};
    return inner;
}

int AuditLine::decodeBase64Url(QByteArrayView text, unsigned char* out, int size)
{
    qsizetype length = text.size();
    // Up to two '=' of padding, and only where padding makes the length a multiple of 4.
    qsizetype padding = 0;
    while (length > 0 && text.at(length - 1) == '=' && padding < 2) {
        --length;
        ++padding;
    }
    if (padding > 0 && (length + padding) % 4 != 0)
        return -1;
    if (length % 4 == 1)
        return -1;
    const qsizetype decoded = length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1);
    for (qsizetype i = 0; i < length; ++i) {
        if (base64UrlValue(text.at(i)) < 0)
            return -1;
    }
    if (decoded != size)
        return int(qMin<qsizetype>(decoded, 1 << 30));
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (qsizetype i = 0; i < length; ++i) {
        buffer = (buffer << 6) | quint32(base64UrlValue(text.at(i)));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[written++] = static_cast<unsigned char>((buffer >> bits) & 0xFF);
        }
    }
    return written;
}
