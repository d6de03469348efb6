#pragma once

#include <QIcon>
#include <QString>

// The resources compiled into kaw_gui (resources/kaw.qrc): vendor presets and icons. A static library's resources
// are only linked in when something refers to them; this is that reference.
class GuiResources
{
public:
    static void ensureLoaded();
    // The application icon: the installed theme icon, else the PNGs rendered from resources/icons/app/.
    static QIcon applicationIcon();
    // The reverse-DNS id of the desktop file, the AppStream metainfo and the icon.
    static QString applicationId();
};
