#include "agreementmodel.h"
#include "codebookmodel.h"
#include "codetreemenu.h"
#include "comparecoderspanel.h"
#include "disagreementreview.h"
#include "documentview.h"
#include "excerptmodel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "memopanel.h"
#include "model/codetree.h"
#include "palettes.h"
#include "retrievalpanel.h"
#include "store/project.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void readingArea_getsTheHeight_andBottomPanelsShrinkHideAndComeBack();
    void toolbar_doesNotMoveWhenTheUndoLabelChanges();
    void coloursAndTextFont_areChosenInTheWindow_andRemembered();

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
    void brokenQdpx_importSaysWhyAndTheWindowStaysUsable();
    void coderTypedInTheBox_codesAsThatCoder_data();
    void coderTypedInTheBox_codesAsThatCoder();
    void undoOfANewCodersFirstCoding_leavesNoCoderBehind();
    void coding_keepsTheViewWhereItIs_data();
    void coding_keepsTheViewWhereItIs();
    void refiQdaExportAndImport_roundTripThroughTheWindow();
    void openingAQdpx_importsItIntoANewProjectBesideIt();
    void undoHistory_listsTheStepsDoneBeforeTheProjectWasReopened();
    void openingAQdpx_importsItIntoTheFileTheUserNames();
    void newCode_isAddedAndSelected_aTakenNameLeavesNoStep();
    void codebookContextMenu_listsTheCodeActions();
    void textContextMenu_allCodesShowsEachParentOnce();
    void documentsContextMenu_listsImportRenameAndRemove();
    void compareCoders_reviewDecisionIsAStepOfTheWindowsUndo();
    void mergeProjects_isOneUndoStepThatRestoresTheProjectExactly();

private:
    /// The entries of the context menu that a right-click at @p position (viewport coordinates) of @p view
    /// opens, closed again at once: "text", "-" for a separator, "[checked]"/"[disabled]" marks, and a
    /// submenu's entries indented under it.
    QStringList contextMenuAt(QAbstractScrollArea *view, const QPoint &position);
    /// Triggers the menu bar's action @p text (with its '&') and types @p answer into the input dialog it
    /// opens; returns the dialog's title, empty when none opened.
    QString answerMenuDialog(const QString &text, const QString &answer);
    /// Selects the first occurrence of @p phrase in the document view, as a mouse drag would.
    void select(const QString &phrase);
    /// Codings on disk, read through a fresh connection.
    QList<Core::Coding> codingsOnDisk() const;
    QString excerptOnDisk(const Core::Coding &coding) const;
    QStringList codersOnDisk() const;
    QComboBox *coderBox() const;

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

QStringList TestMainWindow::codersOnDisk() const
{
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QStringList names;
    for (const Core::Coder &coder : (*project)->coders())
        names.append(coder.name);
    return names;
}

QComboBox *TestMainWindow::coderBox() const
{
    return m_window->findChild<QComboBox *>(QStringLiteral("coderBox"));
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
    const auto made = std::find_if(codings.cbegin(), codings.cend(),
                                   [&](const Core::Coding &c) { return c.codeId == m_identification; });
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
    QVERIFY(
        std::all_of(codings.cbegin(), codings.cend(), [&](const Core::Coding &c) { return c.codeId == m_children; }));
    m_window->undoStack()->undo();
    codings = codingsOnDisk();
    QVERIFY(std::any_of(codings.cbegin(), codings.cend(),
                        [&](const Core::Coding &c) { return c.codeId == m_identification; }));
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
    QAbstractItemModelTester codebook(m_window->codebookView()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester documents(m_window->documentsView()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    QVERIFY(Test::writeFile(qdc,
                            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                            "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"NVivo 14\"><Codes>"
                            "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Themes\" isCodable=\"false\">"
                            "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Trust\" isCodable=\"true\"/>"
                            "</Code></Codes></CodeBook>"));
    QVERIFY(m_window->importCodebook(qdc));
    QCoreApplication::processEvents(); // the codebook reloads on the next turn of the event loop
    QVERIFY(m_window->selectCodePath(QStringLiteral("Themes")));
    const qint64 folder = m_window->codebookView()->currentIndex().isValid()
        ? static_cast<Ui::CodebookModel *>(m_window->codebookView()->model())
              ->codeId(m_window->codebookView()->currentIndex())
        : 0;
    QVERIFY(folder != 0);

    select(QStringLiteral("Screening at borders"));
    QVERIFY(!m_window->codeSelection(folder));
    QCOMPARE(codingsOnDisk().size(), 1);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Themes")) && message.contains(QStringLiteral("folder")),
             qPrintable(message));

    // Its subcodes are applied as usual.
    QVERIFY(m_window->selectCodePath(QStringLiteral("Themes/Trust")));
    const qint64 trust = static_cast<Ui::CodebookModel *>(m_window->codebookView()->model())
                             ->codeId(m_window->codebookView()->currentIndex());
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

void TestMainWindow::brokenQdpx_importSaysWhyAndTheWindowStaysUsable()
{
    const QString qdpx = m_dir.filePath(QStringLiteral("broken.qdpx"));
    QVERIFY(Test::writeFile(qdpx, "PK\x03\x04 not really a zip archive"));
    const QString target = m_dir.filePath(QStringLiteral("imported.marginalia"));
    // The error is shown (as a warning on the offscreen platform), not taken for a cancel and swallowed.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken\\.qdpx")));
    QVERIFY(!m_window->importRefiQda(qdpx, target));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(m_window->project()->filePath(), m_path);
}

void TestMainWindow::coderTypedInTheBox_codesAsThatCoder_data()
{
    QTest::addColumn<bool>("pressEnter");
    QTest::newRow("Enter") << true;
    QTest::newRow("leaving the box") << false;
}

void TestMainWindow::coderTypedInTheBox_codesAsThatCoder()
{
    QFETCH(bool, pressEnter);
    QComboBox *box = coderBox();
    QVERIFY(box);
    box->lineEdit()->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("rita"));
    if (pressEnter)
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    else
        m_window->documentView()->setFocus(); // a click into the text
    QTRY_COMPARE(m_window->currentCoder(), QStringLiteral("rita"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("rita")),
             qPrintable(m_window->statusBar()->currentMessage()));
    if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty() && pressEnter)
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/test-codertyped.png")));

    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    const auto rita = (*project)->coderByName(QStringLiteral("rita"));
    QVERIFY(rita);
    QCOMPARE((*project)->codings().size(), 2);
    QCOMPARE((*project)->codings({.coderId = rita->id}).size(), 1);
    project->reset();
    // The box keeps the name after the coding, and so does the next coding.
    QCOMPARE(box->currentText(), QStringLiteral("rita"));
    select(QStringLiteral("guardians"));
    QVERIFY(m_window->codeSelection(m_identification));
    project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->codings({.coderId = rita->id}).size(), 2);
    QCOMPARE(box->currentText(), QStringLiteral("rita"));
}

void TestMainWindow::undoOfANewCodersFirstCoding_leavesNoCoderBehind()
{
    m_window->setCurrentCoder(QStringLiteral("rita"));
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    QVERIFY(codersOnDisk().contains(QStringLiteral("rita")));
    const auto ritaBefore
        = Core::Project::open(m_path, Core::Project::Access::ReadOnly).value()->coderByName(QStringLiteral("rita"));
    m_window->undoStack()->undo();
    QCOMPARE(codersOnDisk(), (QStringList{QStringLiteral("earlier")}));
    QCOMPARE(codingsOnDisk().size(), 1);
    // The list of coders to view offers no one who coded nothing.
    auto *visible = m_window->findChild<QComboBox *>(QStringLiteral("visibleCoderBox"));
    QVERIFY(visible);
    QCOMPARE(visible->findText(QStringLiteral("rita")), -1);
    // Redo brings the same coder back with the coding.
    m_window->undoStack()->redo();
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    const auto rita = (*project)->coderByName(QStringLiteral("rita"));
    QVERIFY(rita);
    QCOMPARE(rita->guid, ritaBefore->guid);
    QCOMPARE((*project)->codings({.coderId = rita->id}).size(), 1);
    QVERIFY((*project)->check().isEmpty());
}

void TestMainWindow::compareCoders_reviewDecisionIsAStepOfTheWindowsUndo()
{
    // rita codes "need guardians" over what "earlier" coded (55..63, "guardian"): one disagreement.
    m_window->setCurrentCoder(QStringLiteral("rita"));
    select(QStringLiteral("need guardians"));
    QVERIFY(m_window->codeSelection(m_children));
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    const qint64 earlier = (*project)->coderByName(QStringLiteral("earlier"))->id;
    const qint64 rita = (*project)->coderByName(QStringLiteral("rita"))->id;
    project->reset();

    // The Analysis menu shows the panel, which compares everyone who coded.
    QAction *compare = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Analysis") && menu->menu()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Compare Coders"))
                    compare = action;
            }
        }
    }
    QVERIFY(compare);
    compare->trigger();
    Ui::CompareCodersPanel *panel = m_window->compareCodersPanel();
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(panel->checkedCoders(), (QList<qint64>{earlier, rita}));
    QVERIFY(panel->model()->rowCount() > 0);

    Ui::DisagreementReview *review = m_window->startReview(m_children, false, earlier, rita, QStringLiteral("teacher"));
    QVERIFY(review);
    QCOMPARE(review->progressText(), QStringLiteral("0 of 1 reviewed"));
    const int steps = m_window->undoStack()->count();
    review->decide(Core::ReviewDecision::Kind::Intersection);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(review->progressText(), QStringLiteral("1 of 1 reviewed"));
    QVERIFY(codersOnDisk().contains(QStringLiteral("teacher")));
    QList<Core::Coding> consensus;
    for (const Core::Coding &coding : codingsOnDisk()) {
        if (coding.coderId != earlier && coding.coderId != rita)
            consensus.append(coding);
    }
    QCOMPARE(consensus.size(), 1);
    QCOMPARE(excerptOnDisk(consensus.first()), QStringLiteral("guardian"));
    // The window's Undo takes the decision back, and the review sees it.
    m_window->undoStack()->undo();
    QCOMPARE(codingsOnDisk().size(), 2);
    QCOMPARE(review->progressText(), QStringLiteral("0 of 1 reviewed"));
    review->close();
}

void TestMainWindow::mergeProjects_isOneUndoStepThatRestoresTheProjectExactly()
{
    // Two students' copies: each adds a coder and codings; one also a code, a document and a memo.
    const auto studentCopy = [&](const QString &name, bool more) {
        const QString file = m_dir.filePath(name + QStringLiteral(".marginalia"));
        QFile::remove(file);
        auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
        if (!project || !(*project)->saveCopy(file))
            qFatal("copy");
        project->reset();
        auto copy = Core::Project::open(file);
        const qint64 coder = (*copy)->ensureCoder(name)->id;
        if (!(*copy)->addCodings({{m_document, m_identification, coder, 2, 22, {}, {}, {}}}))
            qFatal("coding");
        if (more) {
            const qint64 code = (*copy)->addCode(QStringLiteral("Borders"))->id;
            Core::NewDocument document;
            document.name = QStringLiteral("Notes of ") + name;
            document.text = QStringLiteral("Borders and screening.");
            const qint64 added = (*copy)->addDocument(document)->id;
            if (!(*copy)->addCodings({{added, code, coder, 0, 7, QStringLiteral("a memo"), {}, {}}}))
                qFatal("coding");
            if (!(*copy)->setMemo({Core::MemoTarget::Kind::Code, m_children}, QStringLiteral("guardians")))
                qFatal("memo");
        }
        return file;
    };
    const QString anna = studentCopy(QStringLiteral("anna"), false);
    const QString ben = studentCopy(QStringLiteral("ben"), true);
    const auto state = [this] {
        auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
        QStringList rows;
        for (const Core::Coding &coding : (*project)->codings())
            rows << QStringLiteral("coding %1 %2 %3 %4 %5 %6 %7")
                        .arg(coding.id)
                        .arg(coding.guid)
                        .arg(coding.documentId)
                        .arg(coding.codeId)
                        .arg(coding.coderId)
                        .arg(coding.start)
                        .arg(coding.memo);
        for (const Core::Document &document : (*project)->documents())
            rows << QStringLiteral("document %1 %2 %3").arg(document.id).arg(document.guid, document.name);
        for (const Core::Code &code : (*project)->codes())
            rows << QStringLiteral("code %1 %2 %3 %4").arg(code.id).arg(code.guid, code.name, code.memo);
        for (const Core::Coder &coder : (*project)->coders())
            rows << QStringLiteral("coder %1 %2 %3").arg(coder.id).arg(coder.guid, coder.name);
        return rows;
    };
    const QStringList before = state();
    const int steps = m_window->undoStack()->count();
    QVERIFY(m_window->mergeProjects({anna, ben}));
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    const QStringList merged = state();
    QCOMPARE(merged.filter(QStringLiteral("coding ")).size(), before.filter(QStringLiteral("coding ")).size() + 3);
    QVERIFY(merged.join(u'\n').contains(QStringLiteral("guardians")));
    QVERIFY(merged.join(u'\n').contains(QStringLiteral("Notes of ben")));

    m_window->undoStack()->undo();
    QCOMPARE(state(), before);
    m_window->undoStack()->redo();
    QCOMPARE(state(), merged); // the same rows, ids and GUIDs
}

void TestMainWindow::coding_keepsTheViewWhereItIs_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("quick-key") << QStringLiteral("quick-key");
    QTest::newRow("code with") << QStringLiteral("code with");
    QTest::newRow("in vivo") << QStringLiteral("in vivo");
}

void TestMainWindow::coding_keepsTheViewWhereItIs()
{
    QFETCH(QString, how);
    // A long report with paragraphs of many lines, as OCR'd UN summaries have, read somewhere in its
    // middle: each coding, its undo and its redo leave the text where the reader has it. A code's first
    // coding in the document adds a lane to the margin, which narrows the text and makes it wrap anew.
    const QString path = m_dir.filePath(QStringLiteral("long%1.marginalia").arg(how).remove(u' ').remove(u'-'));
    QList<qint64> codes;
    qint64 documentId = 0;
    {
        auto project = Core::Project::create(path);
        QVERIFY(project);
        QString text;
        for (int i = 1; i <= 120; ++i) {
            text += QStringLiteral("%1. ").arg(i);
            for (int sentence = 0; sentence < 1 + (i * 7) % 11; ++sentence) {
                text += QStringLiteral(
                    "The State party should ensure the early identification of victims of trafficking "
                    "and refer them to assistance, with guardians for unaccompanied children. ");
            }
            text += u'\n';
        }
        Core::NewDocument document;
        document.name = QStringLiteral("report");
        document.text = text;
        documentId = (*project)->addDocument(document)->id;
        for (const char *name : {"Identification", "Referral", "Guardianship", "Assistance", "Children", "Trafficking",
                                 "Smuggling", "Gender", "Labour"})
            codes.append((*project)->addCode(QString::fromLatin1(name))->id);
    }
    QVERIFY(m_window->openProject(path));
    QVERIFY(m_window->showDocument(documentId));
    for (int key = 1; key <= int(codes.size()); ++key)
        m_window->pinCode(codes.at(key - 1), key);
    m_window->selectCode(codes.at(0));
    Ui::DocumentView *view = m_window->documentView();
    view->setFocus();
    QScrollBar *scroll = view->verticalScrollBar();
    QVERIFY(scroll->maximum() > 100);

    // Where the text the reader had at the top of the view is now, in pixels from the top: 0 when the
    // view stayed, a screen and more when it jumped.
    const int lineHeight = view->fontMetrics().lineSpacing();
    auto topPosition = [view, lineHeight] {
        return view->cursorForPosition(QPoint(4, lineHeight / 2)).position();
    };
    auto yOf = [view](int position) {
        QTextCursor cursor(view->document());
        cursor.setPosition(position);
        return view->cursorRect(cursor).top();
    };
    auto checkStayed = [&](int top, int selectionEnd, const char *step, int round) {
        QTest::qWait(100); // every panel's deferred reload after the change
        const int y = yOf(top);
        QVERIFY2(y >= -2 && y < lineHeight,
                 qPrintable(QStringLiteral("round %1: after %2 the top line moved to y = %3")
                                .arg(round)
                                .arg(QLatin1String(step))
                                .arg(y)));
        const int passage = yOf(selectionEnd);
        QVERIFY2(passage >= 0 && passage < view->viewport()->height(), "the passage coded left the view");
    };
    for (int round = 0; round < 9; ++round) {
        // No old selection under the mouse (a press inside one would drag the text instead).
        QTextCursor collapsed = view->textCursor();
        collapsed.clearSelection();
        view->setTextCursor(collapsed);
        scroll->setValue(scroll->maximum() * (round + 2) / 12);
        QTest::qWait(20);
        const int top = topPosition();
        // A drag over a few words in the middle of the view (on a line long enough to hold them).
        QPoint from = view->viewport()->rect().center() - QPoint(60, 0);
        while (view->cursorForPosition(from).position() == view->cursorForPosition(from + QPoint(120, 0)).position())
            from += QPoint(0, lineHeight);
        const QPoint to = from + QPoint(120, 0);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(view->textCursor().hasSelection());
        const int selectionEnd = view->textCursor().selectionEnd();
        QCOMPARE(yOf(top), yOf(topPosition()));
        // Each round a code not used yet in the document: a new margin lane every time.
        const qsizetype stepsBefore = m_window->undoStack()->count();
        if (how == QLatin1String("quick-key")) {
            QTest::keyClick(view, Qt::Key(Qt::Key_1 + round));
        } else if (how == QLatin1String("code with")) {
            // What the context menu's Code With entry calls, after the menu has closed.
            QVERIFY(m_window->codeSelection(codes.at(round)));
        } else {
            QVERIFY(m_window->codeInVivo());
        }
        QCOMPARE(m_window->undoStack()->count(), stepsBefore + 1);
        checkStayed(top, selectionEnd, "coding", round);
        m_window->undoStack()->undo();
        checkStayed(top, selectionEnd, "undo", round);
        m_window->undoStack()->redo();
        checkStayed(top, selectionEnd, "redo", round);
    }
}

void TestMainWindow::openingAQdpx_importsItIntoTheFileTheUserNames()
{
    // What a double click on a .qdpx does: the desktop entry runs `marginalia FILE`, which opens it.
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    const auto codings = m_window->project()->codings().size();
    const QString qdpx = m_dir.filePath(QStringLiteral("from-another-program.qdpx"));
    QVERIFY(m_window->exportRefiQda(qdpx));
    const QString target = m_dir.filePath(QStringLiteral("named-by-the-user.marginalia"));

    // answer(path): the next file dialog is given @p path and accepted, or cancelled when it is empty.
    const auto answer = [](const QString &path) {
        auto *timer = new QTimer(qApp);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (path.isEmpty()) {
                dialog->reject();
            } else {
                dialog->selectFile(path);
                // Through QDialog, where accept() is public: QFileDialog's own, which checks the name, is
                // protected.
                static_cast<QDialog *>(dialog)->accept();
            }
            timer->deleteLater();
        });
        timer->start();
    };

    // Cancelled: nothing is made, and the open project stays open.
    answer(QString());
    QVERIFY(!m_window->openProject(qdpx));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(m_window->project()->filePath(), m_path);

    answer(target);
    QVERIFY(m_window->openProject(qdpx));
    QCOMPARE(m_window->project()->filePath(), target);
    QCOMPARE(m_window->project()->codings().size(), codings);
}

void TestMainWindow::refiQdaExportAndImport_roundTripThroughTheWindow()
{
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    const QString qdpx = m_dir.filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral(".qdpx"));
    QVERIFY(m_window->exportRefiQda(qdpx));
    QVERIFY(QFileInfo(qdpx).size() > 0);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty()); // the report's first line

    // Read on a worker thread into a new project, which the window then opens.
    const QString imported
        = m_dir.filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-imported.marginalia"));
    QVERIFY(m_window->importRefiQda(qdpx, imported));
    QCOMPARE(m_window->project()->filePath(), imported);
    QCOMPARE(m_window->project()->codings().size(), 2);
    QCOMPARE(m_window->documentsView()->model()->rowCount(), 1);
    QCOMPARE(m_window->codebookView()->model()->rowCount(), 2);
    QCOMPARE(m_window->currentDocument(), m_window->project()->documents().constFirst().id);

    // A project is imported into a new file only: refused, and the open project stays open.
    QVERIFY(!m_window->importRefiQda(qdpx, imported));
    QCOMPARE(m_window->project()->filePath(), imported);

    const QString qdc = m_dir.filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral(".qdc"));
    QVERIFY(m_window->exportCodebook(qdc));
    QVERIFY(QFileInfo(qdc).size() > 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QFileInfo(qdc).fileName()),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::openingAQdpx_importsItIntoANewProjectBesideIt()
{
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("from NVivo")));
    const QString qdpx = m_dir.filePath(QStringLiteral("from NVivo/Study.QDPX"));
    QVERIFY(m_window->exportRefiQda(qdpx));

    // What a double click does: `marginalia Study.QDPX`. The window asks where to save the new project,
    // proposing the name beside the file; the user takes it.
    QString proposed;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&proposed] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            proposed = dialog->selectedFiles().value(0);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog
        }
    });
    answer.start();
    const bool opened = m_window->openProject(qdpx);
    answer.stop();
    const QString expected = m_dir.filePath(QStringLiteral("from NVivo/Study.marginalia"));
    QCOMPARE(QFileInfo(proposed).absoluteFilePath(), QFileInfo(expected).absoluteFilePath());
    QVERIFY(opened);
    QCOMPARE(QFileInfo(m_window->project()->filePath()).absoluteFilePath(), QFileInfo(expected).absoluteFilePath());
    QCOMPARE(m_window->project()->codings().size(), 2);
    QVERIFY(QFileInfo(qdpx).isFile()); // the other tool's file is left as it was

    // Cancelled: nothing made, the open project stays.
    QTimer cancel;
    cancel.setInterval(10);
    connect(&cancel, &QTimer::timeout, this, [] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    cancel.start();
    QVERIFY(!m_window->openProject(qdpx));
    cancel.stop();
    QCOMPARE(QFileInfo(m_window->project()->filePath()).absoluteFilePath(), QFileInfo(expected).absoluteFilePath());
}

void TestMainWindow::undoHistory_listsTheStepsDoneBeforeTheProjectWasReopened()
{
    select(QStringLiteral("victims"));
    QVERIFY(m_window->codeSelection(m_protection));
    select(QStringLiteral("guardians"));
    QVERIFY(m_window->codeSelection(m_identification));
    const QStringList done{m_window->undoStack()->text(0), m_window->undoStack()->text(1)};
    m_window.reset();

    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    auto *history = m_window->findChild<Ui::HistoryPanel *>();
    QVERIFY(history);
    QCOMPARE(history->earlierSteps(), done);
    // Laid out again with the earlier steps shown (a posted event), then looked at.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(m_window->undoStack()->count(), 0); // shown, not undoable
    if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/test-mainwindow-history-after-reopen.png")));
}

QString TestMainWindow::answerMenuDialog(const QString &text, const QString &answer)
{
    QAction *action = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *entry : menu->menu()->actions()) {
            if (entry->text() == text)
                action = entry;
        }
    }
    if (!action)
        return QString();
    QString title;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&title, &answer] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            dialog->setTextValue(answer);
            dialog->accept();
        }
    });
    poll.start();
    action->trigger();
    poll.stop();
    return title;
}

void TestMainWindow::newCode_isAddedAndSelected_aTakenNameLeavesNoStep()
{
    QCOMPARE(answerMenuDialog(QStringLiteral("&New Code..."), QStringLiteral("Trafficking")),
             QStringLiteral("New Code"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    auto project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    const Core::CodeTree codebook((*project)->codes());
    const Core::Code *added = codebook.findByPath(QStringLiteral("Trafficking"));
    QVERIFY(added);
    QCOMPARE(m_window->selectedCode(), added->id);
    project->reset();

    // A subcode of the selected code.
    QCOMPARE(answerMenuDialog(QStringLiteral("New &Subcode..."), QStringLiteral("Forced labour")),
             QStringLiteral("New Subcode"));
    QCOMPARE(m_window->undoStack()->count(), 2);
    QVERIFY(m_window->selectCodePath(QStringLiteral("Trafficking/Forced labour")));

    // The store refuses a name the level has: the command reports it and leaves no step behind.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already a code \"Protection\"")));
    QCOMPARE(answerMenuDialog(QStringLiteral("&New Code..."), QStringLiteral("Protection")),
             QStringLiteral("New Code"));
    QCOMPARE(m_window->undoStack()->count(), 2);
    project = Core::Project::open(m_path, Core::Project::Access::ReadOnly);
    QCOMPARE((*project)->codes().size(), 5);
}

namespace {

void listEntries(const QMenu *menu, const QString &indent, QStringList &entries)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            entries.append(indent + QStringLiteral("-"));
            continue;
        }
        QString entry = indent + action->text();
        if (action->isCheckable() && action->isChecked())
            entry += QStringLiteral(" [checked]");
        if (!action->isEnabled())
            entry += QStringLiteral(" [disabled]");
        entries.append(entry);
        if (action->menu())
            listEntries(action->menu(), indent + QStringLiteral("  "), entries);
    }
}

} // namespace

QStringList TestMainWindow::contextMenuAt(QAbstractScrollArea *view, const QPoint &position)
{
    QStringList entries;
    // The menu runs its own event loop: read it from inside that loop, then close it. The entries list
    // stays empty (and the comparison fails) when no menu opens.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&entries] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            listEntries(menu, QString(), entries);
            // MARGINALIA_SCREENSHOT_DIR=dir keeps a picture of the menu and its submenus, to look at them.
            if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty()) {
                static int opened = 0;
                ++opened;
                int n = 0;
                const QList<QMenu *> menus = QList<QMenu *>{menu} + menu->findChildren<QMenu *>();
                for (QMenu *each : menus) {
                    each->adjustSize();
                    each->grab().save(QStringLiteral("%1/test-contextmenu-%2-%3.png").arg(dir).arg(opened).arg(++n));
                }
            }
            menu->close();
        }
    });
    poll.start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(view->viewport(), &event);
    poll.stop();
    return entries;
}

void TestMainWindow::textContextMenu_allCodesShowsEachParentOnce()
{
    Ui::DocumentView *view = m_window->documentView();
    select(QStringLiteral("Screening"));
    const QPoint at = view->cursorRect().center();
    const QStringList entries = contextMenuAt(view, at);
    const qsizetype all = entries.indexOf(QStringLiteral("  All Codes"));
    QVERIFY2(all >= 0, qPrintable(entries.join(u'\n')));
    QStringList allCodes;
    for (qsizetype i = all + 1; i < entries.size() && entries.at(i).startsWith(QLatin1String("    ")); ++i)
        allCodes.append(entries.at(i).mid(4));
    // The parent is one submenu, whose first entry codes with the parent itself; no "Protection ▸" twin.
    const QStringList expected{QStringLiteral("Protection"), QStringLiteral("  Protection"), QStringLiteral("  -"),
                               QStringLiteral("  Children"), QStringLiteral("Identification")};
    QCOMPARE(allCodes, expected);

    // A folder not applied to text (REFI-QDA isCodable="false") has no entry of its own; an empty one is
    // shown, disabled.
    Core::Code topics;
    topics.id = 10;
    topics.name = QStringLiteral("Topics");
    topics.codable = false;
    Core::Code economy;
    economy.id = 11;
    economy.parentId = 10;
    economy.name = QStringLiteral("Economy & work");
    Core::Code empty;
    empty.id = 12;
    empty.name = QStringLiteral("Empty folder");
    empty.codable = false;
    empty.position = 1;
    QMenu menu;
    QList<qint64> chosen;
    Ui::CodeTreeMenu::fill(&menu, Core::CodeTree({topics, economy, empty}), 0,
                           [&chosen](qint64 id) { chosen.append(id); });
    QStringList folders;
    listEntries(&menu, QString(), folders);
    QCOMPARE(folders,
             (QStringList{QStringLiteral("Topics"), QStringLiteral("  Economy && work"),
                          QStringLiteral("Empty folder [disabled]")}));
    menu.actions().first()->menu()->actions().first()->trigger();
    QCOMPARE(chosen, QList<qint64>{11});
}

void TestMainWindow::codebookContextMenu_listsTheCodeActions()
{
    m_window->pinCode(m_identification, 3);
    QTreeView *codebook = m_window->codebookView();
    const QModelIndex index = static_cast<Ui::CodebookModel *>(codebook->model())->indexOf(m_identification);
    const QStringList onCode = contextMenuAt(codebook, codebook->visualRect(index).center());
    const QStringList expected{QStringLiteral("New Code..."),
                               QStringLiteral("New Subcode..."),
                               QStringLiteral("-"),
                               QStringLiteral("Code Selection"),
                               QStringLiteral("Rename"),
                               QStringLiteral("Colour..."),
                               QStringLiteral("Description..."),
                               QStringLiteral("Pin to Key"),
                               QStringLiteral("  1"),
                               QStringLiteral("  2"),
                               QStringLiteral("  3 [checked]"),
                               QStringLiteral("  4"),
                               QStringLiteral("  5"),
                               QStringLiteral("  6"),
                               QStringLiteral("  7"),
                               QStringLiteral("  8"),
                               QStringLiteral("  9"),
                               QStringLiteral("  -"),
                               QStringLiteral("  Unpin"),
                               QStringLiteral("-"),
                               QStringLiteral("Add to Code Set..."),
                               QStringLiteral("Merge Into..."),
                               QStringLiteral("Delete...")};
    QCOMPARE(onCode, expected);

    // Below the codes: only a new top-level code.
    const QPoint empty(4, codebook->viewport()->height() - 4);
    QVERIFY(!codebook->indexAt(empty).isValid());
    QCOMPARE(contextMenuAt(codebook, empty), QStringList{QStringLiteral("New Code...")});
}

void TestMainWindow::documentsContextMenu_listsImportRenameAndRemove()
{
    QTreeView *documents = m_window->documentsView();
    const QModelIndex index = documents->model()->index(0, 0);
    QVERIFY(index.isValid());
    QCOMPARE(contextMenuAt(documents, documents->visualRect(index).center()),
             (QStringList{QStringLiteral("Import Documents..."), QStringLiteral("Import Folder..."),
                          QStringLiteral("-"), QStringLiteral("Rename"), QStringLiteral("Remove from Project..."),
                          QStringLiteral("-"), QStringLiteral("Add to Set...")}));

    const QPoint empty(4, documents->viewport()->height() - 4);
    QVERIFY(!documents->indexAt(empty).isValid());
    QCOMPARE(contextMenuAt(documents, empty),
             (QStringList{QStringLiteral("Import Documents..."), QStringLiteral("Import Folder...")}));
}

void TestMainWindow::coloursAndTextFont_areChosenInTheWindow_andRemembered()
{
    // View > Colours > Dark, and View > Text Font...: no command-line flag needed, and a new window has them.
    QAction *dark = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->data().toString() == QLatin1String("dark"))
            dark = action;
    }
    QVERIFY(dark);
    dark->trigger();
    QCOMPARE(m_window->paletteChoice(), QStringLiteral("dark"));
    QVERIFY(Ui::Palettes::isDark(QApplication::palette()));
    QFont font(QStringLiteral("DejaVu Serif"), 15);
    m_window->setTextFont(font);
    {
        Ui::MainWindow again;
        QCOMPARE(again.paletteChoice(), QStringLiteral("dark"));
        QCOMPARE(again.findChild<Ui::DocumentView *>()->font().pointSize(), 15);
    }
    m_window->setPaletteChoice(QStringLiteral("light"));
    QVERIFY(!Ui::Palettes::isDark(QApplication::palette()));
    m_window->setPaletteChoice(QStringLiteral("system"));
    m_window->setTextFont(QApplication::font());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::readingArea_getsTheHeight_andBottomPanelsShrinkHideAndComeBack()
{
    // A window as a laptop gives it, with no remembered layout: the text has most of the height.
    m_window.reset();
    QSettings().remove(QStringLiteral("window"));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    auto *retrieval = m_window->findChild<QDockWidget *>(QStringLiteral("retrievalDock"));
    QVERIFY(retrieval);
    QTRY_VERIFY(m_window->centralWidget()->height() > m_window->height() / 2);

    // Every bottom panel can be made small: none of them holds the dock area open.
    for (auto *dock : m_window->findChildren<QDockWidget *>()) {
        if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            QVERIFY2(dock->minimumSizeHint().height() <= 220, qPrintable(dock->objectName()));
    }
    m_window->resizeDocks({retrieval}, {120}, Qt::Vertical);
    QTRY_VERIFY(retrieval->height() <= 230);
    const int readingHeight = m_window->centralWidget()->height();

    // F8 hides them all and the text takes the height; again brings back the one that was open.
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("bottomPanelsAction"));
    QVERIFY(toggle);
    toggle->trigger();
    QTRY_VERIFY(!retrieval->isVisible());
    QVERIFY(!toggle->isChecked());
    QTRY_VERIFY(m_window->centralWidget()->height() > readingHeight);
    toggle->trigger();
    QTRY_VERIFY(retrieval->isVisible());
    QVERIFY(toggle->isChecked());

    // Hidden, closed and opened again: still hidden.
    toggle->trigger();
    QTRY_VERIFY(!retrieval->isVisible());
    m_window->close();
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    retrieval = m_window->findChild<QDockWidget *>(QStringLiteral("retrievalDock"));
    QVERIFY(!retrieval->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("bottomPanelsAction"))->trigger();
    QTRY_VERIFY(retrieval->isVisible());
    QSettings().remove(QStringLiteral("window"));
}

void TestMainWindow::toolbar_doesNotMoveWhenTheUndoLabelChanges()
{
    auto *coderBox = m_window->findChild<QComboBox *>(QStringLiteral("coderBox"));
    QVERIFY(coderBox);
    const QPoint before = coderBox->mapTo(m_window.get(), QPoint());
    select(QStringLiteral("Early identification"));
    QVERIFY(m_window->codeSelection(m_identification));
    QVERIFY(m_window->undoStack()->canUndo());
    QCoreApplication::processEvents();
    QCOMPARE(coderBox->mapTo(m_window.get(), QPoint()), before);
}
