#include "CurrentConfigPanel.h"

#include "FieldMessage.h"
#include "SecretRedactor.h"
#include "ui_CurrentConfigPanel.h"

#include <QLocale>

namespace {
// Konnect reports Go's zero time (0001-01-01) for a webhook that was never saved.
QString describeTime(const QDateTime& time, const QString& none)
{
    if (!time.isValid() || time.date().year() <= 1)
        return none;
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

CurrentConfigPanel::CurrentConfigPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::CurrentConfigPanel)
{
    m_ui->setupUi(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CurrentConfigPanel::refreshRequested);
    showUnavailable(tr("Not loaded yet."));
}

CurrentConfigPanel::~CurrentConfigPanel() = default;

void CurrentConfigPanel::setRefreshEnabled(bool enabled)
{
    m_ui->refreshButton->setEnabled(enabled);
}

void CurrentConfigPanel::setValues(const QString& endpoint, const QString& authorization, const QString& enabled,
                                   const QString& format, const QString& tls, const QString& updated)
{
    m_ui->currentEndpointValueLabel->setText(endpoint);
    m_ui->currentAuthorizationValueLabel->setText(authorization);
    m_ui->currentEnabledValueLabel->setText(enabled);
    m_ui->currentLogFormatValueLabel->setText(format);
    m_ui->currentTlsValueLabel->setText(tls);
    m_ui->currentUpdatedValueLabel->setText(updated);
}

void CurrentConfigPanel::showLoading()
{
    FieldMessage::show(m_ui->currentStateLabel, tr("Loading from Konnect…"), FieldMessage::Kind::Note);
}

void CurrentConfigPanel::showConfig(const WebhookConfig& config, bool endpointIsSecret)
{
    const QString dash = QStringLiteral("—");
    if (config.endpoint.isEmpty()) {
        setValues(tr("none"), tr("not set"), config.enabled ? tr("yes") : tr("no"),
                  toString(config.logFormat).toUpper(), config.skipSslVerification ? tr("skipped") : tr("on"),
                  describeTime(config.updatedAt, dash));
        FieldMessage::show(m_ui->currentStateLabel,
                           tr("No webhook is configured in this region yet: fill in the form and apply."),
                           FieldMessage::Kind::Note);
        return;
    }
    const QString endpoint = endpointIsSecret ? tr("%1 (hidden: the URL holds a key)").arg(SecretRedactor::mask())
                                              : SecretRedactor::redact(config.endpoint);
    setValues(endpoint, tr("set, hidden by Konnect"),
              config.enabled ? tr("yes: Konnect is sending audit logs") : tr("no: Konnect is not sending"),
              toString(config.logFormat).toUpper(),
              config.skipSslVerification ? tr("skipped (certificates are not checked)") : tr("on"),
              describeTime(config.updatedAt, tr("not reported")));
    FieldMessage::clear(m_ui->currentStateLabel);
}

void CurrentConfigPanel::showUnavailable(const QString& reason)
{
    const QString dash = QStringLiteral("—");
    setValues(dash, dash, dash, dash, dash, dash);
    FieldMessage::show(m_ui->currentStateLabel, reason, FieldMessage::Kind::Note);
}
