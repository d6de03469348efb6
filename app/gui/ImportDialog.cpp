#include "ImportDialog.h"

#include "FieldMessage.h"
#include "ui_ImportDialog.h"

#include <QPushButton>

ImportDialog::ImportDialog(const CredentialImporter::Result& found, const QStringList& existingProfiles, Commit commit,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportDialog)
    , m_found(found)
    , m_existingProfiles(existingProfiles)
    , m_commit(std::move(commit))
{
    m_ui->setupUi(this);
    QPushButton* import = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    import->setText(tr("&Import"));
    import->setObjectName(QStringLiteral("importTokenButton"));
    for (const ImportCandidate& candidate : found.candidates) {
        QString text = tr("%1 — region %2").arg(candidate.sourceDescription, candidate.region);
        if (!candidate.importable)
            text += tr(" (cannot be imported)");
        else if (candidate.sameTokenAs >= 0)
            text += tr(" (the same token as above)");
        m_ui->candidatesList->addItem(text);
    }
    if (found.candidates.isEmpty())
        m_ui->importIntroLabel->setText(
            tr("No token was found in KONNECT_TOKEN, kongctl's config.yaml or decK's ~/.deck.yaml. Use Set token "
               "instead."));
    connect(m_ui->candidatesList, &QListWidget::currentRowChanged, this, &ImportDialog::onCandidateChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!found.candidates.isEmpty())
        m_ui->candidatesList->setCurrentRow(0);
    onCandidateChanged();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::onCandidateChanged()
{
    const int row = m_ui->candidatesList->currentRow();
    const bool valid = row >= 0 && row < m_found.candidates.size();
    QStringList notes = m_found.problems;
    if (valid) {
        const ImportCandidate& candidate = m_found.candidates.at(row);
        m_ui->profileNameEdit->setText(candidate.suggestedProfileName);
        if (!candidate.importable)
            notes.prepend(candidate.problem);
        notes << candidate.notes;
        if (m_existingProfiles.contains(candidate.suggestedProfileName))
            notes << tr("Profile \"%1\" exists: importing replaces its token, region and base URL.")
                         .arg(candidate.suggestedProfileName);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && m_found.candidates.at(row).importable);
    FieldMessage::show(m_ui->candidateNoteLabel, notes.join(QLatin1Char('\n')), FieldMessage::Kind::Note);
}

void ImportDialog::accept()
{
    const int row = m_ui->candidatesList->currentRow();
    if (row < 0 || row >= m_found.candidates.size())
        return;
    const QString error
        = m_commit ? m_commit(m_found.candidates.at(row), m_ui->profileNameEdit->text().trimmed()) : QString();
    if (!error.isEmpty()) {
        FieldMessage::show(m_ui->candidateNoteLabel, error);
        return;
    }
    QDialog::accept();
}
