#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <memory>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_ctx_st EVP_MD_CTX;

// Ed25519 verification against every key of a key set, built for bulk work. The keys (one EVP_PKEY each) are
// created once and shared read-only by all threads; each thread opens its own Session, which keeps one digest
// context per key for its whole life instead of creating one per signature as Ed25519Verifier does.
class JwksVerifier
{
public:
    explicit JwksVerifier(const QList<QByteArray>& publicKeys);

    int keyCount() const { return int(m_keys.size()); }

    // Not thread-safe: one per thread. Cheap to create.
    class Session
    {
    public:
        // `reuseContexts` false re-initialises a context before each verification (what contextReuseWorks() picks
        // when this OpenSSL needs it; tests pass it to cover both ways).
        explicit Session(const JwksVerifier& verifier, bool reuseContexts = contextReuseWorks());
        ~Session();
        Session(const Session&) = delete;
        Session& operator=(const Session&) = delete;

        // The index of the key that verifies `signature64` over `message`, or -1 when none does. The key that
        // verified the previous line is tried first: a file is mostly signed by one key, even across a rotation.
        int verify(QByteArrayView message, const unsigned char* signature64);

    private:
        bool verifyWith(int key, QByteArrayView message, const unsigned char* signature64);

        const JwksVerifier& m_verifier;
        std::vector<EVP_MD_CTX*> m_contexts;
        std::vector<bool> m_initialised;
        int m_lastKey = 0;
        bool m_reuseContexts;
    };

    // Whether this OpenSSL lets one initialised context verify many signatures (3.0 does; later versions mark the
    // context finished after each one-shot verification). Checked once with a throwaway key; when it does not,
    // each verification re-initialises its thread's context, which costs a little more.
    static bool contextReuseWorks();

private:
    std::vector<std::shared_ptr<EVP_PKEY>> m_keys;
};
