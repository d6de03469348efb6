#pragma once

#include "AuditLogDestination.h"
#include "VendorPresetCatalog.h"

#include <QWidget>
#include <memory>

class ApiResult;
class Clock;
class DestinationEditor;
class DestinationsController;
class KonnectClient;
class ScopeController;

namespace Ui {
class DestinationsPage;
}

// The organization's audit log destinations: name, endpoint, format, TLS and which webhooks use each (the region's
// organization webhook and its Dev Portals'), with create, edit and delete. Owns its DestinationsController.
class DestinationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DestinationsPage(QWidget* parent = nullptr);
    ~DestinationsPage() override;

    void setUp(KonnectClient* client, Clock* clock, const VendorPresetCatalog& catalog, ScopeController* scopes);
    DestinationsController* controller() const { return m_controller; }
    void setAvailable(bool available, const QString& why = {});
    void reset();
    void refresh();

    // Opens the editor for a new destination (or for the selected one); it stays open until saved or cancelled.
    DestinationEditor* showCreate();
    DestinationEditor* showEdit();
    void confirmDelete();
    void selectDestination(const QString& id);
    QString selectedId() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillTable();
    void updateActions();
    void showMessage(const QString& text, bool problem);
    void onRemoveFailed(const ApiResult& result);
    QString usedByText(const QString& id) const;

    const std::unique_ptr<Ui::DestinationsPage> m_ui;
    DestinationsController* m_controller = nullptr;
    ScopeController* m_scopes = nullptr;
    Clock* m_clock = nullptr;
    VendorPresetCatalog m_catalog;
    bool m_available = false;
    bool m_loadedOnce = false;
};
