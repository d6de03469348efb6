#include "RequestProgressWidget.h"

#include "ApiCall.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"
#include "ui_RequestProgressWidget.h"

#include <QShortcut>
#include <cmath>

RequestProgressWidget::RequestProgressWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::RequestProgressWidget)
    , m_clock(Clock::system())
{
    m_ui->setupUi(this);
    m_ui->progressLayout->setStretchFactor(m_ui->progressLabel, 1);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestProgressWidget::cancelRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    const auto cancelOnEscape = [this] {
        if (m_call || !m_attemptConnections.isEmpty())
            emit cancelRequested();
    };
    connect(escape, &QShortcut::activated, this, cancelOnEscape);
    // With two requests shown (an Apply and the Status tab's refresh), Esc is ambiguous: Qt then hands each press to
    // the next of them, so every press cancels one request.
    connect(escape, &QShortcut::activatedAmbiguously, this, cancelOnEscape);
    setVisible(false);
}

RequestProgressWidget::~RequestProgressWidget()
{
    stopTicking();
}

void RequestProgressWidget::setClock(Clock* clock)
{
    stopTicking();
    m_clock = clock ? clock : Clock::system();
}

QString RequestProgressWidget::statusText() const
{
    return m_ui->progressLabel->text();
}

void RequestProgressWidget::begin(ApiCall* call, const QString& description)
{
    stopTicking();
    m_call = call;
    m_description = description;
    m_failedAttempt = 0;
    // The first attempt starts before anyone can connect to the call, so its announcement is missed.
    m_maxAttempts = RetryPolicy::maxAttempts;
    m_nextAttemptAt = {};
    m_ui->cancelButton->setEnabled(true);
    showStatus({});
    setVisible(true);
}

void RequestProgressWidget::track(ApiCall* call, const QString& description)
{
    begin(call, description);
    connect(call, &ApiCall::attemptStarted, this, &RequestProgressWidget::onAttemptStarted);
    connect(call, &ApiCall::retryScheduled, this, &RequestProgressWidget::onRetryScheduled);
    connect(call, &ApiCall::finished, this, &RequestProgressWidget::onFinished);
}

void RequestProgressWidget::trackAttempts(KonnectClient* client, const QString& pathPart, const QString& description)
{
    stopTracking();
    begin(nullptr, description);
    m_attemptConnections.append(connect(client, &KonnectClient::attemptStarted, this,
                                        [this, pathPart](const QString&, const QString& path, int number, int max) {
                                            if (path.contains(pathPart))
                                                onAttemptStarted(number, max);
                                        }));
    m_attemptConnections.append(
        connect(client, &KonnectClient::attemptFinished, this,
                [this, pathPart](const QString&, const QString& path, const HttpAttempt& attempt) {
                    if (path.contains(pathPart))
                        onAttemptFinished(attempt);
                }));
}

void RequestProgressWidget::stopTracking()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_attemptConnections))
        disconnect(connection);
    if (m_attemptConnections.isEmpty())
        return;
    m_attemptConnections.clear();
    onFinished();
}

void RequestProgressWidget::onAttemptFinished(const HttpAttempt& attempt)
{
    if (attempt.waitBeforeNextMs < 0)
        return;
    m_failedAttempt = attempt.number;
    m_nextAttemptAt = m_clock->now().addMSecs(attempt.waitBeforeNextMs);
    m_lastFailure
        = attempt.outcome.httpStatus > 0 ? tr("Konnect answered %1").arg(attempt.outcome.httpStatus) : tr("no answer");
    tick();
}

void RequestProgressWidget::showStatus(const QString& detail)
{
    const QString text = detail.isEmpty() ? tr("%1…").arg(m_description) : tr("%1: %2").arg(m_description, detail);
    m_ui->progressLabel->setText(text);
}

void RequestProgressWidget::onAttemptStarted(int number, int maxAttempts)
{
    stopTicking();
    m_maxAttempts = maxAttempts;
    m_nextAttemptAt = {};
    if (number > 1)
        showStatus(tr("attempt %1 of %2…").arg(number).arg(maxAttempts));
    else
        showStatus({});
}

void RequestProgressWidget::onRetryScheduled(int nextNumber, qint64 waitMs)
{
    m_failedAttempt = nextNumber - 1;
    RetryingRequest* request = m_call ? m_call->currentRequest() : nullptr;
    m_nextAttemptAt
        = request && request->nextAttemptAt().isValid() ? request->nextAttemptAt() : m_clock->now().addMSecs(waitMs);
    m_lastFailure.clear();
    if (request && !request->attempts().isEmpty()) {
        const HttpAttempt& last = request->lastAttempt();
        m_lastFailure
            = last.outcome.httpStatus > 0 ? tr("Konnect answered %1").arg(last.outcome.httpStatus) : tr("no answer");
    }
    tick();
}

void RequestProgressWidget::tick()
{
    m_tick = 0;
    if ((!m_call && m_attemptConnections.isEmpty()) || !m_nextAttemptAt.isValid())
        return;
    const qint64 remainingMs = std::max<qint64>(0, m_clock->now().msecsTo(m_nextAttemptAt));
    const qint64 seconds = (remainingMs + 999) / 1000;
    const QString countdown
        = tr("attempt %1 of %2, retrying in %3 s").arg(m_failedAttempt).arg(m_maxAttempts).arg(seconds);
    showStatus(m_lastFailure.isEmpty() ? countdown : tr("%1 — %2").arg(m_lastFailure, countdown));
    if (remainingMs <= 0)
        return;
    // Wake at the next whole second of the countdown.
    const qint64 untilNextSecond = remainingMs % 1000 == 0 ? 1000 : remainingMs % 1000;
    m_tick = m_clock->callAfter(untilNextSecond, this, [this] { tick(); });
}

void RequestProgressWidget::stopTicking()
{
    if (m_tick) {
        m_clock->cancel(m_tick);
        m_tick = 0;
    }
}

void RequestProgressWidget::onFinished()
{
    stopTicking();
    m_call = nullptr;
    m_nextAttemptAt = {};
    setVisible(false);
}
