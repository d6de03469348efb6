#pragma once

#include <QMetaType>
#include <QString>

// Whose audit-log webhook a page or command acts on: the organization's webhook of a region, or one Dev Portal's
// webhook in that region. Every webhook, status and replay call takes one, so that a portal is never a flag
// threaded through. The region is the one whose host the call goes to (a custom base URL serves every region).
class Scope
{
public:
    Scope() = default;
    static Scope organization(const QString& region);
    static Scope portal(const QString& region, const QString& portalId, const QString& portalName = {});

    bool isPortal() const { return !m_portalId.isEmpty(); }
    QString region() const { return m_region; }
    QString portalId() const { return m_portalId; }
    // The portal's display name when known, else its id; empty for the organization.
    QString portalName() const { return m_portalName.isEmpty() ? m_portalId : m_portalName; }

    // The paths of this scope's calls, with their version: the organization's webhook exists in v2 (inline) and v3
    // (bound to a destination); a portal's only in v3.
    QString webhookPath(int version) const;
    QString statusPath(int version) const;
    QString replayJobPath(int version) const;

    // "the organization's webhook in region eu" / "Dev Portal "Partner Portal" (region eu)", for messages.
    QString describe() const;
    // A short label for tables and pickers: "Organization" / the portal's name.
    QString label() const;
    // A stable key (region, portal id) for settings and maps.
    QString key() const;

    bool operator==(const Scope& other) const { return m_region == other.m_region && m_portalId == other.m_portalId; }
    bool operator!=(const Scope& other) const { return !(*this == other); }

private:
    QString m_region;
    QString m_portalId;
    QString m_portalName;
};

Q_DECLARE_METATYPE(Scope)
