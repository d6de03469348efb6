#include "ApplyDiffDialog.h"

#include "FieldMessage.h"
#include "WrappingItemDelegate.h"
#include "ui_ApplyDiffDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

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
        auto* label = new QTableWidgetItem(change.label);
        label->setData(Qt::UserRole, change.field);
        m_ui->diffTable->setItem(row, 0, label);
        m_ui->diffTable->setItem(row, 1, new QTableWidgetItem(change.current));
        m_ui->diffTable->setItem(row, 2, new QTableWidgetItem(change.proposed));
    }
    // The new values always show in full: long values wrap inside their column, rows grow, nothing scrolls sideways.
    m_ui->diffTable->setItemDelegate(new WrappingItemDelegate(m_ui->diffTable));
    QHeaderView* header = m_ui->diffTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->diffTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int icon = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->securityIconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_ui->securityIconLabel->setVisible(false);
    FieldMessage::clear(m_ui->securityWarningLabel);
    FieldMessage::clear(m_ui->deliveryTestLabel);
    m_ui->testFirstButton->setVisible(false);
    connect(m_ui->testFirstButton, &QPushButton::clicked, this, [this] {
        emit testFirstRequested();
        reject();
    });
    m_ui->noteLabel->setText(sendsNewAuthorization
                                 ? tr("The new authorization is sent to Konnect, which will not show it again.")
                                 : tr("The authorization stored in Konnect is kept."));

    QPushButton* apply = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    apply->setText(tr("&Apply"));
    apply->setObjectName(QStringLiteral("confirmApplyButton"));
    apply->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 360);
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

void ApplyDiffDialog::setDeliveryTest(const QString& result, bool delivered)
{
    FieldMessage::show(m_ui->deliveryTestLabel, tr("Connection test of these settings: %1.").arg(result),
                       delivered ? FieldMessage::Kind::Note : FieldMessage::Kind::Warning);
    m_ui->testFirstButton->setVisible(!delivered);
}

void ApplyDiffDialog::setSecurityWarning(const QString& text)
{
    FieldMessage::show(m_ui->securityWarningLabel, text, FieldMessage::Kind::Warning);
    m_ui->securityIconLabel->setVisible(!text.isEmpty());
    for (int row = 0; row < m_ui->diffTable->rowCount(); ++row) {
        if (m_ui->diffTable->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("skip_ssl_verification"))
            m_ui->diffTable->item(row, 2)->setIcon(
                text.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}
