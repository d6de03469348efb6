#pragma once

#include "LogFormat.h"

#include <QString>
#include <optional>

// The non-secret edits of the webhook form that survive a restart. Never holds the authorization, and no endpoint
// when the endpoint itself carries a secret (a vendor that puts its key in the URL).
struct WebhookDraft
{
    std::optional<QString> endpoint;
    bool enabled = false;
    LogFormat logFormat = LogFormat::Cef;
    bool skipSslVerification = false;
    QString authorizationScheme;
    QString presetId;
};
