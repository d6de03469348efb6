#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <optional>

// The window's command line: --demo, --exit-after-load, --watch-minimized and the global options every command takes
// (--profile,
// --region, --base-url, --token-stdin).
struct GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)
public:
    bool demo = false;
    bool exitAfterLoad = false;
    bool watchMinimized = false; // start hidden in the tray, watching (what "Start at login" runs)
    bool tokenFromStdin = false;
    bool showHelp = false;
    QString screenshot; // hidden: grab the window into this PNG after the first load, then exit
    QString screenshotTab; // hidden: the object name of the tab shown in the screenshot
    QString profile;
    QString region;
    QUrl baseUrl;

    // Empty *error on success.
    static GuiOptions parse(const QStringList& arguments, QString* error);
    static QString helpText();
};
