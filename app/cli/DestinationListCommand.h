#pragma once

#include "Command.h"

#include <QJsonObject>

class DestinationUsageScan;

// `destinations list` and `destinations show NAME|ID`: the destinations, each with the webhooks that point at it
// (the organization's of the region, or of every region with --all-regions, and each Dev Portal's), so that
// nothing is changed or deleted blind.
class DestinationListCommand : public Command
{
    Q_OBJECT
public:
    enum class Mode { List, Show };
    DestinationListCommand(Mode mode, CommandContext& context, QObject* parent = nullptr);

    // The regions whose webhooks are read for "used by": all seven with --all-regions on Konnect's own hosts,
    // else the profile's (a custom base URL serves one set of webhooks).
    static QStringList usageRegions(CommandContext& context);
    static QJsonObject usageJson(const DestinationUsageScan& scan);

protected:
    FieldErrors checkOptions() override;
    void run() override;

private:
    void print(const AuditLogDestinations& destinations);

    Mode m_mode;
    QString m_nameOrId;
};
