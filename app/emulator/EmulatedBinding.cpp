#include "EmulatedBinding.h"

QJsonObject EmulatedBinding::toJson() const
{
    return {{QStringLiteral("audit_log_destination_id"), isBound() ? QJsonValue(destinationId) : QJsonValue()},
            {QStringLiteral("enabled"), enabled}};
}
