#include "TranslationLoader.h"
#include "WebhookStatus.h"
#include "WebhookStatusExplanation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when done
    QString translation;
    QStringList numerusForms;

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString describe() const { return QStringLiteral("[%1] %2").arg(context, source); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    QSet<QString> keys() const
    {
        QSet<QString> result;
        for (const TsMessage& message : messages)
            result.insert(message.key());
        return result;
    }
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                ts.messages.append(message);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translation = xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.numerusForms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return ts;
}

// %1..%99 (also %L1) and %n, sorted, so that a translation that drops or doubles one is caught.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

QStringList markupTags(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1).toLower());
    found.sort();
    return found;
}

// The letter after a single '&' (not "&&", not an HTML entity like &amp;), or a null QChar.
QChar mnemonic(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)(?![a-zA-Z]+;)(\\w)"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

bool endsWithEllipsis(const QString& text)
{
    return text.endsWith(QStringLiteral("…")) || text.endsWith(QLatin1String("..."));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySourceStringIsInTheTsFiles_data();
    void everySourceStringIsInTheTsFiles();
    void germanIsComplete();
    void germanKeepsPlaceholdersMarkupAndMnemonics();
    void germanMnemonicsStayDistinct();
    void englishHoldsOnlyFinishedPluralForms();
    void germanLocaleTranslatesEveryString();
    void germanLocaleAlsoGetsQtsGermanStrings();
    void englishLocaleUsesThePluralForms_data();
    void englishLocaleUsesThePluralForms();
    void cleanup();

private:
    static QString committedPath(const QString& language);
    QStringList installedFiles() const;
    static QString englishFile() { return QStringLiteral(":/i18n/konnect-audit-webhook_en.qm"); }
    QTemporaryDir m_updated;
    TsFile m_german;
    TsFile m_english;
    QList<QTranslator*> m_installed;
};

QString TestTranslations::committedPath(const QString& language)
{
    return QStringLiteral(KAW_SOURCE_DIR "/resources/translations/konnect-audit-webhook_%1.ts").arg(language);
}

QStringList TestTranslations::installedFiles() const
{
    QStringList files;
    for (const QTranslator* translator : m_installed)
        files.append(translator->filePath());
    return files;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_updated.isValid());
    m_german = readTs(committedPath(QStringLiteral("de")));
    m_english = readTs(committedPath(QStringLiteral("en")));
    QVERIFY2(m_german.error.isEmpty(), qPrintable(m_german.error));
    QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
    QCOMPARE(m_german.language, QStringLiteral("de"));
    QCOMPARE(m_english.language, QStringLiteral("en"));
    QVERIFY(m_german.messages.size() > 100);

    // Run the maintainers' script on copies: whatever lupdate adds to them is missing from the committed files.
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")}) {
        QVERIFY(QFile::copy(committedPath(language),
                            m_updated.filePath(QStringLiteral("konnect-audit-webhook_%1.ts").arg(language))));
    }
    QProcess update;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LUPDATE"), QStringLiteral(KAW_LUPDATE));
    environment.insert(QStringLiteral("KAW_TS_DIR"), m_updated.path());
    update.setProcessEnvironment(environment);
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(QStringLiteral("bash"), {QStringLiteral(KAW_SOURCE_DIR "/scripts/update-translations.sh")});
    QVERIFY(update.waitForFinished(120000));
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0, update.readAll().constData());
}

void TestTranslations::everySourceStringIsInTheTsFiles_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German (every string)") << QStringLiteral("de");
    QTest::newRow("English (plural forms)") << QStringLiteral("en");
}

void TestTranslations::everySourceStringIsInTheTsFiles()
{
    QFETCH(QString, language);
    const TsFile committed = readTs(committedPath(language));
    const TsFile updated = readTs(m_updated.filePath(QStringLiteral("konnect-audit-webhook_%1.ts").arg(language)));
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QVERIFY(!updated.messages.isEmpty());

    const QSet<QString> known = committed.keys();
    const QSet<QString> current = updated.keys();
    QStringList missing;
    for (const TsMessage& message : updated.messages) {
        if (!known.contains(message.key()))
            missing.append(message.describe());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) of the code are not in konnect-audit-webhook_%2.ts; run "
                                       "scripts/update-translations.sh and translate them:\n  %3")
                            .arg(missing.size())
                            .arg(language, missing.join(QStringLiteral("\n  ")))));
    // Strings that left the code do no harm in the .ts file, but the next update drops them.
    for (const TsMessage& message : committed.messages) {
        if (!current.contains(message.key()))
            qWarning("no longer in the code (scripts/update-translations.sh drops it): %s",
                     qPrintable(message.describe()));
    }
}

void TestTranslations::germanIsComplete()
{
    QStringList incomplete;
    for (const TsMessage& message : std::as_const(m_german.messages)) {
        const bool empty = message.numerus ? message.numerusForms.size() != 2
                || std::any_of(message.numerusForms.cbegin(), message.numerusForms.cend(),
                               [](const QString& form) { return form.trimmed().isEmpty(); })
                                           : message.translation.trimmed().isEmpty();
        if (!message.type.isEmpty() || empty)
            incomplete.append(message.describe());
    }
    QVERIFY2(incomplete.isEmpty(),
             qPrintable(QStringLiteral("%1 German translation(s) unfinished or empty:\n  %2")
                            .arg(incomplete.size())
                            .arg(incomplete.join(QStringLiteral("\n  ")))));
}

void TestTranslations::germanKeepsPlaceholdersMarkupAndMnemonics()
{
    QStringList problems;
    for (const TsMessage& message : std::as_const(m_german.messages)) {
        const QStringList translations = message.numerus ? message.numerusForms : QStringList {message.translation};
        for (const QString& translation : translations) {
            QStringList expectedPlaceholders = placeholders(message.source);
            QStringList actualPlaceholders = placeholders(translation);
            if (message.numerus) {
                // A singular form may spell out the number ("ein Versuch") instead of %n.
                expectedPlaceholders.removeAll(QStringLiteral("%n"));
                actualPlaceholders.removeAll(QStringLiteral("%n"));
            }
            if (expectedPlaceholders != actualPlaceholders)
                problems.append(QStringLiteral("placeholders differ: %1 -> %2").arg(message.describe(), translation));
            if (markupTags(message.source) != markupTags(translation))
                problems.append(QStringLiteral("markup differs: %1 -> %2").arg(message.describe(), translation));
            if (mnemonic(message.source).isNull() != mnemonic(translation).isNull())
                problems.append(
                    QStringLiteral("mnemonic added or lost: %1 -> %2").arg(message.describe(), translation));
            if (endsWithEllipsis(message.source) != endsWithEllipsis(translation))
                problems.append(
                    QStringLiteral("ellipsis added or lost: %1 -> %2").arg(message.describe(), translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::germanMnemonicsStayDistinct()
{
    // Per form or window (a context), German must not give two of its shortcuts the same letter where English
    // does not.
    QMap<QString, QSet<QChar>> english;
    QMap<QString, QSet<QChar>> german;
    QMap<QString, QStringList> germanTexts;
    for (const TsMessage& message : std::as_const(m_german.messages)) {
        if (message.numerus)
            continue;
        if (const QChar letter = mnemonic(message.source); !letter.isNull())
            english[message.context].insert(letter);
        if (const QChar letter = mnemonic(message.translation); !letter.isNull()) {
            german[message.context].insert(letter);
            germanTexts[message.context].append(message.translation);
        }
    }
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        QVERIFY2(german.value(it.key()).size() >= it.value().size(),
                 qPrintable(QStringLiteral("%1: German mnemonics collide: %2")
                                .arg(it.key(), germanTexts.value(it.key()).join(QStringLiteral(", ")))));
    }
}

void TestTranslations::englishHoldsOnlyFinishedPluralForms()
{
    QVERIFY(!m_english.messages.isEmpty());
    for (const TsMessage& message : std::as_const(m_english.messages)) {
        QVERIFY2(message.numerus, qPrintable(message.describe()));
        QVERIFY2(message.type.isEmpty(), qPrintable(message.describe()));
        QCOMPARE(message.numerusForms.size(), 2);
        QVERIFY2(!message.numerusForms.at(0).isEmpty() && !message.numerusForms.at(1).isEmpty(),
                 qPrintable(message.describe()));
        QCOMPARE(placeholders(message.numerusForms.at(1)), placeholders(message.source));
    }
}

void TestTranslations::germanLocaleTranslatesEveryString()
{
    m_installed = TranslationLoader::install(*QCoreApplication::instance(), QLocale(QStringLiteral("de_AT")));
    QVERIFY2(installedFiles().contains(QStringLiteral(":/i18n/konnect-audit-webhook_de.qm")),
             qPrintable(installedFiles().join(QLatin1Char(' '))));
    QVERIFY(!installedFiles().contains(englishFile()));

    // The compiled-in .qm must match the committed .ts: a stale build or a broken resource shows up here.
    for (const TsMessage& message : std::as_const(m_german.messages)) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char* disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        if (message.numerus) {
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 1),
                     QString(message.numerusForms.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 3),
                     QString(message.numerusForms.at(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
        } else {
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation),
                     message.translation);
        }
    }
    // A few well-known strings, written out so that a .ts file that maps them to themselves cannot pass.
    QCOMPARE(QCoreApplication::translate("ApiCall", "Cancelled."), QStringLiteral("Abgebrochen."));
    QCOMPARE(QCoreApplication::translate("TokenDialog", "Konnect token"), QStringLiteral("Konnect-Token"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Apply…"), QStringLiteral("&Anwenden…"));

    // The status explanation comes from the core (shared with the headless `status`): German in a German window.
    WebhookStatus failing;
    failing.enabled = true;
    failing.status = QStringLiteral("inactive");
    failing.lastResponseCode = 401;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    failing.lastAttemptAt = now.addSecs(-5 * 60);
    const WebhookStatusExplanation explained = WebhookStatusExplanation::explain(failing, now);
    QVERIFY2(explained.meaning.startsWith(QStringLiteral("Die letzte Zustellung schlug fehl")),
             qPrintable(explained.meaning));
    QVERIFY2(explained.lastAttempt.startsWith(QStringLiteral("vor 5 Minuten (")), qPrintable(explained.lastAttempt));
    QVERIFY2(explained.lastAttempt.endsWith(QStringLiteral(" Ortszeit)")), qPrintable(explained.lastAttempt));
}

void TestTranslations::germanLocaleAlsoGetsQtsGermanStrings()
{
    m_installed = TranslationLoader::install(*QCoreApplication::instance(), QLocale(QStringLiteral("de_DE")));
    const QString qtGerman = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtGerman)) {
        // Without Qt's translations installed (Debian: qt6-translations-l10n) only the program's own is loaded.
        QCOMPARE(installedFiles(), QStringList {QStringLiteral(":/i18n/konnect-audit-webhook_de.qm")});
        return;
    }
    QCOMPARE(installedFiles(), (QStringList {qtGerman, QStringLiteral(":/i18n/konnect-audit-webhook_de.qm")}));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::englishLocaleUsesThePluralForms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_GB") << QLocale(QStringLiteral("en_GB"));
    QTest::newRow("C locale") << QLocale::c();
    // No Japanese translation: the window stays English, and Qt's Japanese strings stay out so that it never mixes.
    QTest::newRow("ja_JP (not translated)") << QLocale(QStringLiteral("ja_JP"));
}

void TestTranslations::englishLocaleUsesThePluralForms()
{
    QFETCH(QLocale, locale);
    m_installed = TranslationLoader::install(*QCoreApplication::instance(), locale);
    QCOMPARE(installedFiles(), QStringList {englishFile()});
    QCOMPARE(QCoreApplication::translate("ApiCall", "Cancelled."), QStringLiteral("Cancelled."));
    for (const TsMessage& message : std::as_const(m_english.messages)) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QString one = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
        const QString two = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 2);
        QVERIFY2(!one.contains(QLatin1String("(s)")) && !two.contains(QLatin1String("(s)")), qPrintable(one));
        QCOMPARE(one, QString(message.numerusForms.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
        QCOMPARE(two, QString(message.numerusForms.at(1)).replace(QStringLiteral("%n"), QStringLiteral("2")));
    }
}

void TestTranslations::cleanup()
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
