#include "TokenDialog.h"

#include "FieldMessage.h"
#include "TokenValidator.h"
#include "ui_TokenDialog.h"

#include <QPushButton>

TokenDialog::TokenDialog(const QString& profileName, bool replacing, bool keychain, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TokenDialog)
{
    m_ui->setupUi(this);
    setWindowTitle(replacing ? tr("Replace the Konnect token") : tr("Set the Konnect token"));
    // Wide enough for the whole title (window managers cut it, not wrap it), and the buttons and frame beside it.
    setMinimumWidth(qMax(minimumWidth(), fontMetrics().horizontalAdvance(windowTitle()) + 160));
    m_ui->explanationLabel->setText(
        keychain ? tr("The token for profile \"%1\" goes into the system keychain and is never shown again. Create "
                      "one in Konnect under your account's Personal access tokens (it needs an Organization Admin).")
                       .arg(profileName)
                 : tr("The token is held in memory for this session only."));
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(replacing ? tr("&Replace") : tr("&Save"));
    save->setObjectName(QStringLiteral("saveTokenButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &TokenDialog::check);
    check();
}

TokenDialog::~TokenDialog()
{
    // Do not leave the token in the widget's memory longer than needed.
    m_ui->tokenEdit->clear();
}

QString TokenDialog::token() const
{
    return m_ui->tokenEdit->text();
}

void TokenDialog::showProblem(const QString& problem)
{
    FieldMessage::show(m_ui->tokenErrorLabel, problem);
}

void TokenDialog::check()
{
    const QString text = m_ui->tokenEdit->text();
    const TokenValidator::Result result = TokenValidator::check(text);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(result.ok);
    FieldMessage::show(m_ui->tokenErrorLabel, text.isEmpty() || result.ok ? QString() : result.error);
}
