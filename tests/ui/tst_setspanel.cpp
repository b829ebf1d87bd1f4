#include "base/translations.h"
#include "codebookmodel.h"
#include "codebookpanel.h"
#include "documentspanel.h"
#include "mainwindow.h"
#include "projectcommand.h"
#include "setspanel.h"
#include "uitestsupport.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Marginalia;

/// The Sets dock in the window: sets of documents (listed and by condition) and of codes listed with their
/// members, removed undoably; the selected documents and codes added to a set or made a new one.
class TestSetsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sets_areListedWithTheirMembers();
    void removingASet_isUndoable_andKeepsItsGuid();
    void selectedDocuments_addedToAListedSetOrANewOne();
    void selectedCodes_makeACodeSet();
    void screenshot();

private:
    Core::Project &project() const { return *m_window->project(); }
    Ui::SetsPanel *panel() const { return m_window->setsPanel(); }
    QUndoStack *stack() const { return m_window->undoStack(); }
    QStringList setRows() const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::MainWindow> m_window;
    QStringList m_errors;
};

void TestSetsPanel::initTestCase()
{
    Core::installTranslations();
}

void TestSetsPanel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("s.marginalia"));
    QFile::remove(path);
    QVERIFY(m_fixture.create(path));
    Core::Project &fixture = *m_fixture.project;
    const qint64 year = fixture.addAttribute(QStringLiteral("year"), Core::AttributeType::Number)->id;
    QVERIFY(fixture.setAttributeValues(
        {{m_fixture.viennaId, year, QStringLiteral("2017")}, {m_fixture.planId, year, QStringLiteral("2019")}}));
    QVERIFY(fixture.addDocumentSet(QStringLiteral("Statements"), {m_fixture.viennaId}, {}));
    QVERIFY(fixture.addDocumentSet(QStringLiteral("Recent"), {}, QStringLiteral("year >= 2018")));
    QVERIFY(fixture.addCodeSet(QStringLiteral("Protection codes"), {m_fixture.identification, m_fixture.children}));
    m_fixture.project.reset();

    m_window = std::make_unique<Ui::MainWindow>();
    QVERIFY(m_window->openProject(path));
    m_errors.clear();
    Ui::ProjectCommand::setErrorHandler([this](const QString &message) { m_errors.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("setsDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    panel()->reload();
}

void TestSetsPanel::cleanup()
{
    m_window.reset();
    Ui::ProjectCommand::setErrorHandler({});
}

QStringList TestSetsPanel::setRows() const
{
    QStringList rows;
    QTreeWidget *view = panel()->setsView();
    for (int heading = 0; heading < view->topLevelItemCount(); ++heading) {
        const QTreeWidgetItem *item = view->topLevelItem(heading);
        rows.append(item->text(0) + u'|' + item->text(1));
        for (int child = 0; child < item->childCount(); ++child)
            rows.append(QStringLiteral("  ") + item->child(child)->text(0) + u'|' + item->child(child)->text(1));
    }
    return rows;
}

void TestSetsPanel::sets_areListedWithTheirMembers()
{
    QCOMPARE(setRows(),
             (QStringList{QStringLiteral("Sets of documents|2 sets"), QStringLiteral("  Recent|where year >= 2018"),
                          QStringLiteral("  Statements|1 document"), QStringLiteral("Sets of codes|1 set"),
                          QStringLiteral("  Protection codes|2 codes")}));
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Documents, QStringLiteral("Statements")));
    QCOMPARE(panel()->memberNames(), QStringList{QStringLiteral("Vienna statement")});
    // A condition's documents are those meeting it now.
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Documents, QStringLiteral("recent")));
    QCOMPARE(panel()->memberNames(), QStringList{QStringLiteral("Action plan")});
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Codes, QStringLiteral("Protection codes")));
    QCOMPARE(panel()->memberNames(),
             (QStringList{QStringLiteral("Protection/Children"), QStringLiteral("Protection/Identification")}));
}

void TestSetsPanel::removingASet_isUndoable_andKeepsItsGuid()
{
    const QString guid = project().documentSetByName(QStringLiteral("Statements"))->guid;
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Documents, QStringLiteral("Statements")));
    Test::answerNextDialogs({QStringLiteral("yes")});
    panel()->askRemoveSet();
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!project().documentSetByName(QStringLiteral("Statements")));
    QTRY_COMPARE(panel()->setsView()->topLevelItem(0)->childCount(), 1);
    stack()->undo();
    const auto back = project().documentSetByName(QStringLiteral("Statements"));
    QVERIFY(back);
    QCOMPARE(back->guid, guid);
    QCOMPARE(back->documentIds, QList<qint64>{m_fixture.viennaId});
    QTRY_COMPARE(panel()->setsView()->topLevelItem(0)->childCount(), 2);

    // A condition set comes back with its condition, a code set with its codes.
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Documents, QStringLiteral("Recent")));
    panel()->removeCurrentSet();
    panel()->reload();
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Codes, QStringLiteral("Protection codes")));
    panel()->removeCurrentSet();
    // The undone removal of "Statements" left the stack when a new step came.
    QCOMPARE(stack()->count(), 2);
    QVERIFY(project().codeSets().isEmpty());
    stack()->undo();
    QCOMPARE(project().codeSetByName(QStringLiteral("Protection codes"))->codeIds.size(), 2);
    stack()->undo();
    QCOMPARE(project().documentSetByName(QStringLiteral("Recent"))->condition, QStringLiteral("year >= 2018"));
    stack()->redo();
    stack()->redo();
    QVERIFY(!project().documentSetByName(QStringLiteral("Recent")));
    QVERIFY(project().codeSets().isEmpty());
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestSetsPanel::selectedDocuments_addedToAListedSetOrANewOne()
{
    QTreeView *documents = m_window->documentsPanel()->view();
    documents->selectAll();
    const QList<qint64> selected = m_window->documentsPanel()->selectedDocuments();
    QCOMPARE(selected.size(), 2);

    // Only listed sets are offered: a condition decides its own documents.
    Test::answerNextDialogs({QStringLiteral("Statements")});
    panel()->askAddDocuments(selected);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(project().documentSetByName(QStringLiteral("Statements"))->documentIds.size(), 2);
    stack()->undo();
    QCOMPARE(project().documentSetByName(QStringLiteral("Statements"))->documentIds, QList<qint64>{m_fixture.viennaId});

    Test::answerNextDialogs({QStringLiteral("New set..."), QStringLiteral("Both")});
    panel()->askAddDocuments(selected);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(project().documentSetByName(QStringLiteral("Both"))->documentIds.size(), 2);
    stack()->undo();
    QVERIFY(!project().documentSetByName(QStringLiteral("Both")));
    QVERIFY(m_errors.isEmpty());
}

void TestSetsPanel::selectedCodes_makeACodeSet()
{
    Ui::CodebookPanel *codebook = m_window->codebookPanel();
    QItemSelectionModel *selection = codebook->view()->selectionModel();
    selection->select(codebook->model()->indexOf(m_fixture.nonRefoulement),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(codebook->model()->indexOf(m_fixture.children),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // In the tree's order, whichever was selected first.
    QCOMPARE(codebook->selectedCodes(), (QList<qint64>{m_fixture.children, m_fixture.nonRefoulement}));

    Test::answerNextDialogs({QStringLiteral("New code set..."), QStringLiteral("Matrix rows")});
    panel()->askAddCodes(codebook->selectedCodes());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(project().codeSetByName(QStringLiteral("Matrix rows"))->codeIds.size(), 2);
    QTRY_VERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Codes, QStringLiteral("Matrix rows")));
    QCOMPARE(panel()->memberNames(),
             (QStringList{QStringLiteral("Non-refoulement"), QStringLiteral("Protection/Children")}));

    // Adding to it keeps what it had.
    Test::answerNextDialogs({QStringLiteral("Matrix rows")});
    panel()->askAddCodes({m_fixture.protection, m_fixture.children});
    QCOMPARE(project().codeSetByName(QStringLiteral("Matrix rows"))->codeIds.size(), 3);
    stack()->undo();
    QCOMPARE(project().codeSetByName(QStringLiteral("Matrix rows"))->codeIds.size(), 2);
    stack()->undo();
    QVERIFY(!project().codeSetByName(QStringLiteral("Matrix rows")));
    QVERIFY(m_errors.isEmpty());
}

void TestSetsPanel::screenshot()
{
    QVERIFY(project().addDocumentSet(QStringLiteral("Both documents"), {m_fixture.viennaId, m_fixture.planId}, {}));
    panel()->reload();
    QVERIFY(panel()->selectSet(Ui::SetsPanel::Kind::Documents, QStringLiteral("Both documents")));
    m_window->resize(1360, 860);
    QTest::qWait(50);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("setsDock"));
    QTRY_VERIFY(dock->isVisible());
    // Like every bottom panel, it can be made small (tst_mainwindow): it does not hold the text's room.
    QVERIFY(dock->minimumSizeHint().height() <= 220);
    QVERIFY(panel()->height() > 150);
    Test::saveScreenshot(dock, QStringLiteral("sets-panel"));
}

QTEST_MAIN(TestSetsPanel)
#include "tst_setspanel.moc"
