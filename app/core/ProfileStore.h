#pragma once

#include "Profile.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QSettings;

// Profiles in the user's settings file ($XDG_CONFIG_HOME/konnect-audit-webhook/konnect-audit-webhook.ini):
// name, region, optional base URL and the update method, plus which profile is current.
// NEVER store a secret here: the file is plain text. Tokens and the SIEM authorization belong in the keychain
// (TokenStore), keyed by profile name.
// Methods that change something return an error message, empty on success.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxNameLength = 64;
    static QString defaultProfileName(); // "default"
    // Empty when the name is usable; otherwise a message naming the profile name field. Never echoes the name.
    static QString checkName(const QString& name);

    // The user's settings file (QSettings INI, user scope).
    explicit ProfileStore(QObject* parent = nullptr);
    // A given INI file, for tools that keep their settings elsewhere.
    explicit ProfileStore(const QString& iniFileName, QObject* parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;
    QStringList names() const; // sorted
    bool contains(const QString& name) const;
    // The stored profile, or the defaults (region global, no base URL, PUT) when it does not exist yet.
    Profile profile(const QString& name) const;

    struct EnsureResult
    {
        QString error;
        bool created = false;
    };
    // A profile named on the command line is created on first use, with the defaults.
    EnsureResult ensure(const QString& name);

    QString save(const Profile& profile); // creates or replaces; checks name, region and base URL
    QString setRegion(const QString& name, const QString& region);
    QString setBaseUrl(const QString& name, const QUrl& baseUrl); // an empty URL clears it
    QString setUpdateMethod(const QString& name, Profile::UpdateMethod method);
    // Renaming or removing a profile does not touch its keychain entries; the caller moves or removes those.
    QString rename(const QString& from, const QString& to);
    QString remove(const QString& name);

    // The profile used when none is named; "default" until set.
    QString currentProfile() const;
    QString setCurrentProfile(const QString& name);

Q_SIGNALS:
    void profilesChanged();

private:
    QString groupFor(const QString& name) const;
    QString commit(); // sync and report a write failure
    QString notFound() const;

    std::unique_ptr<QSettings> m_settings;
};
