#include "FleetObservation.h"

QString FleetObservation::endpoint() const
{
    if (webhook.model == ScopeWebhook::Model::Destination)
        return webhook.destination ? webhook.destination->settings.endpoint : QString();
    if (webhook.model == ScopeWebhook::Model::Inline && webhook.inlineWebhook)
        return webhook.inlineWebhook->endpoint;
    return {};
}

QString FleetObservation::destinationText() const
{
    if (webhook.model == ScopeWebhook::Model::Destination) {
        if (webhook.destination)
            return webhook.destination->name;
        return webhook.binding.destinationId;
    }
    return endpoint();
}

bool FleetObservation::skipsTlsVerification() const
{
    if (webhook.model == ScopeWebhook::Model::Destination)
        return webhook.destination && webhook.destination->settings.skipSslVerification;
    if (webhook.model == ScopeWebhook::Model::Inline && webhook.inlineWebhook)
        return webhook.inlineWebhook->skipSslVerification;
    return false;
}

bool FleetObservation::isConfigured() const
{
    if (webhook.model == ScopeWebhook::Model::Destination)
        return webhook.destination.has_value() && !webhook.destinationMissing;
    return !endpoint().isEmpty();
}
