#include "PulledRecordSignature.h"

#include "AuditLine.h"

#include <array>

namespace {
const QByteArray member = "\"signature\":\"";

// Whether the quote at `quote` is escaped, i.e. preceded by an odd number of backslashes.
bool escaped(QByteArrayView raw, qsizetype quote)
{
    qsizetype backslashes = 0;
    for (qsizetype i = quote - 1; i >= 0 && raw[i] == '\\'; --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

// Whether `at` lies outside every string of `raw` (a "signature" inside a value does not count).
bool outsideStrings(QByteArrayView raw, qsizetype at)
{
    bool inString = false;
    for (qsizetype i = 0; i < at; ++i) {
        if (raw[i] == '"' && !escaped(raw, i))
            inString = !inString;
    }
    return !inString;
}
} // namespace

PulledRecordSignature::PulledRecordSignature(const Jwks& jwks)
    : m_keys(jwks.keys())
{
    for (const Jwks::Key& key : m_keys)
        m_verifiers.append(Ed25519Verifier(key.publicKey));
}

QByteArray PulledRecordSignature::documentedPayload(QByteArrayView raw, QByteArrayView* signatureValue)
{
    for (qsizetype at = raw.indexOf(QByteArrayView(member)); at >= 0;
         at = raw.indexOf(QByteArrayView(member), at + 1)) {
        if (!outsideStrings(raw, at))
            continue;
        const qsizetype valueStart = at + member.size();
        const qsizetype valueEnd = raw.indexOf('"', valueStart);
        if (valueEnd < 0)
            return {};
        if (signatureValue)
            *signatureValue = raw.sliced(valueStart, valueEnd - valueStart);
        qsizetype before = at;
        while (before > 0 && raw[before - 1] == ' ')
            --before;
        if (before > 0 && raw[before - 1] == ',') // `,"signature":"v"` as the rule says
            return raw.first(before - 1).toByteArray() + raw.sliced(valueEnd + 1).toByteArray();
        // The first member: `"signature":"v",` goes, comma after it included.
        qsizetype after = valueEnd + 1;
        while (after < raw.size() && raw[after] == ' ')
            ++after;
        if (after < raw.size() && raw[after] == ',')
            ++after;
        return raw.first(at).toByteArray() + raw.sliced(after).toByteArray();
    }
    return {};
}

PulledRecordSignature::Result PulledRecordSignature::check(QByteArrayView raw) const
{
    Result result;
    QByteArrayView value;
    const QByteArray payload = documentedPayload(raw, &value);
    if (payload.isEmpty() || value.isEmpty()) {
        result.verdict = Verdict::Unsigned;
        return result;
    }
    result.verdict = Verdict::NotVerified;
    std::array<unsigned char, 64> signature {};
    if (AuditLine::decodeBase64Url(value, signature.data(), int(signature.size())) != int(signature.size()))
        return result;
    const QByteArrayView signatureView(reinterpret_cast<const char*>(signature.data()), qsizetype(signature.size()));
    for (qsizetype i = 0; i < m_verifiers.size(); ++i) {
        if (m_verifiers.at(i).verify(payload, signatureView)) {
            result.verdict = Verdict::Verified;
            result.kid = m_keys.at(i).kid;
            return result;
        }
    }
    return result;
}

QString PulledRecordSignature::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Verified:
        return QStringLiteral("verified");
    case Verdict::NotVerified:
        return QStringLiteral("not verified by the documented rules");
    case Verdict::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

QString PulledRecordSignature::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Verified:
        return QStringLiteral("verified");
    case Verdict::NotVerified:
        return QStringLiteral("not_verified");
    case Verdict::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

QString PulledRecordSignature::ruleText()
{
    return QStringLiteral("the documented JSON rule (the record's bytes without ,\"signature\":\"...\", Ed25519 with a "
                          "key of the JWKS)");
}
