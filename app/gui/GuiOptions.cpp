#include "GuiOptions.h"

#include "Region.h"

#include <QCommandLineParser>

namespace {
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption demo {QStringLiteral("demo"),
                             GuiOptions::tr("Open the window on a built-in Konnect emulator with a demo token; "
                                            "nothing is read from or written to your profiles or keychain.")};
    QCommandLineOption exitAfterLoad {
        QStringLiteral("exit-after-load"),
        GuiOptions::tr("Show the window, load the configuration, paint once, print start-up timings to stderr and "
                       "exit (0 when the configuration loaded).")};
    QCommandLineOption watchMinimized {
        QStringLiteral("watch-minimized"),
        GuiOptions::tr("Start minimised to the system tray, watching every profile in the background (what "
                       "\"Start at login\" runs); without a tray the window opens instead.")};
    QCommandLineOption profile {QStringLiteral("profile"), GuiOptions::tr("The profile to open."),
                                GuiOptions::tr("name")};
    QCommandLineOption region {QStringLiteral("region"),
                               GuiOptions::tr("The Konnect region for this run (global, us, eu, au, me, in, sg)."),
                               GuiOptions::tr("region")};
    QCommandLineOption baseUrl {QStringLiteral("base-url"),
                                GuiOptions::tr("The API root for this run, e.g. a proxy or an emulator."),
                                GuiOptions::tr("url")};
    QCommandLineOption tokenStdin {QStringLiteral("token-stdin"),
                                   GuiOptions::tr("Read the Konnect token for this run from standard input.")};

    // For the documentation's screenshots (scripts/make-screenshots.sh), so not in --help.
    QCommandLineOption screenshot {QStringLiteral("screenshot"), QStringLiteral("Grab the window after load."),
                                   QStringLiteral("file")};
    QCommandLineOption screenshotTab {QStringLiteral("screenshot-tab"),
                                      QStringLiteral("The tab to grab (its object name; default configureTab)."),
                                      QStringLiteral("name"), QStringLiteral("configureTab")};

    Parser()
    {
        screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
        screenshotTab.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.setApplicationDescription(GuiOptions::tr("Configure Kong Konnect's audit-log webhook."));
        parser.addHelpOption();
        parser.addOptions(
            {demo, exitAfterLoad, watchMinimized, profile, region, baseUrl, tokenStdin, screenshot, screenshotTab});
    }
};
} // namespace

GuiOptions GuiOptions::parse(const QStringList& arguments, QString* error)
{
    Parser p;
    GuiOptions options;
    error->clear();
    if (!p.parser.parse(arguments)) {
        *error = p.parser.errorText();
        return options;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(p.parser.positionalArguments().constFirst());
        return options;
    }
    options.showHelp = p.parser.isSet(QStringLiteral("help"));
    options.demo = p.parser.isSet(p.demo);
    options.exitAfterLoad = p.parser.isSet(p.exitAfterLoad);
    options.watchMinimized = p.parser.isSet(p.watchMinimized);
    options.tokenFromStdin = p.parser.isSet(p.tokenStdin);
    options.screenshot = p.parser.value(p.screenshot);
    options.screenshotTab = p.parser.value(p.screenshotTab);
    options.profile = p.parser.value(p.profile);
    options.region = p.parser.value(p.region);
    if (p.parser.isSet(p.baseUrl)) {
        options.baseUrl = QUrl(p.parser.value(p.baseUrl), QUrl::StrictMode);
        if (const QString problem = Region::checkBaseUrl(options.baseUrl); !problem.isEmpty()) {
            *error = problem;
            return options;
        }
    }
    if (!options.region.isEmpty()) {
        if (const QString problem = Region::checkRegion(options.region); !problem.isEmpty()) {
            *error = problem;
            return options;
        }
    }
    if (options.demo && (options.tokenFromStdin || !options.profile.isEmpty() || !options.baseUrl.isEmpty())) {
        *error = tr("--demo uses its own emulator, profile and token: leave out --profile, --base-url and "
                    "--token-stdin.");
        return options;
    }
    return options;
}

QString GuiOptions::helpText()
{
    Parser p;
    return p.parser.helpText();
}
