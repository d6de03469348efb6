#pragma once

#include <QString>
#include <QUrl>

// One named Konnect connection: which region (or which base URL) and how the webhook is updated there.
// A profile never holds a secret: the Konnect token and the SIEM authorization live in the keychain (TokenStore).
struct Profile
{
    // Kong's seed flow uses PUT; the current contract uses PATCH. The API client records per profile which one the
    // server accepts.
    enum class UpdateMethod { Put, Patch };

    QString name;
    QString region;
    QUrl baseUrl; // empty: use the region's API root
    UpdateMethod updateMethod = UpdateMethod::Put;

    // The API root requests go to: baseUrl when set, else the region's.
    QUrl apiRoot() const;

    static QString updateMethodName(UpdateMethod method); // "put" / "patch"
    // False for anything but "put" or "patch" (any case); *method is then left alone.
    static bool parseUpdateMethod(const QString& name, UpdateMethod* method);
};
