#include "MultiScopeChange.h"

#include "ApiCall.h"
#include "Clock.h"
#include "DevPortal.h"
#include "FleetScan.h"
#include "NameOrIdMatch.h"
#include "Region.h"
#include "ScopeWebhookReader.h"
#include "SecretRedactor.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>

namespace {
QString onOff(bool on)
{
    return on ? MultiScopeChange::tr("on") : MultiScopeChange::tr("off");
}

QString whereItGoes(const ScopeWebhook& webhook)
{
    if (webhook.model == ScopeWebhook::Model::Destination && webhook.binding.isBound()) {
        if (webhook.destination)
            return QStringLiteral("\"%1\"").arg(webhook.destination->name);
        return MultiScopeChange::tr("%1 (no longer in Konnect)").arg(webhook.binding.destinationId);
    }
    if (webhook.model == ScopeWebhook::Model::Inline && webhook.inlineWebhook)
        return MultiScopeChange::tr("inline v2 webhook (%1)")
            .arg(SecretRedactor::maskedEndpoint(QUrl(webhook.inlineWebhook->endpoint)));
    return MultiScopeChange::tr("none");
}

QString newSecret()
{
    return MultiScopeChange::tr("%1 (new)").arg(SecretRedactor::mask());
}
} // namespace

MultiScopeChange::MultiScopeChange(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
    , m_tokens(tokens)
{
    if (m_tokens)
        connect(m_tokens, &TokenStore::finished, this, &MultiScopeChange::onToken);
}

void MultiScopeChange::plan(const QList<Profile>& profiles, const MultiScopeTargets& targets,
                            const MultiScopeEdit& edit)
{
    if (m_pending > 0)
        return;
    m_phase = Phase::Reading;
    m_edit = edit;
    if (m_edit.authorization)
        SecretRedactor::registerSecret(*m_edit.authorization);
    m_targets = targets;
    m_profiles.clear();
    m_profileOrder.clear();
    m_destinationOf.clear();
    m_items.clear();
    m_rotations.clear();
    m_outcomes.clear();
    for (const Profile& profile : profiles)
        m_profiles.insert(profile.name, profile);

    started(); // held until every read is under way, so that an early answer cannot end the plan
    for (const MultiScopeTarget& target : targets) {
        if (m_profileOrder.contains(target.profile))
            continue;
        m_profileOrder.append(target.profile);
        if (!m_profiles.contains(target.profile)) {
            addUnread(target, tr("There is no profile \"%1\".").arg(target.profile));
            continue;
        }
        // A token already read stays good for a retry.
        if (m_tokenOf.contains(target.profile)) {
            started();
            QTimer::singleShot(0, this, [this, name = target.profile] {
                if (m_edit.destination)
                    lookUpDestination(name);
                else
                    readTargets(name);
                ended();
            });
            continue;
        }
        started();
        if (m_tokens) {
            m_tokenRequests.insert(m_tokens->read(target.profile, SecretKind::KonnectToken), target.profile);
        } else {
            TokenStore::Result none;
            none.profile = target.profile;
            none.state = TokenStore::State::NoKeychain;
            none.message = tr("No keychain.");
            QTimer::singleShot(0, this, [this, none] { onToken(none); });
        }
    }
    QTimer::singleShot(0, this, &MultiScopeChange::ended);
}

void MultiScopeChange::onToken(const TokenStore::Result& result)
{
    QString profile = result.profile;
    if (result.requestId != 0) {
        if (!m_tokenRequests.contains(result.requestId))
            return; // someone else's request on a shared store
        profile = m_tokenRequests.take(result.requestId);
    }
    if (result.state != TokenStore::State::Found || result.secret.isEmpty()) {
        const QString reason = result.state == TokenStore::State::NotFound || result.message.isEmpty()
            ? tr("No Konnect token in the keychain for profile \"%1\".").arg(profile)
            : tr("The keychain could not be read: %1").arg(result.message);
        for (const MultiScopeTarget& target : std::as_const(m_targets)) {
            if (target.profile == profile)
                addUnread(target, reason);
        }
        return ended();
    }
    SecretRedactor::registerSecret(result.secret);
    m_tokenOf.insert(profile, result.secret);
    if (m_edit.destination)
        lookUpDestination(profile);
    else
        readTargets(profile);
    ended();
}

void MultiScopeChange::lookUpDestination(const QString& profile)
{
    // Destinations belong to the organization: looked up once per profile, where its own region's API serves them.
    started();
    ApiCall* call = client(profile, ownRegion(profile))->listDestinations();
    connect(call, &ApiCall::finished, this, [this, profile](const ApiResult& result) {
        DestinationLookup lookup;
        if (!result.ok()) {
            lookup.unreadable = true;
            lookup.problem = tr("The audit log destinations could not be listed: %1").arg(result.message);
        } else {
            AuditLogDestinations all;
            QList<NameOrIdMatch::Item> candidates;
            const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
            for (const QJsonValue& value : data) {
                if (const auto destination = AuditLogDestination::fromJson(value.toObject())) {
                    all.append(*destination);
                    candidates.append({destination->id, {destination->name}, destination->settings.endpoint});
                }
            }
            FieldError error;
            const std::optional<int> index = NameOrIdMatch::find(
                candidates, *m_edit.destination, QStringLiteral("destination"), tr("audit log destination"), &error);
            if (index)
                lookup.found = all.at(*index);
            else
                lookup.problem = tr("Profile \"%1\": %2").arg(profile, error.message);
        }
        m_destinationOf.insert(profile, lookup);
        readTargets(profile);
        ended();
    });
}

void MultiScopeChange::readTargets(const QString& profile)
{
    QMap<QString, MultiScopeTargets> portalsByRegion;
    QStringList regionOrder;
    for (const MultiScopeTarget& target : std::as_const(m_targets)) {
        if (target.profile != profile)
            continue;
        if (!target.scope.isPortal()) {
            readScope(profile, target.scope);
            continue;
        }
        if (!regionOrder.contains(target.scope.region()))
            regionOrder.append(target.scope.region());
        portalsByRegion[target.scope.region()].append(target);
    }
    for (const QString& region : std::as_const(regionOrder))
        readPortals(profile, region, portalsByRegion.value(region));
}

void MultiScopeChange::readPortals(const QString& profile, const QString& region, const MultiScopeTargets& wanted)
{
    // Listed even for a portal given by id: its name is what people read in the plan.
    started();
    ApiCall* call = client(profile, region)->listPortals(Scope::organization(region));
    connect(call, &ApiCall::finished, this, [this, profile, region, wanted](const ApiResult& result) {
        if (!result.ok()) {
            for (const MultiScopeTarget& target : wanted)
                addUnread(target, tr("The Dev Portals could not be listed: %1").arg(result.message));
            return ended();
        }
        DevPortals portals;
        QList<NameOrIdMatch::Item> candidates;
        const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue& value : data) {
            if (const std::optional<DevPortal> portal = DevPortal::fromJson(value.toObject())) {
                portals.append(*portal);
                candidates.append({portal->id, {portal->displayName, portal->name}, {}});
            }
        }
        for (const MultiScopeTarget& target : wanted) {
            if (target.scope.portalId() == MultiScopeTarget::allPortals) {
                for (const DevPortal& portal : std::as_const(portals))
                    readScope(profile, Scope::portal(region, portal.id, portal.shownName()));
                continue;
            }
            FieldError error;
            const std::optional<int> index = NameOrIdMatch::find(candidates, target.scope.portalId(),
                                                                 QStringLiteral("portal"), tr("Dev Portal"), &error);
            if (!index) {
                MultiScopePlanItem item;
                item.target = target;
                item.state = MultiScopePlanItem::State::CannotApply;
                item.reason = tr("%1 (Dev Portals of region %2)").arg(error.message, region);
                addItem(item);
                continue;
            }
            const DevPortal& portal = portals.at(*index);
            readScope(profile, Scope::portal(region, portal.id, portal.shownName()));
        }
        ended();
    });
}

void MultiScopeChange::readScope(const QString& profile, const Scope& scope)
{
    started();
    ScopeWebhookReader* reader = ScopeWebhookReader::read(client(profile, scope.region()), scope, this);
    connect(reader, &ScopeWebhookReader::finished, this,
            [this, profile, scope](const ScopeWebhook& webhook, const ApiResult& result) {
                MultiScopeTarget target {profile, scope};
                if (!result.ok()) {
                    addUnread(target, tr("Could not be read: %1").arg(result.message));
                    return ended();
                }
                MultiScopePlanItem item;
                item.target = target;
                item.current = webhook;
                decide(item);
                addItem(item);
                ended();
            });
}

void MultiScopeChange::addItem(MultiScopePlanItem item)
{
    // The same scope named twice (by id and by "*") is one target.
    if (indexOf(item.target) >= 0)
        return;
    m_items.append(item);
}

void MultiScopeChange::addUnread(const MultiScopeTarget& target, const QString& reason)
{
    MultiScopePlanItem item;
    item.target = target;
    item.state = MultiScopePlanItem::State::Unread;
    item.reason = reason;
    addItem(item);
}

void MultiScopeChange::decide(MultiScopePlanItem& item) const
{
    item.state = MultiScopePlanItem::State::Change;
    if (m_edit.destination) {
        const DestinationLookup lookup = m_destinationOf.value(item.target.profile);
        if (!lookup.found) {
            item.state = lookup.unreadable ? MultiScopePlanItem::State::Unread : MultiScopePlanItem::State::CannotApply;
            item.reason = lookup.problem;
            return;
        }
        decideDestination(item, *lookup.found);
    } else if (m_edit.authorization) {
        decideAuthorization(item);
    } else {
        decideEnabled(item);
    }
    if (item.state == MultiScopePlanItem::State::Change && item.lines.isEmpty()) {
        item.state = MultiScopePlanItem::State::NothingToChange;
        item.reason = tr("Nothing to change: Konnect already has these settings.");
        item.binding.reset();
        item.inlineDesired.reset();
    }
}

void MultiScopeChange::decideDestination(MultiScopePlanItem& item, const AuditLogDestination& chosen) const
{
    const ScopeWebhook& current = item.current;
    const QString where = item.target.text();
    if (!current.v3Available) {
        item.state = MultiScopePlanItem::State::CannotApply;
        item.reason = tr("This API has no audit log destinations (no v3): only its inline webhook can change.");
        return;
    }
    WebhookBinding desired = current.binding;
    desired.destinationId = chosen.id;
    if (m_edit.enabled)
        desired.enabled = *m_edit.enabled;
    if (desired.destinationId != current.binding.destinationId)
        item.lines.append({where, tr("destination"), whereItGoes(current), QStringLiteral("\"%1\"").arg(chosen.name)});
    if (desired.enabled != current.binding.enabled || !current.binding.isBound())
        item.lines.append({where, tr("enabled"), onOff(current.isEnabled()), onOff(desired.enabled)});
    item.binding = desired;
}

void MultiScopeChange::decideAuthorization(MultiScopePlanItem& item) const
{
    const ScopeWebhook& current = item.current;
    const QString where = item.target.text();
    if (current.model == ScopeWebhook::Model::Destination && current.binding.isBound()) {
        if (!current.destination) {
            item.state = MultiScopePlanItem::State::CannotApply;
            item.reason = tr("Bound to the destination %1, which Konnect no longer has: bind it to another one "
                             "first.")
                              .arg(current.binding.destinationId);
            return;
        }
        item.rotationKey = item.target.profile + QLatin1Char('/') + current.destination->id;
        item.lines.append({where, tr("authorization"), tr("via destination \"%1\"").arg(current.destination->name),
                           tr("rotated with the destination (one change, see its line)")});
        if (m_edit.enabled && *m_edit.enabled != current.binding.enabled) {
            WebhookBinding desired = current.binding;
            desired.enabled = *m_edit.enabled;
            item.binding = desired;
            item.lines.append({where, tr("enabled"), onOff(current.binding.enabled), onOff(desired.enabled)});
        }
        return;
    }
    if (current.model == ScopeWebhook::Model::Inline && current.inlineWebhook
        && !current.inlineWebhook->endpoint.isEmpty()) {
        WebhookConfig desired = *current.inlineWebhook;
        desired.authorization = m_edit.authorization;
        if (m_edit.enabled)
            desired.enabled = *m_edit.enabled;
        item.inlineDesired = desired;
        item.lines.append({where, tr("authorization"), tr("set, hidden by Konnect"), newSecret()});
        if (desired.enabled != current.inlineWebhook->enabled)
            item.lines.append({where, tr("enabled"), onOff(current.inlineWebhook->enabled), onOff(desired.enabled)});
        return;
    }
    item.state = MultiScopePlanItem::State::CannotApply;
    item.reason = tr("Nothing is configured here, so there is no authorization to rotate: bind it to a destination "
                     "first.");
}

void MultiScopeChange::decideEnabled(MultiScopePlanItem& item) const
{
    const ScopeWebhook& current = item.current;
    const bool wanted = m_edit.enabled.value_or(false);
    const QString where = item.target.text();
    if (current.model == ScopeWebhook::Model::Inline && current.inlineWebhook
        && !current.inlineWebhook->endpoint.isEmpty()) {
        if (current.inlineWebhook->enabled == wanted)
            return;
        WebhookConfig desired = *current.inlineWebhook;
        desired.authorization.reset();
        desired.enabled = wanted;
        item.inlineDesired = desired;
        item.lines.append({where, tr("enabled"), onOff(!wanted), onOff(wanted)});
        return;
    }
    if (!current.binding.isBound()) {
        if (!wanted)
            return;
        item.state = MultiScopePlanItem::State::CannotApply;
        item.reason = tr("Not bound to an audit log destination, so there is nothing to deliver to: choose a "
                         "destination too.");
        return;
    }
    if (current.binding.enabled == wanted)
        return;
    WebhookBinding desired = current.binding;
    desired.enabled = wanted;
    item.binding = desired;
    item.lines.append({where, tr("enabled"), onOff(!wanted), onOff(wanted)});
}

void MultiScopeChange::planReadFinished()
{
    // Profile as given, regions in Konnect's order, the organization before its portals.
    const QStringList regionOrder = Region::all();
    std::stable_sort(m_items.begin(), m_items.end(), [&](const MultiScopePlanItem& a, const MultiScopePlanItem& b) {
        const MultiScopeTarget& x = a.target;
        const MultiScopeTarget& y = b.target;
        if (x.profile != y.profile)
            return m_profileOrder.indexOf(x.profile) < m_profileOrder.indexOf(y.profile);
        if (x.scope.region() != y.scope.region())
            return regionOrder.indexOf(x.scope.region()) < regionOrder.indexOf(y.scope.region());
        if (x.scope.isPortal() != y.scope.isPortal())
            return !x.scope.isPortal();
        return x.scope.portalName() < y.scope.portalName();
    });
    for (const MultiScopePlanItem& item : std::as_const(m_items)) {
        if (item.rotationKey.isEmpty())
            continue;
        auto existing = std::find_if(m_rotations.begin(), m_rotations.end(),
                                     [&](const MultiScopeRotation& r) { return r.key == item.rotationKey; });
        if (existing == m_rotations.end()) {
            MultiScopeRotation rotation;
            rotation.key = item.rotationKey;
            rotation.profile = item.target.profile;
            rotation.destination = *item.current.destination;
            m_rotations.append(rotation);
            existing = m_rotations.end() - 1;
        }
        existing->users.append(item.target);
    }
    m_phase = Phase::Idle;
    emit planReady();
}

QList<MultiScopeDiffLine> MultiScopeChange::diff() const
{
    QList<MultiScopeDiffLine> lines;
    for (const MultiScopeRotation& rotation : m_rotations) {
        QStringList users;
        for (const MultiScopeTarget& user : rotation.users)
            users.append(user.text());
        lines.append({tr("destination \"%1\" of %2").arg(rotation.destination.name, rotation.profile),
                      tr("authorization"), tr("set, hidden by Konnect"), newSecret(),
                      tr("one change for the %n scope(s) that use it: %1", nullptr, int(users.size()))
                          .arg(users.join(QStringLiteral(", ")))});
    }
    for (const MultiScopePlanItem& item : m_items)
        lines += item.lines;
    return lines;
}

int MultiScopeChange::changeCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const MultiScopePlanItem& item) {
        return item.state == MultiScopePlanItem::State::Change;
    }));
}

MultiScopeTargets MultiScopeChange::retryTargets() const
{
    MultiScopeTargets targets;
    for (const MultiScopeOutcome& outcome : m_outcomes) {
        if (outcome.needsRetry())
            targets.append(outcome.target);
    }
    return targets;
}

void MultiScopeChange::apply()
{
    if (m_pending > 0)
        return;
    m_phase = Phase::Applying;
    m_outcomes.clear();
    for (const MultiScopePlanItem& item : std::as_const(m_items)) {
        MultiScopeOutcome outcome;
        outcome.target = item.target;
        m_outcomes.append(outcome);
    }
    started();
    for (int i = 0; i < m_items.size(); ++i) {
        const MultiScopePlanItem& item = m_items.at(i);
        switch (item.state) {
        case MultiScopePlanItem::State::NothingToChange:
        case MultiScopePlanItem::State::CannotApply:
            finishTarget(i, MultiScopeOutcome::State::Unchanged, item.reason);
            break;
        case MultiScopePlanItem::State::Unread:
            finishTarget(i, MultiScopeOutcome::State::Failed, tr("Not changed: %1").arg(item.reason));
            break;
        case MultiScopePlanItem::State::Change:
            if (item.rotationKey.isEmpty())
                sendOwn(i, false);
            break;
        }
    }
    for (int r = 0; r < m_rotations.size(); ++r)
        rotate(r);
    ended();
}

void MultiScopeChange::rotate(int rotationIndex)
{
    const MultiScopeRotation& rotation = m_rotations.at(rotationIndex);
    for (const MultiScopeTarget& user : rotation.users)
        emit targetStarted(user, tr("rotating the authorization of destination \"%1\"").arg(rotation.destination.name));
    AuditLogDestination desired = rotation.destination;
    desired.settings.authorization = m_edit.authorization;
    started();
    ApiCall* call
        = client(rotation.profile, ownRegion(rotation.profile))->updateDestination(rotation.destination, desired);
    connect(call, &ApiCall::finished, this, [this, rotationIndex](const ApiResult& result) {
        MultiScopeRotation& rotation = m_rotations[rotationIndex];
        const QString name = rotation.destination.name;
        rotation.state = result.ok() ? MultiScopeRotation::State::Rotated : MultiScopeRotation::State::Failed;
        rotation.message = result.ok() ? tr("Authorization rotated.") : result.message;
        emit rotationFinished(rotation);
        for (const MultiScopeTarget& user : std::as_const(rotation.users)) {
            const int i = indexOf(user);
            const MultiScopePlanItem& item = m_items.at(i);
            if (!result.ok()) {
                finishTarget(i, MultiScopeOutcome::State::Failed,
                             tr("Not changed: the authorization of destination \"%1\" could not be changed: %2")
                                 .arg(name, result.message),
                             result.outcomeUnknown());
            } else if (item.binding) {
                sendOwn(i, true);
            } else {
                finishTarget(i, MultiScopeOutcome::State::Changed,
                             tr("Changed: the authorization of destination \"%1\" (%n scope(s) use it) was rotated.",
                                nullptr, int(rotation.users.size()))
                                 .arg(name));
            }
        }
        ended();
    });
}

void MultiScopeChange::sendOwn(int itemIndex, bool secondStep)
{
    const MultiScopePlanItem& item = m_items.at(itemIndex);
    const MultiScopeTarget target = item.target;
    KonnectClient* konnect = client(target.profile, target.scope.region());
    ApiCall* call = nullptr;
    if (item.binding) {
        emit targetStarted(target, tr("saving the binding"));
        call = konnect->updateBinding(target.scope, item.current.binding, *item.binding);
    } else {
        emit targetStarted(target, tr("saving the inline webhook"));
        const Profile profile = m_profiles.value(target.profile);
        konnect->setUpdateMethod(profile.updateMethod == Profile::UpdateMethod::Patch
                                     ? KonnectClient::UpdateMethod::Patch
                                     : KonnectClient::UpdateMethod::Put);
        call = konnect->updateWebhook(item.current.inlineWebhook.value_or(WebhookConfig {}), *item.inlineDesired,
                                      target.scope);
    }
    started();
    connect(call, &ApiCall::finished, this, [this, itemIndex, secondStep](const ApiResult& result) {
        const MultiScopePlanItem& item = m_items.at(itemIndex);
        const QString step = item.binding
            ? (item.binding->enabled ? tr("enabling deliveries") : tr("disabling deliveries"))
            : tr("the webhook's own change");
        if (result.ok()) {
            finishTarget(itemIndex, MultiScopeOutcome::State::Changed,
                         secondStep
                             ? tr("Changed: both steps stored (the destination's authorization, then %1).").arg(step)
                             : tr("Changed."));
        } else if (secondStep) {
            const MultiScopeRotation* rotation = nullptr;
            for (const MultiScopeRotation& each : std::as_const(m_rotations)) {
                if (each.key == item.rotationKey)
                    rotation = &each;
            }
            finishTarget(itemIndex, MultiScopeOutcome::State::HalfDone,
                         tr("Half done: step 1 of 2 was stored (the authorization of destination \"%1\" was "
                            "rotated); step 2 of 2 (%2) failed: %3")
                             .arg(rotation ? rotation->destination.name : QString(), step, result.message),
                         result.outcomeUnknown());
        } else {
            finishTarget(itemIndex, MultiScopeOutcome::State::Failed, tr("Not changed: %1").arg(result.message),
                         result.outcomeUnknown());
        }
        ended();
    });
}

void MultiScopeChange::finishTarget(int itemIndex, MultiScopeOutcome::State state, const QString& message,
                                    bool outcomeUnknown)
{
    MultiScopeOutcome& outcome = m_outcomes[itemIndex];
    outcome.state = state;
    outcome.message = message;
    outcome.outcomeUnknown = outcomeUnknown;
    if (outcomeUnknown)
        outcome.message += QLatin1Char(' ')
            + tr("Konnect's answer was lost, so whether it was stored is unknown: look (get) before retrying.");
    emit targetFinished(outcome);
}

KonnectClient* MultiScopeChange::client(const QString& profile, const QString& region)
{
    const QString key = profile + QLatin1Char('/') + region;
    if (KonnectClient* existing = m_clients.value(key))
        return existing;
    auto* created = new KonnectClient(m_network, m_clock, this);
    created->setApiRoot(FleetScan::rootFor(m_profiles.value(profile), region));
    created->setToken(m_tokenOf.value(profile));
    created->setTransferTimeoutMs(m_transferTimeoutMs);
    connect(created, &KonnectClient::updateMethodLearned, this,
            [this, profile](KonnectClient::UpdateMethod method) { emit updateMethodLearned(profile, method); });
    m_clients.insert(key, created);
    return created;
}

QString MultiScopeChange::ownRegion(const QString& profile) const
{
    return FleetScan::regionsOf(m_profiles.value(profile), false).constFirst();
}

int MultiScopeChange::indexOf(const MultiScopeTarget& target) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).target == target)
            return i;
    }
    return -1;
}

void MultiScopeChange::ended()
{
    if (--m_pending > 0)
        return;
    if (m_phase == Phase::Reading)
        return planReadFinished();
    if (m_phase == Phase::Applying) {
        m_phase = Phase::Idle;
        emit applied();
    }
}
