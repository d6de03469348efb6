#include "tst_gui_harness.h"

#include "CurrentConfigPanel.h"
#include "FocusFrameStyle.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

using GuiTest::Harness;

// The window's layout at the smallest size we support (1024×700): one scrolling page per tab, the whole form in
// view, messages that do not move the fields, the Configure actions only on Configure, the current-configuration
// panel without overlapping labels, and keyboard focus that shows. CTest runs it three times: as it is, at 200 %
// (tst_gui_layout_200: QT_SCALE_FACTOR=2 on a 2048×1400 screen, the same 1024×700 logical pixels) and in German
// (tst_gui_layout_de); KAW_TEST_EXPECT says which, so that a run that silently fell back is caught.
class TestGuiLayout : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyFieldOfTheFormIsInViewAt1024x700_data();
    void everyFieldOfTheFormIsInViewAt1024x700();
    void eachPageHasAtMostOneScrollArea();
    void fieldsDoNotMoveWhenAMessageComesAndGoes();
    void configureActionsShowOnlyOnConfigure();
    void runsAtTheScaleAndInTheLanguageAsked();
    void currentConfigurationLabelsDoNotOverlapAt1024x700();
    void focusIsClearlyVisible_data();
    void focusIsClearlyVisible();

private:
    static void settleLayouts();
};

namespace {
const QStringList formFields {
    QStringLiteral("presetCombo"),
    QStringLiteral("endpointEdit"),
    QStringLiteral("authorizationSchemeCombo"),
    QStringLiteral("authorizationEdit"),
    QStringLiteral("showAuthorizationCheckBox"),
    QStringLiteral("rememberAuthorizationCheckBox"),
    QStringLiteral("enabledCheckBox"),
    QStringLiteral("logFormatCombo"),
    QStringLiteral("skipTlsCheckBox"),
};

QRect inWindow(const QWidget* widget, const QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint()), widget->size());
}

QMap<QString, QRect> geometries(const Harness& h, const QStringList& names)
{
    QMap<QString, QRect> result;
    for (const QString& name : names)
        result.insert(name, inWindow(h.child<QWidget>(name), h.window.get()));
    return result;
}

void openAt1024x700(Harness& h)
{
    QVERIFY(h.seed(Harness::splunkConfig()));
    h.openInMemory();
    QTRY_VERIFY(h.loaded());
    h.window->resize(1024, 700);
    QTRY_COMPARE(h.window->size(), QSize(1024, 700));
}
} // namespace

void TestGuiLayout::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// Layouts are laid out on posted events, several rounds deep for nested ones: deliver them all before comparing.
void TestGuiLayout::settleLayouts()
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

void TestGuiLayout::everyFieldOfTheFormIsInViewAt1024x700_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("no preset") << QString();
    QTest::newRow("Splunk HEC") << QStringLiteral("splunk-hec");
    QTest::newRow("Microsoft Sentinel") << QStringLiteral("microsoft-sentinel");
}

void TestGuiLayout::everyFieldOfTheFormIsInViewAt1024x700()
{
    QFETCH(QString, preset);
    Harness h;
    openAt1024x700(h);
    if (!preset.isEmpty()) {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        h.chooseCombo(QStringLiteral("presetCombo"), preset);
        QTRY_COMPARE(h.child<QComboBox>(QStringLiteral("presetCombo"))->currentData().toString(), preset);
        // The vendor's notes wait behind a button instead of pushing the fields down.
        QTRY_VERIFY(h.child<QToolButton>(QStringLiteral("presetNoteButton"))->isVisible());
        QVERIFY(!h.child<QLabel>(QStringLiteral("presetNoteLabel"))->isVisible());
        // Tab goes from the preset to its notes, then on to the endpoint.
        QCOMPARE(h.child<QWidget>(QStringLiteral("presetCombo"))->nextInFocusChain(),
                 h.child<QWidget>(QStringLiteral("presetNoteButton")));
    }
    settleLayouts();

    auto* page = h.child<QScrollArea>(QStringLiteral("configureScrollArea"));
    QCOMPARE(page->verticalScrollBar()->value(), 0);
    const QRect viewport = inWindow(page->viewport(), h.window.get());
    QVERIFY(h.window->rect().contains(viewport));
    for (const QString& name : formFields) {
        auto* field = h.child<QWidget>(name);
        QVERIFY2(field && field->isVisible(), qPrintable(name));
        const QRect where = inWindow(field, h.window.get());
        QVERIFY2(viewport.contains(where),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is outside the page's view (bottom %6)")
                                .arg(name)
                                .arg(where.x())
                                .arg(where.y())
                                .arg(where.width())
                                .arg(where.height())
                                .arg(viewport.bottom())));
    }
    // So are the actions that belong to the form.
    for (const char* name : {"testConnectionButton", "discardEditsButton", "applyButton"})
        QVERIFY2(h.window->rect().contains(inWindow(h.child<QWidget>(QLatin1String(name)), h.window.get())), name);

    // Unfolded, the notes are there; the page scrolls as a whole to reach what they push down.
    if (!preset.isEmpty()) {
        h.child<QToolButton>(QStringLiteral("presetNoteButton"))->click();
        QTRY_VERIFY(h.child<QLabel>(QStringLiteral("presetNoteLabel"))->isVisible());
        QVERIFY(!h.labelText(QStringLiteral("presetNoteLabel")).isEmpty());
    }
}

void TestGuiLayout::eachPageHasAtMostOneScrollArea()
{
    Harness h;
    openAt1024x700(h);
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    QVERIFY(tabs->count() >= 5);
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget* page = tabs->widget(i);
        const auto areas = page->findChildren<QScrollArea*>();
        QStringList names;
        for (const QScrollArea* area : areas)
            names << area->objectName();
        QVERIFY2(areas.size() <= 1,
                 qPrintable(QStringLiteral("%1: %2").arg(tabs->tabText(i), names.join(QStringLiteral(", ")))));
    }
    // The form is not a scroll box of its own: the Configure page's one scroll area holds it.
    auto* form = h.child<QWidget>(QStringLiteral("webhookForm"));
    int scrollAncestors = 0;
    for (QWidget* up = form->parentWidget(); up; up = up->parentWidget())
        scrollAncestors += qobject_cast<QScrollArea*>(up) ? 1 : 0;
    QCOMPARE(scrollAncestors, 1);
}

void TestGuiLayout::fieldsDoNotMoveWhenAMessageComesAndGoes()
{
    Harness h;
    openAt1024x700(h);
    settleLayouts();
    const QStringList below {
        QStringLiteral("authorizationSchemeCombo"),
        QStringLiteral("authorizationEdit"),
        QStringLiteral("rememberAuthorizationCheckBox"),
        QStringLiteral("enabledCheckBox"),
        QStringLiteral("logFormatCombo"),
        QStringLiteral("skipTlsCheckBox"),
    };
    const auto before = geometries(h, below);
    auto* endpointMessage = h.child<QLabel>(QStringLiteral("endpointErrorLabel"));
    QVERIFY(endpointMessage->text().isEmpty());

    // A one-line message takes the line kept for it.
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("http://siem.example.com/in"));
    QTRY_VERIFY(!endpointMessage->text().isEmpty());
    QVERIFY(endpointMessage->isVisible());
    settleLayouts();
    QCOMPARE(geometries(h, below), before);

    // And it goes without pulling the fields up under the pointer.
    h.replaceText(QStringLiteral("endpointEdit"), QStringLiteral("https://siem.example.com/in"));
    QTRY_VERIFY(endpointMessage->text().isEmpty());
    settleLayouts();
    QCOMPARE(geometries(h, below), before);

    // A message longer than a line pushes the fields down once; when it goes, they stay where they were.
    const QStringList belowAuthorization {QStringLiteral("rememberAuthorizationCheckBox"),
                                          QStringLiteral("enabledCheckBox"), QStringLiteral("logFormatCombo"),
                                          QStringLiteral("skipTlsCheckBox")};
    h.chooseCombo(QStringLiteral("authorizationSchemeCombo"), QStringLiteral("Basic"));
    h.replaceText(QStringLiteral("authorizationEdit"), QStringLiteral("no-colon-here"));
    auto* authorizationMessage = h.child<QLabel>(QStringLiteral("authorizationErrorLabel"));
    QTRY_VERIFY(!authorizationMessage->text().isEmpty());
    settleLayouts();
    const auto withMessage = geometries(h, belowAuthorization);
    h.replaceText(QStringLiteral("authorizationEdit"), QStringLiteral("user:password"));
    QTRY_VERIFY(authorizationMessage->text().isEmpty());
    settleLayouts();
    QCOMPARE(geometries(h, belowAuthorization), withMessage);
}

void TestGuiLayout::configureActionsShowOnlyOnConfigure()
{
    Harness h;
    openAt1024x700(h);
    auto* tabs = h.child<QTabWidget>(QStringLiteral("mainTabs"));
    QWidget* configure = h.child<QWidget>(QStringLiteral("configureTab"));
    const QStringList actions {QStringLiteral("testConnectionButton"), QStringLiteral("discardEditsButton"),
                               QStringLiteral("applyButton"), QStringLiteral("applyStateLabel")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const bool onConfigure = tabs->currentWidget() == configure;
        for (const QString& name : actions) {
            auto* widget = h.child<QWidget>(name);
            QVERIFY2(configure->isAncestorOf(widget), qPrintable(name));
            if (onConfigure && name == QLatin1String("applyStateLabel"))
                continue; // shown only when there is something to say
            QTRY_VERIFY2(widget->isVisible() == onConfigure,
                         qPrintable(QStringLiteral("%1 on %2").arg(name, tabs->tabText(i))));
        }
    }

    // Ctrl+Return still applies while Configure is shown.
    tabs->setCurrentWidget(configure);
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    h.child<QCheckBox>(QStringLiteral("enabledCheckBox"))->click();
    QTRY_VERIFY(h.child<QPushButton>(QStringLiteral("applyButton"))->isEnabled());
    const int questions = MessageBox::questionCount();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(MessageBox::questionCount(), questions + 1);
    QTRY_VERIFY(!h.emulator.webhook().isEnabled());
}

void TestGuiLayout::runsAtTheScaleAndInTheLanguageAsked()
{
    Harness h;
    openAt1024x700(h);
    const QString expect = qEnvironmentVariable("KAW_TEST_EXPECT");
    const QString applyText = h.child<QPushButton>(QStringLiteral("applyButton"))->text();
    if (expect == QLatin1String("de"))
        QVERIFY2(applyText != QStringLiteral("&Apply…"), qPrintable(applyText));
    QCOMPARE(h.window->devicePixelRatio(), expect == QLatin1String("200") ? 2.0 : 1.0);
}

void TestGuiLayout::currentConfigurationLabelsDoNotOverlapAt1024x700()
{
    Harness h;
    WebhookConfig config = Harness::splunkConfig();
    config.skipSslVerification = true; // the panel's TLS warning row too
    h.openSeededInMemory(config);
    h.window->resize(1024, 700);
    QTRY_COMPARE(h.window->size(), QSize(1024, 700));
    settleLayouts();
    auto* panel = h.child<CurrentConfigPanel>(QStringLiteral("currentConfigPanel"));
    QVERIFY(panel && panel->isVisible());
    const QStringList problems = GuiTest::labelProblemsIn(panel);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestGuiLayout::focusIsClearlyVisible_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        for (const char* name : {"refreshButton", "testConnectionButton", "endpointEdit", "logFormatCombo",
                                 "skipTlsCheckBox", "mainTabs", "activityTable"})
            QTest::addRow("%s%s", name, dark ? ", dark" : "") << QString::fromLatin1(name) << dark;
    }
}

namespace {
// The pixels of the band `width` wide along the widget's edge (where a focus outline goes).
QList<QRgb> borderBand(const QImage& image, int width)
{
    QList<QRgb> band;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (x < width || y < width || x >= image.width() - width || y >= image.height() - width)
                band << image.pixel(x, y);
        }
    }
    return band;
}

// The longest horizontal run of pixels that differ between the two: a solid outline, not a dotted one.
int longestChangedRun(const QImage& a, const QImage& b)
{
    int longest = 0;
    for (int y = 0; y < a.height(); ++y) {
        int run = 0;
        for (int x = 0; x < a.width(); ++x) {
            run = a.pixel(x, y) != b.pixel(x, y) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return longest;
}

int differing(const QList<QRgb>& a, const QList<QRgb>& b)
{
    int count = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        count += a.at(i) != b.at(i);
    return count;
}
} // namespace

// Focus shows as an outline along the widget's edge: the edge of the focused widget differs from the unfocused one
// in a good part of its pixels, not in one faint dotted line. In the dark palette too.
void TestGuiLayout::focusIsClearlyVisible()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    const QPalette before = QApplication::palette();
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        QApplication::setPalette(palette);
    }
    Harness h;
    openAt1024x700(h);
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QWidget* widget = name == QLatin1String("mainTabs") ? h.child<QTabWidget>(name)->tabBar() : h.child<QWidget>(name);
    QVERIFY(widget);
    if (auto* table = qobject_cast<QTableWidget*>(widget))
        QTRY_VERIFY(table->rowCount() > 0); // the load's requests are in the log
    // Somewhere else first (a field that always takes focus).
    const QString elsewhere
        = name == QLatin1String("endpointEdit") ? QStringLiteral("logFormatCombo") : QStringLiteral("endpointEdit");
    h.child<QWidget>(elsewhere)->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(!widget->hasFocus());
    settleLayouts();
    const QImage unfocused = widget->grab().toImage();
    widget->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(widget->hasFocus());
    settleLayouts();
    const QImage focused = widget->grab().toImage();
    QApplication::setPalette(before);
    QCOMPARE(focused.size(), unfocused.size());
    // A solid line wherever the outline is drawn.
    const int run = longestChangedRun(focused, unfocused);
    QVERIFY2(run >= 20, qPrintable(QStringLiteral("the longest changed line is %1 pixels").arg(run)));
    // Around the whole edge where the widget is its own frame; a check box outlines its label, a tab bar its
    // current tab, both inside the widget.
    if (name == QLatin1String("skipTlsCheckBox") || name == QLatin1String("mainTabs"))
        return;
    const int band = int(FocusFrameStyle::outlineWidth * focused.devicePixelRatio());
    const QList<QRgb> edge = borderBand(focused, band);
    const int changed = differing(edge, borderBand(unfocused, band));
    QVERIFY2(changed >= edge.size() / 2,
             qPrintable(QStringLiteral("%1 of %2 edge pixels changed").arg(changed).arg(edge.size())));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // As GuiApp does: the translation for the system's languages (German in tst_gui_layout_de).
    TranslationLoader::install(app);
    TestGuiLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_layout.moc"
