#pragma once

#include "GuiContext.h"
#include "VendorPresetCatalog.h"

#include <QObject>

class ConnectionTestPanel;
class QDockWidget;
class QMainWindow;
class QMenu;
class WebhookForm;

// `--demo`'s own controls in the window: the Demo menu that scripts the emulator's faults (retries, outages, 401,
// 403), and with the demo SIEM receiver a dock listing what it received, its vendor preset, and an action that points
// the inline form at it.
class DemoMenu : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow* window;
        QDockWidget* activityDock; // the receiver's dock goes beside it
        ConnectionTestPanel* connectionTest;
        WebhookForm* form;
    };

    DemoMenu(const GuiContext& context, const Parts& parts, QObject* parent = nullptr);

    // The vendor presets; in demo mode with the receiver's preset first.
    static VendorPresetCatalog catalog(const GuiContext& context);

signals:
    void message(const QString& text, bool problem);
    // The form now points at the demo receiver: show it.
    void receiverUsed();

private:
    void addFaultActions();
    void addReceiver();
    void useReceiver();

    GuiContext m_context;
    Parts m_parts;
    QMenu* m_menu = nullptr;
};
