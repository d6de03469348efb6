#include "TokenStore.h"

#include "ProfileStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define KAW_SECRET_SERVICE_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "kaw.keychain")

const QString secretServiceName = QStringLiteral("org.freedesktop.secrets");
constexpr int busProbeTimeoutMs = 5000;

const char* operationName(TokenStore::Operation operation)
{
    switch (operation) {
    case TokenStore::Operation::Read:
        return "read";
    case TokenStore::Operation::Write:
        return "write";
    case TokenStore::Operation::Remove:
        return "remove";
    }
    return "?";
}

// Errors that mean "there is no Secret Service to talk to", as libsecret/GDBus word them when the service could not
// be reached or started after all.
bool meansUnreachable(const QString& error)
{
    static const char* const markers[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.Spawn",
        "org.freedesktop.DBus.Error.NoServer",
        "Cannot autolaunch D-Bus",
        "Could not connect:",
    };
    for (const char* marker : markers) {
        if (error.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}
} // namespace

QString TokenStore::serviceName()
{
    return QStringLiteral("konnect-audit-webhook");
}

QString TokenStore::keyFor(const QString& profile, SecretKind kind)
{
    const QString leaf
        = kind == SecretKind::KonnectToken ? QStringLiteral("konnect-token") : QStringLiteral("siem-authorization");
    return QStringLiteral("profile/%1/%2").arg(profile, leaf);
}

QString TokenStore::describe(SecretKind kind)
{
    return kind == SecretKind::KonnectToken ? QStringLiteral("Konnect token") : QStringLiteral("SIEM authorization");
}

TokenStore::TokenStore(QObject* parent)
    : TokenStore(Backing::SystemKeychain, parent)
{
}

TokenStore::TokenStore(Backing backing, QObject* parent)
    : QObject(parent)
    , m_timeout(std::chrono::seconds(60))
    , m_timer(new QTimer(this))
    , m_backing(backing)
{
    qRegisterMetaType<TokenStore::Result>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finishCurrent(State::Error,
                      QStringLiteral("The system keychain did not answer within %1 seconds; it may be locked and "
                                     "waiting for a password prompt. Unlock it and try again.")
                          .arg(m_timeout.count() / 1000.0));
    });
}

// Jobs still running are not deleted here: QtKeychain's libsecret callbacks would then reach freed memory. They
// delete themselves when they finish, and their connections to this object are gone by then.
TokenStore::~TokenStore() = default;

void TokenStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

TokenStore::RequestId TokenStore::read(const QString& profile, SecretKind kind)
{
    return enqueue(Operation::Read, profile, kind, {});
}

TokenStore::RequestId TokenStore::write(const QString& profile, const QString& secret, SecretKind kind)
{
    return enqueue(Operation::Write, profile, kind, secret);
}

TokenStore::RequestId TokenStore::remove(const QString& profile, SecretKind kind)
{
    return enqueue(Operation::Remove, profile, kind, {});
}

TokenStore::RequestId TokenStore::enqueue(Operation operation, const QString& profile, SecretKind kind,
                                          const QString& secret)
{
    Request request;
    request.result.requestId = m_nextId++;
    request.result.operation = operation;
    request.result.profile = profile;
    request.result.kind = kind;
    request.secretToWrite = secret;

    // The key embeds the profile name, so only names a profile could have are accepted.
    if (const QString error = ProfileStore::checkName(profile); !error.isEmpty()) {
        request.result.state = State::Error;
        request.result.message = error;
        finishLater(request.result);
        return request.result.requestId;
    }
    if (operation == Operation::Write && secret.isEmpty()) {
        request.result.state = State::Error;
        request.result.message = QStringLiteral("The %1 to store is empty: nothing was written.").arg(describe(kind));
        finishLater(request.result);
        return request.result.requestId;
    }

    const RequestId id = request.result.requestId;
    if (isMemoryOnly()) {
        answerFromMemory(std::move(request));
        return id;
    }
    m_queue.push_back(std::move(request));
    // Started from the event loop so that callers can connect to finished() after the call returns.
    QMetaObject::invokeMethod(this, &TokenStore::startNext, Qt::QueuedConnection);
    return id;
}

void TokenStore::answerFromMemory(Request request)
{
    Result& result = request.result;
    const QString key = keyFor(result.profile, result.kind);
    switch (result.operation) {
    case Operation::Read:
        if (m_memory.contains(key)) {
            result.state = State::Found;
            result.secret = m_memory.value(key);
        } else {
            result.state = State::NotFound;
            result.message = QStringLiteral("No %1 is held in memory for this profile.").arg(describe(result.kind));
        }
        break;
    case Operation::Write:
        m_memory.insert(key, request.secretToWrite);
        result.state = State::Written;
        break;
    case Operation::Remove:
        m_memory.remove(key);
        result.state = State::Removed;
        break;
    }
    finishLater(result);
}

void TokenStore::finishLater(Result result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void TokenStore::startNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    m_timer->start(m_timeout);
    const Result& current = m_queue.front().result;
    qCDebug(lcKeychain) << operationName(current.operation) << keyFor(current.profile, current.kind);
#ifdef KAW_SECRET_SERVICE_OVER_DBUS
    probeSecretService();
#else
    startJob();
#endif
}

// QtKeychain cannot tell "no Secret Service" from other failures reliably (libsecret reports both as generic
// errors), so ask the session bus first whether the service is running or can be started.
void TokenStore::probeSecretService()
{
#ifdef KAW_SECRET_SERVICE_OVER_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcKeychain) << "no D-Bus session bus:" << bus.lastError().message();
        finishCurrent(State::NoKeychain, noKeychainMessage());
        return;
    }
    const RequestId id = m_queue.front().result.requestId;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    call << secretServiceName;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, busProbeTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, id](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        if (!m_busy || m_queue.front().result.requestId != id)
            return;
        const QDBusPendingReply<bool> reply = *w;
        onNameOwnerProbed(!reply.isError() && reply.value());
    });
#endif
}

void TokenStore::onNameOwnerProbed(bool owned)
{
#ifdef KAW_SECRET_SERVICE_OVER_DBUS
    if (owned) {
        startJob();
        return;
    }
    const RequestId id = m_queue.front().result.requestId;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames"));
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, busProbeTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, id](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        if (!m_busy || m_queue.front().result.requestId != id)
            return;
        const QDBusPendingReply<QStringList> reply = *w;
        onActivatableProbed(!reply.isError() && reply.value().contains(secretServiceName));
    });
#else
    Q_UNUSED(owned)
#endif
}

void TokenStore::onActivatableProbed(bool activatable)
{
    if (activatable) {
        startJob();
        return;
    }
    qCInfo(lcKeychain) << "the session bus has no" << secretServiceName;
    finishCurrent(State::NoKeychain, noKeychainMessage());
}

void TokenStore::startJob()
{
    const Request& request = m_queue.front();
    const Result& current = request.result;
    const QString key = keyFor(current.profile, current.kind);

    QKeychain::Job* job = nullptr;
    switch (current.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(request.secretToWrite);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // Never a plain-text file when the keychain is missing: then the answer is NoKeychain.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    const RequestId id = current.requestId;
    connect(job, &QKeychain::Job::finished, this,
            [this, id](QKeychain::Job* finishedJob) { onJobFinished(id, finishedJob); });
    job->start();
}

void TokenStore::onJobFinished(RequestId id, QKeychain::Job* job)
{
    if (!m_busy || m_queue.front().result.requestId != id) {
        qCInfo(lcKeychain) << "a keychain answer came after its request had timed out; ignored";
        return;
    }
    const Result& current = m_queue.front().result;
    const QString key = keyFor(current.profile, current.kind);
    const QString errorText = job->errorString();

    switch (job->error()) {
    case QKeychain::NoError:
        qCDebug(lcKeychain) << operationName(current.operation) << key << "done";
        if (current.operation == Operation::Read)
            finishCurrent(State::Found, {}, static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
        else if (current.operation == Operation::Write)
            finishCurrent(State::Written);
        else
            finishCurrent(State::Removed);
        return;
    case QKeychain::EntryNotFound:
        if (current.operation == Operation::Remove) {
            finishCurrent(State::Removed);
        } else {
            qCDebug(lcKeychain) << operationName(current.operation) << key << "not found";
            finishCurrent(State::NotFound,
                          QStringLiteral("No %1 is stored in the system keychain for profile \"%2\".")
                              .arg(describe(current.kind), current.profile));
        }
        return;
    case QKeychain::NoBackendAvailable:
        qCInfo(lcKeychain) << operationName(current.operation) << key << "no backend:" << errorText;
        finishCurrent(State::NoKeychain, noKeychainMessage());
        return;
    case QKeychain::AccessDenied:
        qCWarning(lcKeychain) << operationName(current.operation) << key << "access denied:" << errorText;
        finishCurrent(State::Error,
                      QStringLiteral("The system keychain refused access (it may be locked): %1. "
                                     "Unlock it and try again.")
                          .arg(errorText));
        return;
    default:
        break;
    }
    if (meansUnreachable(errorText)) {
        qCInfo(lcKeychain) << operationName(current.operation) << key << "unreachable:" << errorText;
        finishCurrent(State::NoKeychain, noKeychainMessage());
        return;
    }
    qCWarning(lcKeychain) << operationName(current.operation) << key << "failed:" << errorText;
    finishCurrent(State::Error,
                  QStringLiteral("The system keychain reported an error: %1. If it is locked or has no "
                                 "default keyring yet, unlock or create one (logging in to a desktop "
                                 "session usually does) and try again.")
                      .arg(errorText));
}

void TokenStore::finishCurrent(State state, const QString& message, const QString& secret)
{
    if (!m_busy)
        return;
    m_timer->stop();
    Result result = m_queue.front().result;
    m_queue.pop_front();
    m_busy = false;
    result.state = state;
    result.message = message;
    result.secret = secret;
    // A receiver may delete this store from its slot.
    const QPointer<TokenStore> alive(this);
    Q_EMIT finished(result);
    if (!alive)
        return;
    QMetaObject::invokeMethod(this, &TokenStore::startNext, Qt::QueuedConnection);
}

QString TokenStore::noKeychainMessage() const
{
    const Result& current = m_queue.front().result;
    const QString what = current.kind == SecretKind::KonnectToken ? QStringLiteral("the token")
                                                                  : QStringLiteral("the SIEM authorization");
    QString consequence;
    switch (current.operation) {
    case Operation::Read:
        consequence = QStringLiteral("%1 cannot be read").arg(what);
        break;
    case Operation::Write:
        consequence = QStringLiteral("%1 cannot be stored").arg(what);
        break;
    case Operation::Remove:
        consequence = QStringLiteral("%1 cannot be removed").arg(what);
        break;
    }
    QString message = QStringLiteral("No system keychain is available (Secret Service not reachable over D-Bus): "
                                     "%1. Start a keyring such as gnome-keyring")
                          .arg(consequence);
    if (current.kind == SecretKind::KonnectToken)
        message += QStringLiteral(", or pass the token with --token-stdin for this run.");
    else
        message += QLatin1Char('.');
    return message;
}
