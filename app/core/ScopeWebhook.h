#pragma once

#include "AuditLogDestination.h"
#include "Scope.h"
#include "WebhookBinding.h"
#include "WebhookConfig.h"

#include <QJsonObject>
#include <optional>

// What a scope's webhook is right now, in whichever of Konnect's two models the region uses: bound to an audit log
// destination (v3), or the older inline webhook (v2), or nothing yet.
class ScopeWebhook
{
public:
    enum class Model {
        Destination, // v3: bound to an audit log destination
        Inline, // v2: endpoint and authorization in the webhook itself
        None, // v3 API, nothing bound and no inline endpoint
    };

    Scope scope;
    Model model = Model::None;
    // False when the API answered 404/405 on /v3/audit-log-webhook: only the v2 flow exists there.
    bool v3Available = true;
    WebhookBinding binding; // v3 only
    std::optional<AuditLogDestination> destination; // bound, and Konnect still has it
    bool destinationMissing = false; // bound to an id that Konnect no longer knows
    std::optional<WebhookConfig> inlineWebhook; // the v2 webhook, when read
    QJsonObject inlineAnswer; // Konnect's v2 answer as it came, for output that has always shown it

    bool isEnabled() const;
    // A region's inline v2 webhook that could become a destination (needs a v3 API).
    bool canMoveToDestination() const;
    // One line a person reads: "v3: bound to an audit log destination", "v2: inline webhook (no v3 on this API)"...
    QString modelText() const;
    // "v3-destination", "v2-inline", "none": for --json.
    QString modelKey() const;
    QJsonObject toJson() const;
};
