#include "JwksVerifier.h"

#include "Ed25519Key.h"

#include <openssl/err.h>
#include <openssl/evp.h>

namespace {
std::shared_ptr<EVP_PKEY> publicKey(const QByteArray& raw)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key_ex(
        nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char*>(raw.constData()), size_t(raw.size()));
    return key ? std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free) : nullptr;
}

bool initialise(EVP_MD_CTX* context, EVP_PKEY* key)
{
    return EVP_DigestVerifyInit_ex(context, nullptr, nullptr, nullptr, nullptr, key, nullptr) == 1;
}

bool digestVerify(EVP_MD_CTX* context, QByteArrayView message, const unsigned char* signature64)
{
    const int result = EVP_DigestVerify(context, signature64, size_t(Ed25519Key::signatureSize),
                                        reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()));
    if (result != 1) {
        // A failed verification leaves an entry in the thread's error queue; nobody reads it.
        ERR_clear_error();
    }
    return result == 1;
}

bool checkContextReuse()
{
    const Ed25519Key key = Ed25519Key::generate();
    const QByteArray message = "context reuse check";
    const QByteArray signature = key.sign(message);
    const std::shared_ptr<EVP_PKEY> pub = publicKey(key.publicKeyRaw());
    if (!pub || signature.size() != Ed25519Key::signatureSize)
        return false;
    QByteArray wrong = signature;
    wrong[0] = char(wrong.at(0) ^ 1);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    if (!context)
        return false;
    const auto* good = reinterpret_cast<const unsigned char*>(signature.constData());
    const auto* bad = reinterpret_cast<const unsigned char*>(wrong.constData());
    // Good, bad, good again on one context: all three answers must be right for reuse to be trusted.
    const bool works = initialise(context, pub.get()) && digestVerify(context, message, good)
        && !digestVerify(context, message, bad) && digestVerify(context, message, good)
        && digestVerify(context, message, good);
    EVP_MD_CTX_free(context);
    return works;
}
} // namespace

JwksVerifier::JwksVerifier(const QList<QByteArray>& publicKeys)
{
    for (const QByteArray& raw : publicKeys) {
        if (raw.size() != Ed25519Key::publicKeySize)
            continue;
        if (std::shared_ptr<EVP_PKEY> key = publicKey(raw))
            m_keys.push_back(std::move(key));
    }
}

bool JwksVerifier::contextReuseWorks()
{
    static const bool works = checkContextReuse();
    return works;
}

JwksVerifier::Session::Session(const JwksVerifier& verifier, bool reuseContexts)
    : m_verifier(verifier)
    , m_contexts(verifier.m_keys.size(), nullptr)
    , m_initialised(verifier.m_keys.size(), false)
    , m_reuseContexts(reuseContexts)
{
}

JwksVerifier::Session::~Session()
{
    for (EVP_MD_CTX* context : m_contexts)
        EVP_MD_CTX_free(context);
}

int JwksVerifier::Session::verify(QByteArrayView message, const unsigned char* signature64)
{
    const int count = int(m_contexts.size());
    if (count == 0)
        return -1;
    if (verifyWith(m_lastKey, message, signature64))
        return m_lastKey;
    for (int key = 0; key < count; ++key) {
        if (key != m_lastKey && verifyWith(key, message, signature64)) {
            m_lastKey = key;
            return key;
        }
    }
    return -1;
}

bool JwksVerifier::Session::verifyWith(int key, QByteArrayView message, const unsigned char* signature64)
{
    EVP_MD_CTX*& context = m_contexts[size_t(key)];
    if (!context) {
        context = EVP_MD_CTX_new();
        if (!context)
            return false;
    }
    if (!m_reuseContexts || !m_initialised[size_t(key)]) {
        if (!initialise(context, m_verifier.m_keys[size_t(key)].get())) {
            ERR_clear_error();
            return false;
        }
        m_initialised[size_t(key)] = true;
    }
    return digestVerify(context, message, signature64);
}
