#pragma once

#include "ScopeWebhook.h"
#include "WebhookStatus.h"

#include <QString>
#include <optional>

// What a fleet scan saw of one scope: whether it could read it at all, and if so the webhook (its model,
// destination, TLS setting) and Konnect's delivery status. The input of FleetVerdict::judge, kept apart from the
// network so that the rules can be tested as a table.
struct FleetObservation
{
    enum class Access {
        Read, // webhook and status read
        TokenMissing, // no Konnect token in the keychain for the profile
        TokenRefused, // Konnect answered 401 or 403
        Unreachable, // no usable answer after the retries (network, 429/5xx, unreadable answer)
    };

    Access access = Access::Read;
    QString profile; // whose token was used: for advice such as `token set --profile NAME`
    QString problem; // for anything but Read: what went wrong, never a secret
    ScopeWebhook webhook;
    std::optional<WebhookStatus> status;

    // The endpoint deliveries go to (the destination's, or the inline webhook's); empty when none.
    QString endpoint() const;
    // The destination's name for v3, the endpoint for v2; empty when nothing is configured.
    QString destinationText() const;
    bool skipsTlsVerification() const;
    // A webhook that would send somewhere: bound to a destination Konnect still has, or an inline endpoint.
    bool isConfigured() const;
};
