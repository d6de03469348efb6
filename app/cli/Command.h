#pragma once

#include "ApiResult.h"
#include "FieldError.h"

#include <QObject>
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

    void finish(int exitCode);
    void failWith(const ApiResult& result);
    void failInput(const FieldErrors& errors);
    void failInput(const QString& field, const QString& message) { failInput(FieldErrors {{field, message}}); }

    CommandContext& m_context;

private:
    void onTokenReady(bool ok, const QString& token, const QString& error, const QStringList& notes);
    bool m_finished = false;
};
