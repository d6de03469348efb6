#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class MoveToDestinationDialog;
}

// Asks what moving the inline webhook needs: the new destination's name and the SIEM's authorization (Konnect never
// returns the inline one, so it must be given again; prefilled when the keychain remembers it).
class MoveToDestinationDialog : public QDialog
{
    Q_OBJECT
public:
    MoveToDestinationDialog(const QString& defaultName, const QString& knownAuthorization, const QString& target,
                            QWidget* parent = nullptr);
    ~MoveToDestinationDialog() override;

    QString name() const;
    QString authorization() const;

private:
    void check();

    const std::unique_ptr<Ui::MoveToDestinationDialog> m_ui;
};
