#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <functional>

class QDialog;

// Every question the window asks goes through here. Questions are window-modal and answered through a callback,
// never through a nested event loop. Tests answer the next question with setNextAnswer() and read what was asked
// with lastQuestion() (the same pattern as KeePassXC's MessageBox).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    using Answered = std::function<void(Button)>;

    // Asks with a standard message box. `labels` renames buttons ("Keep as draft" for Save, ...).
    static void ask(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton,
                    const Answered& answered, const QMap<Button, QString>& labels = {});
    // Shows a prepared dialog (which it deletes afterwards). `summary` is what a test reads from lastQuestion();
    // `answered` gets QMessageBox::Ok when the dialog was accepted, Cancel otherwise.
    static void askWith(QDialog* dialog, const QString& summary, const Answered& answered);

    // The next question is answered with `answer` without being shown (NoButton: show questions again).
    static void setNextAnswer(Button answer);
    static QString lastQuestion();
    static int questionCount();

private:
    static bool answerWithoutAsking(QObject* context, const QString& question, const Answered& answered);
};
