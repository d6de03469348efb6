#include "MoveToDestinationDialog.h"

#include "AuditLogDestination.h"
#include "FieldMessage.h"
#include "WebhookConfig.h"
#include "ui_MoveToDestinationDialog.h"

#include <QPushButton>

MoveToDestinationDialog::MoveToDestinationDialog(const QString& defaultName, const QString& knownAuthorization,
                                                 const QString& target, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::MoveToDestinationDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("moveToDestinationDialog"));
    m_ui->moveIntroLabel->setText(
        tr("A new audit log destination takes the endpoint, log format and TLS setting of %1, which is then bound to "
           "it. Konnect never shows the inline webhook's authorization, so give the SIEM's again.")
            .arg(target));
    m_ui->moveNameEdit->setText(defaultName);
    m_ui->moveAuthorizationEdit->setText(knownAuthorization);
    if (!knownAuthorization.isEmpty())
        m_ui->moveAuthorizationEdit->setToolTip(tr("From the keychain: the authorization last applied here."));
    QPushButton* ok = m_ui->moveButtonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Continue…"));
    ok->setObjectName(QStringLiteral("confirmMoveButton"));
    connect(ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->moveButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->moveNameEdit, &QLineEdit::textChanged, this, &MoveToDestinationDialog::check);
    connect(m_ui->moveAuthorizationEdit, &QLineEdit::textChanged, this, &MoveToDestinationDialog::check);
    check();
}

MoveToDestinationDialog::~MoveToDestinationDialog() = default;

QString MoveToDestinationDialog::name() const
{
    return m_ui->moveNameEdit->text().trimmed();
}

QString MoveToDestinationDialog::authorization() const
{
    return m_ui->moveAuthorizationEdit->text();
}

void MoveToDestinationDialog::check()
{
    std::optional<FieldError> problem = AuditLogDestination::checkName(name());
    if (!problem)
        problem = WebhookConfig::checkAuthorization(authorization());
    if (problem)
        FieldMessage::show(m_ui->moveProblemLabel, problem->message);
    else
        FieldMessage::clear(m_ui->moveProblemLabel);
    m_ui->moveButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}
