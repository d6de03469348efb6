#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// Installs the program's own translation (compiled in under :/i18n) for the user's UI languages, and Qt's own
// translation (standard buttons, file dialogs) in the same language. A language without a translation, and the C
// locale, get English: konnect-audit-webhook_en.qm holds its plural forms.
class TranslationLoader
{
public:
    // The translators are children of app and stay installed until removed or app ends. Returns the ones installed.
    static QList<QTranslator*> install(QCoreApplication& app, const QLocale& locale = QLocale::system());
    // Where the compiled translations live: :/i18n/konnect-audit-webhook_<language>.qm.
    static QString resourceDirectory();
    static QString baseName();
};
