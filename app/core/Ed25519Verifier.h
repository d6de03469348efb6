#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

// Checks Ed25519 signatures against one public key. verify() is const and keeps no state between calls (each call
// uses its own digest context), so one verifier can serve many threads at once, e.g. bulk verification of a large
// batch with QtConcurrent. Taking views lets callers check slices of a big buffer without copying them.
class Ed25519Verifier
{
public:
    Ed25519Verifier() = default; // invalid: verify() is always false
    explicit Ed25519Verifier(const QByteArray& publicRaw32);

    bool isValid() const { return bool(m_key); }
    bool verify(QByteArrayView message, QByteArrayView signature64) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};
