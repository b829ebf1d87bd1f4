#include "actiontips.h"
#include "helpbrowser.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWidgetAction>

using namespace Marginalia;

/// The window's help: the toolbar's tooltips name what each button does and its shortcut, Help > User Guide
/// shows the bundled guide with its contents and follows its links, About names the versions.
class TestMainWindowHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menus_havePreferencesAndHelp();
    void toolbarActions_tellWhatTheyDoAndTheirShortcut();
    void actionTip_followsTheTextAndTheShortcut();
    void userGuide_opensOnTheGuidesFirstHeadingWithItsContents();
    void userGuide_followsLinksToOtherDocumentsAndHeadings();
    void userGuide_findsWordsInThePage();
    void about_namesTheVersionsOfQt();

private:
    Ui::HelpBrowser *openUserGuide();

    std::unique_ptr<Ui::MainWindow> m_window;
};

namespace {
QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/// The guide's first heading, as docs/user-guide.md has it now.
QString firstHeadingOfTheGuide()
{
    QFile guide(QStringLiteral(MARGINALIA_SOURCE_DIR "/docs/user-guide.md"));
    if (!guide.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(guide.readLine()).trimmed().remove(0, 2);
}
} // namespace

void TestMainWindowHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
}

void TestMainWindowHelp::init()
{
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowHelp::cleanup()
{
    m_window.reset();
}

Ui::HelpBrowser *TestMainWindowHelp::openUserGuide()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *guide = m_window->findChild<Ui::HelpBrowser *>();
    if (!guide || !QTest::qWaitForWindowExposed(guide))
        return nullptr;
    return guide;
}

void TestMainWindowHelp::menus_havePreferencesAndHelp()
{
    QMenu *edit = nullptr, *help = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QLatin1String("&Edit"))
            edit = action->menu();
        if (action->text() == QLatin1String("&Help"))
            help = action->menu();
    }
    QVERIFY(edit && help);
    // Help is the last menu, Preferences the last entry of Edit.
    QCOMPARE(m_window->menuBar()->actions().constLast()->menu(), help);
    QCOMPARE(edit->actions().constLast()->objectName(), QStringLiteral("preferencesAction"));
    QCOMPARE(edit->actions().constLast()->menuRole(), QAction::PreferencesRole);
    QStringList entries;
    for (QAction *action : help->actions())
        entries.append(action->isSeparator() ? QStringLiteral("-") : action->text());
    QCOMPARE(entries,
             (QStringList{QStringLiteral("&User Guide"), QStringLiteral("-"), QStringLiteral("&About Marginalia"),
                          QStringLiteral("About &Qt")}));
    QCOMPARE(help->actions().constFirst()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    help->popup(m_window->mapToGlobal(QPoint(400, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(help));
    Test::saveScreenshot(help, QStringLiteral("help-menu"));
    help->hide();
}

void TestMainWindowHelp::toolbarActions_tellWhatTheyDoAndTheirShortcut()
{
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("codingToolBar"));
    QVERIFY(toolBar);
    int withShortcut = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (QWidget *widget = toolBar->widgetForAction(action); widget && qobject_cast<QWidgetAction *>(action)) {
            // The coder boxes and their labels.
            QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName()));
            continue;
        }
        const QString tip = action->toolTip();
        QVERIFY2(!tip.isEmpty() && tip != withoutMnemonic(action->text()), qPrintable(action->text()));
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        QVERIFY2(tip.contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(tip));
    }
    QCOMPARE(withShortcut, 3); // Undo, Redo, Code In Vivo
    auto *inVivo = m_window->findChild<QAction *>(QStringLiteral("codeInVivoAction"));
    QCOMPARE(inVivo->toolTip(),
             QStringLiteral("Make a new code named after the selected words and code them with it "
                            "(\u2066Ctrl+I\u2069)"));
}

void TestMainWindowHelp::actionTip_followsTheTextAndTheShortcut()
{
    // Undo says which step it would undo, and its shortcut.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("Add Coding")));
    QCOMPARE(undo->toolTip(), QStringLiteral("Undo Add Coding (\u2066Ctrl+Z\u2069)"));
    m_window->undoStack()->clear();

    QAction action(QStringLiteral("&Find && Replace"));
    Ui::setActionTip(&action, QString());
    QCOMPARE(action.toolTip(), QStringLiteral("Find & Replace"));
    action.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QCOMPARE(action.toolTip(), QStringLiteral("Find & Replace (\u2066Ctrl+H\u2069)"));
    Ui::setActionTip(&action, QStringLiteral("Replace words in the text"));
    action.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QCOMPARE(action.toolTip(), QStringLiteral("Replace words in the text (\u2066Ctrl+Shift+H\u2069)"));
}

void TestMainWindowHelp::userGuide_opensOnTheGuidesFirstHeadingWithItsContents()
{
    Ui::HelpBrowser *guide = openUserGuide();
    QVERIFY(guide);
    const QString heading = firstHeadingOfTheGuide();
    QVERIFY(!heading.isEmpty());
    const QTextBlock first = guide->browser()->document()->firstBlock();
    QCOMPARE(first.text(), heading);
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    const QStringList contents = guide->contents();
    QCOMPARE(contents.value(0), heading);
    QVERIFY2(contents.contains(QStringLiteral("  1. Open or create a project")), qPrintable(contents.join(u'\n')));
    QVERIFY(contents.contains(QStringLiteral("    Cases")));
    Test::saveScreenshot(guide, QStringLiteral("user-guide"));

    // The contents scroll to the heading picked.
    auto *tree = guide->findChild<QTreeWidget *>(QStringLiteral("userGuideContents"));
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> found
        = tree->findItems(QStringLiteral("9. Compare coders"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QCOMPARE(guide->browser()->verticalScrollBar()->value(), 0);
    Q_EMIT tree->itemClicked(found.first(), 0);
    QVERIFY(guide->browser()->verticalScrollBar()->value() > 0);
    QCOMPARE(guide->browser()->textCursor().block().text(), QStringLiteral("9. Compare coders"));

    // The last section, for the screenshot of a section's images.
    QTreeWidgetItem *guideItem = tree->topLevelItem(0);
    Q_EMIT tree->itemClicked(guideItem->child(guideItem->childCount() - 1), 0);
    Test::saveScreenshot(guide, QStringLiteral("user-guide-last-section"));

    // F1 again raises the same window.
    m_window->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    QCOMPARE(m_window->findChildren<Ui::HelpBrowser *>().size(), 1);
}

void TestMainWindowHelp::userGuide_followsLinksToOtherDocumentsAndHeadings()
{
    Ui::HelpBrowser *guide = openUserGuide();
    QVERIFY(guide);
    // As a click on "[the exact rules](schema.md#documents)" does.
    guide->browser()->setSource(QUrl(QStringLiteral("schema.md#documents")));
    QCOMPARE(guide->browser()->source().fileName(), QStringLiteral("schema.md"));
    QVERIFY(guide->browser()->document()->firstBlock().blockFormat().headingLevel() > 0);
    QVERIFY2(guide->browser()->verticalScrollBar()->value() > 0, "not scrolled to #documents");
    const QTextBlock top = guide->browser()->cursorForPosition(QPoint(4, 4)).block();
    QCOMPARE(top.text(), QStringLiteral("documents")); // "### `documents`", the table's name
    QVERIFY(top.blockFormat().headingLevel() > 0);
    guide->browser()->backward();
    QCOMPARE(guide->browser()->document()->firstBlock().text(), firstHeadingOfTheGuide());
}

void TestMainWindowHelp::userGuide_findsWordsInThePage()
{
    Ui::HelpBrowser *guide = openUserGuide();
    QVERIFY(guide);
    guide->findEdit()->setText(QStringLiteral("backup"));
    QVERIFY(guide->findNext());
    QCOMPARE(guide->browser()->textCursor().selectedText().toLower(), QStringLiteral("backup"));
    const int first = guide->browser()->textCursor().position();
    QVERIFY(guide->findNext());
    QVERIFY(guide->browser()->textCursor().position() > first);
    guide->findEdit()->setText(QStringLiteral("zqxjw"));
    QVERIFY(!guide->findNext());
}

void TestMainWindowHelp::about_namesTheVersionsOfQt()
{
    auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(box->text().contains(QStringLiteral(QT_VERSION_STR)));
    Test::saveScreenshot(box, QStringLiteral("about"));
    box->accept();
}

QTEST_MAIN(TestMainWindowHelp)
#include "tst_mainwindowhelp.moc"
