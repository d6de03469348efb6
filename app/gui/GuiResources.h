#pragma once

#include <QIcon>

// The resources compiled into kaw_gui (resources/kaw.qrc): vendor presets and icons. A static library's resources
// are only linked in when something refers to them; this is that reference.
class GuiResources
{
public:
    static void ensureLoaded();
    // The application icon in the sizes shipped (drawn from resources/icons/konnect-audit-webhook.svg).
    static QIcon applicationIcon();
};
