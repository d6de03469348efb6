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
    // Whether the settings to apply were tested and what the test found ("not tested", "delivered: 200"), with Test
    // first to run it before applying.
    void setDeliveryTest(const QString& result, bool delivered);
    // A change that makes delivery less safe (TLS verification off): an icon and the words, never colour alone.
    void setSecurityWarning(const QString& text);

signals:
    // Test first: the dialog closes without applying.
    void testFirstRequested();

private:
    const std::unique_ptr<Ui::ApplyDiffDialog> m_ui;
};
