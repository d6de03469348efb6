#pragma once

#include "Command.h"
#include "SiemOptions.h"

// `destinations create` and `destinations update NAME|ID`: the same checks as the inline webhook's (endpoint https,
// authorization printable ASCII on one line), all before anything is sent. An update sends only what changes; without
// a new authorization Konnect keeps the stored one.
class DestinationWriteCommand : public Command
{
    Q_OBJECT
public:
    enum class Mode { Create, Update };
    DestinationWriteCommand(Mode mode, CommandContext& context, QObject* parent = nullptr);

protected:
    FieldErrors checkOptions() override;
    FieldErrors readSecrets() override;
    void run() override;

private:
    void send();
    void create();
    void update(const AuditLogDestination& current);
    void printStored(const ApiResult& result, const AuditLogDestination& fallback, const QString& headline);

    Mode m_mode;
    QString m_nameOrId;
    std::optional<QString> m_name;
    SiemOptions m_siem;
    std::optional<QString> m_authorization;
};
