#include "GuiApp.h"

#include "MainWindow.h"

#include <QApplication>

int GuiApp::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("konnect-audit-webhook"));
    QApplication::setOrganizationName(QStringLiteral("konnect-audit-webhook"));
    QApplication::setApplicationVersion(QStringLiteral(KAW_VERSION));
    MainWindow window;
    window.show();
    return app.exec();
}
