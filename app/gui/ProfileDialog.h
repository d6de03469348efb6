#pragma once

#include "Profile.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ProfileDialog;
}

// Adds a profile or edits one (name, region, optional base URL). The caller's `commit` checks and saves; its
// error keeps the dialog open with the message next to the fields.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Rename, Edit };
    using Commit = std::function<QString(const Profile&)>;

    ProfileDialog(Mode mode, const Profile& profile, Commit commit, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;
    void accept() override;

private:
    const std::unique_ptr<Ui::ProfileDialog> m_ui;
    Mode m_mode;
    Profile m_original;
    Commit m_commit;
};
