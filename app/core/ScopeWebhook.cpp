#include "ScopeWebhook.h"

#include <QCoreApplication>

bool ScopeWebhook::isEnabled() const
{
    switch (model) {
    case Model::Destination:
        return binding.enabled;
    case Model::Inline:
        return inlineWebhook && inlineWebhook->enabled;
    case Model::None:
        break;
    }
    return false;
}

bool ScopeWebhook::canMoveToDestination() const
{
    return model == Model::Inline && v3Available && !scope.isPortal() && inlineWebhook
        && !inlineWebhook->endpoint.isEmpty();
}

QString ScopeWebhook::modelText() const
{
    switch (model) {
    case Model::Destination:
        return QCoreApplication::translate("ScopeWebhook", "v3: bound to an audit log destination");
    case Model::Inline:
        return v3Available ? QCoreApplication::translate("ScopeWebhook",
                                                         "v2: inline webhook (the older model; it can move to a "
                                                         "destination)")
                           : QCoreApplication::translate("ScopeWebhook", "v2: inline webhook (this API has no v3)");
    case Model::None:
        return QCoreApplication::translate("ScopeWebhook", "v3: not bound to a destination");
    }
    return {};
}

QString ScopeWebhook::modelKey() const
{
    switch (model) {
    case Model::Destination:
        return QStringLiteral("v3-destination");
    case Model::Inline:
        return QStringLiteral("v2-inline");
    case Model::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject ScopeWebhook::toJson() const
{
    QJsonObject json {{QStringLiteral("model"), modelKey()},
                      {QStringLiteral("v3_available"), v3Available},
                      {QStringLiteral("region"), scope.region()},
                      {QStringLiteral("enabled"), isEnabled()}};
    if (scope.isPortal())
        json.insert(
            QStringLiteral("portal"),
            QJsonObject {{QStringLiteral("id"), scope.portalId()}, {QStringLiteral("name"), scope.portalName()}});
    if (v3Available)
        json.insert(QStringLiteral("binding"), binding.toJson());
    if (destination)
        json.insert(QStringLiteral("destination"), destination->toJson());
    if (destinationMissing)
        json.insert(QStringLiteral("destination_missing"), true);
    if (inlineWebhook)
        json.insert(QStringLiteral("inline_webhook"), inlineAnswer);
    return json;
}
