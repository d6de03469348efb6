#pragma once

#include "WebhookConfig.h"

#include <QGroupBox>
#include <memory>
#include <optional>

namespace Ui {
class CurrentConfigPanel;
}

// What Konnect reports for the open profile's region, read-only. The authorization is never returned by Konnect, so
// it shows as "set, hidden by Konnect" once a webhook is configured.
class CurrentConfigPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CurrentConfigPanel(QWidget* parent = nullptr);
    ~CurrentConfigPanel() override;

    void showLoading();
    void showConfig(const WebhookConfig& config, bool endpointIsSecret);
    void showUnavailable(const QString& reason);
    void setRefreshEnabled(bool enabled);

signals:
    void refreshRequested();

private:
    void setValues(const QString& endpoint, const QString& authorization, const QString& enabled, const QString& format,
                   const QString& tls, const QString& updated);

    const std::unique_ptr<Ui::CurrentConfigPanel> m_ui;
};
