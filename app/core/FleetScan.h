#pragma once

#include "FleetRow.h"
#include "Profile.h"
#include "TokenStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiResult;
class Clock;
class KonnectClient;
class QNetworkAccessManager;

// The fleet at a glance: for every profile given, every region it uses (its own, or all seven), and every Dev
// Portal in them, the webhook and its delivery status, judged by FleetVerdict. Tokens come from the keychain only;
// a profile without one gives UNKNOWN rows, not an error. Every request runs at once on the one network manager,
// each under Konnect's retry rule, so a slow or failing region holds up nothing but its own rows. rowReady() fires
// for each row as its answers arrive, then finished() once; the scan then deletes itself.
class FleetScan : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QList<Profile> profiles;
        // All seven regions for each profile whose root can address them (a standard root, or a custom base URL
        // that names its region, see Region::regionalRoot); otherwise the profile's own region only.
        bool allRegions = false;
        qint64 warnAfterSeconds = FleetVerdict::defaultWarnAfterSeconds;
        int transferTimeoutMs = 30000;
    };

    // `network` must not follow redirects (the Bearer token must never follow one to another host).
    static FleetScan* start(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, const Settings& settings,
                            QObject* parent = nullptr);
    void cancel();

    // The regions a profile's scan covers, and the root that serves each.
    static QStringList regionsOf(const Profile& profile, bool allRegions);
    static QUrl rootFor(const Profile& profile, const QString& region);

    const QList<FleetRow>& rows() const { return m_rows; }

signals:
    void rowReady(const FleetRow& row);
    void finished();

private:
    FleetScan(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens, const Settings& settings,
              QObject* parent);
    void begin();
    void onToken(const TokenStore::Result& result);
    void scanRegion(const Profile& profile, const QString& region, const QString& token);
    void readScope(KonnectClient* client, const QString& profile, const Scope& scope);
    void onPortals(KonnectClient* client, const QString& profile, const QString& region, const ApiResult& result);
    void addRow(const QString& profile, const Scope& scope, const FleetObservation& observation);
    void started() { ++m_pending; }
    void ended();

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QPointer<TokenStore> m_tokens;
    Settings m_settings;
    QList<TokenStore::RequestId> m_tokenRequests;
    QList<FleetRow> m_rows;
    int m_pending = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
