#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <chrono>
#include <deque>

class QTimer;
namespace QKeychain {
class Job;
}

// Which secret of a profile an entry holds. Each has its own keychain key under the profile.
enum class SecretKind {
    KonnectToken, // profile/<name>/konnect-token
    SiemAuthorization, // profile/<name>/siem-authorization
};

// The only place that talks to the OS keychain (Secret Service through QtKeychain): reads, writes and removes a
// profile's secrets. Every call answers exactly once, later (never from inside the call), through finished(). Calls
// reach the keychain one after the other in the order they were made; a call refused up front (a bad profile name,
// an empty secret) is answered on the next turn of the event loop. Secrets are never written to a file, never logged
// and never part of a message. A memory-only store (demo mode) answers the same way from memory and never reaches
// the keychain, so that whatever reads tokens through a TokenStore works on in-memory profiles too.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    enum class State {
        Found, // read: the secret is in Result::secret
        Written,
        Removed, // also when there was nothing to remove: the Secret Service does not tell the two apart
        NotFound, // read: no entry for this profile and kind
        NoKeychain, // no Secret Service is reachable; Result::message says so and what to do
        Error, // anything else, with QtKeychain's error text (which never holds the secret)
    };
    Q_ENUM(State)

    using RequestId = quint64;

    struct Result
    {
        RequestId requestId = 0;
        Operation operation = Operation::Read;
        QString profile;
        SecretKind kind = SecretKind::KonnectToken;
        State state = State::Error;
        QString secret; // only for Found
        QString message; // for NotFound, NoKeychain and Error: a sentence for the user, without the secret
    };

    static QString serviceName(); // "konnect-audit-webhook"
    static QString keyFor(const QString& profile, SecretKind kind);
    static QString describe(SecretKind kind); // "Konnect token" / "SIEM authorization"

    enum class Backing {
        SystemKeychain,
        MemoryOnly, // nothing leaves this object; gone with it
    };

    explicit TokenStore(QObject* parent = nullptr);
    explicit TokenStore(Backing backing, QObject* parent = nullptr);
    ~TokenStore() override;

    bool isMemoryOnly() const { return m_backing == Backing::MemoryOnly; }

    RequestId read(const QString& profile, SecretKind kind = SecretKind::KonnectToken);
    RequestId write(const QString& profile, const QString& secret, SecretKind kind = SecretKind::KonnectToken);
    RequestId remove(const QString& profile, SecretKind kind = SecretKind::KonnectToken);

    // A keychain that waits on an unlock prompt nobody answers would otherwise keep the caller waiting forever.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

Q_SIGNALS:
    void finished(const TokenStore::Result& result);

private:
    struct Request
    {
        Result result;
        QString secretToWrite;
    };

    RequestId enqueue(Operation operation, const QString& profile, SecretKind kind, const QString& secret);
    void startNext();
    void probeSecretService();
    void onNameOwnerProbed(bool owned);
    void onActivatableProbed(bool activatable);
    void startJob();
    void onJobFinished(RequestId id, QKeychain::Job* job);
    void finishCurrent(State state, const QString& message = {}, const QString& secret = {});
    void finishLater(Result result);
    QString noKeychainMessage() const;
    void answerFromMemory(Request request);

    std::deque<Request> m_queue; // the front one is in progress while m_busy
    bool m_busy = false;
    RequestId m_nextId = 1;
    std::chrono::milliseconds m_timeout;
    QTimer* m_timer = nullptr;
    Backing m_backing = Backing::SystemKeychain;
    QHash<QString, QString> m_memory; // MemoryOnly: keyFor(profile, kind) -> secret
};

Q_DECLARE_METATYPE(TokenStore::Result)
