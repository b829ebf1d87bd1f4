#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace Marginalia;

/// The window as a French or Arabic user sees it: no English left in its menus, toolbar, docks and
/// buttons (which is what a message filed under the wrong context looks like, whatever lupdate says), and
/// in Arabic a mirrored window with the document list on the right.
class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noEnglishLeft_data();
    void noEnglishLeft();
    void arabic_mirrorsTheWindow();

private:
    /// Every text of the window a user reads before opening anything, by where it is.
    static QMap<QString, QString> visibleTexts(Ui::MainWindow &window);
    void showIn(const QString &language);

    QTranslator m_translator;
    std::unique_ptr<Ui::MainWindow> m_window;
    QMap<QString, QString> m_english;
};

QMap<QString, QString> TestTranslatedWindow::visibleTexts(Ui::MainWindow &window)
{
    QMap<QString, QString> texts;
    const auto addAction = [&texts](const QString &where, QAction *action) {
        if (action->isSeparator() || !action->isVisible())
            return;
        texts.insert(where + QStringLiteral(" > ") + action->objectName() + action->text(), action->text());
        if (action->toolTip() != action->text())
            texts.insert(where + QStringLiteral(" > tip ") + action->objectName() + action->text(), action->toolTip());
    };
    std::function<void(const QString &, QMenu *)> addMenu = [&](const QString &where, QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                addMenu(where + QStringLiteral(" > ") + action->text(), action->menu());
            addAction(where, action);
        }
    };
    for (QAction *action : window.menuBar()->actions()) {
        texts.insert(QStringLiteral("menu bar > ") + action->text(), action->text());
        if (action->menu())
            addMenu(action->text(), action->menu());
    }
    for (QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions())
            addAction(QStringLiteral("toolbar"), action);
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.insert(QStringLiteral("dock ") + dock->objectName(), dock->windowTitle());
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window))
            texts.insert(QStringLiteral("label ") + label->objectName() + label->text(), label->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && !button->text().isEmpty())
            texts.insert(QStringLiteral("button ") + button->objectName() + button->text(), button->text());
    }
    return texts;
}

void TestTranslatedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_english = visibleTexts(*m_window);
    QVERIFY(m_english.size() > 100);
    m_window.reset();
}

void TestTranslatedWindow::showIn(const QString &language)
{
    m_window.reset();
    QCoreApplication::removeTranslator(&m_translator);
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/marginalia_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QGuiApplication::setLayoutDirection(QLocale(language).textDirection());
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTranslatedWindow::noEnglishLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("Spanish") << QStringLiteral("es");
    QTest::newRow("Arabic") << QStringLiteral("ar");
}

void TestTranslatedWindow::noEnglishLeft()
{
    QFETCH(QString, language);
    showIn(language);
    const QMap<QString, QString> translated = visibleTexts(*m_window);
    // What reads the same in every language: names, formats, shortcuts and symbols.
    static const QRegularExpression sameEverywhere(QStringLiteral(
        "^(&?Marginalia|&?About Qt|REFI-QDA.*|.*\\bCSV\\b.*|PDF|XLSX|HTML|tester|Ctrl\\+.*|F\\d+|[^A-Za-z]*)$"));
    // Words that the language spells as English does ("Documents" in French, "Memo" in Spanish).
    static const QStringList cognates = {QStringLiteral("Documents"), QStringLiteral("Codes"), QStringLiteral("Memo"),
                                         QStringLiteral("Memos"), QStringLiteral("Memo:")};
    QStringList untranslated;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        const QString english = m_english.value(it.key());
        if (!english.isEmpty() && it.value() == english
            && !sameEverywhere.match(QString(english).remove(u'&')).hasMatch()
            && !cognates.contains(QString(english).remove(u'&')))
            untranslated.append(it.key() + QStringLiteral(": ") + english);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    QCoreApplication::removeTranslator(&m_translator);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    m_window.reset();
}

void TestTranslatedWindow::arabic_mirrorsTheWindow()
{
    showIn(QStringLiteral("ar"));
    QVERIFY(m_window->isRightToLeft());
    auto *documents = m_window->findChild<QDockWidget *>(QStringLiteral("documentsDock"));
    auto *codebook = m_window->findChild<QDockWidget *>(QStringLiteral("codebookDock"));
    QVERIFY(documents && codebook);
    // The document list is where a right-to-left reader starts: on the right, the codebook on the left.
    QCOMPARE(m_window->dockWidgetArea(documents), Qt::RightDockWidgetArea);
    QVERIFY2(documents->x() > m_window->centralWidget()->x(), "the document list is not right of the text");
    QVERIFY2(codebook->x() < m_window->centralWidget()->x(), "the codebook is not left of the text");
    Test::saveScreenshot(m_window.get(), QStringLiteral("translatedwindow-ar.png"));
    QCoreApplication::removeTranslator(&m_translator);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    m_window.reset();
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
