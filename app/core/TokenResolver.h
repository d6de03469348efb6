#pragma once

#include "TokenStore.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <map>
#include <optional>

// Finds the Konnect token for one run, in this order: a token given for this run only (--token-stdin), the
// profile's entry in the keychain, the environment variable KONNECT_TOKEN. The first source that has a token decides:
// an invalid token there is refused (naming the source) rather than skipped.
class TokenResolver : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Stdin, Keychain, Environment };
    Q_ENUM(Source)

    using RequestId = quint64;

    struct Resolution
    {
        RequestId requestId = 0;
        QString profile;
        bool ok = false;
        QString token; // when ok
        Source source = Source::None;
        QString error; // when not ok: what is wrong and how to set a token; never the token
        QStringList notes; // worth telling even on success, e.g. that the keychain is unavailable
    };

    static QString environmentVariable(); // "KONNECT_TOKEN"
    static QString describe(Source source); // e.g. "the keychain (profile \"x\")"

    explicit TokenResolver(TokenStore* store, QObject* parent = nullptr);

    // resolved() fires exactly once for the returned id, always after this call has returned.
    RequestId resolve(const QString& profile, const std::optional<QString>& tokenForThisRun = std::nullopt);

Q_SIGNALS:
    void resolved(const TokenResolver::Resolution& resolution);

private:
    void onStoreFinished(const TokenStore::Result& result);
    void useEnvironment(Resolution resolution);
    void accept(Resolution resolution, const QString& raw, Source source);
    void emitLater(const Resolution& resolution);
    static QString setTokenHint(const QString& profile);

    TokenStore* m_store;
    RequestId m_nextId = 1;
    std::map<TokenStore::RequestId, Resolution> m_waitingForKeychain;
};

Q_DECLARE_METATYPE(TokenResolver::Resolution)
