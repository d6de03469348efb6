#include "ReceivedEventsPanel.h"

#include "ui_ReceivedEventsPanel.h"

#include <QHeaderView>

ReceivedEventsPanel::ReceivedEventsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ReceivedEventsPanel)
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->receivedEventsTable;
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Received"), tr("Delivery"), tr("Format"), tr("Event"), tr("Signature")});
    // The event text takes what is left; the signature verdict is always readable in full.
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    // At least five rows show without scrolling.
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + 5 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    connect(m_ui->clearReceivedButton, &QPushButton::clicked, this, [this] {
        m_ui->receivedEventsTable->setRowCount(0);
        m_events = 0;
        m_deliveries = 0;
        updateSummary();
    });
    updateSummary();
}

ReceivedEventsPanel::~ReceivedEventsPanel() = default;

void ReceivedEventsPanel::setReceiver(SiemReceiver* receiver)
{
    m_receiver = receiver;
    connect(receiver, &SiemReceiver::eventReceived, this, &ReceivedEventsPanel::addEvent);
    connect(receiver, &SiemReceiver::deliveryReceived, this, &ReceivedEventsPanel::addDelivery);
    updateSummary();
}

int ReceivedEventsPanel::eventCount() const
{
    return m_events;
}

QString ReceivedEventsPanel::signatureText(SiemReceiver::Signature signature)
{
    switch (signature) {
    case SiemReceiver::Signature::Valid:
        return tr("valid");
    case SiemReceiver::Signature::Invalid:
        return tr("invalid");
    case SiemReceiver::Signature::Missing:
        return tr("unsigned");
    case SiemReceiver::Signature::NoKey:
        return tr("no key to check");
    }
    return {};
}

void ReceivedEventsPanel::addEvent(const SiemReceiver::Event& event)
{
    ++m_events;
    const QString format = event.format ? toString(*event.format).toUpper() : tr("unknown");
    addRow(event.receivedAt, event.delivery, format, event.name.isEmpty() ? tr("(unreadable)") : event.name,
           signatureText(event.signature));
}

void ReceivedEventsPanel::addDelivery(const SiemReceiver::Delivery& delivery)
{
    ++m_deliveries;
    if (!delivery.problem.isEmpty())
        addRow(delivery.receivedAt, delivery.number, QString(),
               tr("refused with %1: %2").arg(delivery.status).arg(delivery.problem), QString());
    updateSummary();
}

void ReceivedEventsPanel::addRow(const QDateTime& time, int delivery, const QString& format, const QString& name,
                                 const QString& signature)
{
    QTableWidget* table = m_ui->receivedEventsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(time.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    table->setItem(row, 1, new QTableWidgetItem(QString::number(delivery)));
    table->setItem(row, 2, new QTableWidgetItem(format));
    table->setItem(row, 3, new QTableWidgetItem(name));
    table->setItem(row, 4, new QTableWidgetItem(signature));
    table->scrollToBottom();
    updateSummary();
}

void ReceivedEventsPanel::updateSummary()
{
    const QString where = m_receiver ? m_receiver->url(QStringLiteral("/audit-logs")).toString() : tr("not running");
    m_ui->receivedSummaryLabel->setText(
        tr("A SIEM stand-in on this computer (%1) receives what Test connection sends to it, checks each event's "
           "signature against the emulator's keys and lists it here. %n event(s) so far.",
           nullptr, m_events)
            .arg(where));
}
