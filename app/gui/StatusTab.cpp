#include "StatusTab.h"

#include "ApiCall.h"
#include "ApiPoller.h"
#include "ChildNames.h"
#include "Clock.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "KonnectClient.h"
#include "WebhookStatusExplanation.h"

#include "ui_StatusTab.h"
#include <QDateTime>

StatusTab::StatusTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::StatusTab)
{
    m_ui->setupUi(this);
    ChildNames::prefix(m_ui->statusProgress, QStringLiteral("status"));
    m_ui->statusIntroLabel->setText(
        tr("Whether Konnect is delivering audit logs to your SIEM right now, and what its last delivery attempt got "
           "back. It refreshes every 30 seconds while this tab is shown."));
    connect(m_ui->refreshStatusButton, &QPushButton::clicked, this, &StatusTab::refreshNow);
    clearValues(tr("not loaded yet"));
    FieldMessage::clear(m_ui->statusNoteLabel);
}

StatusTab::~StatusTab() = default;

void StatusTab::setUp(KonnectClient* client, Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_ui->statusProgress->setClock(m_clock);
    m_poller = new ApiPoller(
        m_clock, refreshIntervalMs, [this, client] { return client->getStatus(m_scope); }, this);
    connect(m_poller, &ApiPoller::callStarted, this, [this](ApiCall* call) {
        m_ui->statusProgress->track(call, tr("Asking Konnect for the webhook status"));
        m_ui->refreshStatusButton->setEnabled(false);
    });
    connect(m_poller, &ApiPoller::answered, this, &StatusTab::onAnswered);
    connect(m_ui->statusProgress, &RequestProgressWidget::cancelRequested, this, [this] {
        // Cancelling stops the automatic refresh too, until the tab is shown again or Refresh is pressed.
        m_poller->abort();
        m_ui->refreshStatusButton->setEnabled(m_available);
        FieldMessage::show(m_ui->statusNoteLabel,
                           tr("Cancelled. Automatic refresh is paused until you press Refresh status."),
                           FieldMessage::Kind::Note);
    });
}

void StatusTab::setAvailable(bool available, const QString& why)
{
    if (available && m_available) {
        updatePolling();
        askOnceSoon();
        return; // keep what is shown
    }
    m_available = available;
    m_ui->refreshStatusButton->setEnabled(available && !(m_poller && m_poller->isBusy()));
    if (!available) {
        if (m_poller)
            m_poller->abort();
        clearValues(tr("unknown"));
        FieldMessage::show(m_ui->statusNoteLabel, why.isEmpty() ? tr("Set a Konnect token to see the status.") : why,
                           FieldMessage::Kind::Note);
        return;
    }
    FieldMessage::clear(m_ui->statusNoteLabel);
    updatePolling();
    askOnceSoon();
}

void StatusTab::reset()
{
    if (m_poller)
        m_poller->abort();
    m_status.reset();
    m_askedForScope = false;
    clearValues(tr("not loaded yet"));
    FieldMessage::clear(m_ui->statusNoteLabel);
    m_ui->refreshStatusButton->setEnabled(m_available);
    emit statusChanged(m_status);
}

bool StatusTab::isPolling() const
{
    return m_poller && m_poller->isRunning();
}

void StatusTab::refreshAfterChange()
{
    // Hidden, it asks anyway when it is shown next.
    if (isPolling())
        m_poller->pollNow();
}

void StatusTab::refreshNow()
{
    if (!m_poller || !m_available)
        return;
    if (isVisible())
        m_poller->start();
    else
        m_poller->pollNow();
}

void StatusTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updatePolling();
}

void StatusTab::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

void StatusTab::updatePolling()
{
    if (!m_poller)
        return;
    const bool wanted = m_available && isVisible();
    if (wanted && !m_poller->isRunning()) {
        m_askedForScope = true;
        m_poller->start();
    } else if (!wanted && m_poller->isRunning()) {
        m_poller->stop();
    }
}

void StatusTab::askOnceSoon()
{
    if (m_askPending)
        return;
    m_askPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_askPending = false;
            if (!m_poller || !m_available || m_askedForScope || m_poller->isBusy())
                return;
            m_askedForScope = true;
            m_poller->pollNow();
        },
        Qt::QueuedConnection);
}

void StatusTab::onAnswered(const ApiResult& result)
{
    m_ui->refreshStatusButton->setEnabled(m_available);
    if (result.kind == ApiResult::Kind::Cancelled)
        return;
    if (!result.ok()) {
        FieldMessage::show(m_ui->statusNoteLabel, ErrorText::describe(result));
        return;
    }
    QString error;
    const auto status = WebhookStatus::fromJson(result.json.object(), &error);
    if (!status) {
        FieldMessage::show(m_ui->statusNoteLabel, tr("Konnect's answer could not be read: %1").arg(error));
        return;
    }
    m_status = status;
    showStatus(*status);
    emit statusChanged(m_status);
    FieldMessage::show(m_ui->statusNoteLabel,
                       tr("Updated %1.").arg(WebhookStatusExplanation::localTime(m_clock->now())),
                       FieldMessage::Kind::Note);
}

void StatusTab::showStatus(const WebhookStatus& status)
{
    const WebhookStatusExplanation explained = WebhookStatusExplanation::explain(status, m_clock->now(), m_scope);
    m_ui->statusEnabledValueLabel->setText(status.enabled ? tr("yes") : tr("no"));
    m_ui->statusStateValueLabel->setText(statusWords(status));
    m_ui->statusStateValueLabel->setToolTip(tr("Konnect reports \"%1\".").arg(status.status));
    m_ui->statusMeaningValueLabel->setText(explained.meaning);
    m_ui->statusLastAttemptValueLabel->setText(explained.lastAttempt);
    m_ui->statusLastResponseValueLabel->setText(explained.lastResponse);
    FieldMessage::show(m_ui->statusAdviceValueLabel, explained.advice,
                       explained.needsAttention ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}

QString StatusTab::statusWords(const WebhookStatus& status)
{
    using Situation = WebhookStatusExplanation::Situation;
    switch (WebhookStatusExplanation::explain(status, QDateTime::currentDateTimeUtc()).situation) {
    case Situation::Delivering:
        return tr("delivering");
    case Situation::Failing:
        return tr("failing: the last delivery did not get through");
    case Situation::SavedNotSending:
        return tr("saved, not sending");
    case Situation::TurnedOffAfterFailure:
        return tr("turned off after a failed delivery");
    case Situation::Unconfigured:
        return tr("not set up");
    case Situation::Unknown:
        break;
    }
    return tr("unknown (Konnect says \"%1\")").arg(status.status);
}

void StatusTab::clearValues(const QString& placeholder)
{
    for (QLabel* label : {m_ui->statusEnabledValueLabel, m_ui->statusStateValueLabel, m_ui->statusMeaningValueLabel,
                          m_ui->statusLastAttemptValueLabel, m_ui->statusLastResponseValueLabel})
        label->setText(placeholder);
    FieldMessage::clear(m_ui->statusAdviceValueLabel);
}

void StatusTab::setScope(const Scope& scope)
{
    m_scope = scope;
    reset();
    updatePolling();
    askOnceSoon();
}
