#pragma once

#include "WebhookDraft.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;

// What the window remembers between runs: its geometry, the unapplied draft of each profile and whether a profile
// keeps its SIEM authorization in the keychain. Lives next to the profiles in the user's settings file, or only in
// memory (demo mode, which must leave the user's files alone). Never holds a secret.
class GuiSettings
{
public:
    // The user's settings file (the one ProfileStore uses).
    static std::unique_ptr<GuiSettings> forUser();
    // A given INI file (tests).
    static std::unique_ptr<GuiSettings> forFile(const QString& iniFileName);
    // Nothing is written anywhere.
    static std::unique_ptr<GuiSettings> inMemory();
    ~GuiSettings();

    bool isPersistent() const { return m_settings != nullptr; }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    std::optional<WebhookDraft> draft(const QString& profile) const;
    void saveDraft(const QString& profile, const WebhookDraft& draft);
    void clearDraft(const QString& profile);

    bool remembersAuthorization(const QString& profile) const;
    void setRemembersAuthorization(const QString& profile, bool remember);

    // The background watch (tray): on or off, quiet (no notifications), and whether the user was told once that
    // closing the window keeps it watching.
    bool watchesInBackground() const;
    void setWatchesInBackground(bool on);
    bool watchIsQuiet() const;
    void setWatchQuiet(bool quiet);
    // Minutes between two checks of the watch (FleetWatch::defaultIntervalMs unless set).
    int watchIntervalMinutes() const;
    void setWatchIntervalMinutes(int minutes);
    // The Overview's "All regions" (every region of each profile); `fallback` until it was set once.
    bool overviewAllRegions(bool fallback = false) const;
    void setOverviewAllRegions(bool on);
    bool closeKeepsWatchingExplained() const;
    void setCloseKeepsWatchingExplained(bool explained);

    // Keeps the window's per-profile settings with a profile that is renamed, and drops them with a removed one.
    void renameProfile(const QString& from, const QString& to);
    void removeProfile(const QString& name);

private:
    explicit GuiSettings(std::unique_ptr<QSettings> settings);
    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);
    void removeGroup(const QString& prefix);
    QHash<QString, QVariant> group(const QString& prefix) const;

    std::unique_ptr<QSettings> m_settings; // null: in memory
    QHash<QString, QVariant> m_memory;
};
