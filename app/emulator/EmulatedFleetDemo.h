#pragma once

#include <QDateTime>
#include <QString>

class EmulatedOrganization;
class EmulatedScope;

// A fleet worth looking at, written straight into the emulator's model: two organizations in three regions (global,
// eu, us) whose webhooks show the states of Konnect's status table and the answers a fleet check tells apart, with
// exactly one Dev Portal failing:
//   production  global  v3 "Splunk production", enabled, active, 200 three minutes ago        OK
//               eu      v2 inline webhook, enabled, active, 204 ten minutes ago                OK
//               us      v3 bound but turned off (saved, not sending)                           OK
//               portal "Partner Portal" (global): v3, enabled, inactive, 401                    CRITICAL
//               portal "Internal Portal" (eu): nothing configured                               OK
//   staging     global  v3, enabled, active, last attempt three days ago                       WARNING
//               eu      v3 "Splunk staging (self-signed)", skip TLS on, 200                    WARNING
//               us      v2 inline, turned off after failing: inactive, 302                     CRITICAL
class EmulatedFleetDemo
{
public:
    static void seedProduction(EmulatedOrganization& organization, const QString& endpoint, const QDateTime& now);
    static void seedStaging(EmulatedOrganization& organization, const QString& endpoint, const QDateTime& now);

    // Sets what Konnect would report about the scope's last delivery.
    static void setDelivery(EmulatedScope& scope, const QString& status, const QDateTime& attemptAt, int code,
                            const QString& message = {});
};
