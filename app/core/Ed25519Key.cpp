#include "Ed25519Key.h"

#include "Ed25519Verifier.h"

#include <QCryptographicHash>
#include <openssl/evp.h>

namespace {
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
} // namespace

Ed25519Key::Ed25519Key() = default;

Ed25519Key::Ed25519Key(EVP_PKEY* key)
{
    if (key)
        m_key.reset(key, EVP_PKEY_free);
}

Ed25519Key Ed25519Key::generate()
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "ED25519", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return {};
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) != 1)
        return {};
    return Ed25519Key(key);
}

Ed25519Key Ed25519Key::fromPrivateRaw(const QByteArray& raw32)
{
    if (raw32.size() != privateKeySize)
        return {};
    return Ed25519Key(EVP_PKEY_new_raw_private_key_ex(
        nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char*>(raw32.constData()), size_t(raw32.size())));
}

QByteArray Ed25519Key::publicKeyRaw() const
{
    if (!m_key)
        return {};
    QByteArray raw(publicKeySize, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()), &length) != 1
        || length != size_t(publicKeySize))
        return {};
    return raw;
}

QByteArray Ed25519Key::sign(const QByteArray& message) const
{
    if (!m_key)
        return {};
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1)
        return {};
    QByteArray signature(signatureSize, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            != 1
        || length != size_t(signatureSize))
        return {};
    return signature;
}

QString Ed25519Key::kid() const
{
    return kidFor(publicKeyRaw());
}

QJsonObject Ed25519Key::jwk() const
{
    return jwkFor(publicKeyRaw());
}

bool Ed25519Key::verify(const QByteArray& publicRaw32, const QByteArray& message, const QByteArray& signature64)
{
    return Ed25519Verifier(publicRaw32).verify(message, signature64);
}

QString Ed25519Key::kidFor(const QByteArray& publicRaw32)
{
    if (publicRaw32.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(publicRaw32, QCryptographicHash::Sha1).toHex());
}

QJsonObject Ed25519Key::jwkFor(const QByteArray& publicRaw32)
{
    if (publicRaw32.isEmpty())
        return {};
    return QJsonObject {
        {QStringLiteral("kty"), QStringLiteral("OKP")},
        {QStringLiteral("crv"), QStringLiteral("Ed25519")},
        {QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("kid"), kidFor(publicRaw32)},
        {QStringLiteral("x"),
         QString::fromLatin1(publicRaw32.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
    };
}
