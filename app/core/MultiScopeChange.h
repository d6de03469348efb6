#pragma once

#include "ApiResult.h"
#include "KonnectClient.h"
#include "MultiScopeEdit.h"
#include "MultiScopeOutcome.h"
#include "MultiScopePlanItem.h"
#include "MultiScopeRotation.h"
#include "Profile.h"
#include "TokenStore.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class Clock;
class QNetworkAccessManager;

// One change over many scopes (profiles × regions × Dev Portals). plan() reads every target at once, each under
// the retry rule, and decides what each needs: the combined diff (diff(), secrets masked). apply() then sends every
// target's change at once too: the targets are separate webhooks, most in separate regions, so sending them in
// sequence would only let one slow region hold up the rest, and a failure stops nothing but its own target. The one
// order kept is within a target: a shared destination's rotated authorization (one change, whoever uses it) is
// stored before a user's own binding changes (its step 2). Tokens come from the keychain only, one per profile.
// outcomes() then says exactly which targets changed, which did not and why; retryTargets() are the failed ones.
class MultiScopeChange : public QObject
{
    Q_OBJECT
public:
    // `network` must not follow redirects (the Bearer token must never follow one to another host).
    MultiScopeChange(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, QObject* parent = nullptr);

    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // Reads; sends nothing that changes anything. planReady() once.
    void plan(const QList<Profile>& profiles, const MultiScopeTargets& targets, const MultiScopeEdit& edit);
    // After planReady(): targetFinished() for every target, rotationFinished() for every shared destination, then
    // applied() once.
    void apply();

    bool isBusy() const { return m_pending > 0; }
    const MultiScopeEdit& edit() const { return m_edit; }
    const QList<MultiScopePlanItem>& items() const { return m_items; }
    const QList<MultiScopeRotation>& rotations() const { return m_rotations; }
    // The shared destinations' rotations first, then every target's lines.
    QList<MultiScopeDiffLine> diff() const;
    int changeCount() const;
    const QList<MultiScopeOutcome>& outcomes() const { return m_outcomes; }
    // The targets not read, failed or half done: what a retry takes (read again, then applied).
    MultiScopeTargets retryTargets() const;

signals:
    void planReady();
    void targetStarted(const MultiScopeTarget& target, const QString& step);
    void targetFinished(const MultiScopeOutcome& outcome);
    void rotationFinished(const MultiScopeRotation& rotation);
    void applied();
    void updateMethodLearned(const QString& profile, KonnectClient::UpdateMethod method);

private:
    struct DestinationLookup
    {
        std::optional<AuditLogDestination> found;
        QString problem;
        bool unreadable = false; // the listing failed (worth a retry), rather than no or several matches
    };

    void onToken(const TokenStore::Result& result);
    void lookUpDestination(const QString& profile);
    void readTargets(const QString& profile);
    void readPortals(const QString& profile, const QString& region, const MultiScopeTargets& wanted);
    void readScope(const QString& profile, const Scope& scope);
    void addItem(MultiScopePlanItem item);
    void addUnread(const MultiScopeTarget& target, const QString& reason);
    void decide(MultiScopePlanItem& item) const;
    void decideDestination(MultiScopePlanItem& item, const AuditLogDestination& chosen) const;
    void decideAuthorization(MultiScopePlanItem& item) const;
    void decideEnabled(MultiScopePlanItem& item) const;
    void planReadFinished();

    void rotate(int rotationIndex);
    void sendOwn(int itemIndex, bool secondStep);
    void finishTarget(int itemIndex, MultiScopeOutcome::State state, const QString& message,
                      bool outcomeUnknown = false);

    KonnectClient* client(const QString& profile, const QString& region);
    QString ownRegion(const QString& profile) const;
    int indexOf(const MultiScopeTarget& target) const;
    void started() { ++m_pending; }
    void ended();

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QPointer<TokenStore> m_tokens;
    int m_transferTimeoutMs = 30000;

    enum class Phase { Idle, Reading, Applying } m_phase = Phase::Idle;
    MultiScopeEdit m_edit;
    QMap<QString, Profile> m_profiles;
    QStringList m_profileOrder;
    MultiScopeTargets m_targets;
    QMap<TokenStore::RequestId, QString> m_tokenRequests;
    QMap<QString, QString> m_tokenOf;
    QMap<QString, DestinationLookup> m_destinationOf;
    QMap<QString, KonnectClient*> m_clients;
    QList<MultiScopePlanItem> m_items;
    QList<MultiScopeRotation> m_rotations;
    QList<MultiScopeOutcome> m_outcomes;
    int m_pending = 0;
};
