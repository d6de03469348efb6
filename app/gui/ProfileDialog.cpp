#include "ProfileDialog.h"

#include "FieldMessage.h"
#include "Region.h"
#include "ui_ProfileDialog.h"

#include <QPushButton>

ProfileDialog::ProfileDialog(Mode mode, const Profile& profile, Commit commit, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileDialog)
    , m_mode(mode)
    , m_original(profile)
    , m_commit(std::move(commit))
{
    m_ui->setupUi(this);
    for (const QString& region : Region::all())
        m_ui->regionCombo->addItem(region, region);
    m_ui->nameEdit->setText(profile.name);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(profile.region)));
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a profile"));
        break;
    case Mode::Rename:
        setWindowTitle(tr("Rename the profile"));
        m_ui->regionCombo->setEnabled(false);
        m_ui->baseUrlEdit->setEnabled(false);
        break;
    case Mode::Edit:
        setWindowTitle(tr("Region and base URL of the profile"));
        m_ui->nameEdit->setEnabled(false);
        break;
    }
    FieldMessage::clear(m_ui->profileErrorLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileDialog::~ProfileDialog() = default;

Profile ProfileDialog::profile() const
{
    Profile profile = m_original;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.region = m_ui->regionCombo->currentData().toString();
    const QString baseUrl = m_ui->baseUrlEdit->text().trimmed();
    profile.baseUrl = baseUrl.isEmpty() ? QUrl() : QUrl(baseUrl, QUrl::StrictMode);
    return profile;
}

void ProfileDialog::accept()
{
    const Profile wanted = profile();
    if (!m_ui->baseUrlEdit->text().trimmed().isEmpty() && !wanted.baseUrl.isValid()) {
        FieldMessage::show(m_ui->profileErrorLabel, tr("The base URL is not a valid URL."));
        return;
    }
    const QString error = m_commit ? m_commit(wanted) : QString();
    if (!error.isEmpty()) {
        FieldMessage::show(m_ui->profileErrorLabel, error);
        return;
    }
    QDialog::accept();
}
