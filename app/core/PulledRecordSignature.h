#pragma once

#include "Ed25519Verifier.h"
#include "Jwks.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// What can be said about the `signature` of a record pulled from GET /v3/audit-logs. Konnect does not document how
// that signature is computed (the contract's examples are placeholders), so a record that no known rule verifies is
// "not verified by the documented rules", never "invalid": the rule may simply be another one.
//
// The rule tried is the documented one for JSON events, applied to the record's raw bytes: remove
// `,"signature":"<value>"` byte for byte (or `"signature":"<value>",` when it is the first member), and
// Ed25519-verify what is left with each key of the JWKS; the value is base64url of 64 bytes.
class PulledRecordSignature
{
public:
    enum class Verdict { Verified, NotVerified, Unsigned };
    struct Result
    {
        Verdict verdict = Verdict::Unsigned;
        QString kid; // the key that verified it
    };

    explicit PulledRecordSignature(const Jwks& jwks);

    Result check(QByteArrayView raw) const;

    // "verified", "not verified by the documented rules", "unsigned".
    static QString verdictText(Verdict verdict);
    // Short machine words: "verified", "not_verified", "unsigned".
    static QString verdictKey(Verdict verdict);
    // The rule in words, for a summary.
    static QString ruleText();
    // The payload the documented rule signs: `raw` without its signature member; empty when there is none.
    static QByteArray documentedPayload(QByteArrayView raw, QByteArrayView* signatureValue = nullptr);

private:
    QList<Jwks::Key> m_keys;
    QList<Ed25519Verifier> m_verifiers;
};
