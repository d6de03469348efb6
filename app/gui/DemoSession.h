#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <memory>

class KonnectEmulator;
class SiemReceiver;

// `--demo`: the Konnect emulator in this process on a free loopback port, a random demo token it accepts, and a
// profile that lives in memory only, so the user's keychain, profiles and settings are never touched. A SIEM
// receiver on loopback (HTTPS, self-signed) takes the connection test's deliveries and verifies them against the
// emulator's keys. A second organization ("demo-production", its own random token, another in-memory profile)
// holds the fleet demo's production organization (EmulatedFleetDemo): webhooks in three regions (global, eu, us)
// and one Dev Portal failing, so that the Overview has a fleet to show.
class DemoSession
{
public:
    DemoSession();
    ~DemoSession();

    // False (with errorString()) when no loopback port could be opened.
    bool start();
    QString errorString() const { return m_error; }

    KonnectEmulator* emulator() const { return m_emulator.get(); }
    SiemReceiver* receiver() const { return m_receiver.get(); }
    Profile profile() const;
    QString token() const { return m_token; }
    // The second organization's profile: its base URL names its region (…/global), so that every region of it can
    // be reached (FleetScan's all regions).
    Profile secondProfile() const;
    QString secondToken() const { return m_secondToken; }
    static QString secondProfileName() { return QStringLiteral("demo-production"); }

    // The vendor preset that points the form at the demo receiver.
    static QString receiverPresetId() { return QStringLiteral("demo-receiver"); }
    static QString receiverPath() { return QStringLiteral("/audit-logs"); }
    // The receiver reads no authorization; Konnect needs one, so the demo destination carries this placeholder.
    static QString demoAuthorization() { return QStringLiteral("Bearer demo-receiver"); }
    QUrl receiverUrl() const;
    // `catalogJson` (vendors.json) with the demo receiver's preset first.
    static QByteArray catalogWithReceiver(const QByteArray& catalogJson, const QUrl& receiverUrl);

private:
    std::unique_ptr<KonnectEmulator> m_emulator;
    std::unique_ptr<SiemReceiver> m_receiver;
    QString m_token;
    QString m_secondToken;
    QString m_error;
};
