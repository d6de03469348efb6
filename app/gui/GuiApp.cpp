#include "GuiApp.h"

#include "Clock.h"
#include "DemoSession.h"
#include "GuiOptions.h"
#include "GuiResources.h"
#include "GuiSettings.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SecretRedactor.h"
#include "StartupReport.h"
#include "TokenStore.h"
#include "TranslationLoader.h"
#include "TrayWatch.h"

#include <QApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace {
void printError(const QString& text)
{
    std::fprintf(stderr, "%s\n", SecretRedactor::redact(text).toLocal8Bit().constData());
    std::fflush(stderr);
}
} // namespace

int GuiApp::run(int argc, char* argv[])
{
    StartupReport report;
    // The libraries' debug output is for developers (QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("kaw.*.debug=false\nkaw.*.info=false"));
    QApplication app(argc, argv);
    TranslationLoader::install(app);
    QApplication::setApplicationName(QStringLiteral("konnect-audit-webhook"));
    QApplication::setOrganizationName(QStringLiteral("konnect-audit-webhook"));
    // The same words (and translation) as the window title ends with, so the title names the product once.
    QApplication::setApplicationDisplayName(MainWindow::tr("Konnect Audit Webhook"));
    QApplication::setApplicationVersion(QStringLiteral(KAW_VERSION));
    QApplication::setDesktopFileName(GuiResources::applicationId());
    QApplication::setWindowIcon(GuiResources::applicationIcon());

    QString error;
    const GuiOptions options = GuiOptions::parse(QApplication::arguments(), &error);
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }
    if (options.showHelp) {
        std::fprintf(stdout, "%s", GuiOptions::helpText().toLocal8Bit().constData());
        return 0;
    }

    std::optional<QString> tokenForThisRun;
    if (options.tokenFromStdin) {
        // Read once, before the window exists: the token is piped in and the read ends with the pipe.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(QObject::tr("Could not read the token from standard input."));
            return 2;
        }
        tokenForThisRun = QString::fromUtf8(in.readAll()).trimmed();
        SecretRedactor::registerSecret(*tokenForThisRun);
    }

    KonnectClient client(Clock::system());
    std::unique_ptr<DemoSession> demo;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<GuiSettings> settings;
    GuiContext context;
    context.client = &client;
    if (options.demo) {
        demo = std::make_unique<DemoSession>();
        if (!demo->start()) {
            printError(QObject::tr("The demo could not start its emulator: %1").arg(demo->errorString()));
            return 4;
        }
        settings = GuiSettings::inMemory();
        context.inMemoryProfile = demo->profile();
        context.inMemoryToken = demo->token();
        context.otherInMemoryProfiles.append({demo->secondProfile(), demo->secondToken()});
        context.demoEmulator = demo->emulator();
        context.demoReceiver = demo->receiver();
    } else {
        profiles = std::make_unique<ProfileStore>();
        tokens = std::make_unique<TokenStore>();
        settings = GuiSettings::forUser();
        context.profiles = profiles.get();
        context.tokens = tokens.get();
        context.startOptions.profile = options.profile;
        context.startOptions.region = options.region;
        context.startOptions.baseUrl = options.baseUrl;
        context.startOptions.tokenForThisRun = tokenForThisRun;
    }
    context.settings = settings.get();

    MainWindow window(context);
    int exitCode = 0;
    if (options.exitAfterLoad) {
        QObject::connect(&window, &MainWindow::firstLoadFinished, &app,
                         [&report, &window, &exitCode](bool ok, int code, const QString& message) {
                             report.markLoaded();
                             exitCode = ok ? 0 : (code == 0 ? 4 : code);
                             if (!ok)
                                 printError(message);
                             // Paint the loaded state once, then report and leave.
                             QTimer::singleShot(0, &window, [&report, &window, &exitCode, ok] {
                                 window.repaint();
                                 report.markPainted();
                                 printError(report.line(ok));
                                 QCoreApplication::exit(exitCode);
                             });
                         });
    }
    if (!options.screenshot.isEmpty()) {
        QObject::connect(&window, &MainWindow::firstLoadFinished, &app, [&window, &options] {
            // The tabs' own first answers (scopes, destinations) come right after the configuration's.
            QTimer::singleShot(1500, &window, [&window, &options] {
                // The demo opens on the Overview (two profiles); the documentation shows the tab it asks for.
                auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
                auto* tab = tabs ? tabs->findChild<QWidget*>(options.screenshotTab) : nullptr;
                if (tab && tabs->indexOf(tab) >= 0)
                    tabs->setCurrentWidget(tab);
                else
                    printError(QObject::tr("No tab %1 to show in the screenshot.").arg(options.screenshotTab));
                // Grabbed once the newly shown tab has been laid out, as a user would see it after the click.
                QTimer::singleShot(300, &window, [&window, &options] {
                    const bool saved = window.grab().save(options.screenshot, "PNG");
                    if (!saved)
                        printError(QObject::tr("Could not write the screenshot %1.").arg(options.screenshot));
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            });
        });
    }
    if (options.watchMinimized)
        window.setWatching(true);
    // Minimised to the tray only where there is one (and a watch); else the window opens.
    if (!options.watchMinimized || !window.trayWatch() || !window.trayWatch()->trayIcon())
        window.show();
    report.markShown();
    if (const QString problem = window.start(); !problem.isEmpty()) {
        printError(problem);
        return 2;
    }
    const int result = QApplication::exec();
    return options.exitAfterLoad ? exitCode : result;
}
