// libFuzzer target: the CEF/JSON/CPS audit-line parser that signature verification runs on every exported line
// (AuditLine), with its documented properties checked: a signed payload is the line minus the sig (so strictly
// shorter), a CPS inner object lies inside the payload, and every accepted signature decodes to the same 64 bytes
// as Qt's own base64url decoder gives.

#include "AuditLine.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A copy with no slack after it, so that reading past the end is caught.
    const QByteArray line(reinterpret_cast<const char*>(data), qsizetype(size));
    const AuditLine parsed {QByteArrayView(line)};
    QByteArray scratch;
    switch (parsed.kind()) {
    case AuditLine::Kind::Signed:
        if (parsed.candidateCount() < 1 || parsed.candidateCount() > AuditLine::maxCandidates)
            std::abort();
        break;
    case AuditLine::Kind::Malformed:
        if (parsed.problem() == AuditLine::Problem::None || parsed.problemText().isEmpty())
            std::abort();
        [[fallthrough]];
    default:
        if (parsed.candidateCount() != 0)
            std::abort();
        break;
    }
    for (int i = 0; i < parsed.candidateCount(); ++i) {
        const AuditLine::Candidate& candidate = parsed.candidate(i);
        const QByteArrayView payload = AuditLine::payload(candidate, scratch);
        if (payload.size() >= line.size())
            std::abort();
        const QByteArrayView inner = AuditLine::cpsInner(payload);
        if (!inner.isEmpty()
            && (inner.size() >= payload.size() || inner.data() < payload.data()
                || inner.data() + inner.size() > payload.data() + payload.size()))
            std::abort();
    }

    // The base64url decoder on its own, against Qt's.
    unsigned char out[64];
    const int decoded = AuditLine::decodeBase64Url(QByteArrayView(line), out, 64);
    if (decoded >= 0) {
        const auto reference = QByteArray::fromBase64Encoding(
            line, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!reference || reference.decoded.size() != decoded)
            std::abort();
        if (decoded == 64 && std::memcmp(reference.decoded.constData(), out, 64) != 0)
            std::abort();
    }
    return 0;
}
