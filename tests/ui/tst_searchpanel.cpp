#include "base/translations.h"
#include "documentscopebar.h"
#include "findbar.h"
#include "mainwindow.h"
#include "memopanel.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Marginalia;

/// The Search panel: keyword-in-context hits of the project, sorting, jumping to a hit, and auto-coding
/// the hits from the window as one undo step.
class TestSearchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void search_listsHitsWithContext();
    void badQuery_saysWhatIsWrong();
    void scope_searchesOnlyItsDocumentsAndAgainWhenItChanges();
    void activatingAHit_asksToShowIt();
    void codeHits_isOneUndoStep();
    void memoHits_areListedAndOpenTheMemo();
    void screenshot();
    void windowScreenshot();

private:
    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::SearchPanel> m_panel;
    Core::SearchQuery words(const QString &text)
    {
        Core::SearchQuery query;
        query.text = text;
        return query;
    }
};

void TestSearchPanel::initTestCase()
{
    Core::installTranslations(); // "1 document", not "document(s)"
}

void TestSearchPanel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("s.marginalia")));
    QVERIFY(m_fixture.create(m_dir.filePath(QStringLiteral("s.marginalia"))));
    m_panel = std::make_unique<Ui::SearchPanel>();
    m_panel->resize(900, 300);
    m_panel->setProject(m_fixture.project.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSearchPanel::cleanup()
{
    m_panel.reset();
    m_fixture.project.reset();
}

void TestSearchPanel::search_listsHitsWithContext()
{
    QTest::keyClicks(m_panel->queryEdit(), QStringLiteral("identification"));
    QTest::keyClick(m_panel->queryEdit(), Qt::Key_Return);
    Ui::SearchHitModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY2(m_panel->message().contains(QStringLiteral("2 hits in 2 documents")), qPrintable(m_panel->message()));
    // Documents in name order: "Action plan" before "Vienna statement".
    QCOMPARE(model->hitAt(0).document, QStringLiteral("Action plan"));
    const Core::SearchHit &vienna = model->hitAt(1);
    QCOMPARE(vienna.paragraph, QStringLiteral("1"));
    QCOMPARE(vienna.hit, QStringLiteral("identification"));
    // "1. 🌍 Early " is 11 code points (the globe is one).
    QCOMPARE(vienna.start, 11);
    QCOMPARE(model->index(1, Ui::SearchHitModel::BeforeColumn).data().toString(),
             QStringLiteral("\u200E1. 🌍 Early ")); // left to right whatever the context's script
    // Sorting by the hit's right context.
    m_panel->view()->sortByColumn(Ui::SearchHitModel::AfterColumn, Qt::AscendingOrder);
    QCOMPARE(m_panel->sortModel()->index(0, Ui::SearchHitModel::AfterColumn).data().toString().left(5),
             QStringLiteral("\u200E and"));
}

void TestSearchPanel::badQuery_saysWhatIsWrong()
{
    m_panel->search(words(QStringLiteral("victims AND")));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY2(m_panel->message().contains(QStringLiteral("victims AND")), qPrintable(m_panel->message()));
    Core::SearchQuery pattern = words(QStringLiteral("(unclosed"));
    pattern.kind = Core::SearchQuery::Kind::Pattern;
    m_panel->search(pattern);
    QVERIFY2(m_panel->message().contains(QStringLiteral("regular expression")), qPrintable(m_panel->message()));
}

void TestSearchPanel::scope_searchesOnlyItsDocumentsAndAgainWhenItChanges()
{
    QVERIFY(m_fixture.project->addDocumentSet(QStringLiteral("Vienna only"), {m_fixture.viennaId}));
    QVERIFY(m_panel->scopeBar()->selectSet(QStringLiteral("Vienna only")));
    m_panel->setMemosSearched(false);
    m_panel->search(words(QStringLiteral("identification")));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->model()->hitAt(0).document, QStringLiteral("Vienna statement"));
    // The hits on show follow the scope without a new search.
    m_panel->scopeBar()->selectAllDocuments();
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
}

void TestSearchPanel::activatingAHit_asksToShowIt()
{
    m_panel->search(words(QStringLiteral("refoulement")));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QSignalSpy activated(m_panel.get(), &Ui::SearchPanel::hitActivated);
    Q_EMIT m_panel->view()->activated(m_panel->sortModel()->index(0, 0));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), m_fixture.viennaId);
    const Core::SearchHit &hit = m_panel->model()->hitAt(0);
    QCOMPARE(Core::TextOffsets::slice(m_fixture.vienna, hit.start, hit.end),
             QStringLiteral("refoulement")); // a word of "Non-refoulement"
}

void TestSearchPanel::codeHits_isOneUndoStep()
{
    const QString path = m_dir.filePath(QStringLiteral("s.marginalia"));
    m_panel.reset();
    m_fixture.project.reset();
    Ui::MainWindow window;
    QVERIFY(window.openProject(path));
    const int stepsBefore = window.undoStack()->count();
    window.searchPanel()->search(words(QStringLiteral("protect*")));
    QCOMPARE(window.searchPanel()->model()->rowCount(), 2);
    auto project = Core::Project::open(path, Core::Project::Access::ReadOnly);
    QVERIFY(project.ok());
    const qint64 codingsBefore = (*project)->codings().size();
    QVERIFY(window.codeSearchHits(window.searchPanel()->query(), m_fixture.nonRefoulement, Core::HitExtent::Sentence));
    QCOMPARE(window.undoStack()->count(), stepsBefore + 1);
    QCOMPARE((*project)->codings().size(), codingsBefore + 2);
    window.undoStack()->undo();
    QCOMPARE((*project)->codings().size(), codingsBefore);
    window.undoStack()->redo();
    QCOMPARE((*project)->codings().size(), codingsBefore + 2);
    // Again: everything is coded already, nothing is added and no step is made.
    QVERIFY(!window.codeSearchHits(window.searchPanel()->query(), m_fixture.nonRefoulement, Core::HitExtent::Sentence));
    QCOMPARE(window.undoStack()->count(), stepsBefore + 1);
}

void TestSearchPanel::memoHits_areListedAndOpenTheMemo()
{
    // A hit in the coding's memo ("overlaps bob's"), after the text's hits and named as a memo.
    m_panel->search(words(QStringLiteral("overlaps OR everyone")));
    Ui::SearchHitModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY2(m_panel->message().contains(QStringLiteral("in 1 document. 1 in memos.")), qPrintable(m_panel->message()));
    QCOMPARE(model->hitAt(1).memo.kind, Core::MemoTarget::Kind::Coding);
    QCOMPARE(model->index(1, Ui::SearchHitModel::DocumentColumn).data().toString(),
             QStringLiteral("Memo on a coding in Vienna statement"));
    QVERIFY(model->index(1, Ui::SearchHitModel::DocumentColumn).data(Qt::FontRole).value<QFont>().italic());
    // Without the memos: the text's hit only.
    m_panel->setMemosSearched(false);
    m_panel->runSearch();
    QCOMPARE(model->rowCount(), 1);
    m_panel->setMemosSearched(true);

    // In the window: activating the memo's hit shows that memo with the hit selected, and its passage.
    const QString path = m_dir.filePath(QStringLiteral("s.marginalia"));
    m_panel.reset();
    m_fixture.project.reset();
    Ui::MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    window.searchPanel()->search(words(QStringLiteral("bob*")));
    QTableView *view = window.searchPanel()->view();
    QCOMPARE(view->model()->rowCount(), 1);
    Q_EMIT view->activated(view->model()->index(0, 0));
    QCOMPARE(window.memoPanel()->target().kind, Core::MemoTarget::Kind::Coding);
    QCOMPARE(window.currentDocument(), m_fixture.viennaId);
    auto *editor = window.memoPanel()->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("bob")); // the apostrophe ends the word
    // Editing the memo searches again (the Search panel in view): the hit is gone with the word.
    window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->raise();
    editor->setPlainText(QStringLiteral("overlaps the other coder's"));
    window.memoPanel()->flush();
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void TestSearchPanel::screenshot()
{
    m_panel->search(words(QStringLiteral("identification OR protect* OR refoulement")));
    Test::saveScreenshot(m_panel.get(), QStringLiteral("search-panel-light"));
}

void TestSearchPanel::windowScreenshot()
{
    // The window as a user sees it after a search: the panel below the text, the first hit selected in it.
    const QString path = m_dir.filePath(QStringLiteral("s.marginalia"));
    m_panel.reset();
    m_fixture.project.reset();
    Ui::MainWindow window;
    window.resize(1200, 760);
    QVERIFY(window.openProject(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = qobject_cast<QWidget *>(window.searchPanel()->parentWidget());
    QVERIFY(dock);
    QMetaObject::invokeMethod(dock, "raise");
    window.searchPanel()->search(words(QStringLiteral("identification OR refoulement")));
    Q_EMIT window.searchPanel()->view()->activated(window.searchPanel()->sortModel()->index(1, 0));
    QApplication::processEvents();
    // Ctrl+F (Edit > Find in Document...) opens the find bar under the text.
    QVERIFY(!window.findBar()->isVisible());
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(window.findBar()->isVisible());
    Test::saveScreenshot(&window, QStringLiteral("search-window-light"));
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
