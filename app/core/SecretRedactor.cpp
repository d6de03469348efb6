#include "SecretRedactor.h"

#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

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
    const QString trimmed = secret.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QString credential = trimmed.mid(space + 1).trimmed();
        if (credential.size() >= minimumCredentialLength)
            registerSecret(credential);
    }
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

bool SecretRedactor::isCredentialParameter(const QString& name)
{
    static const QStringList words {
        QStringLiteral("token"),  QStringLiteral("key"),    QStringLiteral("sig"),     QStringLiteral("code"),
        QStringLiteral("secret"), QStringLiteral("passw"),  QStringLiteral("pwd"),     QStringLiteral("auth"),
        QStringLiteral("cred"),   QStringLiteral("bearer"), QStringLiteral("session"),
    };
    // "signature", "apikey", "api_key", "access_token", "x-api-key", "client_secret", "password" contain these.
    for (const QString& word : words) {
        if (name.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void SecretRedactor::registerEndpointSecrets(const QString& endpoint)
{
    const QUrl url(endpoint);
    registerSecret(url.password());
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        if (isCredentialParameter(item.first)) {
            registerSecret(item.second);
            // As it appears in a URL too, percent-encoded.
            registerSecret(QString::fromUtf8(QUrl::toPercentEncoding(item.second)));
        }
    }
}

QString SecretRedactor::maskedEndpoint(const QUrl& endpoint)
{
    QString text = endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (endpoint.hasQuery()) {
        QStringList items;
        const auto pairs = QUrlQuery(endpoint).queryItems(QUrl::FullyDecoded);
        for (const auto& pair : pairs) {
            if (pair.second.isEmpty())
                items.append(pair.first);
            else
                items.append(pair.first + QLatin1Char('=')
                             + (isCredentialParameter(pair.first) ? mask() : pair.second));
        }
        text += QLatin1Char('?') + items.join(QLatin1Char('&'));
    }
    return text;
}
