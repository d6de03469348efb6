#include "GuiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initKawResources()
{
    Q_INIT_RESOURCE(kaw);
}

void GuiResources::ensureLoaded()
{
    static const bool loaded = [] {
        initKawResources();
        return true;
    }();
    Q_UNUSED(loaded)
}

QIcon GuiResources::applicationIcon()
{
    ensureLoaded();
    // The installed theme icon wins (it is the same design); the compiled-in PNGs serve uninstalled builds.
    QIcon fallback;
    for (int size : {16, 32, 48, 64, 128, 256})
        fallback.addFile(QStringLiteral(":/icons/app/hicolor/%1x%1/apps/%2.png").arg(size).arg(applicationId()),
                         QSize(size, size));
    return QIcon::fromTheme(applicationId(), fallback);
}

QString GuiResources::applicationId()
{
    return QStringLiteral("io.github.konnect_audit_webhook.KonnectAuditWebhook");
}
