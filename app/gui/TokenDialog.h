#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class TokenDialog;
}

// Asks for a Konnect token in a password field and checks its shape while typing. The token is read once through
// token() and never shown again.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(const QString& profileName, bool replacing, bool keychain, QWidget* parent = nullptr);
    ~TokenDialog() override;

    QString token() const;
    // A problem the store reported after the dialog was accepted, e.g. a refused shape.
    void showProblem(const QString& problem);

private:
    void check();

    const std::unique_ptr<Ui::TokenDialog> m_ui;
};
