#pragma once

#include "CredentialImporter.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ImportDialog;
}

// Lists the tokens CredentialImporter found and imports the chosen one into a profile (its token into the
// keychain). Tokens are never shown; only where they were found.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    using Commit = std::function<QString(const ImportCandidate&, const QString& profileName)>;

    ImportDialog(const CredentialImporter::Result& found, const QStringList& existingProfiles, Commit commit,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    void accept() override;

private:
    void onCandidateChanged();

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    CredentialImporter::Result m_found;
    QStringList m_existingProfiles;
    Commit m_commit;
};
