#pragma once

#include "ApiResult.h"
#include "AuditLogDestination.h"
#include "VendorPresetCatalog.h"

#include <QDialog>
#include <memory>
#include <optional>

class Clock;
class DestinationsController;

namespace Ui {
class DestinationEditor;
}

// Creates or edits one audit log destination: a name and the inline form's delivery settings (vendor presets, live
// checks of endpoint and authorization). Save shows the diff first (secrets masked), then sends it through the
// DestinationsController with the retry countdown; a failure keeps the dialog open with every edit. Editing without
// a new authorization keeps the stored one.
class DestinationEditor : public QDialog
{
    Q_OBJECT
public:
    // `current` empty: a new destination.
    DestinationEditor(DestinationsController* controller, const VendorPresetCatalog& catalog, Clock* clock,
                      const std::optional<AuditLogDestination>& current, QWidget* parent = nullptr);
    ~DestinationEditor() override;

    bool isCreating() const { return !m_current.has_value(); }
    // What Save would send (the authorization only when typed).
    AuditLogDestination desired() const;
    FieldErrors problems() const;
    void choosePreset(const QString& id);
    void requestSave();

signals:
    void saved(const AuditLogDestination& destination, bool created);

private:
    void updateState();
    void onSaved(const AuditLogDestination& destination, bool created);
    void onSaveFailed(const ApiResult& result);

    const std::unique_ptr<Ui::DestinationEditor> m_ui;
    DestinationsController* m_controller;
    std::optional<AuditLogDestination> m_current;
    bool m_saving = false;
};
