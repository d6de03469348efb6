#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QTranslator* load(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    // QTranslator walks the locale's UI languages (de-AT, de, ...) and takes the first file it finds.
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QList<QTranslator*> TranslationLoader::install(QCoreApplication& app, const QLocale& locale)
{
    QTranslator* own = load(app, locale, baseName(), resourceDirectory());
    if (!own)
        own = load(app, QLocale(QLocale::English), baseName(), resourceDirectory());
    if (!own)
        return {};

    QList<QTranslator*> installed;
    // Only in the language the window speaks, so that it never mixes two. Qt's source strings are English already.
    const QLocale language(own->language());
    if (language.language() != QLocale::English) {
        if (QTranslator* qt
            = load(app, language, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed.append(qt);
        }
    }
    // Installed last, so it is asked first.
    QCoreApplication::installTranslator(own);
    installed.append(own);
    return installed;
}

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::baseName()
{
    return QStringLiteral("konnect-audit-webhook");
}
