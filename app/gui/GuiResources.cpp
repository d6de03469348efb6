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
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/konnect-audit-webhook-%1.png").arg(size), QSize(size, size));
    return icon;
}
