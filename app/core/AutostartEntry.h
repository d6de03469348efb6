#pragma once

#include <QCoreApplication>
#include <QString>

// "Start at login": the XDG autostart entry ($XDG_CONFIG_HOME/autostart/konnect-audit-webhook.desktop, ~/.config
// when XDG_CONFIG_HOME is unset or not absolute) that starts the window minimised to the tray, watching
// (--watch-minimized). Removing it turns the start at login off again.
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)
public:
    static QString fileName(); // "konnect-audit-webhook.desktop"
    static QString path();
    static bool isEnabled();
    // Writes the entry for `executable` (atomically); returns a problem in words, else empty.
    static QString enable(const QString& executable);
    static QString disable();
    // The entry's text, for the tests to validate.
    static QString contents(const QString& executable);
    // An argument for the Exec key, quoted by the Desktop Entry Specification's rules when it needs to be.
    static QString quoteExecArgument(const QString& argument);
};
