#pragma once

#include "ApiResult.h"
#include "AuditLogDestination.h"
#include "FieldError.h"
#include "Scope.h"

#include <QObject>
#include <functional>
#include <optional>

class CommandContext;

// One headless command. start() runs from the event loop; the command reports its exit code once with finished().
// Commands that talk to Konnect go through the same steps: check every option, read secrets from standard input,
// find the token, and only then run(), so that nothing is sent when our own validation fails.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CommandContext& context, QObject* parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

protected:
    // Command-specific checks of the options, before anything is read or sent. Fields name the flags.
    virtual FieldErrors checkOptions() { return {}; }
    virtual bool talksToKonnect() const { return true; }
    // Reads secrets other than the token (after checkOptions passed); an error here is an input error.
    virtual FieldErrors readSecrets() { return {}; }
    virtual void run() = 0;

    // The scope this run acts on: the Dev Portal that --portal names (by id, name or display name, among the
    // region's portals), else the organization's webhook of the region. Fails the command when --portal cannot be
    // resolved. Only for commands that declare --portal.
    void withScope(std::function<void(const Scope&)> then);
    // The audit log destination `nameOrId` names (among all of them, every page read). Fails the command with an
    // input error on `field` when none or several match (listing them).
    void withDestination(const QString& nameOrId, const QString& field,
                         std::function<void(const AuditLogDestination&)> then);
    // The profile's SIEM authorization remembered in the keychain (--authorization-keychain): fails the command
    // with an input error naming the option when there is none.
    void withRememberedAuthorization(std::function<void(const QString&)> then);
    // --yes given, or a person at a terminal answered y: then(). Otherwise fails with an input error on --yes.
    // `question` ends with "?".
    void confirm(const QString& question, std::function<void()> then);

    void finish(int exitCode);
    void failWith(const ApiResult& result);
    void failInput(const FieldErrors& errors);
    void failInput(const QString& field, const QString& message) { failInput(FieldErrors {{field, message}}); }

    CommandContext& m_context;

private:
    void onTokenReady(bool ok, const QString& token, const QString& error, const QStringList& notes);
    bool m_finished = false;
};
