#pragma once

#include "WebhookStatus.h"

#include <QFrame>

class QLabel;

// Above every tab: says, with an icon and words (never colour alone), that Konnect's deliveries are failing: the
// webhook is enabled but its status is inactive, or the SIEM refused the last delivery. Hidden otherwise.
class FailingWebhookBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FailingWebhookBanner(QWidget* parent = nullptr);

    void showStatus(const WebhookStatus& status);
    void clear();
    static bool isFailing(const WebhookStatus& status);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};
