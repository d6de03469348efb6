#pragma once

#include "SiemReceiver.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ReceivedEventsPanel;
}

// Demo mode: what the local SIEM receiver got, one row an event (time, format, name, whether its signature verified
// against the emulator's keys), so a demo user watches a test delivery arrive. Refused deliveries get a row too.
class ReceivedEventsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReceivedEventsPanel(QWidget* parent = nullptr);
    ~ReceivedEventsPanel() override;

    void setReceiver(SiemReceiver* receiver);
    int eventCount() const;

    static QString signatureText(SiemReceiver::Signature signature);

private:
    void addEvent(const SiemReceiver::Event& event);
    void addDelivery(const SiemReceiver::Delivery& delivery);
    void addRow(const QDateTime& time, int delivery, const QString& format, const QString& name,
                const QString& signature);
    void updateSummary();

    const std::unique_ptr<Ui::ReceivedEventsPanel> m_ui;
    SiemReceiver* m_receiver = nullptr;
    int m_events = 0;
    int m_deliveries = 0;
};
