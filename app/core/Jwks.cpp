#include "Jwks.h"

#include "Ed25519Key.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// A JWKS is a few hundred bytes; a much larger file is not one, and is not read whole into memory.
constexpr qint64 maxJwksFileSize = 1024 * 1024;
} // namespace

Jwks Jwks::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON Web Key Set: %1")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QStringLiteral("expected a JSON object"));
        return {};
    }
    return fromObject(document.object(), error);
}

Jwks Jwks::fromObject(const QJsonObject& object, QString* error)
{
    QJsonArray entries;
    if (object.contains(QLatin1String("keys"))) {
        if (!object.value(QLatin1String("keys")).isArray()) {
            if (error)
                *error = QStringLiteral("not a JSON Web Key Set: \"keys\" is not an array");
            return {};
        }
        entries = object.value(QLatin1String("keys")).toArray();
    } else if (object.contains(QLatin1String("x"))) {
        entries.append(object);
    }

    Jwks jwks;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject key = entries.at(i).toObject();
        const QString kid = key.value(QLatin1String("kid")).toString();
        const QString name = kid.isEmpty() ? QStringLiteral("key %1").arg(i + 1) : QStringLiteral("key %1").arg(kid);
        if (key.value(QLatin1String("kty")).toString() != QLatin1String("OKP")
            || key.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519")) {
            jwks.m_notes.append(QStringLiteral("%1 skipped: not an Ed25519 key (kty OKP, crv Ed25519)").arg(name));
            continue;
        }
        const QByteArray raw = QByteArray::fromBase64(key.value(QLatin1String("x")).toString().toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
        if (raw.size() != Ed25519Key::publicKeySize) {
            jwks.m_notes.append(
                QStringLiteral("%1 skipped: its \"x\" is not a 32-byte base64url public key").arg(name));
            continue;
        }
        jwks.m_keys.append({kid.isEmpty() ? Ed25519Key::kidFor(raw) : kid, raw});
    }
    if (jwks.m_keys.isEmpty()) {
        if (error) {
            *error = QStringLiteral("the JSON Web Key Set has no Ed25519 public key");
            if (!jwks.m_notes.isEmpty())
                *error += QStringLiteral(" (%1)").arg(jwks.m_notes.join(QStringLiteral("; ")));
        }
        return {};
    }
    return jwks;
}

Jwks Jwks::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray json = file.read(maxJwksFileSize + 1);
    if (json.size() > maxJwksFileSize) {
        if (error)
            *error = QStringLiteral("%1 is too large for a JSON Web Key Set").arg(path);
        return {};
    }
    QString problem;
    Jwks jwks = fromJson(json, &problem);
    if (jwks.isEmpty() && error)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return jwks;
}

Jwks Jwks::fromPublicKeys(const QList<QByteArray>& publicKeys)
{
    Jwks jwks;
    for (const QByteArray& raw : publicKeys) {
        if (raw.size() == Ed25519Key::publicKeySize)
            jwks.m_keys.append({Ed25519Key::kidFor(raw), raw});
    }
    return jwks;
}

QList<QByteArray> Jwks::publicKeys() const
{
    QList<QByteArray> raw;
    for (const Key& key : m_keys)
        raw.append(key.publicKey);
    return raw;
}
