#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

// An Ed25519 key pair, as Konnect uses to sign audit events. Copies share the same key (read-only), so a copy is
// cheap and signing from several threads is safe. The private half never leaves this class except through
// sign(): there is deliberately no accessor for it, so it cannot end up in a log.
class Ed25519Key
{
public:
    static constexpr int publicKeySize = 32;
    static constexpr int privateKeySize = 32;
    static constexpr int signatureSize = 64;

    Ed25519Key(); // a null key: isNull() is true, sign() returns an empty array
    static Ed25519Key generate();
    // The 32-byte seed (RFC 8032's "secret key"); a null key when it is not 32 bytes.
    static Ed25519Key fromPrivateRaw(const QByteArray& raw32);

    bool isNull() const { return !m_key; }
    QByteArray publicKeyRaw() const;
    QByteArray sign(const QByteArray& message) const;
    // Hex SHA-1 of the raw public key, the shape of Konnect's JWKS `kid`.
    QString kid() const;
    // {kty:"OKP", crv:"Ed25519", alg:"EdDSA", kid, x} with x base64url without padding.
    QJsonObject jwk() const;

    // One-shot check; for many lines signed by one key, keep an Ed25519Verifier instead.
    static bool verify(const QByteArray& publicRaw32, const QByteArray& message, const QByteArray& signature64);

    static QString kidFor(const QByteArray& publicRaw32);
    static QJsonObject jwkFor(const QByteArray& publicRaw32);

private:
    explicit Ed25519Key(EVP_PKEY* key);

    std::shared_ptr<EVP_PKEY> m_key;
};
