// The Undo History dock: the steps done before the project was last opened, listed greyed above the live
// undo stack, kept per project and capped.

#include "historypanel.h"
#include "uitestsupport.h"

#include <QFile>
#include <QListWidget>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Marginalia;

namespace {

class TextCommand final : public QUndoCommand
{
public:
    explicit TextCommand(const QString &text) { setText(text); }
    void undo() override { }
    void redo() override { }
};

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepsBeforeAReopen_areListed_undoneOnesAreNot();
    void history_isPerProject_andCapped();

private:
    static const QString guid;
};

const QString TestHistoryPanel::guid = QStringLiteral("5c0ffee0-0000-4000-8000-000000000017");

void TestHistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Ui::HistoryPanel::historyFile(guid));
    QFile::remove(Ui::HistoryPanel::historyFile(QStringLiteral("other")));
}

void TestHistoryPanel::stepsBeforeAReopen_areListed_undoneOnesAreNot()
{
    {
        QUndoStack stack;
        Ui::HistoryPanel panel(&stack);
        panel.setProject(guid);
        QVERIFY(panel.earlierSteps().isEmpty());
        QVERIFY(panel.findChild<QListWidget *>(QStringLiteral("earlierSteps"))->isHidden());
        stack.push(new TextCommand(QStringLiteral("Code \"Protection\"")));
        stack.push(new TextCommand(QStringLiteral("Rename code \"Children\"")));
        stack.push(new TextCommand(QStringLiteral("Delete code \"Gender\"")));
        stack.undo(); // not done when the project closes: not listed
        stack.clear(); // what closing the project does
    }
    {
        QUndoStack stack;
        Ui::HistoryPanel panel(&stack);
        panel.resize(320, 360);
        panel.setProject(guid);
        QCOMPARE(panel.earlierSteps(),
                 (QStringList{QStringLiteral("Code \"Protection\""), QStringLiteral("Rename code \"Children\"")}));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("earlierSteps"));
        QVERIFY(!list->isHidden());
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags); // shown, not undoable
        // A step of this session joins them for the next opening.
        stack.push(new TextCommand(QStringLiteral("Memo of \"interview 3\"")));
        QCOMPARE(panel.undoView()->model()->rowCount(), 2); // "Project opened" and the step
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Both earlier steps in sight, without scrolling.
        QTRY_COMPARE(list->verticalScrollBar()->maximum(), 0); // once the list has laid its items out
        Test::saveScreenshot(&panel, QStringLiteral("test-history-after-reopen"));
    }
    QUndoStack stack;
    Ui::HistoryPanel panel(&stack);
    panel.setProject(guid);
    QCOMPARE(panel.earlierSteps().size(), 3);
    QCOMPARE(panel.earlierSteps().last(), QStringLiteral("Memo of \"interview 3\""));
}

void TestHistoryPanel::history_isPerProject_andCapped()
{
    QUndoStack stack;
    {
        Ui::HistoryPanel panel(&stack);
        panel.setProject(QStringLiteral("other"));
        for (int i = 0; i < Ui::HistoryPanel::MaxSteps + 5; ++i)
            stack.push(new TextCommand(QStringLiteral("Step %1").arg(i)));
        stack.clear();
    }
    Ui::HistoryPanel panel(&stack);
    panel.setProject(QStringLiteral("other"));
    const QStringList steps = panel.earlierSteps();
    QCOMPARE(steps.size(), Ui::HistoryPanel::MaxSteps);
    QCOMPARE(steps.first(), QStringLiteral("Step 5")); // the oldest go first
    QCOMPARE(steps.last(), QStringLiteral("Step %1").arg(Ui::HistoryPanel::MaxSteps + 4));
    panel.setProject(guid);
    QVERIFY(!panel.earlierSteps().contains(QStringLiteral("Step 5")));
    panel.setProject(QString());
    QVERIFY(panel.earlierSteps().isEmpty());
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
