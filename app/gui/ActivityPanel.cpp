#include "ActivityPanel.h"

#include "SecretRedactor.h"
#include "ui_ActivityPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace {
enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, AttemptsColumn, DurationColumn, ColumnCount };
}

ActivityPanel::ActivityPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ActivityPanel)
{
    m_ui->setupUi(this);
    m_ui->activityButtonsLayout->setStretchFactor(m_ui->activityHintLabel, 1);
    m_ui->activityTable->setColumnCount(ColumnCount);
    m_ui->activityTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Method"), tr("Path"), tr("Status"), tr("Attempts"), tr("Duration")});
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->copyCurlButton->setEnabled(false);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &ActivityPanel::copyCurlCommand);
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::addEntry(const RequestLogEntry& entry)
{
    m_entries.append(entry);
    const int row = m_ui->activityTable->rowCount();
    m_ui->activityTable->insertRow(row);
    const QString status
        = entry.httpStatus > 0 ? QString::number(entry.httpStatus) : SecretRedactor::redact(entry.outcome.left(80));
    const QString path = SecretRedactor::redact(QUrl(entry.url).path());
    const QStringList cells {
        QLocale().toString(entry.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
        entry.method,
        path,
        status.isEmpty() ? tr("no answer") : status,
        QString::number(entry.attempts),
        tr("%1 ms").arg(entry.durationMs),
    };
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column == StatusColumn && !entry.outcome.isEmpty())
            item->setToolTip(SecretRedactor::redact(entry.outcome));
        m_ui->activityTable->setItem(row, column, item);
    }
    m_ui->activityTable->scrollToBottom();
    m_ui->copyCurlButton->setEnabled(true);
}

QString ActivityPanel::curlCommandForSelection() const
{
    if (m_entries.isEmpty())
        return {};
    const int selected = m_ui->activityTable->currentRow();
    const RequestLogEntry& entry
        = selected >= 0 && selected < m_entries.size() ? m_entries.at(selected) : m_entries.constLast();
    return SecretRedactor::redact(entry.curlCommand());
}

void ActivityPanel::copyCurlCommand()
{
    const QString command = curlCommandForSelection();
    if (command.isEmpty())
        return;
    auto* mime = new QMimeData;
    mime->setText(command);
    QGuiApplication::clipboard()->setMimeData(mime);
}
