#include "TrayWatch.h"

#include "AutostartEntry.h"
#include "FleetWatch.h"
#include "VerdictLook.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSystemTrayIcon>

TrayWatch::TrayWatch(FleetWatch* watch, QObject* parent)
    : QObject(parent)
    , m_watch(watch)
    , m_menu(new QMenu)
    , m_quiet(new QAction(tr("&Quiet (no notifications)"), this))
    , m_startAtLogin(new QAction(tr("&Start at login"), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* open = m_menu->addAction(tr("&Open"), this, &TrayWatch::openRequested);
    open->setObjectName(QStringLiteral("trayOpenAction"));
    QAction* refresh = m_menu->addAction(tr("&Refresh now"), watch, &FleetWatch::scanNow);
    refresh->setObjectName(QStringLiteral("trayRefreshAction"));
    m_menu->addSeparator();
    m_quiet->setObjectName(QStringLiteral("trayQuietAction"));
    m_quiet->setCheckable(true);
    m_quiet->setChecked(watch->isQuiet());
    connect(m_quiet, &QAction::toggled, this, [this](bool quiet) {
        m_watch->setQuiet(quiet);
        emit quietChanged(quiet);
        update();
    });
    m_menu->addAction(m_quiet);
    m_startAtLogin->setObjectName(QStringLiteral("trayStartAtLoginAction"));
    m_startAtLogin->setCheckable(true);
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
    m_startAtLogin->setToolTip(
        tr("Starts the watch minimised to the tray when you log in (%1).").arg(AutostartEntry::path()));
    connect(m_startAtLogin, &QAction::toggled, this, &TrayWatch::setStartAtLogin);
    m_menu->addAction(m_startAtLogin);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Q&uit"), this, &TrayWatch::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuitAction"));

    if (isTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayWatch::openRequested);
    }
    m_watch->setNotifier(this);
    connect(watch, &FleetWatch::scanFinished, this, &TrayWatch::update);
    update();
}

TrayWatch::~TrayWatch()
{
    if (m_watch)
        m_watch->setNotifier(nullptr);
    delete m_menu;
}

bool TrayWatch::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayWatch::setShown(bool shown)
{
    if (m_tray)
        m_tray->setVisible(shown);
}

QString TrayWatch::statusText() const
{
    QString text = m_watch->hasScanned()
        ? tr("Audit-log watch: %1. %2").arg(VerdictLook::text(m_watch->worst()), m_watch->summaryText())
        : tr("Audit-log watch: %1").arg(m_watch->summaryText());
    if (m_watch->isQuiet())
        text += QLatin1Char(' ') + tr("(quiet: no notifications)");
    return text;
}

void TrayWatch::update()
{
    const QString text = statusText();
    if (m_tray) {
        m_tray->setIcon(VerdictLook::icon(m_watch->hasScanned() ? m_watch->worst() : FleetVerdict::Level::Unknown));
        m_tray->setToolTip(text);
    }
    emit statusChanged(text);
}

void TrayWatch::notify(const FleetNotice& notice)
{
    if (!m_tray)
        return; // the window's status line tells the worst verdict instead
    const QSystemTrayIcon::MessageIcon icon = notice.kind == FleetNotice::Kind::Recovered ? QSystemTrayIcon::Information
        : notice.level == FleetVerdict::Level::Critical                                   ? QSystemTrayIcon::Critical
                                                                                          : QSystemTrayIcon::Warning;
    m_tray->showMessage(notice.title, notice.message, icon, 15000);
}

void TrayWatch::setStartAtLogin(bool on)
{
    const QString why
        = on ? AutostartEntry::enable(QCoreApplication::applicationFilePath()) : AutostartEntry::disable();
    if (why.isEmpty())
        return;
    const QSignalBlocker block(m_startAtLogin);
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
    emit problem(why);
}
