// libFuzzer target: Konnect's JSON answers as the client reads them. WebhookConfig::fromJson (GET and PUT/PATCH
// answers) and Jwks::fromJson (the key set), with the properties the client relies on checked on every input that
// parses: a configuration read back from its own JSON has the same settings, asks for no change against itself, and
// validates without crashing.

#include "Jwks.h"
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
