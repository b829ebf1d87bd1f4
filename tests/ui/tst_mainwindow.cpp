#include "codebookmodel.h"
#include "excerptmodel.h"
#include "documentview.h"
#include "mainwindow.h"
#include "memopanel.h"
#include "project.h"
#include "retrievalpanel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Marginalia;

/// Drives the real window as a user does, and checks the project file after each step through a second,
/// independent connection: what is on disk is what counts.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openProject_showsDocumentsCodebookAndCodings();
    void selectAndQuickKey_codesTheSnappedWords();
    void doubleClickOnCode_codesTheSelection();
    void undoRedo_takeBackAndRedoTheCodingOnDisk();
    void inVivo_createsACodeNamedAfterTheSelection();
    void mergeTwoCodes_movesTheirCodingsAndUndoRestores();
    void deleteCode_removesItsCodingsAndUndoRestores();
    void memoEdits_areSavedAsTypedAndUndoable();
    void models_passTheModelTester();
    void retrieveAndJump_selectsThePassageInTheText();
    void importCodebook_addsCodesAndUndoRemovesThem();
    void codeFolder_isNotAppliedAndTheStatusBarSaysWhy();
    void foreignFile_isRefusedAndTheWindowStaysUsable();

private:
    /// Selects the first occurrence of @p phrase in the document view, as a mouse drag would.
    void select(const QString &phrase);
    /// Codings on disk, read through a fresh connection.
    QList<Core::Coding> codingsOnDisk() const;
    QString excerptOnDisk(const Core::Coding &coding) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Ui::MainWindow> m_window;
    qint64 m_document = 0, m_protection = 0, m_identification = 0, m_children = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("MARGINALIA_CODER", "tester");
}

void TestMainWindow::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("w%1.marginalia").arg(++counter));
    {
        auto project = Core::Project::create(m_path);
        QVERIFY(project);
        Core::NewDocument document;
        document.name = QStringLiteral("note");
        document.text = QStringLiteral("🌍 Early identification protects victims. Children need guardians.\n"
                                       "Screening at borders must respect non-refoulement.");
        m_document = (*project)->addDocument(document)->id;
        m_protection = (*project)->addCode(QStringLiteral("Protection"))->id;
        m_children = (*project)->addCode(QStringLiteral("Children"), m_protection, QStringLiteral("#B22222"))->id;
        m_identification = (*project)->addCode(QStringLiteral("Identification"), 0, QStringLiteral("#F28E2B"))->id;
        const qint64 coder = (*project)->ensureCoder(QStringLiteral("earlier"))->id;
        QVERIFY((*project)->addCoding({m_document, m_children, coder, 55, 63, {}, {}, {}}));
    }
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->setCurrentCoder(QStringLiteral("tester"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(m_window->showDocument(m_document));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::select(const QString &phrase)
{
    Ui::DocumentView *view = m_window->documentView();
    const QString text = view->toPlainText();
    const qsizetype at = text.indexOf(phrase);
    QVERIFY2(at >= 0, qPrintable(phrase));
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + phrase.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

QList<Core::Coding> TestMainWindow::codingsOnDisk() const
{
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    return project ? (*project)->codings() : QList<Core::Coding>();
}

QString TestMainWindow::excerptOnDisk(const Core::Coding &coding) const
{
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    return Core::TextOffsets::slice(*(*project)->documentText(coding.documentId), coding.start, coding.end);
}

void TestMainWindow::openProject_showsDocumentsCodebookAndCodings()
{
    QVERIFY(m_window->windowTitle().startsWith(QFileInfo(m_path).completeBaseName()));
    QCOMPARE(m_window->documentsView()->model()->rowCount(), 1);
    QCOMPARE(m_window->codebookView()->model()->rowCount(), 2);
    Ui::DocumentView *view = m_window->documentView();
    QVERIFY(view->toPlainText().contains(QStringLiteral("identification")));
    // The earlier coding is in the view, at the right characters although an emoji comes first.
    const auto range = view->codingRange(codingsOnDisk().first().id);
    QVERIFY(range);
    QCOMPARE(view->textOf(range->first, range->second), QStringLiteral("guardian"));
    QCOMPARE(view->laneCount(), 1);
    if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/test-mainwindow.png")));
}

void TestMainWindow::selectAndQuickKey_codesTheSnappedWords()
{
    m_window->pinCode(m_identification, 3);
    select(QStringLiteral("dentification protec")); // a quick, sloppy drag
    m_window->documentView()->setFocus();
    QTest::keyClick(m_window->documentView(), Qt::Key_3);
    const auto codings = codingsOnDisk();
    QCOMPARE(codings.size(), 2);
    const auto made = std::find_if(codings.cbegin(), codings.cend(), [&](const Core::Coding &c) { return c.codeId == m_identification; });
    QVERIFY(made != codings.cend());
    QCOMPARE(excerptOnDisk(*made), QStringLiteral("identification protects"));
}

void TestMainWindow::doubleClickOnCode_codesTheSelection()
{
    select(QStringLiteral("Screening at borders"));
    QTreeView *codebook = m_window->codebookView();
    const QModelIndex index = static_cast<Ui::CodebookModel *>(codebook->model())->indexOf(m_identification);
    QVERIFY(index.isValid());
    const QRect rect = codebook->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(codebook->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(codebook->viewport(), Qt::LeftButton, {}, rect.center());
    if (codingsOnDisk().size() != 2)
        qWarning() << m_window->statusBar()->currentMessage();
    const auto codings = codingsOnDisk();
    QCOMPARE(codings.size(), 2);
    QCOMPARE(excerptOnDisk(codings.last()), QStringLiteral("Screening at borders"));
}

void TestMainWindow::undoRedo_takeBackAndRedoTheCodingOnDisk()
{
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    QCOMPARE(codingsOnDisk().size(), 2);
    const QString guid = codingsOnDisk().last().guid;

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(codingsOnDisk().size(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(codingsOnDisk().size(), 2);
    // Redo puts back the same coding, not a look-alike.
    QCOMPARE(codingsOnDisk().last().guid, guid);
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestMainWindow::inVivo_createsACodeNamedAfterTheSelection()
{
    select(QStringLiteral("respect non-refoulement"));
    QTest::keyClick(m_window->documentView(), Qt::Key_I, Qt::ControlModifier);
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QVERIFY(project);
    const QList<Core::Code> codes = (*project)->codes();
    const auto inVivo = std::find_if(codes.cbegin(), codes.cend(), [](const Core::Code &c) {
        return c.name == QStringLiteral("respect non-refoulement");
    });
    QVERIFY(inVivo != codes.cend());
    QCOMPARE((*project)->codingCount(inVivo->id, false), 1);
    project->reset();
    // One undo step takes back both the code and its coding.
    m_window->undoStack()->undo();
    QCOMPARE(codingsOnDisk().size(), 1);
    project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->codes().size(), 3);
}

void TestMainWindow::mergeTwoCodes_movesTheirCodingsAndUndoRestores()
{
    select(QStringLiteral("identification"));
    QVERIFY(m_window->codeSelection(m_identification));
    QVERIFY(m_window->mergeCode(m_identification, m_children));
    auto codings = codingsOnDisk();
    QCOMPARE(codings.size(), 2);
    QVERIFY(std::all_of(codings.cbegin(), codings.cend(), [&](const Core::Coding &c) { return c.codeId == m_children; }));
    m_window->undoStack()->undo();
    codings = codingsOnDisk();
    QVERIFY(std::any_of(codings.cbegin(), codings.cend(), [&](const Core::Coding &c) { return c.codeId == m_identification; }));
}

void TestMainWindow::deleteCode_removesItsCodingsAndUndoRestores()
{
    QVERIFY(m_window->deleteCode(m_protection, false));
    QCOMPARE(codingsOnDisk().size(), 0);
    QTRY_COMPARE(m_window->codebookView()->model()->rowCount(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(codingsOnDisk().size(), 1);
    QCOMPARE(codingsOnDisk().first().codeId, m_children);
    QTRY_COMPARE(m_window->codebookView()->model()->rowCount(), 2);
}

void TestMainWindow::memoEdits_areSavedAsTypedAndUndoable()
{
    Ui::MemoPanel *memo = m_window->memoPanel();
    QCOMPARE(memo->target().kind, Ui::MemoTarget::Kind::Document);
    auto *editor = memo->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Read twice"));
    memo->flush();
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->document(m_document)->memo, QStringLiteral("Read twice"));
    project->reset();
    QTest::keyClicks(editor, QStringLiteral(", then code."));
    memo->flush();
    // Typing merges into one step.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->document(m_document)->memo, QString());
    QCOMPARE(editor->toPlainText(), QString());
}

void TestMainWindow::models_passTheModelTester()
{
    QAbstractItemModelTester codebook(m_window->codebookView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester documents(m_window->documentsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_children));
    QVERIFY(m_window->deleteCode(m_identification, false));
    m_window->undoStack()->undo();
    QCoreApplication::processEvents();
}

void TestMainWindow::retrieveAndJump_selectsThePassageInTheText()
{
    m_window->selectCode(m_children);
    Ui::RetrievalPanel *retrieval = m_window->retrievalPanel();
    QTRY_COMPARE(retrieval->code(), m_children);
    retrieval->reload();
    QTRY_COMPARE(retrieval->model()->rowCount(), 1);
    // Jump somewhere else first, so that the jump is seen to happen.
    m_window->documentView()->moveCursor(QTextCursor::End);
    const QModelIndex row = retrieval->model()->index(0, 0);
    QAbstractItemView *view = retrieval->findChild<QAbstractItemView *>();
    QVERIFY(view);
    Q_EMIT view->activated(row);
    QCOMPARE(m_window->documentView()->textCursor().selectedText(), QStringLiteral("guardian"));
    QVERIFY(m_window->documentView()->currentCoding() != 0);
}

void TestMainWindow::importCodebook_addsCodesAndUndoRemovesThem()
{
    MARGINALIA_SKIP_WITHOUT_CORPUS();
    QVERIFY(m_window->importCodebook(Test::corpusPath(QStringLiteral("codebook.qdc"))));
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    const qsizetype imported = (*project)->codes().size();
    QVERIFY2(imported > 10, qPrintable(QString::number(imported)));
    project->reset();
    m_window->undoStack()->undo();
    project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->codes().size(), 3);
    QCOMPARE((*project)->codings().size(), 1);
    project->reset();
    m_window->undoStack()->redo();
    project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->codes().size(), imported);
}

void TestMainWindow::codeFolder_isNotAppliedAndTheStatusBarSaysWhy()
{
    // A folder of codes from another tool (isCodable="false") groups codes; it is not applied to text.
    const QString qdc = m_dir.filePath(QStringLiteral("folders.qdc"));
    QVERIFY(Test::writeFile(qdc, "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                 "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"NVivo 14\"><Codes>"
                                 "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Themes\" isCodable=\"false\">"
                                 "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Trust\" isCodable=\"true\"/>"
                                 "</Code></Codes></CodeBook>"));
    QVERIFY(m_window->importCodebook(qdc));
    QCoreApplication::processEvents(); // the codebook reloads on the next turn of the event loop
    QVERIFY(m_window->selectCodePath(QStringLiteral("Themes")));
    const qint64 folder = m_window->codebookView()->currentIndex().isValid()
        ? static_cast<Ui::CodebookModel *>(m_window->codebookView()->model())->codeId(m_window->codebookView()->currentIndex())
        : 0;
    QVERIFY(folder != 0);

    select(QStringLiteral("Screening at borders"));
    QVERIFY(!m_window->codeSelection(folder));
    QCOMPARE(codingsOnDisk().size(), 1);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Themes")) && message.contains(QStringLiteral("folder")), qPrintable(message));

    // Its subcodes are applied as usual.
    QVERIFY(m_window->selectCodePath(QStringLiteral("Themes/Trust")));
    const qint64 trust = static_cast<Ui::CodebookModel *>(m_window->codebookView()->model())->codeId(m_window->codebookView()->currentIndex());
    select(QStringLiteral("Screening at borders"));
    QVERIFY(m_window->codeSelection(trust));
    QCOMPARE(codingsOnDisk().size(), 2);
}

void TestMainWindow::foreignFile_isRefusedAndTheWindowStaysUsable()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(Test::writeFile(path, "just text"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("notes.txt.*not a Marginalia project")));
    QVERIFY(!m_window->openProject(path));
    // The open project stays open.
    QVERIFY(m_window->project());
    QCOMPARE(m_window->project()->filePath(), m_path);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
