#include "SecretRedactor.h"

#include <QMutex>
#include <QStringList>

namespace {
QMutex& lock()
{
    static QMutex mutex;
    return mutex;
}
QStringList& secrets()
{
    static QStringList list;
    return list;
}
// Shorter values would redact ordinary words ("on", "Bearer") and make messages unreadable.
constexpr int kMinimumSecretLength = 6;
} // namespace

void SecretRedactor::registerSecret(const QString& secret)
{
    if (secret.size() < kMinimumSecretLength)
        return;
    QMutexLocker locker(&lock());
    if (!secrets().contains(secret)) {
        secrets().append(secret);
        // Longest first, so a secret that contains another is replaced whole.
        std::sort(secrets().begin(), secrets().end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }
}

void SecretRedactor::forgetAll()
{
    QMutexLocker locker(&lock());
    secrets().clear();
}

QString SecretRedactor::redact(QString text)
{
    QMutexLocker locker(&lock());
    for (const QString& secret : std::as_const(secrets()))
        text.replace(secret, mask());
    return text;
}
