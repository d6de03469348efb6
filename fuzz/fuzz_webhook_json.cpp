// libFuzzer target: Konnect's JSON answers as the client reads them. WebhookConfig::fromJson (GET and PUT/PATCH
// answers), the v3 model's AuditLogDestination, WebhookBinding and DevPortal, and Jwks::fromJson (the key set), with the properties the client relies on checked on every input that
// parses: a configuration read back from its own JSON has the same settings, asks for no change against itself, and
// validates without crashing.

#include "AuditLogDestination.h"
#include "DevPortal.h"
#include "Jwks.h"
#include "WebhookBinding.h"
#include "WebhookConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject()) {
        QString error;
        if (const auto config = WebhookConfig::fromJson(document.object(), &error)) {
            const auto again = WebhookConfig::fromJson(config->toJson());
            if (!again || !again->sameSettingsAs(*config))
                std::abort(); // toJson() wrote something fromJson() reads differently
            if (!config->changesFrom(*config).isEmpty())
                std::abort(); // "nothing to change" must hold for identical settings
            (void)config->validate();
        } else if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        QString destinationError;
        if (const auto destination = AuditLogDestination::fromJson(document.object(), &destinationError)) {
            const auto again = AuditLogDestination::fromJson(destination->toJson());
            if (!again || again->id != destination->id || again->name != destination->name
                || !again->settings.sameSettingsAs(destination->settings))
                std::abort(); // the listing's JSON must read back as the same destination
            if (!destination->changesFrom(*destination).isEmpty())
                std::abort();
            (void)destination->validate(false);
        } else if (destinationError.isEmpty()) {
            std::abort();
        }
        QString bindingError;
        if (const auto binding = WebhookBinding::fromJson(document.object(), &bindingError)) {
            const auto again = WebhookBinding::fromJson(binding->toJson());
            if (!again || !(*again == *binding) || !binding->changesFrom(*binding).isEmpty())
                std::abort();
        } else if (bindingError.isEmpty()) {
            std::abort();
        }
        QString portalError;
        if (!DevPortal::fromJson(document.object(), &portalError) && portalError.isEmpty())
            std::abort();
    }
    QString problem;
    const Jwks keys = Jwks::fromJson(input, &problem);
    for (const Jwks::Key& key : keys.keys()) {
        if (key.publicKey.size() != 32)
            std::abort(); // an Ed25519 public key is 32 bytes
    }
    if (keys.isEmpty() && problem.isEmpty())
        std::abort();
    return 0;
}
