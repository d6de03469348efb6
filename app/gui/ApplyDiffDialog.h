#pragma once

#include "ConfigDiff.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ApplyDiffDialog;
}

// Shows what Apply would change (field, current, new; secrets masked) and asks to confirm.
class ApplyDiffDialog : public QDialog
{
    Q_OBJECT
public:
    ApplyDiffDialog(const QList<ConfigChange>& changes, const QString& target, bool sendsNewAuthorization,
                    QWidget* parent = nullptr);
    ~ApplyDiffDialog() override;

    // Replaces "Konnect will change these settings of the audit-log webhook in ...".
    void setIntro(const QString& text);
    void setNote(const QString& text);

private:
    const std::unique_ptr<Ui::ApplyDiffDialog> m_ui;
};
