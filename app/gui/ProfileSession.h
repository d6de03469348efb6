#pragma once

#include "ImportCandidate.h"
#include "Profile.h"
#include "TokenResolver.h"
#include "TokenStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <optional>

class GuiSettings;
class KonnectClient;
class ProfileStore;

// The open profile and its secrets: which Konnect region or base URL the client talks to, where its token comes
// from (keychain, this run, the environment, memory), and the SIEM authorization it may keep in the keychain.
// Everything that touches the keychain is asynchronous. Without a ProfileStore and a TokenStore it holds a single
// profile in memory (demo mode) and writes nothing anywhere.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    enum class TokenState {
        Checking, // asking the keychain
        Keychain, // stored in the system keychain
        ThisRun, // --token-stdin: for this run only
        Environment, // KONNECT_TOKEN
        Memory, // held in memory only (demo, or the keychain could not store it)
        None,
    };

    // Overrides from the command line; they apply to the first profile opened and are never saved.
    struct StartOptions
    {
        QString profile; // empty: the current profile of the settings
        QString region;
        QUrl baseUrl;
        std::optional<QString> tokenForThisRun;
    };

    ProfileSession(KonnectClient* client, ProfileStore* profiles, TokenStore* tokens, GuiSettings* settings,
                   QObject* parent = nullptr);
    ~ProfileSession() override;

    // Opens the profile the options name (or the current one). Returns a problem with the options, else empty.
    QString start(const StartOptions& options);
    // One profile in memory with this token (demo mode).
    void startInMemory(const Profile& profile, const QString& token);
    // Another in-memory profile that open() can switch to (the demo's second organization); call before or after
    // startInMemory(). Nothing is written anywhere.
    void addInMemoryProfile(const Profile& profile, const QString& token);

    bool isInMemory() const { return m_profiles == nullptr; }
    bool hasKeychain() const { return m_tokens != nullptr; }
    QStringList profileNames() const;
    const Profile& profile() const { return m_profile; }
    // The region the stored profile has: the window may show another for this session (Keep::ThisSession), and a
    // command printed for the admin to run acts on this one.
    QString savedRegion() const { return m_savedRegion; }
    QString profileName() const { return m_profile.name; }
    TokenState tokenState() const { return m_tokenState; }
    QString tokenStateText() const;
    // Why there is no token, or a note about where it came from; never the token.
    QString tokenNote() const { return m_tokenNote; }
    // What the keychain itself said when it failed (D-Bus paths and all): for a Details expander, not the note.
    QString tokenNoteDetails() const { return m_tokenNoteDetails; }
    bool hasToken() const;

    QString open(const QString& name);
    QString addProfile(const Profile& profile);
    // Changes the open profile's region and base URL and reloads. ThisSession leaves the stored profile as it is
    // (a scope of another region opened from the Overview): the next start, and the headless commands, keep its own.
    enum class Keep { Saved, ThisSession };
    QString editProfile(const QString& region, const QUrl& baseUrl, Keep keep = Keep::Saved);
    QString setRegion(const QString& region);
    QString renameProfile(const QString& newName);
    QString removeProfile();

    // Checks and stores the token for the open profile (keychain, or memory without one). Returns a problem with
    // the token itself at once; the keychain's answer comes through tokenStateChanged() or problem().
    QString setToken(const QString& raw);
    void removeToken();
    // Stores an imported token under `profileName` (created or updated with the candidate's region and base URL)
    // and opens that profile.
    QString importCandidate(const ImportCandidate& candidate, const QString& profileName);

    // The SIEM authorization of the open profile in the keychain.
    void storeAuthorization(const QString& authorization);
    void forgetAuthorization();

signals:
    // Another profile (or the same one with another region or base URL) is open: reload everything.
    void profileOpened();
    void profilesChanged();
    void tokenStateChanged();
    // The token question is settled (found or not) for the open profile: load now if there is one.
    void tokenSettled();
    void authorizationRecalled(const QString& authorization);
    void problem(const QString& message);

private:
    void openProfile(const Profile& profile, const std::optional<QString>& tokenForThisRun);
    void onResolved(const TokenResolver::Resolution& resolution);
    void onStoreFinished(const TokenStore::Result& result);
    void setTokenState(TokenState state, const QString& note = {}, const QString& details = {});
    void useToken(const QString& token);

    KonnectClient* m_client;
    ProfileStore* m_profiles; // null: in memory
    TokenStore* m_tokens; // null: no keychain (demo)
    GuiSettings* m_settings;
    TokenResolver* m_resolver = nullptr;
    Profile m_profile;
    QString m_savedRegion;
    TokenState m_tokenState = TokenState::None;
    QString m_tokenNote;
    QString m_tokenNoteDetails;
    QString m_memoryToken;
    QList<Profile> m_otherMemoryProfiles; // in memory: the profiles not open now
    QHash<QString, QString> m_otherMemoryTokens; // and their tokens, by profile name
    QString m_token; // the token the client uses, to move it with a renamed profile
    QString m_authorization; // the SIEM authorization kept in the keychain for this profile, if any
    quint64 m_resolveId = 0;
    TokenStore::RequestId m_tokenWriteId = 0;
    TokenStore::RequestId m_tokenRemoveId = 0;
    TokenStore::RequestId m_authorizationReadId = 0;
    QString m_pendingToken; // being written to the keychain
};
