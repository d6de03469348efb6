#include "MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

namespace {
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastQuestion;
int g_questionCount = 0;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastQuestion()
{
    return g_lastQuestion;
}

int MessageBox::questionCount()
{
    return g_questionCount;
}

bool MessageBox::answerWithoutAsking(QObject* context, const QString& question, const Answered& answered)
{
    g_lastQuestion = question;
    ++g_questionCount;
    if (g_nextAnswer == QMessageBox::NoButton)
        return false;
    const Button answer = g_nextAnswer;
    g_nextAnswer = QMessageBox::NoButton;
    // Answered later, as a person would, so callers see the same order of events either way.
    QTimer::singleShot(0, context ? context : qApp, [answered, answer] { answered(answer); });
    return true;
}

void MessageBox::ask(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton,
                     const Answered& answered, const QMap<Button, QString>& labels)
{
    if (answerWithoutAsking(parent, text, answered))
        return;
    auto* box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("questionMessageBox"));
    box->setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton* button = box->button(it.key()))
            button->setText(it.value());
    }
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, answered] {
        const Button answer = box->clickedButton() ? box->standardButton(box->clickedButton()) : QMessageBox::Cancel;
        answered(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

void MessageBox::askWith(QDialog* dialog, const QString& summary, const Answered& answered)
{
    QObject* context = dialog->parent() ? dialog->parent() : qApp;
    const auto accepted = [answered](Button answer) {
        const bool yes = answer == QMessageBox::Ok || answer == QMessageBox::Yes || answer == QMessageBox::Apply
            || answer == QMessageBox::Save;
        answered(yes ? QMessageBox::Ok : QMessageBox::Cancel);
    };
    if (answerWithoutAsking(context, summary, accepted)) {
        dialog->deleteLater();
        return;
    }
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [answered](int result) {
        answered(result == QDialog::Accepted ? QMessageBox::Ok : QMessageBox::Cancel);
    });
    dialog->open();
}
