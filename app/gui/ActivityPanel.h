#pragma once

#include "RequestLogEntry.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class ActivityPanel;
}

// Every request of this session: time, method, path, status, attempts, duration. Entries come redacted from the
// client and pass the SecretRedactor once more before they are shown or copied.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(QWidget* parent = nullptr);
    ~ActivityPanel() override;

    void addEntry(const RequestLogEntry& entry);
    int entryCount() const { return int(m_entries.size()); }
    // The selected request (or the latest when none is selected) as a curl command, secrets masked.
    QString curlCommandForSelection() const;
    void copyCurlCommand();

private:
    const std::unique_ptr<Ui::ActivityPanel> m_ui;
    QList<RequestLogEntry> m_entries;
};
