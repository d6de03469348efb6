#pragma once

#include "Command.h"
#include "OutputPrinter.h"

#include <QJsonObject>

class ScopeWebhook;

// `get`: where a scope's audit logs go (the organization's webhook of the region, or a Dev Portal's), in whichever
// model the region uses.
class GetCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    // The inline webhook as Konnect's v2 answer with the model beside it; a bound webhook as ScopeWebhook::toJson().
    static QJsonObject jsonOf(const ScopeWebhook& webhook);

protected:
    void run() override;

private:
    Fields hints(const ScopeWebhook& webhook) const;
};
