#include "ApplyDiffDialog.h"

#include "ui_ApplyDiffDialog.h"

#include <QPushButton>

ApplyDiffDialog::ApplyDiffDialog(const QList<ConfigChange>& changes, const QString& target, bool sendsNewAuthorization,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ApplyDiffDialog)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Konnect will change these settings of the audit-log webhook in %1:").arg(target));
    m_ui->diffTable->setColumnCount(3);
    m_ui->diffTable->setHorizontalHeaderLabels({tr("Setting"), tr("Now in Konnect"), tr("After applying")});
    m_ui->diffTable->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const ConfigChange& change = changes.at(row);
        m_ui->diffTable->setItem(row, 0, new QTableWidgetItem(change.label));
        m_ui->diffTable->setItem(row, 1, new QTableWidgetItem(change.current));
        m_ui->diffTable->setItem(row, 2, new QTableWidgetItem(change.proposed));
    }
    m_ui->diffTable->resizeColumnsToContents();
    m_ui->noteLabel->setText(sendsNewAuthorization
                                 ? tr("The new authorization is sent to Konnect, which will not show it again.")
                                 : tr("The authorization stored in Konnect is kept."));

    QPushButton* apply = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    apply->setText(tr("&Apply"));
    apply->setObjectName(QStringLiteral("confirmApplyButton"));
    apply->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelApplyButton"));
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 320);
}

ApplyDiffDialog::~ApplyDiffDialog() = default;

void ApplyDiffDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
}

void ApplyDiffDialog::setNote(const QString& text)
{
    m_ui->noteLabel->setText(text);
}
