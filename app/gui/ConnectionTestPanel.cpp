#include "ConnectionTestPanel.h"

#include "ApiCall.h"
#include "ChildNames.h"
#include "Clock.h"
#include "DeliveryWatch.h"
#include "Ed25519Key.h"
#include "FieldMessage.h"
#include "KonnectClient.h"
#include "SecretRedactor.h"
#include "SiemDeliveryTest.h"
#include "WebhookStatusExplanation.h"
#include "ui_ConnectionTestPanel.h"

#include <QHeaderView>
#include <QLocale>

namespace {
QString formatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Cef:
        return ConnectionTestPanel::tr("CEF");
    case LogFormat::Json:
        return ConnectionTestPanel::tr("JSON");
    case LogFormat::Cps:
        return ConnectionTestPanel::tr("CPS");
    }
    return {};
}

QString seconds(qint64 ms)
{
    return ConnectionTestPanel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
}
} // namespace

ConnectionTestPanel::ConnectionTestPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::ConnectionTestPanel)
{
    m_ui->setupUi(this);
    ChildNames::prefix(m_ui->connectionTestProgress, QStringLiteral("connectionTest"));
    m_ui->connectionTestIntroLabel->setText(
        tr("Test connection sends your SIEM what Konnect sends (signed events, gzip, the form's authorization) "
           "under Konnect's retry rule. The Konnect token never goes to the SIEM."));
    QTableWidget* table = m_ui->siemAttemptsTable;
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Attempt"), tr("Content-Encoding"), tr("Answer"), tr("Took"), tr("Wait before next")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setVisible(false);
    for (QLabel* label :
         {m_ui->konnectLinesLabel, m_ui->siemSettingsLabel, m_ui->verdictNoteLabel, m_ui->testStaleLabel})
        FieldMessage::clear(label);
    m_ui->verdictLabel->setText(tr("Not tested yet."));
    m_ui->konnectWordTitleLabel->setVisible(false);
    m_ui->konnectWordLabel->setVisible(false);
    connect(m_ui->watchDeliveryButton, &QPushButton::clicked, this, &ConnectionTestPanel::watchDelivery);
    connect(m_ui->connectionTestProgress, &RequestProgressWidget::cancelRequested, this, &ConnectionTestPanel::cancel);
    updateWatchButtons();
}

ConnectionTestPanel::~ConnectionTestPanel() = default;

void ConnectionTestPanel::setUp(KonnectClient* client, Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_ui->connectionTestProgress->setClock(m_clock);
    m_test = new ConnectionTest(client, m_clock, this);
    connect(m_test, &ConnectionTest::konnectLineReady, this, &ConnectionTestPanel::onKonnectLine);
    connect(m_test, &ConnectionTest::siemDeliveryStarted, this, &ConnectionTestPanel::onSiemStarted);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionTestPanel::onFinished);
    SiemDeliveryTest* siem = m_test->siemDelivery();
    connect(siem, &SiemDeliveryTest::attemptStarted, this, &ConnectionTestPanel::onAttemptStarted);
    connect(siem, &SiemDeliveryTest::attemptFinished, this, &ConnectionTestPanel::onAttemptFinished);
    connect(siem, &SiemDeliveryTest::retryScheduled, this, &ConnectionTestPanel::onRetryScheduled);

    m_watch = new DeliveryWatch(client, m_clock, this);
    connect(m_watch, &DeliveryWatch::checked, this, [this](int checks, const QString& problem) {
        QString text = tr("Waiting for Konnect's next delivery attempt after %1: checked %n time(s), every 30 s.",
                          nullptr, checks)
                           .arg(WebhookStatusExplanation::localTime(m_watchSince));
        if (!problem.isEmpty())
            text += QLatin1Char(' ') + tr("The last check failed: %1").arg(problem);
        showKonnectWord(text, false);
    });
    connect(m_watch, &DeliveryWatch::attemptSeen, this, &ConnectionTestPanel::onAttemptSeen);
    connect(m_watch, &DeliveryWatch::ended, this, [this](const QString& why) {
        showKonnectWord(why, false);
        updateWatchButtons();
    });
    connect(m_ui->stopWatchButton, &QPushButton::clicked, m_watch, &DeliveryWatch::cancel);
}

void ConnectionTestPanel::setSigningKey(const Ed25519Key& key)
{
    if (m_test)
        m_test->siemDelivery()->setSigningKey(key);
}

bool ConnectionTestPanel::isRunning() const
{
    return m_test && m_test->isRunning();
}

void ConnectionTestPanel::run(const ConnectionTest::Settings& settings, const QString& regionLabel,
                              const QString& konnectUnavailableReason)
{
    if (!m_test || m_test->isRunning())
        return;
    m_konnectLines.clear();
    FieldMessage::show(m_ui->konnectLinesLabel, tr("Konnect: checking…"), FieldMessage::Kind::Note);
    FieldMessage::clear(m_ui->siemSettingsLabel);
    FieldMessage::clear(m_ui->verdictNoteLabel);
    m_ui->siemAttemptsTable->setRowCount(0);
    m_ui->siemAttemptsTable->setVisible(false);
    m_ui->verdictLabel->setStyleSheet(QString());
    m_ui->verdictLabel->setText(tr("Testing…"));
    m_test->setRegionLabel(regionLabel);
    m_test->setKonnectUnavailableReason(konnectUnavailableReason);
    m_testedWith = settings;
    m_lastResult.reset();
    m_stale = false;
    FieldMessage::clear(m_ui->testStaleLabel);

    // The window's progress widget follows ApiCalls; this one stands for the test and relays the SIEM half's
    // attempts and waits, so the test gets the same countdown and Cancel as every request to Konnect.
    auto* call = new ApiCall(this);
    m_progressCall = call;
    m_ui->connectionTestProgress->track(call, tr("Testing the connection"));
    m_test->start(settings);
    emit runningChanged(true);
}

void ConnectionTestPanel::cancel()
{
    if (m_test && m_test->isRunning())
        m_test->cancel();
}

void ConnectionTestPanel::onKonnectLine(const ConnectionTestLine& line)
{
    QString mark;
    switch (line.outcome) {
    case ConnectionTestLine::Outcome::Passed:
        mark = QStringLiteral("✓");
        break;
    case ConnectionTestLine::Outcome::Failed:
        mark = QStringLiteral("✗");
        break;
    case ConnectionTestLine::Outcome::NotChecked:
        mark = QStringLiteral("–");
        break;
    }
    m_konnectLines << QStringLiteral("%1 %2").arg(mark, SecretRedactor::redact(line.text));
    const bool failed = line.outcome == ConnectionTestLine::Outcome::Failed;
    FieldMessage::show(m_ui->konnectLinesLabel,
                       tr("Konnect:") + QLatin1Char('\n') + m_konnectLines.join(QLatin1Char('\n')),
                       failed ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}

void ConnectionTestPanel::onSiemStarted(const QString& endpoint, LogFormat format, bool skipSsl,
                                        ConnectionTestResult::Source authorizationSource)
{
    QString authorization;
    switch (authorizationSource) {
    case ConnectionTestResult::Source::Given:
        authorization = tr("the authorization from the form");
        break;
    case ConnectionTestResult::Source::Preset:
        authorization = tr("the preset's placeholder authorization");
        break;
    default:
        authorization = tr("no authorization (Konnect never shows the stored one: type it in the form to test it)");
        break;
    }
    const int events = int(m_test->siemDelivery()->sentLines().size());
    FieldMessage::show(m_ui->siemSettingsLabel,
                       tr("SIEM: sending %1 signed %2 events to %3 with %4; TLS certificate %5.")
                           .arg(events > 0 ? QString::number(events) : tr("3"), formatName(format), endpoint,
                                authorization, skipSsl ? tr("not verified") : tr("verified")),
                       FieldMessage::Kind::Note);
}

void ConnectionTestPanel::onAttemptStarted(int number, int maxAttempts, const QByteArray& encoding)
{
    Q_UNUSED(encoding)
    if (m_progressCall)
        emit m_progressCall->attemptStarted(number, maxAttempts);
}

void ConnectionTestPanel::onRetryScheduled(int nextNumber, qint64 waitMs)
{
    if (m_progressCall)
        emit m_progressCall->retryScheduled(nextNumber, waitMs);
}

void ConnectionTestPanel::onAttemptFinished(const SiemDeliveryAttempt& delivery)
{
    QTableWidget* table = m_ui->siemAttemptsTable;
    table->setVisible(true);
    const HttpAttempt& attempt = delivery.attempt;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(QString::number(attempt.number)));
    table->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(delivery.contentEncoding)));
    const QString answer = attempt.outcome.httpStatus > 0 ? DeliveryVerdict::statusText(attempt.outcome.httpStatus)
                                                          : SecretRedactor::redact(attempt.errorText);
    table->setItem(row, 2, new QTableWidgetItem(answer));
    table->setItem(row, 3, new QTableWidgetItem(seconds(attempt.elapsedMs)));
    table->setItem(row, 4,
                   new QTableWidgetItem(attempt.waitBeforeNextMs >= 0 ? seconds(attempt.waitBeforeNextMs) : tr("—")));
    table->resizeColumnsToContents();
}

void ConnectionTestPanel::onFinished(const ConnectionTestResult& result)
{
    if (ApiCall* call = m_progressCall) {
        m_progressCall = nullptr;
        call->finishWith(ApiResult());
    }
    const DeliveryVerdict& verdict = result.verdict;
    FieldMessage::show(m_ui->verdictLabel, SecretRedactor::redact(verdict.text()),
                       verdict.willDeliver()                                      ? FieldMessage::Kind::Note
                           : verdict.reason == DeliveryVerdict::Reason::Cancelled ? FieldMessage::Kind::Warning
                                                                                  : FieldMessage::Kind::Problem);
    if (!verdict.note.isEmpty())
        FieldMessage::show(m_ui->verdictNoteLabel, SecretRedactor::redact(verdict.note), FieldMessage::Kind::Note);
    m_lastResult = result;
    emit runningChanged(false);
}

bool ConnectionTestPanel::sameValues(const ConnectionTest::Settings& a, const ConnectionTest::Settings& b)
{
    return a.endpoint.value_or(QString()).trimmed() == b.endpoint.value_or(QString()).trimmed()
        && a.authorization.value_or(QString()) == b.authorization.value_or(QString()) && a.logFormat == b.logFormat
        && a.skipSslVerification.value_or(false) == b.skipSslVerification.value_or(false);
}

void ConnectionTestPanel::noteFormValues(const ConnectionTest::Settings& values)
{
    if (!m_testedWith || !m_lastResult || m_test->isRunning())
        return;
    m_stale = !sameValues(*m_testedWith, values);
    if (!m_stale) {
        FieldMessage::clear(m_ui->testStaleLabel);
        return;
    }
    const QString endpoint = m_lastResult->endpoint.isEmpty() ? tr("Konnect's endpoint") : m_lastResult->endpoint;
    FieldMessage::show(m_ui->testStaleLabel,
                       tr("Tested against %1, changed since: the result below is for the old values. Test "
                          "connection again to test what the form holds now.")
                           .arg(SecretRedactor::redact(endpoint)),
                       FieldMessage::Kind::Warning);
}

QString ConnectionTestPanel::shortVerdict(const DeliveryVerdict& verdict)
{
    using Reason = DeliveryVerdict::Reason;
    switch (verdict.reason) {
    case Reason::Delivered:
        return tr("delivered: %1").arg(verdict.httpStatus);
    case Reason::DnsFailure:
        return tr("unreachable: host not found");
    case Reason::ConnectionFailed:
        return tr("unreachable: connection refused");
    case Reason::TimedOut:
        return tr("unreachable: timed out");
    case Reason::TlsCertificate:
        return tr("refused: the TLS certificate is not trusted");
    case Reason::InvalidInput:
    case Reason::Cancelled:
        return tr("not tested");
    default:
        break;
    }
    if (verdict.httpStatus > 0)
        return tr("refused: %1").arg(DeliveryVerdict::statusText(verdict.httpStatus));
    return tr("failed");
}

QString ConnectionTestPanel::resultFor(const ConnectionTest::Settings& values, bool* delivered) const
{
    const bool tested = m_testedWith && m_lastResult && sameValues(*m_testedWith, values);
    if (delivered)
        *delivered = tested && m_lastResult->verdict.willDeliver();
    return tested ? shortVerdict(m_lastResult->verdict) : tr("not tested");
}

void ConnectionTestPanel::offerDeliveryWatch(const QDateTime& since)
{
    if (m_watch && m_watch->isRunning())
        m_watch->cancel();
    m_watchSince = since;
    m_watchOffered = true;
    showKonnectWord(tr("Applied. Konnect's own next delivery tells what your SIEM answers Konnect's network: "
                       "Watch Konnect's next delivery to see it here."),
                    false);
    updateWatchButtons();
}

void ConnectionTestPanel::watchDelivery()
{
    if (!m_watch || !m_watchOffered || m_watch->isRunning())
        return;
    showKonnectWord(tr("Waiting for Konnect's next delivery attempt after %1…")
                        .arg(WebhookStatusExplanation::localTime(m_watchSince)),
                    false);
    m_watch->start(m_watchSince);
    updateWatchButtons();
}

bool ConnectionTestPanel::isWatching() const
{
    return m_watch && m_watch->isRunning();
}

void ConnectionTestPanel::onAttemptSeen(const WebhookStatus& status)
{
    const int code = status.lastResponseCode;
    QString answer = code > 0 ? DeliveryVerdict::statusText(code) : tr("no HTTP answer");
    if (!status.lastResponseMessage.isEmpty())
        answer += QStringLiteral(" (%1)").arg(status.lastResponseMessage);
    QString text = tr("Konnect's delivery at %1 got %2: %3.")
                       .arg(WebhookStatusExplanation::localTime(status.lastAttemptAt), answer,
                            WebhookStatusExplanation::responseMeaning(code));
    const QString fix = WebhookStatusExplanation::fixFor(code);
    if (!fix.isEmpty())
        text += QLatin1Char(' ') + fix;
    showKonnectWord(text, !fix.isEmpty());
    m_watchOffered = false;
    updateWatchButtons();
}

void ConnectionTestPanel::showKonnectWord(const QString& text, bool problem)
{
    m_ui->konnectWordTitleLabel->setVisible(true);
    FieldMessage::show(m_ui->konnectWordLabel, SecretRedactor::redact(text),
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}

void ConnectionTestPanel::updateWatchButtons()
{
    const bool watching = isWatching();
    m_ui->watchDeliveryButton->setVisible(m_watchOffered && !watching);
    m_ui->stopWatchButton->setVisible(watching);
}

void ConnectionTestPanel::reset()
{
    cancel();
    if (m_watch)
        m_watch->cancel();
    m_watchOffered = false;
    m_konnectLines.clear();
    m_testedWith.reset();
    m_lastResult.reset();
    m_stale = false;
    for (QLabel* label :
         {m_ui->konnectLinesLabel, m_ui->siemSettingsLabel, m_ui->verdictNoteLabel, m_ui->testStaleLabel})
        FieldMessage::clear(label);
    m_ui->verdictLabel->setStyleSheet(QString());
    m_ui->verdictLabel->setText(tr("Not tested yet."));
    m_ui->verdictLabel->setVisible(true);
    m_ui->siemAttemptsTable->setRowCount(0);
    m_ui->siemAttemptsTable->setVisible(false);
    m_ui->konnectWordTitleLabel->setVisible(false);
    m_ui->konnectWordLabel->setVisible(false);
    updateWatchButtons();
}
