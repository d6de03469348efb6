#pragma once

#include "Command.h"
#include "TokenStore.h"

// `token set`, `token status` and `token delete`: the profile's Konnect token in the system keychain. Nothing here
// talks to Konnect, and the token is never printed.
class TokenCommand : public Command
{
    Q_OBJECT
public:
    enum class Action { Set, Status, Delete };

    TokenCommand(Action action, CommandContext& context, QObject* parent = nullptr);

protected:
    bool talksToKonnect() const override { return false; }
    FieldErrors checkOptions() override;
    void run() override;

private:
    void store();
    void showStatus(const TokenStore::Result& keychain);
    void removeIfStored(const TokenStore::Result& keychain);
    // Calls `then` with the answer to one keychain request.
    void whenStored(TokenStore::RequestId id, std::function<void(const TokenStore::Result&)> then);
    void failKeychain(const TokenStore::Result& result);

    Action m_action;
};
