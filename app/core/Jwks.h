#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The Ed25519 public keys of a JSON Web Key Set, as Konnect serves them at /audit-log-webhook/jwks.json:
// {"keys":[{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","kid":"...","x":"<base64url>"}]}. A single JWK object is
// accepted too. Keys of other types are skipped with a note, so that a set mixing algorithms still works.
class Jwks
{
public:
    struct Key
    {
        QString kid;
        QByteArray publicKey; // 32 raw bytes
    };

    // Parses; on failure (not JSON, no usable Ed25519 key) returns an empty set and sets *error.
    static Jwks fromJson(const QByteArray& json, QString* error);
    static Jwks fromObject(const QJsonObject& object, QString* error);
    static Jwks fromFile(const QString& path, QString* error);
    static Jwks fromPublicKeys(const QList<QByteArray>& publicKeys); // kids computed like Konnect's

    bool isEmpty() const { return m_keys.isEmpty(); }
    const QList<Key>& keys() const { return m_keys; }
    QList<QByteArray> publicKeys() const;
    // What was skipped and why, for a note.
    const QStringList& notes() const { return m_notes; }

private:
    QList<Key> m_keys;
    QStringList m_notes;
};
