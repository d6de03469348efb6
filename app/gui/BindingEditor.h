#pragma once

#include "ApiResult.h"
#include "DestinationMove.h"
#include "ScopeWebhook.h"

#include <QWidget>
#include <memory>
#include <optional>

class BindingController;
class Clock;
class DestinationsController;
class KonnectClient;

namespace Ui {
class BindingEditor;
}

// The Configure tab's view of Konnect's model for the chosen scope: which model it uses, in words; for a v3 webhook
// the destination it is bound to and whether it is enabled, applied with a diff; for a region's inline v2 webhook
// "Move to a destination…". Owns its BindingController; destinations come from the DestinationsController.
class BindingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BindingEditor(QWidget* parent = nullptr);
    ~BindingEditor() override;

    void setUp(KonnectClient* client, Clock* clock, DestinationsController* destinations);
    // What the scope's webhook is now. A refresh of the same scope keeps unapplied choices.
    void showWebhook(const ScopeWebhook& webhook);
    // Another scope or profile, or not loaded (yet).
    void clear(const QString& text);
    void setKnownAuthorization(const QString& authorization) { m_knownAuthorization = authorization; }
    // The options (" --profile P --region R") that make a command in a report act on the scope shown.
    void setCommandOptions(const QString& options) { m_commandOptions = options; }

    // The binding the editor would apply, and whether it differs from Konnect's.
    WebhookBinding desired() const;
    bool hasChanges() const;
    bool isBusy() const;
    // The combo's data of "New destination…" (no destination id has a colon).
    static QString newDestinationData() { return QStringLiteral(":new"); }
    // Picks a destination as a person would; "New destination…" asks for one.
    void chooseDestination(const QString& id);
    void requestApply();
    void requestUnbind();
    void requestMove();

signals:
    // Konnect changed (a binding applied, or a move finished or half-finished): read the scope again.
    void changed();
    void busyChanged(bool busy);
    void newDestinationRequested();
    void message(const QString& text, bool problem);

private:
    void fillDestinations();
    void onComboActivated(int index);
    void onApplied(const WebhookBinding& stored);
    void onApplyFailed(const ApiResult& result);
    void startMove(const QString& name, const QString& authorization);
    void onMoved(DestinationMove::Stage stage, const AuditLogDestination& destination, const ApiResult& result,
                 const QString& report);
    void updateActions();
    QString destinationName(const QString& id) const;

    const std::unique_ptr<Ui::BindingEditor> m_ui;
    BindingController* m_controller = nullptr;
    DestinationsController* m_destinations = nullptr;
    std::optional<ScopeWebhook> m_webhook;
    QString m_knownAuthorization;
    QString m_commandOptions;
    QString m_chosenId; // the destination the combo shows as chosen
    bool m_touched = false;
    bool m_waitingForNew = false; // "New destination…" is open: select what it creates
};
