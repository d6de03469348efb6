#include "DestinationEditor.h"

#include "ApiCall.h"
#include "ApplyDiffDialog.h"
#include "ChildNames.h"
#include "ConfigDiff.h"
#include "DestinationsController.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "MessageBox.h"
#include "SecretRedactor.h"
#include "ui_DestinationEditor.h"

#include <QPushButton>

DestinationEditor::DestinationEditor(DestinationsController* controller, const VendorPresetCatalog& catalog,
                                     Clock* clock, const std::optional<AuditLogDestination>& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DestinationEditor)
    , m_controller(controller)
    , m_current(current)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("destinationEditor"));
    // The window's own form has the same widget names; these are the editor's.
    ChildNames::prefix(m_ui->destinationForm, QStringLiteral("destination"));
    m_ui->editorProgress->setClock(clock);
    ChildNames::prefix(m_ui->editorProgress, QStringLiteral("editor"));
    FieldMessage::clear(m_ui->nameErrorLabel);
    FieldMessage::clear(m_ui->editorMessageLabel);

    WebhookForm* form = m_ui->destinationForm;
    form->setCatalog(catalog);
    form->setDestinationMode(true);
    if (current) {
        setWindowTitle(tr("Edit the destination \"%1\"").arg(current->name));
        m_ui->nameEdit->setText(current->name);
        WebhookConfig settings = current->settings;
        settings.authorization.reset();
        form->setCurrent(settings);
    } else {
        setWindowTitle(tr("New audit log destination"));
        form->setCurrent(WebhookConfig {});
    }
    form->resetToCurrent();

    QPushButton* save = m_ui->editorButtonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveDestinationButton"));
    save->setText(current ? tr("&Save…") : tr("&Create…"));
    m_ui->editorButtonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelDestinationButton"));
    connect(save, &QPushButton::clicked, this, &DestinationEditor::requestSave);
    connect(m_ui->editorButtonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_saving)
            m_controller->cancel();
        reject();
    });
    connect(m_ui->editorProgress, &RequestProgressWidget::cancelRequested, m_controller,
            &DestinationsController::cancel);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &DestinationEditor::updateState);
    connect(form, &WebhookForm::edited, this, &DestinationEditor::updateState);
    connect(controller, &DestinationsController::callStarted, this, [this](ApiCall* call, const QString& text) {
        if (m_saving)
            m_ui->editorProgress->track(call, text);
    });
    connect(controller, &DestinationsController::saved, this, &DestinationEditor::onSaved);
    connect(controller, &DestinationsController::saveFailed, this, &DestinationEditor::onSaveFailed);
    updateState();
}

DestinationEditor::~DestinationEditor() = default;

AuditLogDestination DestinationEditor::desired() const
{
    AuditLogDestination destination = m_current.value_or(AuditLogDestination {});
    destination.name = m_ui->nameEdit->text().trimmed();
    destination.settings = m_ui->destinationForm->desired();
    // An existing destination's authorization is only sent when a person typed one.
    if (m_current && m_ui->destinationForm->composedAuthorization().isEmpty())
        destination.settings.authorization.reset();
    return destination;
}

FieldErrors DestinationEditor::problems() const
{
    FieldErrors errors = m_ui->destinationForm->problems();
    if (auto error = AuditLogDestination::checkName(m_ui->nameEdit->text().trimmed()))
        errors.prepend(*error);
    return errors;
}

void DestinationEditor::choosePreset(const QString& id)
{
    m_ui->destinationForm->choosePreset(id);
}

void DestinationEditor::updateState()
{
    const auto nameError = AuditLogDestination::checkName(m_ui->nameEdit->text().trimmed());
    if (nameError && (!m_ui->nameEdit->text().isEmpty() || !isCreating()))
        FieldMessage::show(m_ui->nameErrorLabel, nameError->message);
    else
        FieldMessage::clear(m_ui->nameErrorLabel);
    const bool changed = isCreating() || desired().name != m_current->name || m_ui->destinationForm->hasChanges();
    QPushButton* save = m_ui->editorButtonBox->button(QDialogButtonBox::Save);
    save->setEnabled(!m_saving && problems().isEmpty() && changed);
    m_ui->destinationForm->setEnabled(!m_saving);
    m_ui->nameEdit->setEnabled(!m_saving);
}

void DestinationEditor::requestSave()
{
    if (m_saving || !problems().isEmpty() || m_controller->isBusy())
        return;
    const AuditLogDestination wanted = desired();
    const bool secretEndpoint = m_ui->destinationForm->endpointIsSecret();
    if (wanted.settings.authorization)
        SecretRedactor::registerSecret(*wanted.settings.authorization);
    if (secretEndpoint)
        SecretRedactor::registerSecret(wanted.settings.endpoint);
    const AuditLogDestination before = m_current.value_or(AuditLogDestination {});
    const QList<ConfigChange> changes = ConfigDiff::betweenDestinations(before, wanted, secretEndpoint);
    auto* dialog = new ApplyDiffDialog(changes, QString(), wanted.settings.authorization.has_value(), this);
    const QString intro = isCreating() ? tr("Konnect will create the audit log destination \"%1\":").arg(wanted.name)
                                       : tr("Konnect will change the audit log destination \"%1\":").arg(before.name);
    dialog->setIntro(intro);
    MessageBox::askWith(dialog, intro + QLatin1Char('\n') + ConfigDiff::asText(changes),
                        [this, wanted, before](MessageBox::Button answer) {
                            if (answer != QMessageBox::Ok || m_controller->isBusy())
                                return;
                            FieldMessage::clear(m_ui->editorMessageLabel);
                            m_ui->destinationForm->clearServerErrors();
                            m_saving = true;
                            updateState();
                            if (isCreating())
                                m_controller->create(wanted);
                            else
                                m_controller->update(before, wanted);
                        });
}

void DestinationEditor::onSaved(const AuditLogDestination& destination, bool created)
{
    if (!m_saving)
        return;
    m_saving = false;
    emit saved(destination, created);
    accept();
}

void DestinationEditor::onSaveFailed(const ApiResult& result)
{
    if (!m_saving)
        return;
    m_saving = false;
    // Every edit stays; the messages say what Konnect refused.
    const FieldErrors unplaced = m_ui->destinationForm->showServerErrors(result.fieldErrors);
    QString text = ErrorText::describe(result);
    for (const FieldError& error : unplaced) {
        if (error.field == QLatin1String("name"))
            FieldMessage::show(m_ui->nameErrorLabel, ErrorText::describeField(error));
        else
            text += QLatin1Char(' ') + tr("%1: %2").arg(ErrorText::fieldLabel(error.field), error.message);
    }
    FieldMessage::show(m_ui->editorMessageLabel, SecretRedactor::redact(text),
                       result.kind == ApiResult::Kind::Cancelled ? FieldMessage::Kind::Note
                                                                 : FieldMessage::Kind::Problem);
    updateState();
}
