#include "FailingWebhookBanner.h"

#include "DeliveryVerdict.h"
#include "FieldMessage.h"
#include "WebhookStatusExplanation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

FailingWebhookBanner::FailingWebhookBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("failingBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Delivery problem"));
    m_icon->setObjectName(QStringLiteral("failingBannerIconLabel"));
    m_icon->setAccessibleName(tr("Warning"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setObjectName(QStringLiteral("failingBannerLabel"));
    m_text->setAccessibleName(tr("Delivery problem"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    clear();
}

bool FailingWebhookBanner::isFailing(const WebhookStatus& status)
{
    if (!status.enabled)
        return false; // turned off on purpose: nothing is expected to arrive
    const bool refused = status.hasAttempt() && (status.lastResponseCode < 200 || status.lastResponseCode >= 300);
    return status.status == QLatin1String("inactive") || refused;
}

void FailingWebhookBanner::showStatus(const WebhookStatus& status)
{
    if (!isFailing(status)) {
        clear();
        return;
    }
    const int code = status.lastResponseCode;
    const QString answer = code > 0 ? DeliveryVerdict::statusText(code) : tr("no HTTP answer");
    QString text = tr("Audit logs are not reaching your SIEM: Konnect's last delivery got %1.").arg(answer);
    if (const QString fix = WebhookStatusExplanation::fixFor(code); !fix.isEmpty())
        text += QLatin1Char(' ') + fix;
    text += QLatin1Char(' ') + tr("See the Status tab.");
    FieldMessage::show(m_text, text, FieldMessage::Kind::Problem);
    setVisible(true);
}

void FailingWebhookBanner::clear()
{
    m_text->clear();
    setVisible(false);
}

QString FailingWebhookBanner::text() const
{
    return m_text->text();
}
