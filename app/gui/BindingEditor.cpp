#include "BindingEditor.h"

#include "ApiCall.h"
#include "ApplyDiffDialog.h"
#include "BindingController.h"
#include "ChildNames.h"
#include "ConfigDiff.h"
#include "DestinationsController.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "MessageBox.h"
#include "MoveToDestinationDialog.h"
#include "SecretRedactor.h"
#include "WebhookForm.h"
#include "ui_BindingEditor.h"

#include <QPushButton>

BindingEditor::BindingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::BindingEditor)
{
    m_ui->setupUi(this);
    ChildNames::prefix(m_ui->bindingProgress, QStringLiteral("binding"));
    FieldMessage::clear(m_ui->bindingMessageLabel);
    connect(m_ui->destinationCombo, qOverload<int>(&QComboBox::activated), this, &BindingEditor::onComboActivated);
    connect(m_ui->bindingEnabledCheckBox, &QCheckBox::clicked, this, [this] {
        m_touched = true;
        updateActions();
    });
    connect(m_ui->applyBindingButton, &QPushButton::clicked, this, &BindingEditor::requestApply);
    connect(m_ui->unbindButton, &QPushButton::clicked, this, &BindingEditor::requestUnbind);
    connect(m_ui->moveToDestinationButton, &QPushButton::clicked, this, &BindingEditor::requestMove);
    clear(QString());
}

BindingEditor::~BindingEditor() = default;

void BindingEditor::setUp(KonnectClient* client, Clock* clock, DestinationsController* destinations)
{
    m_controller = new BindingController(client, this);
    m_destinations = destinations;
    m_ui->bindingProgress->setClock(clock);
    connect(m_controller, &BindingController::callStarted, m_ui->bindingProgress, &RequestProgressWidget::track);
    connect(m_ui->bindingProgress, &RequestProgressWidget::cancelRequested, m_controller, &BindingController::cancel);
    connect(m_controller, &BindingController::busyChanged, this, &BindingEditor::updateActions);
    connect(m_controller, &BindingController::busyChanged, this, &BindingEditor::busyChanged);
    connect(m_controller, &BindingController::applied, this, &BindingEditor::onApplied);
    connect(m_controller, &BindingController::applyFailed, this, &BindingEditor::onApplyFailed);
    connect(m_controller, &BindingController::moved, this, &BindingEditor::onMoved);
    connect(destinations, &DestinationsController::listed, this, &BindingEditor::fillDestinations);
    connect(destinations, &DestinationsController::removed, this, &BindingEditor::fillDestinations);
    connect(destinations, &DestinationsController::saved, this,
            [this](const AuditLogDestination& destination, bool created) {
                if (created && m_waitingForNew) {
                    m_waitingForNew = false;
                    m_chosenId = destination.id;
                    m_touched = true;
                }
                fillDestinations();
            });
}

void BindingEditor::clear(const QString& text)
{
    m_webhook.reset();
    m_touched = false;
    m_chosenId.clear();
    m_waitingForNew = false;
    m_ui->modelLabel->setText(text);
    m_ui->modelLabel->setVisible(!text.isEmpty());
    m_ui->moveToDestinationButton->hide();
    m_ui->bindingGroupBox->hide();
    FieldMessage::clear(m_ui->bindingMessageLabel);
    m_ui->destinationCombo->clear();
}

void BindingEditor::showWebhook(const ScopeWebhook& webhook)
{
    const bool sameScope = m_webhook && m_webhook->scope == webhook.scope;
    if (!sameScope || !m_touched) {
        m_touched = false;
        m_chosenId = webhook.binding.destinationId;
        // A webhook being bound for the first time is meant to deliver.
        m_ui->bindingEnabledCheckBox->setChecked(webhook.binding.isBound() ? webhook.binding.enabled : true);
    }
    if (!sameScope)
        FieldMessage::clear(m_ui->bindingMessageLabel);
    m_webhook = webhook;
    QString text = tr("Model: %1").arg(webhook.modelText());
    if (webhook.destinationMissing)
        text += QLatin1Char(' ')
            + tr("It is bound to a destination that Konnect no longer has (%1): choose another.")
                  .arg(webhook.binding.destinationId);
    m_ui->modelLabel->setText(text);
    m_ui->modelLabel->show();
    m_ui->moveToDestinationButton->setVisible(webhook.canMoveToDestination());
    m_ui->bindingGroupBox->setVisible(webhook.model != ScopeWebhook::Model::Inline);
    fillDestinations();
}

QString BindingEditor::destinationName(const QString& id) const
{
    if (m_destinations) {
        if (const auto destination = m_destinations->find(id))
            return destination->name;
    }
    if (m_webhook && m_webhook->destination && m_webhook->destination->id == id)
        return m_webhook->destination->name;
    return {};
}

void BindingEditor::fillDestinations()
{
    QComboBox* combo = m_ui->destinationCombo;
    combo->clear();
    if (!m_webhook)
        return;
    QStringList ids;
    if (!m_webhook->binding.isBound() || m_chosenId.isEmpty()) {
        combo->addItem(tr("(not bound)"), QString());
        ids << QString();
    }
    if (m_destinations) {
        for (const AuditLogDestination& destination : m_destinations->destinations()) {
            combo->addItem(
                tr("%1 — %2").arg(destination.name, WebhookForm::shownEndpoint(destination.settings.endpoint)),
                destination.id);
            ids << destination.id;
        }
    }
    if (m_webhook->destination && !ids.contains(m_webhook->destination->id)) {
        combo->addItem(m_webhook->destination->name, m_webhook->destination->id);
        ids << m_webhook->destination->id;
    }
    if (m_webhook->destinationMissing && !ids.contains(m_webhook->binding.destinationId)) {
        combo->addItem(tr("%1 (no longer in Konnect)").arg(m_webhook->binding.destinationId),
                       m_webhook->binding.destinationId);
        ids << m_webhook->binding.destinationId;
    }
    combo->addItem(tr("New destination…"), newDestinationData());
    combo->setCurrentIndex(std::max(0, combo->findData(m_chosenId)));
    updateActions();
}

void BindingEditor::onComboActivated(int index)
{
    const QString id = m_ui->destinationCombo->itemData(index).toString();
    if (id == newDestinationData()) {
        m_ui->destinationCombo->setCurrentIndex(std::max(0, m_ui->destinationCombo->findData(m_chosenId)));
        m_waitingForNew = true;
        emit newDestinationRequested();
        return;
    }
    m_chosenId = id;
    m_touched = true;
    updateActions();
}

void BindingEditor::chooseDestination(const QString& id)
{
    const int index = m_ui->destinationCombo->findData(id);
    if (index < 0)
        return;
    m_ui->destinationCombo->setCurrentIndex(index);
    onComboActivated(index);
}

WebhookBinding BindingEditor::desired() const
{
    WebhookBinding binding;
    binding.destinationId = m_chosenId;
    binding.enabled = m_ui->bindingEnabledCheckBox->isChecked();
    return binding;
}

bool BindingEditor::hasChanges() const
{
    if (!m_webhook || m_webhook->model == ScopeWebhook::Model::Inline)
        return false;
    return !(desired() == m_webhook->binding);
}

bool BindingEditor::isBusy() const
{
    return m_controller && m_controller->isBusy();
}

void BindingEditor::updateActions()
{
    const bool busy = isBusy();
    const bool bound = !m_chosenId.isEmpty();
    m_ui->applyBindingButton->setEnabled(!busy && hasChanges() && bound);
    m_ui->applyBindingButton->setToolTip(!bound             ? tr("Choose a destination first.")
                                             : hasChanges() ? tr("Review the change, then send it to Konnect")
                                                            : tr("Nothing to apply: this is what Konnect has."));
    m_ui->destinationCombo->setEnabled(!busy);
    m_ui->bindingEnabledCheckBox->setEnabled(!busy);
    m_ui->moveToDestinationButton->setEnabled(!busy);
    const bool boundAtKonnect = m_webhook && m_webhook->binding.isBound();
    m_ui->unbindButton->setVisible(boundAtKonnect);
    m_ui->unbindButton->setEnabled(!busy && boundAtKonnect);
}

void BindingEditor::requestApply()
{
    if (!m_webhook || isBusy() || !hasChanges() || m_chosenId.isEmpty())
        return;
    const WebhookBinding current = m_webhook->binding;
    const WebhookBinding wanted = desired();
    const Scope scope = m_webhook->scope;
    const QList<ConfigChange> changes = ConfigDiff::betweenBindings(current, destinationName(current.destinationId),
                                                                    wanted, destinationName(wanted.destinationId));
    auto* dialog = new ApplyDiffDialog(changes, scope.describe(), false, this);
    const QString intro = tr("Konnect will change the webhook of %1:").arg(scope.describe());
    dialog->setIntro(intro);
    dialog->setNote(tr("No secret is sent: the destination keeps its authorization."));
    MessageBox::askWith(dialog, intro + QLatin1Char('\n') + ConfigDiff::asText(changes),
                        [this, scope, current, wanted](MessageBox::Button answer) {
                            if (answer != QMessageBox::Ok || isBusy())
                                return;
                            FieldMessage::clear(m_ui->bindingMessageLabel);
                            m_controller->apply(scope, current, wanted);
                        });
}

void BindingEditor::requestUnbind()
{
    if (!m_webhook || isBusy() || !m_webhook->binding.isBound())
        return;
    const WebhookBinding current = m_webhook->binding;
    const Scope scope = m_webhook->scope;
    const QList<ConfigChange> changes
        = ConfigDiff::betweenBindings(current, destinationName(current.destinationId), WebhookBinding {}, QString());
    auto* dialog = new ApplyDiffDialog(changes, scope.describe(), false, this);
    const QString intro
        = tr("Konnect will stop delivering the audit logs of %1 and unbind its webhook:").arg(scope.describe());
    dialog->setIntro(intro);
    dialog->setNote(tr("The destination itself stays, with its authorization, for the other webhooks that use it."));
    MessageBox::askWith(dialog, intro + QLatin1Char('\n') + ConfigDiff::asText(changes),
                        [this, scope](MessageBox::Button answer) {
                            if (answer != QMessageBox::Ok || isBusy())
                                return;
                            FieldMessage::clear(m_ui->bindingMessageLabel);
                            m_controller->unbind(scope);
                        });
}

void BindingEditor::onApplied(const WebhookBinding& stored)
{
    m_touched = false;
    if (m_webhook)
        m_webhook->binding = stored;
    if (!stored.isBound())
        m_chosenId.clear();
    const QString where = m_webhook ? m_webhook->scope.describe() : QString();
    const QString text = !stored.isBound()
        ? tr("Unbound: %1 no longer delivers audit logs.").arg(where)
        : tr("Applied: %1 now delivers to \"%2\"%3.")
              .arg(where, destinationName(stored.destinationId), stored.enabled ? QString() : tr(" (disabled)"));
    FieldMessage::show(m_ui->bindingMessageLabel, text, FieldMessage::Kind::Note);
    emit message(text, false);
    updateActions();
    emit changed();
}

void BindingEditor::onApplyFailed(const ApiResult& result)
{
    // The choices stay as they were, to try again.
    QString text = ErrorText::describe(result);
    for (const FieldError& error : result.fieldErrors)
        text += QLatin1Char(' ') + tr("%1: %2").arg(ErrorText::fieldLabel(error.field), error.message);
    const bool problem = result.kind != ApiResult::Kind::Cancelled;
    FieldMessage::show(m_ui->bindingMessageLabel, SecretRedactor::redact(text),
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
    emit message(text, problem);
    updateActions();
}

void BindingEditor::requestMove()
{
    if (!m_webhook || !m_webhook->canMoveToDestination() || isBusy())
        return;
    const Scope scope = m_webhook->scope;
    auto* dialog
        = new MoveToDestinationDialog(tr("%1 SIEM").arg(scope.region()), m_knownAuthorization, scope.describe(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startMove(dialog->name(), dialog->authorization()); });
    dialog->open();
}

void BindingEditor::startMove(const QString& name, const QString& authorization)
{
    if (!m_webhook || !m_webhook->inlineWebhook || isBusy())
        return;
    SecretRedactor::registerSecret(authorization);
    const Scope scope = m_webhook->scope;
    const WebhookConfig inlineWebhook = *m_webhook->inlineWebhook;
    const bool secretEndpoint = WebhookForm::looksLikeSecretUrl(inlineWebhook.endpoint);
    if (secretEndpoint)
        SecretRedactor::registerSecret(inlineWebhook.endpoint);
    AuditLogDestination planned = DestinationMove::plannedDestination(inlineWebhook, name);
    planned.settings.authorization = authorization;
    QList<ConfigChange> changes = ConfigDiff::betweenDestinations(AuditLogDestination {}, planned, secretEndpoint);
    changes.append({QStringLiteral("audit_log_destination_id"), tr("Webhook delivers through"),
                    tr("its inline settings (v2)"), tr("the new destination \"%1\"").arg(name)});
    changes.append({QStringLiteral("enabled"), ErrorText::fieldLabel(QStringLiteral("enabled")),
                    inlineWebhook.enabled ? tr("yes") : tr("no"), inlineWebhook.enabled ? tr("yes") : tr("no")});
    auto* dialog = new ApplyDiffDialog(changes, scope.describe(), true, this);
    const QString intro
        = tr("Konnect will create the destination \"%1\", then bind %2 to it:").arg(name, scope.describe());
    dialog->setIntro(intro);
    MessageBox::askWith(dialog, intro + QLatin1Char('\n') + ConfigDiff::asText(changes),
                        [this, scope, inlineWebhook, name, authorization](MessageBox::Button answer) {
                            if (answer != QMessageBox::Ok || isBusy())
                                return;
                            FieldMessage::clear(m_ui->bindingMessageLabel);
                            m_controller->move(scope, inlineWebhook, name, authorization, m_commandOptions);
                        });
}

void BindingEditor::onMoved(DestinationMove::Stage stage, const AuditLogDestination& destination,
                            const ApiResult& result, const QString& report)
{
    Q_UNUSED(destination)
    const bool problem = !result.ok() && result.kind != ApiResult::Kind::Cancelled;
    FieldMessage::show(m_ui->bindingMessageLabel, SecretRedactor::redact(report),
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
    emit message(report, problem);
    updateActions();
    if (stage == DestinationMove::Stage::Created) {
        // Half done: something exists in Konnect that the admin must finish or undo; a status line is not enough.
        MessageBox::ask(this, tr("The move is half done"), SecretRedactor::redact(report), QMessageBox::Ok,
                        QMessageBox::Ok, [](MessageBox::Button) {});
    }
    if (stage != DestinationMove::Stage::NotStarted)
        emit changed();
}
