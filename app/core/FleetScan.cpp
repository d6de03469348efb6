#include "FleetScan.h"

#include "ApiCall.h"
#include "Clock.h"
#include "DevPortal.h"
#include "FleetScopeRead.h"
#include "KonnectClient.h"
#include "Region.h"

#include <QJsonArray>
#include <QTimer>

FleetScan* FleetScan::start(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, const Settings& settings,
                            QObject* parent)
{
    auto* scan = new FleetScan(network, clock, tokens, settings, parent);
    // Callers connect after start() returns.
    QTimer::singleShot(0, scan, &FleetScan::begin);
    return scan;
}

FleetScan::FleetScan(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, const Settings& settings,
                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
    , m_tokens(tokens)
    , m_settings(settings)
{
}

QStringList FleetScan::regionsOf(const Profile& profile, bool allRegions)
{
    const QUrl root = profile.apiRoot();
    const QString own = profile.baseUrl.isEmpty() ? profile.region : Region::regionNamedBy(root);
    if (own.isEmpty())
        return {profile.region.isEmpty() ? Region::defaultRegion() : profile.region};
    return allRegions ? Region::all() : QStringList {own};
}

QUrl FleetScan::rootFor(const Profile& profile, const QString& region)
{
    if (profile.baseUrl.isEmpty())
        return Region::apiRoot(region);
    const QUrl regional = Region::regionalRoot(profile.baseUrl, region);
    return regional.isValid() ? regional : Region::normalizedBaseUrl(profile.baseUrl);
}

void FleetScan::begin()
{
    if (m_cancelled)
        return;
    started(); // held until every token request is made, so that an early answer cannot finish the scan
    if (m_tokens)
        connect(m_tokens, &TokenStore::finished, this, &FleetScan::onToken);
    for (const Profile& profile : std::as_const(m_settings.profiles)) {
        started();
        if (m_tokens) {
            m_tokenRequests.append(m_tokens->read(profile.name, SecretKind::KonnectToken));
        } else {
            TokenStore::Result none;
            none.profile = profile.name;
            none.state = TokenStore::State::NoKeychain;
            none.message = tr("No keychain.");
            m_tokenRequests.append(0);
            onToken(none);
        }
    }
    ended();
}

void FleetScan::onToken(const TokenStore::Result& result)
{
    if (result.requestId != 0 && !m_tokenRequests.removeOne(result.requestId))
        return; // someone else's request on a shared store
    for (const Profile& profile : std::as_const(m_settings.profiles)) {
        if (profile.name != result.profile)
            continue;
        const QStringList regions = regionsOf(profile, m_settings.allRegions);
        for (const QString& region : regions) {
            if (result.state == TokenStore::State::Found && !result.secret.isEmpty()) {
                scanRegion(profile, region, result.secret);
                continue;
            }
            FleetObservation missing;
            missing.access = FleetObservation::Access::TokenMissing;
            missing.problem = result.state == TokenStore::State::NotFound || result.message.isEmpty()
                ? tr("No Konnect token in the keychain for profile \"%1\".").arg(profile.name)
                : tr("The keychain could not be read: %1").arg(result.message);
            addRow(profile.name, Scope::organization(region), missing);
        }
        break;
    }
    ended();
}

void FleetScan::scanRegion(const Profile& profile, const QString& region, const QString& token)
{
    auto* client = new KonnectClient(m_network, m_clock, this);
    client->setApiRoot(rootFor(profile, region));
    client->setToken(token);
    client->setTransferTimeoutMs(m_settings.transferTimeoutMs);
    const Scope organization = Scope::organization(region);
    readScope(client, profile.name, organization);

    started();
    ApiCall* portals = client->listPortals(organization);
    connect(portals, &ApiCall::finished, this, [this, client, name = profile.name, region](const ApiResult& result) {
        onPortals(client, name, region, result);
        ended();
    });
}

void FleetScan::readScope(KonnectClient* client, const QString& profile, const Scope& scope)
{
    started();
    FleetScopeRead* read = FleetScopeRead::start(client, scope, this);
    connect(read, &FleetScopeRead::finished, this, [this, profile, scope](const FleetObservation& observation) {
        addRow(profile, scope, observation);
        ended();
    });
}

void FleetScan::onPortals(KonnectClient* client, const QString& profile, const QString& region, const ApiResult& result)
{
    if (m_cancelled || result.kind == ApiResult::Kind::Cancelled)
        return;
    // No v3 on this API: no Dev Portals either.
    if (!result.ok() && (result.httpStatus == 404 || result.httpStatus == 405))
        return;
    if (!result.ok()) {
        // Said once, on a row of its own: the organization's row tells its own story.
        FleetObservation unlisted;
        unlisted.access = FleetScopeRead::accessAfter(result);
        unlisted.problem = tr("the Dev Portals could not be listed: %1").arg(result.message);
        addRow(profile, Scope::portal(region, QStringLiteral("*"), tr("(Dev Portals)")), unlisted);
        return;
    }
    const QJsonArray data = result.json.object().value(QLatin1String("data")).toArray();
    for (const QJsonValue& value : data) {
        if (const std::optional<DevPortal> portal = DevPortal::fromJson(value.toObject()))
            readScope(client, profile, Scope::portal(region, portal->id, portal->shownName()));
    }
}

void FleetScan::addRow(const QString& profile, const Scope& scope, const FleetObservation& observation)
{
    if (m_cancelled)
        return;
    FleetRow row;
    row.profile = profile;
    row.scope = scope;
    row.observation = observation;
    row.observation.profile = profile;
    row.observedAt = m_clock->now().toUTC();
    row.verdict = FleetVerdict::judge(row.observation, row.observedAt, m_settings.warnAfterSeconds);
    m_rows.append(row);
    emit rowReady(row);
}

void FleetScan::ended()
{
    if (--m_pending > 0 || m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

void FleetScan::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_finished = true;
    const QList<FleetScopeRead*> reads = findChildren<FleetScopeRead*>();
    for (FleetScopeRead* read : reads)
        read->cancel();
    emit finished();
    deleteLater();
}
