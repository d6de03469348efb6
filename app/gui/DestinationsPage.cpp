#include "DestinationsPage.h"

#include "ApiCall.h"
#include "ChildNames.h"
#include "DestinationEditor.h"
#include "DestinationsController.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "LogFormat.h"
#include "MessageBox.h"
#include "ScopeController.h"
#include "SecretRedactor.h"
#include "WebhookForm.h"
#include "ui_DestinationsPage.h"

#include <QHeaderView>
#include <QPushButton>

namespace {
enum Column { NameColumn, EndpointColumn, FormatColumn, TlsColumn, UsedByColumn, ColumnCount };
}

DestinationsPage::DestinationsPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DestinationsPage)
{
    m_ui->setupUi(this);
    ChildNames::prefix(m_ui->destinationsProgress, QStringLiteral("destinations"));
    m_ui->destinationsTable->setColumnCount(ColumnCount);
    m_ui->destinationsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Endpoint"), tr("Format"), tr("TLS"), tr("Used by")});
    m_ui->destinationsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->destinationsTable->verticalHeader()->hide();
    FieldMessage::clear(m_ui->destinationsMessageLabel);
    connect(m_ui->refreshDestinationsButton, &QPushButton::clicked, this, &DestinationsPage::refresh);
    connect(m_ui->newDestinationButton, &QPushButton::clicked, this, &DestinationsPage::showCreate);
    connect(m_ui->editDestinationButton, &QPushButton::clicked, this, &DestinationsPage::showEdit);
    connect(m_ui->deleteDestinationButton, &QPushButton::clicked, this, &DestinationsPage::confirmDelete);
    connect(m_ui->destinationsTable, &QTableWidget::itemSelectionChanged, this, &DestinationsPage::updateActions);
    connect(m_ui->destinationsTable, &QTableWidget::cellDoubleClicked, this, [this] { showEdit(); });
    updateActions();
}

DestinationsPage::~DestinationsPage() = default;

void DestinationsPage::setUp(KonnectClient* client, Clock* clock, const VendorPresetCatalog& catalog,
                             ScopeController* scopes)
{
    m_clock = clock ? clock : Clock::system();
    m_catalog = catalog;
    m_scopes = scopes;
    m_controller = new DestinationsController(client, this);
    m_ui->destinationsProgress->setClock(clock);
    connect(m_controller, &DestinationsController::callStarted, m_ui->destinationsProgress,
            &RequestProgressWidget::track);
    connect(m_ui->destinationsProgress, &RequestProgressWidget::cancelRequested, m_controller,
            &DestinationsController::cancel);
    connect(m_controller, &DestinationsController::busyChanged, this, &DestinationsPage::updateActions);
    connect(m_controller, &DestinationsController::listed, this, [this] {
        fillTable();
        updateActions();
    });
    connect(m_controller, &DestinationsController::listFailed, this, [this](const ApiResult& result) {
        showMessage(ErrorText::describe(result), result.kind != ApiResult::Kind::Cancelled);
        updateActions();
    });
    connect(m_controller, &DestinationsController::saved, this,
            [this](const AuditLogDestination& destination, bool created) {
                fillTable();
                selectDestination(destination.id);
                showMessage(created ? tr("Created the destination \"%1\".").arg(destination.name)
                                    : tr("Saved the destination \"%1\".").arg(destination.name),
                            false);
            });
    connect(m_controller, &DestinationsController::removed, this, [this] {
        fillTable();
        showMessage(tr("Deleted the destination."), false);
    });
    connect(m_controller, &DestinationsController::removeFailed, this, &DestinationsPage::onRemoveFailed);
    // The "used by" column names the region's portals: follow them.
    connect(scopes, &ScopeController::portalsChanged, this, [this] {
        if (m_loadedOnce && m_available)
            refresh();
    });
}

void DestinationsPage::setAvailable(bool available, const QString& why)
{
    m_available = available;
    if (!available && !why.isEmpty())
        showMessage(why, false);
    updateActions();
}

void DestinationsPage::reset()
{
    if (m_controller)
        m_controller->reset();
    m_loadedOnce = false;
    m_ui->destinationsTable->setRowCount(0);
    FieldMessage::clear(m_ui->destinationsMessageLabel);
    updateActions();
}

void DestinationsPage::refresh()
{
    if (!m_available || !m_controller)
        return;
    m_loadedOnce = true;
    m_controller->load(m_scopes->scopes());
    updateActions();
}

void DestinationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

QString DestinationsPage::usedByText(const QString& id) const
{
    QStringList names;
    const QList<Scope> scopes = m_controller->usedBy(id);
    for (const Scope& scope : scopes)
        names << (scope.isPortal() ? tr("Dev Portal %1").arg(scope.portalName())
                                   : tr("organization (%1)").arg(scope.region()));
    return names.isEmpty() ? tr("nothing") : names.join(QStringLiteral(", "));
}

void DestinationsPage::fillTable()
{
    const QString selected = selectedId();
    QTableWidget* table = m_ui->destinationsTable;
    const AuditLogDestinations& destinations = m_controller->destinations();
    table->setRowCount(int(destinations.size()));
    for (int row = 0; row < destinations.size(); ++row) {
        const AuditLogDestination& destination = destinations.at(row);
        auto* name = new QTableWidgetItem(destination.name);
        name->setData(Qt::UserRole, destination.id);
        name->setToolTip(destination.id);
        table->setItem(row, NameColumn, name);
        table->setItem(row, EndpointColumn,
                       new QTableWidgetItem(WebhookForm::shownEndpoint(destination.settings.endpoint)));
        table->setItem(row, FormatColumn, new QTableWidgetItem(toString(destination.settings.logFormat).toUpper()));
        table->setItem(
            row, TlsColumn,
            new QTableWidgetItem(destination.settings.skipSslVerification ? tr("not verified") : tr("verified")));
        table->setItem(row, UsedByColumn, new QTableWidgetItem(usedByText(destination.id)));
    }
    table->resizeColumnsToContents();
    selectDestination(selected);
    updateActions();
}

QString DestinationsPage::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_ui->destinationsTable->selectedItems();
    for (QTableWidgetItem* item : items) {
        if (QTableWidgetItem* name = m_ui->destinationsTable->item(item->row(), NameColumn))
            return name->data(Qt::UserRole).toString();
    }
    return {};
}

void DestinationsPage::selectDestination(const QString& id)
{
    QTableWidget* table = m_ui->destinationsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, NameColumn)->data(Qt::UserRole).toString() == id) {
            table->selectRow(row);
            return;
        }
    }
}

void DestinationsPage::updateActions()
{
    const bool idle = m_available && m_controller && !m_controller->isBusy();
    const bool selected = !selectedId().isEmpty();
    m_ui->newDestinationButton->setEnabled(idle);
    m_ui->editDestinationButton->setEnabled(idle && selected);
    m_ui->deleteDestinationButton->setEnabled(idle && selected);
    m_ui->refreshDestinationsButton->setEnabled(idle && !m_controller->isLoading());
}

void DestinationsPage::showMessage(const QString& text, bool problem)
{
    FieldMessage::show(m_ui->destinationsMessageLabel, SecretRedactor::redact(text),
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}

DestinationEditor* DestinationsPage::showCreate()
{
    if (!m_controller)
        return nullptr;
    auto* editor = new DestinationEditor(m_controller, m_catalog, m_clock, std::nullopt, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

DestinationEditor* DestinationsPage::showEdit()
{
    if (!m_controller)
        return nullptr;
    const auto current = m_controller->find(selectedId());
    if (!current)
        return nullptr;
    auto* editor = new DestinationEditor(m_controller, m_catalog, m_clock, current, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

void DestinationsPage::confirmDelete()
{
    const auto destination = m_controller ? m_controller->find(selectedId()) : std::nullopt;
    if (!destination || m_controller->isBusy())
        return;
    const QList<Scope> users = m_controller->usedBy(destination->id);
    QString text = tr("Delete the audit log destination \"%1\"? This cannot be undone.").arg(destination->name);
    if (!users.isEmpty())
        text += QLatin1Char('\n')
            + tr("It is still used by: %1. Konnect refuses to delete it until they point elsewhere.")
                  .arg(usedByText(destination->id));
    const QString id = destination->id;
    MessageBox::ask(this, tr("Delete the destination?"), text, QMessageBox::Yes | QMessageBox::Cancel,
                    QMessageBox::Cancel,
                    [this, id](MessageBox::Button answer) {
                        if (answer == QMessageBox::Yes)
                            m_controller->remove(id);
                    },
                    {{QMessageBox::Yes, tr("Delete")}});
}

void DestinationsPage::onRemoveFailed(const ApiResult& result)
{
    QString text = ErrorText::describe(result);
    if (result.httpStatus == 409) {
        if (!result.problem.detail.isEmpty() && !text.contains(result.problem.detail))
            text += QLatin1Char(' ') + result.problem.detail;
        const QString id = selectedId();
        text += QLatin1Char(' ')
            + tr("Used by: %1. Bind those webhooks to another destination first.").arg(usedByText(id));
    }
    showMessage(text, result.kind != ApiResult::Kind::Cancelled);
}
