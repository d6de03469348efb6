#include "AuditLogCompareDialog.h"

#include "AuditLogPuller.h"
#include "AuditLogQuery.h"
#include "Clock.h"
#include "FieldMessage.h"
#include "KonnectClient.h"
#include "ReplayWindow.h"
#include "RequestProgressWidget.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace {
QTableWidget* listTable(const QString& name, const QString& accessibleName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

AuditLogCompareDialog::AuditLogCompareDialog(KonnectClient* client, Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("auditLogCompareDialog"));
    setWindowTitle(tr("Compare with a SIEM export"));
    auto* layout = new QVBoxLayout(this);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("compareStatusLabel"));
    m_statusLabel->setAccessibleName(tr("State of the comparison"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);
    m_progress = new RequestProgressWidget;
    m_progress->setObjectName(QStringLiteral("comparePullProgress"));
    m_progress->setClock(clock);
    layout->addWidget(m_progress);

    auto* splitter = new QSplitter(Qt::Vertical);
    auto* missingBox = new QWidget;
    auto* missingLayout = new QVBoxLayout(missingBox);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    m_missingLabel = new QLabel;
    m_missingLabel->setObjectName(QStringLiteral("compareMissingLabel"));
    m_missingTable = listTable(QStringLiteral("compareMissingTable"), tr("Events missing from the export"),
                               {tr("Time"), tr("Type"), tr("Event"), tr("Principal"), tr("Trace id")});
    m_missingLabel->setBuddy(m_missingTable);
    missingLayout->addWidget(m_missingLabel);
    missingLayout->addWidget(m_missingTable);
    auto* extraBox = new QWidget;
    auto* extraLayout = new QVBoxLayout(extraBox);
    extraLayout->setContentsMargins(0, 0, 0, 0);
    m_extraLabel = new QLabel;
    m_extraLabel->setObjectName(QStringLiteral("compareExtraLabel"));
    m_extraTable = listTable(QStringLiteral("compareExtraTable"), tr("Lines of the export Konnect does not know"),
                             {tr("Line"), tr("Time"), tr("Event"), tr("Trace id")});
    m_extraLabel->setBuddy(m_extraTable);
    extraLayout->addWidget(m_extraLabel);
    extraLayout->addWidget(m_extraTable);
    splitter->addWidget(missingBox);
    splitter->addWidget(extraBox);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_replayButton = buttons->addButton(tr("&Replay the missing window…"), QDialogButtonBox::ActionRole);
    m_replayButton->setObjectName(QStringLiteral("replayMissingButton"));
    m_replayButton->setAccessibleName(tr("Replay the window of the missing events"));
    m_replayButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_progress, &RequestProgressWidget::cancelRequested, this, [this] {
        if (m_puller)
            m_puller->cancel();
    });
    connect(m_replayButton, &QPushButton::clicked, this, [this] {
        if (const auto window = m_comparison.missingWindow(m_clock->now().toUTC()))
            emit replayRequested(window->first, window->second);
    });
    for (QLabel* label : {m_missingLabel, m_extraLabel})
        label->hide();
    for (QTableWidget* table : {m_missingTable, m_extraTable})
        table->hide();
    resize(820, 520);
}

AuditLogCompareDialog::~AuditLogCompareDialog()
{
    m_cancelRead = true; // the pool, destroyed last, then waits for one megabyte at most
    if (m_puller) {
        // Cancelling reports back; this dialog is already going and must not hear it.
        m_puller->disconnect(this);
        m_puller->cancel();
    }
}

bool AuditLogCompareDialog::isRunning() const
{
    return m_reading || (m_puller && m_puller->isRunning());
}

QString AuditLogCompareDialog::statusText() const
{
    return m_statusLabel->text();
}

void AuditLogCompareDialog::start(const QString& path, const Scope& regionScope)
{
    m_fileName = QFileInfo(path).fileName();
    m_reading = true;
    showStatus(tr("Reading %1…").arg(m_fileName), false);
    m_readPool.start([this, path, regionScope]() {
        auto read = std::make_shared<AuditLogComparison>();
        QString error;
        if (!read->readExport(path, &error, &m_cancelRead) && error.isEmpty())
            error = tr("unknown error");
        QMetaObject::invokeMethod(
            this,
            [this, read, error, regionScope]() {
                m_comparison = std::move(*read);
                onExportRead(error, regionScope);
            },
            Qt::QueuedConnection);
    });
}

void AuditLogCompareDialog::onExportRead(const QString& error, const Scope& regionScope)
{
    m_reading = false;
    if (!error.isEmpty()) {
        showStatus(tr("%1 could not be read: %2").arg(m_fileName, error), true);
        emit finished(false);
        return;
    }
    if (!startPull(regionScope))
        emit finished(false);
}

bool AuditLogCompareDialog::startPull(const Scope& regionScope)
{
    AuditLogQuery query;
    query.pageSize = AuditLogQuery::maxPageSize;
    switch (m_comparison.exportWindow(m_clock->now(), &query.start, &query.end)) {
    case AuditLogComparison::ExportSpan::Ok:
        break;
    case AuditLogComparison::ExportSpan::NoEvent:
        showStatus(tr("%1 has no audit event (CEF, JSON or CPS lines with a name and a time), so there is nothing to "
                      "compare.")
                       .arg(m_fileName),
                   true);
        return false;
    case AuditLogComparison::ExportSpan::OlderThanRetention:
        showStatus(tr("Every event of %1 (%2 to %3) is older than the 7 days Konnect keeps: there is nothing to "
                      "compare it with.")
                       .arg(m_fileName, localTime(m_comparison.exportFirst()), localTime(m_comparison.exportLast())),
                   true);
        return false;
    }
    m_comparison.setWindow(query.start, query.end);
    showStatus(tr("%1: %2 events. Reading Konnect's records of %3 to %4…")
                   .arg(m_fileName)
                   .arg(m_comparison.exportEvents())
                   .arg(localTime(query.start), localTime(query.end)),
               false);
    m_puller = new AuditLogPuller(*m_client, this);
    connect(m_puller, &AuditLogPuller::recordsArrived, this,
            [this](const AuditLogRecords& records) { m_comparison.addKonnectRecords(records); });
    connect(m_puller, &AuditLogPuller::finished, this, &AuditLogCompareDialog::onPulled);
    m_progress->trackAttempts(m_client, QStringLiteral("/audit-logs"), tr("Reading Konnect's audit logs"));
    m_puller->start(query, regionScope);
    return true;
}

void AuditLogCompareDialog::onPulled(const ApiResult& result)
{
    m_progress->stopTracking();
    m_puller->deleteLater();
    m_puller = nullptr;
    if (!result.ok()) {
        showStatus(result.kind == ApiResult::Kind::Cancelled
                       ? tr("Stopped: the comparison needs every record of the window, so it was not made.")
                       : tr("Konnect's records could not all be read: %1 The comparison needs every record of the "
                            "window, so it was not made.")
                             .arg(result.message),
                   true);
        emit finished(false);
        return;
    }
    m_comparison.finish();
    m_done = true;
    showResult();
    emit finished(true);
}

void AuditLogCompareDialog::showResult()
{
    QString text = tr("%1, %2 to %3: %4")
                       .arg(m_fileName, localTime(m_comparison.windowStart()), localTime(m_comparison.windowEnd()),
                            m_comparison.summary());
    if (m_comparison.unreadableLines() > 0)
        text += QLatin1Char(' ')
            + tr("%n line(s) of the export are no audit event.", "", int(m_comparison.unreadableLines()));
    if (m_comparison.exportOutsideWindow() > 0)
        text += QLatin1Char(' ')
            + tr("%n event(s) of the export lie outside the window and were not compared.", "",
                 int(m_comparison.exportOutsideWindow()));
    const auto window = m_comparison.missingWindow(m_clock->now().toUTC());
    if (window)
        text += QLatin1Char(' ')
            + tr("A replay of %1 to %2 re-sends them.").arg(localTime(window->first), localTime(window->second));
    else
        text += QLatin1Char(' ') + tr("Nothing is missing.");
    showStatus(text, window.has_value());

    const AuditLogRecords& missing = m_comparison.missing();
    m_missingLabel->setText(missing.size() > maxRowsShown
                                ? tr("&Missing from the export (Konnect has them): %1, the first %2 listed")
                                      .arg(missing.size())
                                      .arg(maxRowsShown)
                                : tr("&Missing from the export (Konnect has them): %1").arg(missing.size()));
    m_missingTable->setRowCount(0);
    for (qsizetype i = 0; i < missing.size() && i < maxRowsShown; ++i) {
        const AuditLogRecord& record = missing.at(i);
        addRow(m_missingTable,
               {localTime(record.timestamp), record.type, record.eventName(), record.principalId, record.traceId});
    }
    const QList<ExportedAuditEvent>& extra = m_comparison.extra();
    m_extraLabel->setText(extra.size() > maxRowsShown
                              ? tr("&Extra in the export (Konnect does not know them): %1, the first %2 listed")
                                    .arg(extra.size())
                                    .arg(maxRowsShown)
                              : tr("&Extra in the export (Konnect does not know them): %1").arg(extra.size()));
    m_extraTable->setRowCount(0);
    for (qsizetype i = 0; i < extra.size() && i < maxRowsShown; ++i) {
        const ExportedAuditEvent& event = extra.at(i);
        addRow(m_extraTable,
               {QString::number(event.lineNumber), localTime(event.time), QString::fromUtf8(event.name),
                QString::fromUtf8(event.traceId)});
    }
    for (QLabel* label : {m_missingLabel, m_extraLabel})
        label->show();
    for (QTableWidget* table : {m_missingTable, m_extraTable})
        table->show();
    m_replayButton->setEnabled(window.has_value());
}

void AuditLogCompareDialog::showStatus(const QString& text, bool problem)
{
    FieldMessage::show(m_statusLabel, text, problem ? FieldMessage::Kind::Warning : FieldMessage::Kind::Note);
}
