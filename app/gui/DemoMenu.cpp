#include "DemoMenu.h"

#include "AuthorizationHeader.h"
#include "ConnectionTestPanel.h"
#include "DemoSession.h"
#include "KonnectEmulator.h"
#include "ReceivedEventsPanel.h"
#include "SiemReceiver.h"
#include "WebhookForm.h"

#include <QDockWidget>
#include <QFile>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

Q_LOGGING_CATEGORY(lcDemo, "kaw.gui.demo")

DemoMenu::DemoMenu(const GuiContext& context, const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_parts(parts)
{
    addFaultActions();
    if (context.demoReceiver)
        addReceiver();
}

VendorPresetCatalog DemoMenu::catalog(const GuiContext& context)
{
    QString catalogError;
    VendorPresetCatalog catalog = VendorPresetCatalog::fromFile(VendorPresetCatalog::resourcePath(), &catalogError);
    if (!catalogError.isEmpty())
        qCWarning(lcDemo) << "vendor presets unavailable:" << catalogError;
    if (context.demoEmulator && context.demoReceiver) {
        QFile file(VendorPresetCatalog::resourcePath());
        if (file.open(QIODevice::ReadOnly)) {
            const QUrl receiver = context.demoReceiver->url(DemoSession::receiverPath());
            const VendorPresetCatalog withReceiver = VendorPresetCatalog::fromJson(
                DemoSession::catalogWithReceiver(file.readAll(), receiver), &catalogError);
            if (withReceiver.isEmpty())
                qCWarning(lcDemo) << "demo receiver preset unavailable:" << catalogError;
            else
                catalog = withReceiver;
        }
    }
    return catalog;
}

void DemoMenu::addFaultActions()
{
    KonnectEmulator* emulator = m_context.demoEmulator;
    QMenu* demo = m_parts.window->menuBar()->addMenu(tr("&Demo"));
    m_menu = demo;
    demo->setObjectName(QStringLiteral("demoMenu"));
    auto addFaultAction = [this, demo, emulator](const QString& text, const QString& name,
                                                 const QList<EmulatorFault>& faults, const QString& told) {
        QAction* action = demo->addAction(text, this, [this, emulator, faults, told] {
            emulator->addFaults(faults);
            emit message(told, false);
        });
        action->setObjectName(name);
    };
    EmulatorFault busy;
    busy.status = 503;
    busy.retryAfter = QByteArray("3");
    addFaultAction(tr("Konnect is &busy for the next two attempts (watch the retries)"),
                   QStringLiteral("demoBusyAction"), {busy, busy},
                   tr("Demo: the next two attempts get 503 Service Unavailable with Retry-After: 3. Refresh or "
                      "apply to watch the countdown."));
    EmulatorFault down;
    down.status = 503;
    addFaultAction(tr("Konnect is &down for the next request (gives up after 5 attempts)"),
                   QStringLiteral("demoDownAction"), {down, down, down, down, down},
                   tr("Demo: the next five attempts get 503. Refresh or apply to see the window give up."));
    EmulatorFault unauthorized;
    unauthorized.status = 401;
    addFaultAction(tr("The next request's token is &expired (401)"), QStringLiteral("demoUnauthorizedAction"),
                   {unauthorized}, tr("Demo: the next request gets 401 Unauthorized."));
    EmulatorFault forbidden;
    forbidden.status = 403;
    addFaultAction(tr("The next request is &not from an Organization Admin (403)"),
                   QStringLiteral("demoForbiddenAction"), {forbidden},
                   tr("Demo: the next request gets 403 Forbidden."));
}

void DemoMenu::addReceiver()
{
    SiemReceiver* receiver = m_context.demoReceiver;
    auto* panel = new ReceivedEventsPanel;
    panel->setObjectName(QStringLiteral("receivedEventsPanel"));
    panel->setReceiver(receiver);
    auto* dock = new QDockWidget(tr("Demo SIEM receiver"), m_parts.window);
    dock->setObjectName(QStringLiteral("receivedEventsDock"));
    dock->setFeatures(m_parts.activityDock->features());
    dock->setWidget(panel);
    m_parts.window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_parts.window->splitDockWidget(m_parts.activityDock, dock, Qt::Horizontal);
    // The test's events are signed with the emulator's key, so the receiver verifies them against its JWKS.
    m_parts.connectionTest->setSigningKey(m_context.demoEmulator->signingKey());

    if (QMenu* demo = m_menu) {
        demo->addSeparator();
        QAction* use
            = demo->addAction(tr("Use the demo SIEM &receiver (fills the form)"), this, &DemoMenu::useReceiver);
        use->setObjectName(QStringLiteral("useDemoReceiverAction"));
        QAction* show = dock->toggleViewAction();
        show->setText(tr("Show the demo SIEM receiver's &events"));
        show->setObjectName(QStringLiteral("showReceivedEventsAction"));
        demo->addAction(show);
    }
}

void DemoMenu::useReceiver()
{
    if (!m_context.demoReceiver)
        return;
    // A draft is the form's own way to take values it did not load from Konnect; with the receiver's preset
    // selected it brings the preset's placeholder authorization too.
    WebhookDraft draft = m_parts.form->draft();
    draft.endpoint = m_context.demoReceiver->url(DemoSession::receiverPath()).toString();
    draft.presetId = DemoSession::receiverPresetId();
    draft.authorizationScheme = AuthorizationHeader::schemeName(AuthorizationHeader::Scheme::Custom);
    draft.skipSslVerification = true; // its certificate is self-signed
    m_parts.form->restoreDraft(draft);
    emit receiverUsed();
    emit message(tr("Demo: the form points at the demo SIEM receiver. Press Test connection and watch the events "
                    "arrive in the Demo SIEM receiver panel; Apply to make the emulated Konnect use it."),
                 false);
}
