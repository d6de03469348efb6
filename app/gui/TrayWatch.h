#pragma once

#include "FleetNotifier.h"

#include <QObject>
#include <QPointer>

class FleetWatch;
class QAction;
class QMenu;
class QSystemTrayIcon;

// The background watch's face: a system-tray icon showing the worst verdict (its tooltip the summary), the watch's
// notices as the tray's messages (the freedesktop notification service where the desktop has one), and a menu:
// Open, Refresh now, Quiet, Start at login, Quit. Where the platform has no tray, isTrayAvailable() is false, no
// icon is made, and the window keeps a status line instead (statusText()).
class TrayWatch : public QObject, public FleetNotifier
{
    Q_OBJECT
public:
    explicit TrayWatch(FleetWatch* watch, QObject* parent = nullptr);
    ~TrayWatch() override;

    static bool isTrayAvailable();
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }
    QAction* quietAction() const { return m_quiet; }
    QAction* startAtLoginAction() const { return m_startAtLogin; }

    // The tray icon shows while the watch is on.
    void setShown(bool shown);
    // "Audit-log watch: CRITICAL. 5 scope(s): 1 CRITICAL, 4 OK": the tooltip, and the window's status line where no
    // tray exists.
    QString statusText() const;

    void notify(const FleetNotice& notice) override;

signals:
    void openRequested();
    void quitRequested();
    void quietChanged(bool quiet);
    void statusChanged(const QString& text);
    // Start at login could not be switched; a sentence for the window.
    void problem(const QString& text);

private:
    void update();
    void setStartAtLogin(bool on);

    QPointer<FleetWatch> m_watch; // the window may delete the watch (with its page) before this
    QMenu* m_menu;
    QAction* m_quiet;
    QAction* m_startAtLogin;
    QSystemTrayIcon* m_tray = nullptr;
};
