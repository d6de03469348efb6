#include "Ed25519Verifier.h"

#include <openssl/evp.h>

namespace {
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
} // namespace

Ed25519Verifier::Ed25519Verifier(const QByteArray& publicRaw32)
{
    if (publicRaw32.size() != 32)
        return;
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr,
                                                   reinterpret_cast<const unsigned char*>(publicRaw32.constData()),
                                                   size_t(publicRaw32.size()));
    if (key)
        m_key.reset(key, EVP_PKEY_free);
}

bool Ed25519Verifier::verify(QByteArrayView message, QByteArrayView signature64) const
{
    if (!m_key || signature64.size() != 64)
        return false;
    // A context per call: EVP_MD_CTX is not shareable between threads, the key is (it is never modified here).
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    // Ed25519 is a one-shot scheme: no digest, and EVP_DigestVerify() over the whole message.
    if (EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature64.data()),
                            size_t(signature64.size()), reinterpret_cast<const unsigned char*>(message.data()),
                            size_t(message.size()))
        == 1;
}
