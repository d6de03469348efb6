#include "EmulatedFleetDemo.h"

#include "EmulatedOrganization.h"
#include "Rfc3339.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kAuthorization = QStringLiteral("Splunk demo-fleet-hec-token");

QString bindTo(EmulatedOrganization& organization, EmulatedScope& scope, const QString& name, const QString& endpoint,
               bool skipTls, bool enabled, const QDateTime& now)
{
    EmulatedDestination& destination = organization.createDestination(now);
    destination.set(name, endpoint, kAuthorization, LogFormat::Cef, skipTls);
    scope.setBinding({destination.id(), enabled}, now);
    return destination.id();
}

void inlineWebhook(EmulatedRegion& region, const QString& endpoint, bool enabled, const QDateTime& now)
{
    const QJsonObject body {{QStringLiteral("endpoint"), endpoint},
                            {QStringLiteral("authorization"), kAuthorization},
                            {QStringLiteral("enabled"), enabled},
                            {QStringLiteral("log_format"), QStringLiteral("cef")}};
    region.webhook().replace(QJsonDocument(body).toJson(QJsonDocument::Compact), now);
}
} // namespace

void EmulatedFleetDemo::setDelivery(EmulatedScope& scope, const QString& status, const QDateTime& attemptAt, int code,
                                    const QString& message)
{
    QJsonObject fields {{QStringLiteral("webhook_status"), status},
                        {QStringLiteral("last_response_code"), code},
                        {QStringLiteral("last_response_message"), message}};
    if (attemptAt.isValid())
        fields.insert(QStringLiteral("last_attempt_at"), Rfc3339::format(attemptAt));
    scope.setStatus(fields);
}

void EmulatedFleetDemo::seedProduction(EmulatedOrganization& organization, const QString& endpoint,
                                       const QDateTime& now)
{
    EmulatedRegion& global = organization.region(QStringLiteral("global"));
    const QString splunk
        = bindTo(organization, global, QStringLiteral("Splunk production"), endpoint, false, true, now);
    setDelivery(global, QStringLiteral("active"), now.addSecs(-180), 200, QStringLiteral("OK"));

    EmulatedRegion& eu = organization.region(QStringLiteral("eu"));
    inlineWebhook(eu, endpoint, true, now);
    setDelivery(eu, QStringLiteral("active"), now.addSecs(-600), 204);

    EmulatedRegion& us = organization.region(QStringLiteral("us"));
    us.setBinding({splunk, false}, now);

    EmulatedPortal& partner = global.addPortal(EmulatedOrganization::newId(), QStringLiteral("Partner Portal"),
                                               QStringLiteral("Partners"), now);
    partner.setBinding({splunk, true}, now);
    setDelivery(partner, QStringLiteral("inactive"), now.addSecs(-1200), 401, QStringLiteral("Invalid token"));
    eu.addPortal(EmulatedOrganization::newId(), QStringLiteral("Internal Portal"), QStringLiteral("Internal"), now);
}

void EmulatedFleetDemo::seedStaging(EmulatedOrganization& organization, const QString& endpoint, const QDateTime& now)
{
    EmulatedRegion& global = organization.region(QStringLiteral("global"));
    bindTo(organization, global, QStringLiteral("Splunk staging"), endpoint, false, true, now);
    setDelivery(global, QStringLiteral("active"), now.addDays(-3), 200, QStringLiteral("OK"));

    EmulatedRegion& eu = organization.region(QStringLiteral("eu"));
    bindTo(organization, eu, QStringLiteral("Splunk staging (self-signed)"), endpoint, true, true, now);
    setDelivery(eu, QStringLiteral("active"), now.addSecs(-300), 200, QStringLiteral("OK"));

    EmulatedRegion& us = organization.region(QStringLiteral("us"));
    inlineWebhook(us, endpoint, false, now);
    setDelivery(us, QStringLiteral("inactive"), now.addSecs(-7200), 302, QStringLiteral("Found"));
}
