#include "ReplayTab.h"

#include "ApiCall.h"
#include "ApiPoller.h"
#include "ChildNames.h"
#include "Clock.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "KonnectClient.h"
#include "MessageBox.h"
#include "ReplayWindow.h"
#include "WebhookStatusExplanation.h"
#include "ui_ReplayTab.h"

#include <QJsonObject>
#include <QLocale>

ReplayTab::ReplayTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ReplayTab)
{
    m_ui->setupUi(this);
    ChildNames::prefix(m_ui->replayProgress, QStringLiteral("replay"));
    m_ui->replayIntroLabel->setText(
        tr("Konnect keeps audit logs for 7 days. A replay sends those of a window again to the webhook, for example "
           "after your SIEM was down. Only one replay runs at a time in a region."));
    for (QRadioButton* radio : {m_ui->replayLastHourRadio, m_ui->replayLast6HoursRadio, m_ui->replayLast24HoursRadio,
                                m_ui->replayCustomRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                onPicked();
        });
    connect(m_ui->replayStartEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { validate(); });
    connect(m_ui->replayEndEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { validate(); });
    connect(m_ui->startReplayButton, &QPushButton::clicked, this, &ReplayTab::startReplay);
    connect(m_ui->checkReplayButton, &QPushButton::clicked, this, &ReplayTab::checkJob);
    for (QLabel* label : {m_ui->replayStartErrorLabel, m_ui->replayEndErrorLabel, m_ui->replayMessageLabel})
        FieldMessage::clear(label);
    m_ui->replayJobStatusValueLabel->setText(tr("not checked yet"));
}

ReplayTab::~ReplayTab() = default;

void ReplayTab::setUp(KonnectClient* client, Clock* clock)
{
    m_client = client;
    m_clock = clock ? clock : Clock::system();
    m_ui->replayProgress->setClock(m_clock);
    m_poller = new ApiPoller(
        m_clock, pollIntervalMs, [this, client] { return client->getReplayJob(m_scope); }, this);
    connect(m_poller, &ApiPoller::callStarted, this, [this](ApiCall* call) {
        m_ui->replayProgress->track(call, tr("Asking Konnect for the replay job"));
        updateActions();
    });
    connect(m_poller, &ApiPoller::answered, this, &ReplayTab::onJobAnswered);
    connect(m_ui->replayProgress, &RequestProgressWidget::cancelRequested, this, [this] {
        if (m_startCall)
            m_startCall->cancel();
        if (m_poller->isRunning() || m_poller->isBusy()) {
            m_poller->abort();
            showMessage(tr("Stopped following the replay job; Check replay job looks again."), false);
        }
        updateActions();
    });
    onPicked();
}

void ReplayTab::setAvailable(bool available, const QString& why)
{
    if (available && m_available)
        return; // keep what is shown
    m_available = available;
    if (!available) {
        if (m_poller)
            m_poller->abort();
        showMessage(why.isEmpty() ? tr("Set a Konnect token to start a replay.") : why, false);
    } else if (!m_startCall) {
        FieldMessage::clear(m_ui->replayMessageLabel);
    }
    updateActions();
    // The token came while the tab was already shown.
    if (available && isVisible() && !m_checkedOnce && m_poller) {
        m_checkedOnce = true;
        checkJob();
    }
}

void ReplayTab::reset()
{
    if (m_poller)
        m_poller->abort();
    if (m_startCall)
        m_startCall->cancel();
    m_checkedOnce = false;
    m_ui->replayJobStatusValueLabel->setText(tr("not checked yet"));
    for (QLabel* label :
         {m_ui->replayJobMeaningValueLabel, m_ui->replayJobRangeValueLabel, m_ui->replayJobUpdatedValueLabel})
        label->clear();
    FieldMessage::clear(m_ui->replayMessageLabel);
    updateActions();
}

void ReplayTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_clock && pick() != Pick::Custom)
        fillEditsFromPick(); // "the last hour" moves on while the tab is away
    // The region's job, once, so that a replay started elsewhere is visible before starting another.
    if (!m_checkedOnce && m_available && m_poller) {
        m_checkedOnce = true;
        checkJob();
    }
}

ReplayTab::Pick ReplayTab::pick() const
{
    if (m_ui->replayLast6HoursRadio->isChecked())
        return Pick::Last6Hours;
    if (m_ui->replayLast24HoursRadio->isChecked())
        return Pick::Last24Hours;
    if (m_ui->replayCustomRadio->isChecked())
        return Pick::Custom;
    return Pick::LastHour;
}

void ReplayTab::onPicked()
{
    const bool custom = pick() == Pick::Custom;
    m_ui->replayStartEdit->setEnabled(custom);
    m_ui->replayEndEdit->setEnabled(custom);
    if (!custom)
        fillEditsFromPick();
    validate();
}

void ReplayTab::fillEditsFromPick()
{
    if (!m_clock)
        return;
    const QDateTime now = m_clock->now();
    qint64 hours = 1;
    if (pick() == Pick::Last6Hours)
        hours = 6;
    else if (pick() == Pick::Last24Hours)
        hours = 24;
    const QSignalBlocker blockStart(m_ui->replayStartEdit);
    const QSignalBlocker blockEnd(m_ui->replayEndEdit);
    m_ui->replayStartEdit->setDateTime(now.addSecs(-hours * 3600).toLocalTime());
    m_ui->replayEndEdit->setDateTime(now.toLocalTime());
}

QDateTime ReplayTab::windowStart() const
{
    if (pick() == Pick::Custom || !m_clock)
        return m_ui->replayStartEdit->dateTime().toUTC();
    const qint64 hours = pick() == Pick::Last6Hours ? 6 : pick() == Pick::Last24Hours ? 24 : 1;
    return m_clock->now().toUTC().addSecs(-hours * 3600);
}

QDateTime ReplayTab::windowEnd() const
{
    if (pick() == Pick::Custom || !m_clock)
        return m_ui->replayEndEdit->dateTime().toUTC();
    return m_clock->now().toUTC();
}

bool ReplayTab::validate()
{
    return validate(windowStart(), windowEnd());
}

bool ReplayTab::validate(const QDateTime& start, const QDateTime& end)
{
    if (!m_clock)
        return false;
    const FieldErrors errors = ReplayWindow::check(start, end, m_clock->now());
    QString startProblem;
    QString endProblem;
    for (const FieldError& error : errors) {
        QString& target = error.field == QLatin1String("end_at") ? endProblem : startProblem;
        target += (target.isEmpty() ? QString() : QStringLiteral(" ")) + error.message;
    }
    FieldMessage::show(m_ui->replayStartErrorLabel, startProblem);
    FieldMessage::show(m_ui->replayEndErrorLabel, endProblem);
    m_ui->replayUtcLabel->setText(
        tr("Sent to Konnect as %1 to %2 (UTC).").arg(ReplayWindow::toRfc3339(start), ReplayWindow::toRfc3339(end)));
    updateActions();
    return errors.isEmpty();
}

void ReplayTab::updateActions()
{
    const bool busy = m_startCall || (m_poller && m_poller->isBusy());
    m_ui->startReplayButton->setEnabled(m_available && !busy && !isFollowingJob());
    m_ui->checkReplayButton->setEnabled(m_available && !busy);
    if (!m_available)
        m_ui->startReplayButton->setToolTip(tr("Set a Konnect token to start a replay."));
    else if (isFollowingJob())
        m_ui->startReplayButton->setToolTip(tr("A replay is running in this region: wait until it is done."));
    else
        m_ui->startReplayButton->setToolTip(
            tr("Ask Konnect to send the audit logs of this window to the webhook again"));
}

bool ReplayTab::isFollowingJob() const
{
    return m_poller && m_poller->isRunning();
}

void ReplayTab::startReplay()
{
    if (!m_available || m_startCall || isFollowingJob() || !m_client)
        return;
    if (pick() != Pick::Custom)
        fillEditsFromPick();
    // One window, read once from the pickers: they, the "sent as" line, the question and the request all show it,
    // even when "the last hour" moves on while the question waits.
    const QDateTime start = m_ui->replayStartEdit->dateTime().toUTC();
    const QDateTime end = m_ui->replayEndEdit->dateTime().toUTC();
    if (!validate(start, end)) {
        showMessage(tr("Nothing was sent: correct the window first."), true);
        return;
    }
    FieldMessage::clear(m_ui->replayMessageLabel);
    // A replay cannot be taken back: Konnect sends every event of the window again, and the SIEM may keep both.
    const QString question
        = tr("Send the audit logs of %1 to %2 (%3 to %4 UTC) to your SIEM again?\n\nKonnect sends every event of "
             "that window to the endpoint configured in this region; events your SIEM already has may then appear "
             "twice. Once Konnect has accepted the replay it cannot be stopped.")
              .arg(QLocale().toString(start.toLocalTime(), QLocale::ShortFormat),
                   QLocale().toString(end.toLocalTime(), QLocale::ShortFormat), ReplayWindow::toRfc3339(start),
                   ReplayWindow::toRfc3339(end));
    MessageBox::ask(this, tr("Replay audit logs"), question, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel,
                    [this, start, end](MessageBox::Button answer) {
                        if (answer == QMessageBox::Ok)
                            sendReplay(start, end);
                        else
                            showMessage(tr("Nothing was sent."), false);
                    },
                    {{QMessageBox::Ok, tr("Start replay")}});
}

void ReplayTab::offerWindow(const QDateTime& start, const QDateTime& end)
{
    m_ui->replayCustomRadio->setChecked(true);
    m_ui->replayStartEdit->setDateTime(start.toLocalTime());
    m_ui->replayEndEdit->setDateTime(end.toLocalTime());
    validate();
    if (!m_available || !m_client)
        return;
    if (m_startCall || isFollowingJob()) {
        // Asked once the region's job is known: a replay already underway must finish first.
        m_offerPending = true;
        showMessage(tr("Checking whether a replay is already running in this region…"), false);
        return;
    }
    startReplay();
}

void ReplayTab::sendReplay(const QDateTime& start, const QDateTime& end)
{
    if (!m_available || m_startCall || isFollowingJob() || !m_client)
        return;
    ApiCall* call = m_client->startReplayJob(start, end, m_scope);
    m_startCall = call;
    m_sentStart = start;
    m_sentEnd = end;
    connect(call, &ApiCall::finished, this, &ReplayTab::onStarted);
    m_ui->replayProgress->track(call, tr("Starting the replay"));
    updateActions();
}

void ReplayTab::onStarted(const ApiResult& result)
{
    m_startCall = nullptr;
    if (result.ok()) {
        showMessage(tr("Konnect accepted the replay of %1 to %2 (UTC). Its progress shows below.")
                        .arg(ReplayWindow::toRfc3339(m_sentStart), ReplayWindow::toRfc3339(m_sentEnd)),
                    false);
        m_ui->replayJobStatusValueLabel->setText(QStringLiteral("accepted"));
        m_ui->replayJobMeaningValueLabel->setText(jobMeaning(QStringLiteral("accepted")));
        m_checkedOnce = true;
        m_startedHere = true;
        m_poller->start();
    } else if (result.httpStatus == 409) {
        // The client's own words say it: a replay is already running in this region.
        showMessage(ErrorText::describe(result), true);
        m_poller->start();
    } else {
        showMessage(ErrorText::describe(result), result.kind != ApiResult::Kind::Cancelled);
    }
    updateActions();
}

void ReplayTab::checkJob()
{
    if (!m_available || !m_poller)
        return;
    // Following a job that is still running; a finished one is only shown.
    m_poller->start();
}

void ReplayTab::onJobAnswered(const ApiResult& result)
{
    if (result.kind == ApiResult::Kind::Cancelled) {
        updateActions();
        return;
    }
    if (!result.ok()) {
        m_poller->stop();
        m_offerPending = false;
        showMessage(ErrorText::describe(result), true);
        updateActions();
        return;
    }
    const QJsonObject job = result.json.object();
    showJob(job);
    const QString status = job.value(QLatin1String("status")).toString();
    const bool underway = status == QLatin1String("accepted") || status == QLatin1String("pending")
        || status == QLatin1String("running");
    if (!underway)
        m_poller->stop();
    const bool startedHere = m_startedHere;
    if (!underway)
        m_startedHere = false;
    if (m_offerPending) {
        m_offerPending = underway;
        if (underway)
            showMessage(tr("A replay is already running in this region: start the window shown once it is done."),
                        true);
        else
            startReplay();
        updateActions();
        return;
    }
    if (status == QLatin1String("completed") && startedHere)
        showMessage(tr("The replay completed: Konnect sent the window's audit logs again."), false);
    else if (status == QLatin1String("failed") && startedHere)
        showMessage(tr("The replay failed. Check the Status tab (is the webhook delivering?), then start it again."),
                    true);
    updateActions();
}

void ReplayTab::showJob(const QJsonObject& job)
{
    const QString status = job.value(QLatin1String("status")).toString(QStringLiteral("unconfigured"));
    m_ui->replayJobStatusValueLabel->setText(status);
    m_ui->replayJobMeaningValueLabel->setText(jobMeaning(status));
    const QDateTime start = ReplayWindow::parseRfc3339(job.value(QLatin1String("start_at")).toString());
    const QDateTime end = ReplayWindow::parseRfc3339(job.value(QLatin1String("end_at")).toString());
    const bool hasRange = start.isValid() && end.isValid() && start.date().year() > 2000;
    m_ui->replayJobRangeValueLabel->setText(
        hasRange
            ? tr("%1 to %2").arg(WebhookStatusExplanation::localTime(start), WebhookStatusExplanation::localTime(end))
            : tr("none"));
    const QDateTime updated = ReplayWindow::parseRfc3339(job.value(QLatin1String("updated_at")).toString());
    m_ui->replayJobUpdatedValueLabel->setText(updated.isValid() && updated.date().year() > 2000 ? tr("%1 (%2)").arg(
                                                  WebhookStatusExplanation::relativeTime(updated, m_clock->now()),
                                                  WebhookStatusExplanation::localTime(updated))
                                                                                                : tr("never"));
}

QString ReplayTab::jobMeaning(const QString& status)
{
    if (status == QLatin1String("unconfigured"))
        return tr("No replay job has run in this region.");
    if (status == QLatin1String("accepted"))
        return tr("Konnect accepted the job; it starts soon.");
    if (status == QLatin1String("pending"))
        return tr("Waiting to run.");
    if (status == QLatin1String("running"))
        return tr("Konnect is sending the window's audit logs to the webhook again.");
    if (status == QLatin1String("completed"))
        return tr("Done: the window's audit logs were sent again.");
    if (status == QLatin1String("failed"))
        return tr("The replay failed.");
    return tr("A status this tool does not know; see Konnect's documentation.");
}

void ReplayTab::showMessage(const QString& text, bool problem)
{
    FieldMessage::show(m_ui->replayMessageLabel, text,
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}

void ReplayTab::setScope(const Scope& scope)
{
    m_scope = scope;
    reset();
    if (isVisible() && m_available && m_poller) {
        m_checkedOnce = true;
        checkJob();
    }
}
