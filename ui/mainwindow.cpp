#include "mainwindow.h"

#include "actiontips.h"
#include "attributecommands.h"
#include "attributespanel.h"
#include "base/defaultcoder.h"
#include "casespanel.h"
#include "classviewpanel.h"
#include "codebookpanel.h"
#include "codecommands.h"
#include "codetreemenu.h"
#include "codingcommands.h"
#include "comparecoderspanel.h"
#include "disagreementreview.h"
#include "documentcommands.h"
#include "documentimport.h"
#include "documentscopebar.h"
#include "documentspanel.h"
#include "documentview.h"
#include "exchange/projecthandout.h"
#include "exchange/refiqdacodebook.h"
#include "findbar.h"
#include "frequencypanel.h"
#include "historypanel.h"
#include "import/documentreader.h"
#include "importcodebookcommand.h"
#include "matrixpanel.h"
#include "memopanel.h"
#include "mergeprojectscommand.h"
#include "model/codetree.h"
#include "newprojectdialog.h"
#include "noticebar.h"
#include "palettes.h"
#include "projectsafeguard.h"
#include "refiqdaexchange.h"
#include "retrievalpanel.h"
#include "searchpanel.h"
#include "seminarexchange.h"
#include "setspanel.h"
#include "store/project.h"
#include "store/projectbackups.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

/// The docks' layout is kept per direction: a layout saved in English would put an Arabic window's docks
/// back on the English sides.
QString windowStateKey()
{
    return QGuiApplication::isRightToLeft() ? QStringLiteral("window/state-rtl") : QStringLiteral("window/state");
}

constexpr int MaxRecentProjects = 8;
constexpr int MaxRecentCodes = 6;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_documents(new DocumentsPanel(this))
    , m_codebook(new CodebookPanel(this))
    , m_view(new DocumentView(this))
    , m_memoPanel(new MemoPanel(this))
    , m_retrieval(new RetrievalPanel(this))
    , m_frequencies(new FrequencyPanel(this))
    , m_compareCoders(new CompareCodersPanel(this))
    , m_classView(new ClassViewPanel(this))
    , m_search(new SearchPanel(this))
    , m_matrix(new MatrixPanel(this))
    , m_attributes(new AttributesPanel(this))
    , m_cases(new CasesPanel(this))
    , m_sets(new SetsPanel(this))
    , m_history(new HistoryPanel(m_undoStack, this))
    , m_coderCombo(new QComboBox(this))
    , m_visibleCoderCombo(new QComboBox(this))
    , m_coderLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    // The find bar (Ctrl+F) sits under the text it searches.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // Notices about the project's file (read-only, network drive) sit above the text they concern.
    m_notice = new NoticeBar(central);
    centralLayout->addWidget(m_notice);
    m_safeguard = new ProjectSafeguard(this);
    m_view->setParent(central);
    centralLayout->addWidget(m_view, 1);
    m_findBar = new FindBar(m_view, central);
    // Its row of options must not make the text column wider than the window leaves it: the side panels
    // keep their width, and the bar's own layout squeezes.
    m_findBar->setSizePolicy(QSizePolicy::Ignored, m_findBar->sizePolicy().verticalPolicy());
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);
    ProjectCommand::setErrorHandler([this](const QString &message) {
        ++m_commandFailures;
        // On a server someone else may have removed what an undo or redo is about: say which step failed
        // (QUndoStack drops it, as it drops any command that did not happen).
        if (!m_stepInProgress.isEmpty())
            showError(tr("Could not %1: %2 The step is taken off the undo history; the rest of it stays.")
                          .arg(m_stepInProgress, message));
        else
            showError(message);
    });

    createDocks();
    createActions();
    connectPanels();

    for (int key = 1; key <= 9; ++key) {
        auto *shortcut
            = new QShortcut(QKeySequence(Qt::Key_0 + key), m_view, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] { applyPinnedKey(key); });
    }

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->hide();
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_coderLabel);
    resize(1360, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(windowStateKey()).toByteArray());
    m_snapAction->setChecked(settings.value(QStringLiteral("view/snapToWords"), true).toBool());
    if (QFont font; font.fromString(settings.value(QStringLiteral("view/font")).toString()))
        m_view->setFont(font);
    setPaletteChoice(settings.value(QStringLiteral("view/palette"), QStringLiteral("system")).toString());
    const int zoom = settings.value(QStringLiteral("view/zoom"), 0).toInt();
    if (zoom != 0)
        m_view->zoomIn(zoom);
    setCurrentCoder(settings.value(QStringLiteral("coder/name"), Core::defaultCoderName()).toString());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Closing moves the focus, which finishes the coder box's editing: not into a half-destroyed window.
    m_coderCombo->lineEdit()->disconnect(this);
    m_coderCombo->disconnect(this);
    ProjectCommand::setErrorHandler({});
}

void MainWindow::createDocks()
{
    // Dock areas are absolute, not mirrored with the layout: in a right-to-left window the side docks change
    // sides themselves, so that the document list is where a reader starts, on the right.
    const auto startSide = isRightToLeft() ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const auto endSide = isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };

    auto *documentsDock = dock(tr("Documents"), QStringLiteral("documentsDock"), m_documents, startSide);
    auto *codebookDock = dock(tr("Codebook"), QStringLiteral("codebookDock"), m_codebook, endSide);
    auto *memoDock = dock(tr("Memo"), QStringLiteral("memoDock"), m_memoPanel, endSide);
    auto *historyDock = dock(tr("Undo History"), QStringLiteral("historyDock"), m_history, startSide);
    auto *retrievalDock
        = dock(tr("Coded Passages"), QStringLiteral("retrievalDock"), m_retrieval, Qt::BottomDockWidgetArea);
    auto *frequenciesDock
        = dock(tr("Frequencies"), QStringLiteral("frequenciesDock"), m_frequencies, Qt::BottomDockWidgetArea);
    auto *compareDock
        = dock(tr("Compare Coders"), QStringLiteral("compareCodersDock"), m_compareCoders, Qt::BottomDockWidgetArea);
    tabifyDockWidget(retrievalDock, frequenciesDock);
    auto *classDock = dock(tr("Class"), QStringLiteral("classDock"), m_classView, Qt::BottomDockWidgetArea);
    auto *searchDock = dock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::BottomDockWidgetArea);
    tabifyDockWidget(frequenciesDock, compareDock);
    tabifyDockWidget(compareDock, classDock);
    tabifyDockWidget(classDock, searchDock);
    tabifyDockWidget(searchDock, dock(tr("Matrix"), QStringLiteral("matrixDock"), m_matrix, Qt::BottomDockWidgetArea));
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("matrixDock")),
                     dock(tr("Attributes"), QStringLiteral("attributesDock"), m_attributes, Qt::BottomDockWidgetArea));
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("attributesDock")),
                     dock(tr("Cases"), QStringLiteral("casesDock"), m_cases, Qt::BottomDockWidgetArea));
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("casesDock")),
                     dock(tr("Sets"), QStringLiteral("setsDock"), m_sets, Qt::BottomDockWidgetArea));
    retrievalDock->raise();
    splitDockWidget(documentsDock, historyDock, Qt::Vertical);
    splitDockWidget(codebookDock, memoDock, Qt::Vertical);
    // Wide enough for a report's name beside its two counts; the codebook needs less than it had.
    resizeDocks({documentsDock, codebookDock}, {320, 360}, Qt::Horizontal);
    resizeDocks({documentsDock, historyDock}, {560, 200}, Qt::Vertical);
    resizeDocks({codebookDock, memoDock}, {560, 200}, Qt::Vertical);
    resizeDocks({retrievalDock}, {240}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project..."), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project..."), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    file->addAction(tr("Open &Server Project..."), this, &MainWindow::openServerProjectDialog)
        ->setObjectName(QStringLiteral("openServerProjectAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentProjectsMenu();
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Documents..."), m_documents, &DocumentsPanel::askFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_writeActions.append(import);
    m_writeActions.append(file->addAction(tr("Import &Folder..."), m_documents, &DocumentsPanel::askFolderToImport));
    file->addSeparator();
    file->addAction(tr("&Hand Out Copy..."), this, [this] {
        if (!m_project)
            return;
        if (const auto handout = SeminarExchange::askHandout(this, *m_project))
            handOut(handout->path, handout->options);
    });
    m_writeActions.append(file->addAction(tr("&Merge Projects..."), this, [this] {
        if (!m_project)
            return;
        if (const QStringList files = SeminarExchange::askMergeSources(this); !files.isEmpty())
            mergeProjects(files);
    }));
    file->addSeparator();
    file->addAction(tr("Import REFI-QDA &Project (.qdpx)..."), this, [this] {
        if (const auto files = RefiQdaExchange::askProjectImport(this))
            importRefiQda(files->qdpx, files->projectPath);
    });
    m_writeActions.append(file->addAction(tr("Import REFI-QDA &Codebook (.qdc)..."), this, [this] {
        if (const QString path = RefiQdaExchange::askCodebookImport(this); !path.isEmpty())
            importCodebook(path);
    }));
    file->addAction(tr("&Export as REFI-QDA Project (.qdpx)..."), this, [this] {
        if (!m_project)
            return;
        if (const QString path = RefiQdaExchange::askProjectExport(this, *m_project); !path.isEmpty())
            exportRefiQda(path);
    });
    file->addAction(tr("Export REFI-QDA Code&book (.qdc)..."), this, [this] {
        if (!m_project)
            return;
        if (const QString path = RefiQdaExchange::askCodebookExport(this, *m_project); !path.isEmpty())
            exportCodebook(path);
    });
    addReportActions(file);
    addSafetyActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // Why Back Up Now is greyed out on a server project is told in its tooltip.
    file->setToolTipsVisible(true);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Through the window, so that a step that fails (on a server, another user removed what it is about)
    // is named in the message.
    disconnect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    disconnect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(undo, &QAction::triggered, this, &MainWindow::undoStep);
    connect(redo, &QAction::triggered, this, &MainWindow::redoStep);
    edit->addAction(undo);
    edit->addAction(redo);
    // The menu says what would be undone ("Undo Add Coding"); the toolbar keeps a fixed label, so the
    // coder boxes beside it do not jump each time the label changes. The tooltip carries the detail.
    for (QAction *action : {undo, redo}) {
        action->setIconText(action == undo ? tr("Undo") : tr("Redo"));
        setActionTip(action, QString());
    }
    edit->addSeparator();
    QAction *inVivo = edit->addAction(tr("Code &In Vivo"), this, [this] { codeInVivo(); });
    inVivo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    setActionTip(inVivo, tr("Make a new code named after the selected words and code them with it"));
    QAction *codeWithSelected
        = edit->addAction(tr("Code With &Selected Code"), this, [this] { codeSelection(selectedCode()); });
    codeWithSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    inVivo->setObjectName(QStringLiteral("codeInVivoAction"));
    codeWithSelected->setObjectName(QStringLiteral("codeWithSelectedAction"));
    m_writeActions += {inVivo, codeWithSelected};
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Document..."), m_findBar, &FindBar::open);
    find->setShortcuts(QKeySequence::Find);
    // F3 and Shift+F3 are the bar's own shortcuts; the menu shows them without taking them.
    edit->addAction(m_findBar->findNextAction());
    edit->addAction(m_findBar->findPreviousAction());
    QAction *searchProject = edit->addAction(tr("Search &Project..."), this, [this] {
        auto *dock = qobject_cast<QDockWidget *>(m_search->parentWidget());
        dock->show();
        dock->raise();
        m_search->focusQuery();
    });
    searchProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu *documents = addDocumentsMenu();

    QMenu *codes = menuBar()->addMenu(tr("&Codes"));
    QAction *newCode = codes->addAction(tr("&New Code..."), this, [this] { m_codebook->askNewCode(0); });
    newCode->setObjectName(QStringLiteral("newCodeAction"));
    m_writeActions.append(newCode);
    m_writeActions.append(
        codes->addAction(tr("New &Subcode..."), this, [this] { m_codebook->askNewCode(selectedCode()); }));
    addCaseAndSetActions(documents, codes);

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Compare Coders"), this, [this] {
        auto *dock = qobject_cast<QDockWidget *>(m_compareCoders->parentWidget());
        dock->show();
        dock->raise();
    });
    analysis->addAction(tr("&Review Disagreements..."), m_compareCoders, &CompareCodersPanel::requestReview);
    analysis->addAction(tr("C&lass View"), this, [this] {
        auto *dock = qobject_cast<QDockWidget *>(m_classView->parentWidget());
        dock->show();
        dock->raise();
    });
    analysis->addAction(tr("Code &Matrix"), this, [this] {
        auto *dock = qobject_cast<QDockWidget *>(m_matrix->parentWidget());
        dock->show();
        dock->raise();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_snapAction = m_viewMenu->addAction(tr("&Snap Selection to Whole Words"));
    m_snapAction->setCheckable(true);
    connect(m_snapAction, &QAction::toggled, this, [this](bool on) {
        m_view->setSnapToWords(on);
        QSettings().setValue(QStringLiteral("view/snapToWords"), on);
    });
    m_viewMenu->addSeparator();
    auto zoom = [this](int steps) {
        if (steps > 0)
            m_view->zoomIn(steps);
        else
            m_view->zoomOut(-steps);
        QSettings settings;
        settings.setValue(QStringLiteral("view/zoom"), settings.value(QStringLiteral("view/zoom"), 0).toInt() + steps);
    };
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [zoom] { zoom(1); });
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [zoom] { zoom(-1); });
    m_viewMenu->addAction(tr("Text &Font..."), this, [this] {
        bool ok = false;
        const QFont font = QFontDialog::getFont(&ok, m_view->font(), this, tr("Text Font"));
        if (ok)
            setTextFont(font);
    });
    QMenu *palettes = m_viewMenu->addMenu(tr("&Colours"));
    auto *paletteGroup = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices{{QStringLiteral("system"), tr("As the &System")},
                                                     {QStringLiteral("light"), tr("&Light")},
                                                     {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[name, label] : choices) {
        QAction *action = palettes->addAction(label, this, [this, name = name] { setPaletteChoice(name); });
        action->setCheckable(true);
        action->setData(name);
        paletteGroup->addAction(action);
        m_paletteActions.append(action);
    }
    m_viewMenu->addSeparator();
    // F8 toggles by what is on screen (a panel closed by its own button counts), and the tick is brought
    // up to date when the menu opens.
    m_bottomPanelsAction = m_viewMenu->addAction(
        tr("&Bottom Panels"), this, [this] { setBottomPanelsShown(bottomDocks(Visibility::Shown).isEmpty()); });
    m_bottomPanelsAction->setObjectName(QStringLiteral("bottomPanelsAction"));
    m_bottomPanelsAction->setCheckable(true);
    m_bottomPanelsAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_bottomPanelsAction->setToolTip(tr("Show or hide the panels below the text, to read with the whole height"));
    connect(m_viewMenu, &QMenu::aboutToShow, this,
            [this] { m_bottomPanelsAction->setChecked(!bottomDocks(Visibility::Shown).isEmpty()); });
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    addPreferencesAndHelpMenu(edit);

    QToolBar *toolBar = addToolBar(tr("Coding"));
    toolBar->setObjectName(QStringLiteral("codingToolBar"));
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    auto *coderLabel = new QLabel(tr(" Coder: "), this);
    toolBar->addWidget(coderLabel);
    m_coderCombo->setObjectName(QStringLiteral("coderBox"));
    m_coderCombo->setEditable(true);
    m_coderCombo->setInsertPolicy(QComboBox::NoInsert);
    m_coderCombo->setMinimumContentsLength(12);
    m_coderCombo->setToolTip(
        tr("The coder whose name goes on new codings. Type a name and press Enter to code as someone "
           "else; a new name becomes a coder of the project with its first coding."));
    // Picking a name from the list, and typing one and pressing Enter or leaving the box, both switch the
    // coder (with NoInsert, Enter on a name that is not in the list emits no activation of its own).
    connect(m_coderCombo, &QComboBox::textActivated, this, &MainWindow::setCurrentCoder);
    connect(m_coderCombo->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { setCurrentCoder(m_coderCombo->lineEdit()->text()); });
    toolBar->addWidget(m_coderCombo);
    coderLabel->setToolTip(m_coderCombo->toolTip());
    auto *visibleCoderLabel = new QLabel(tr("  View codings of: "), this);
    toolBar->addWidget(visibleCoderLabel);
    m_visibleCoderCombo->setObjectName(QStringLiteral("visibleCoderBox"));
    m_visibleCoderCombo->setToolTip(tr("Show, and count in the panels, the codings of one coder only or of everyone"));
    visibleCoderLabel->setToolTip(m_visibleCoderCombo->toolTip());
    m_visibleCoderCombo->setMinimumContentsLength(12);
    connect(m_visibleCoderCombo, &QComboBox::activated, this,
            [this](int index) { setVisibleCoder(m_visibleCoderCombo->itemData(index).toLongLong()); });
    toolBar->addWidget(m_visibleCoderCombo);
    toolBar->addSeparator();
    toolBar->addAction(inVivo);
}

void MainWindow::connectPanels()
{
    connect(m_documents, &DocumentsPanel::documentActivated, this, &MainWindow::showDocument);
    connect(m_documents, &DocumentsPanel::renameRequested, this, &MainWindow::renameDocument);
    connect(m_documents, &DocumentsPanel::removeRequested, this,
            [this](qint64 documentId) { removeDocument(documentId); });
    connect(m_documents, &DocumentsPanel::importRequested, this, &MainWindow::importFiles);

    connect(m_codebook, &CodebookPanel::currentCodeChanged, this, [this](qint64 codeId) {
        const auto selected = code(codeId);
        m_retrieval->setCode(selected ? selected->id : 0);
        m_search->setCurrentCode(selected ? selected->id : 0);
        if (selected) {
            m_memoPanel->setTarget({MemoTarget::Kind::Code, selected->id},
                                   tr("Memo on code \"%1\"").arg(m_codebook->tree().path(selected->id)),
                                   selected->memo);
        }
    });
    connect(m_codebook, &CodebookPanel::codeSelectionRequested, this, &MainWindow::codeSelection);
    connect(m_codebook, &CodebookPanel::newCodeRequested, this, &MainWindow::addCode);
    auto changeCode = [this](qint64 codeId, ChangeCodeCommand::Property property, const QString &value) {
        if (const auto existing = code(codeId))
            m_undoStack->push(new ChangeCodeCommand(m_project.get(), *existing, property, value));
    };
    connect(m_codebook, &CodebookPanel::renameRequested, this, [changeCode](qint64 codeId, const QString &name) {
        changeCode(codeId, ChangeCodeCommand::Property::Name, name);
    });
    connect(m_codebook, &CodebookPanel::colorChangeRequested, this, [changeCode](qint64 codeId, const QString &color) {
        changeCode(codeId, ChangeCodeCommand::Property::Color, color);
    });
    connect(m_codebook, &CodebookPanel::descriptionChangeRequested, this,
            [changeCode](qint64 codeId, const QString &description) {
                changeCode(codeId, ChangeCodeCommand::Property::Description, description);
            });
    connect(m_codebook, &CodebookPanel::moveRequested, this, [this](qint64 codeId, qint64 parentId, int position) {
        if (const auto existing = code(codeId))
            m_undoStack->push(new MoveCodeCommand(m_project.get(), *existing, parentId, position));
    });
    connect(m_codebook, &CodebookPanel::mergeRequested, this, &MainWindow::mergeCode);
    connect(m_codebook, &CodebookPanel::deleteRequested, this, [this](qint64 codeId) { deleteCode(codeId); });

    connect(m_retrieval, &RetrievalPanel::passageActivated, this, &MainWindow::jumpTo);
    connect(m_search, &SearchPanel::hitActivated, this,
            [this](qint64 documentId, qint64 start, qint64 end) { jumpTo(documentId, start, end); });
    connect(m_search, &SearchPanel::memoHitActivated, this, &MainWindow::showMemo);
    connect(m_search, &SearchPanel::autoCodeRequested, this, &MainWindow::codeSearchHits);
    connect(m_frequencies, &FrequencyPanel::codeActivated, this, [this](qint64 codeId) {
        selectCode(codeId);
        m_retrieval->setCode(codeId);
    });
    const auto askAndStartReview
        = [this](qint64 codeId, bool includeSubcodes, qint64 firstCoderId, qint64 secondCoderId) {
              bool ok = false;
              const QString name = QInputDialog::getText(
                  this, tr("Review Disagreements"),
                  tr("The decisions become the codings of a consensus coder, so neither coder's work changes.\n"
                     "Consensus coder:"),
                  QLineEdit::Normal, tr("consensus"), &ok);
              if (ok)
                  startReview(codeId, includeSubcodes, firstCoderId, secondCoderId, name);
          };
    connect(m_compareCoders, &CompareCodersPanel::reviewRequested, this, askAndStartReview);
    connect(m_classView, &ClassViewPanel::reviewRequested, this, askAndStartReview);
    // A matrix cell's passages: its code (and subcodes) in its document, of its coder, in Coded Passages.
    connect(m_matrix, &MatrixPanel::passagesRequested, this,
            [this](qint64 codeId, bool includeSubcodes, qint64 documentId, qint64 coderId) {
                selectCode(codeId);
                m_retrieval->setCode(codeId);
                m_retrieval->setIncludeSubcodes(includeSubcodes);
                m_retrieval->setCoderFilter(coderId);
                m_retrieval->setDocumentFilter(documentId);
                // The cell's passages, whatever scope the passages panel had before.
                m_retrieval->scopeBar()->selectAllDocuments();
                auto *dock = qobject_cast<QDockWidget *>(m_retrieval->parentWidget());
                dock->show();
                dock->raise();
            });
    connect(m_matrix, &MatrixPanel::documentPassagesRequested, this,
            [this](qint64 codeId, bool includeSubcodes, const QString &label, const QSet<qint64> &documentIds,
                   qint64 coderId) {
                selectCode(codeId);
                m_retrieval->setCode(codeId);
                m_retrieval->setIncludeSubcodes(includeSubcodes);
                m_retrieval->setCoderFilter(coderId);
                m_retrieval->setDocumentFilter(0);
                // A case's or a value's documents, named in the panel's scope until the user chooses another.
                m_retrieval->scopeBar()->setDocuments(label, documentIds);
                auto *dock = qobject_cast<QDockWidget *>(m_retrieval->parentWidget());
                dock->show();
                dock->raise();
            });
    connect(m_view, &DocumentView::codeDropped, this, [this](qint64 codeId) { codeSelection(codeId); });
    connect(m_view, &DocumentView::codingActivated, this, &MainWindow::showCodingMemo);
    connect(m_view, &DocumentView::contextMenuRequestedAt, this, &MainWindow::showTextMenu);
    connect(m_memoPanel, &MemoPanel::memoEdited, this,
            [this](MemoTarget target, const QString &oldText, const QString &newText) {
                if (m_project)
                    m_undoStack->push(new SetMemoCommand(m_project.get(), target, oldText, newText));
            });
    connectAttributesPanel();
    connectCasesAndSets();
    connectSafeguard();
}

// --- Project ---------------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString &path)
{
    // A double-clicked .qdpx (`marginalia FILE.qdpx`) is another tool's project: it is imported into a new
    // project, never opened as one.
    if (path.endsWith(QLatin1String(".qdpx"), Qt::CaseInsensitive)) {
        const QString target = RefiQdaExchange::askImportTarget(this, path);
        return !target.isEmpty() && importRefiQda(path, target);
    }
    // A URL or a connection file (a double-clicked .marginalia-server is `marginalia FILE`).
    if (Core::ServerLocation::isServerLocation(path)) {
        auto location = Core::ServerLocation::parse(path);
        if (!location) {
            showError(location.error());
            return false;
        }
        return openServerProject(*location);
    }
    if (m_project && !m_project->isOnServer() && !m_project->isReadOnly()
        && QFileInfo(m_project->filePath()) == QFileInfo(path)) {
        statusBar()->showMessage(tr("%1 is open already.").arg(QDir::toNativeSeparators(path)), 5000);
        return true;
    }
    QString error;
    std::optional<Core::ProjectLockHolder> holder;
    std::unique_ptr<Core::Project> opened = openForWriting(path, error, holder);
    if (!opened && QFileInfo(path).exists() && (holder || !QFileInfo(path).isWritable())) {
        // A project someone else is writing, or on a read-only medium, can still be read, retrieved and
        // counted.
        auto readOnly = Core::Project::open(path, Core::Project::Access::ReadOnly);
        if (readOnly)
            opened = std::move(*readOnly);
        else
            error = readOnly.error();
    }
    if (!opened) {
        // A damaged file with a sound backup gets the offer to restore it; any other failure its message.
        if (!QFileInfo(path).isFile()
            || !offerBackupForDamage(path, Core::ProjectBackups::quickCheck(path), DamageWithoutBackup::LeaveToCaller))
            showError(error);
        return false;
    }
    showProject(std::move(opened));
    addRecentProject(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    showOpeningNotices(holder);
    m_safeguard->start(m_project->filePath(), m_project->isReadOnly());
    return true;
}

void MainWindow::showProject(std::unique_ptr<Core::Project> opened)
{
    const bool serverBefore = m_project && m_project->isOnServer();
    closeProject();
    m_project = std::move(opened);
    m_documents->setProject(m_project.get());
    m_codebook->setProject(m_project.get());
    m_retrieval->setProject(m_project.get());
    m_frequencies->setProject(m_project.get());
    m_compareCoders->setProject(m_project.get());
    m_classView->setProject(m_project.get());
    m_search->setProject(m_project.get());
    m_matrix->setProject(m_project.get());
    m_attributes->setProject(m_project.get());
    m_cases->setProject(m_project.get());
    m_sets->setProject(m_project.get());
    m_history->setProject(m_project->guid());
    reloadCoders();
    connect(m_project.get(), &Core::Project::codingsChanged, this, [this](qint64 documentId) {
        if (documentId == 0 || documentId == m_view->documentId())
            refreshView();
    });
    connect(m_project.get(), &Core::Project::codebookChanged, this, &MainWindow::refreshView);
    connect(m_project.get(), &Core::Project::memoChanged, this, [this] {
        const MemoTarget target = m_memoPanel->target();
        if (target.kind != MemoTarget::Kind::None)
            m_memoPanel->refresh(target, m_project->memo(target));
    });
    connect(m_project.get(), &Core::Project::documentsChanged, this, [this] {
        if (m_view->documentId() != 0 && !m_project->document(m_view->documentId()))
            m_view->showDocument(0, QString());
    });
    // A server project's coder is its own; a file after one codes under the name picked for files again.
    if (m_project->isOnServer())
        showServerCoder();
    else if (serverBefore)
        showCoder(QSettings().value(QStringLiteral("coder/name"), Core::defaultCoderName()).toString());
    updateTitle();
    updateWriteActions();
    m_memoPanel->setTarget({MemoTarget::Kind::Project, 0}, tr("Project memo"), m_project->projectMemo());
    m_documents->activateFirstDocument();
}

void MainWindow::updateWriteActions()
{
    const bool writable = m_project && !m_project->isReadOnly();
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    // Whose name goes on new codings means nothing where nothing can be coded.
    m_coderCombo->setEnabled(!m_project || writable);
    const bool onServer = m_project && m_project->isOnServer();
    const QString serverBackups = tr("A project on a server is backed up by the server's administrator (for "
                                     "example with pg_dump), not by Marginalia.");
    m_backUpAction->setEnabled(!onServer && (!m_project || writable));
    m_backUpAction->setToolTip(onServer ? serverBackups : QString()); // empty: the action's text
    m_restoreAction->setEnabled(!onServer);
    m_restoreAction->setToolTip(onServer ? serverBackups : QString());
}

void MainWindow::undoStep()
{
    m_stepInProgress = m_undoStack->undoText().isEmpty() ? QString() : tr("undo \"%1\"").arg(m_undoStack->undoText());
    m_undoStack->undo();
    m_stepInProgress.clear();
}

void MainWindow::redoStep()
{
    m_stepInProgress = m_undoStack->redoText().isEmpty() ? QString() : tr("redo \"%1\"").arg(m_undoStack->redoText());
    const int before = m_undoStack->count();
    m_undoStack->redo();
    m_stepInProgress.clear();
    if (m_undoStack->count() < before) {
        // QUndoStack drops a redo that failed without a signal (its index stays where it was), which would
        // leave Redo enabled and the history listing the dropped step: tell them as a change of index would.
        Q_EMIT m_undoStack->indexChanged(m_undoStack->index());
        Q_EMIT m_undoStack->canRedoChanged(m_undoStack->canRedo());
        Q_EMIT m_undoStack->redoTextChanged(m_undoStack->redoText());
    }
}

void MainWindow::closeProject()
{
    m_safeguard->stop();
    m_notice->clearNotice();
    m_interruptedSession.clear();
    m_memoPanel->flush();
    m_cases->flushMemo();
    m_memoPanel->setTarget({}, QString(), QString());
    m_undoStack->clear();
    m_view->showDocument(0, QString());
    m_documents->setProject(nullptr);
    m_codebook->setProject(nullptr);
    m_retrieval->setProject(nullptr);
    m_frequencies->setProject(nullptr);
    m_compareCoders->setProject(nullptr);
    m_classView->setProject(nullptr);
    m_search->setProject(nullptr);
    m_matrix->setProject(nullptr);
    m_attributes->setProject(nullptr);
    m_cases->setProject(nullptr);
    m_sets->setProject(nullptr);
    m_project.reset();
    m_serverLocation.reset();
    m_serverLabel->clear();
    m_serverLabel->hide();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Marginalia"));
        return;
    }
    QString title = m_serverLocation ? tr("%1 \u2014 %2").arg(m_serverLocation->projectName(), serverName())
                                     : QFileInfo(m_project->filePath()).completeBaseName();
    if (m_project->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(tr("%1 \u2014 Marginalia").arg(title));
}

void MainWindow::reloadCoders()
{
    const QList<Core::Coder> coders = m_project ? m_project->coders() : QList<Core::Coder>();
    QStringList names;
    for (const Core::Coder &coder : coders)
        names.append(coder.name);
    if (!names.contains(m_coderName))
        names.prepend(m_coderName);
    QStringList listed;
    for (int i = 0; i < m_coderCombo->count(); ++i)
        listed.append(m_coderCombo->itemText(i));
    // On a server every coding someone else makes lands here: rebuilding the boxes each time would close a
    // list the user has open and throw away a name half typed.
    if (listed != names) {
        m_coderCombo->clear();
        m_coderCombo->addItems(names);
        m_coderCombo->setCurrentText(m_coderName);
    }

    QList<qint64> shown;
    for (int i = 1; i < m_visibleCoderCombo->count(); ++i)
        shown.append(m_visibleCoderCombo->itemData(i).toLongLong());
    QList<qint64> ids;
    for (const Core::Coder &coder : coders)
        ids.append(coder.id);
    if (m_visibleCoderCombo->count() == 0 || shown != ids) {
        m_visibleCoderCombo->clear();
        m_visibleCoderCombo->addItem(tr("All coders"), qint64(0));
        for (const Core::Coder &coder : coders)
            m_visibleCoderCombo->addItem(coder.name, coder.id);
        const int index = m_visibleCoderCombo->findData(m_visibleCoder);
        m_visibleCoderCombo->setCurrentIndex(std::max(0, index));
    }
    QHash<qint64, QString> coderNames;
    for (const Core::Coder &coder : coders)
        coderNames.insert(coder.id, coder.name);
    m_view->setCoderNames(coderNames);
}

void MainWindow::setCurrentCoder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    // On a server the name says whose codings are whose (docs/server.md): a name picked there is that
    // project's, and the name for project files stays as it was.
    if (m_project && m_project->isOnServer())
        QSettings().setValue(serverCoderKey(*m_project), trimmed);
    if (!showCoder(trimmed))
        return;
    if (!m_project || !m_project->isOnServer())
        QSettings().setValue(QStringLiteral("coder/name"), trimmed);
}

bool MainWindow::showCoder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (m_coderCombo->currentText() != trimmed)
        m_coderCombo->setCurrentText(trimmed);
    if (trimmed == m_coderName)
        return false;
    m_coderName = trimmed;
    m_coderLabel->setText(tr("Coding as %1").arg(trimmed));
    // A seminar's students each type their name here: say plainly that it took, and what happens next.
    if (m_project && !m_project->coderByName(trimmed))
        statusBar()->showMessage(
            tr("Now coding as %1, a new coder in this project from the first coding on.").arg(trimmed), 8000);
    else
        statusBar()->showMessage(tr("Now coding as %1.").arg(trimmed), 5000);
    return true;
}

void MainWindow::setVisibleCoder(qint64 coderId)
{
    m_visibleCoder = coderId;
    m_view->setVisibleCoder(coderId);
    m_codebook->setCoderFilter(coderId);
    m_documents->setCoderFilter(coderId);
    m_retrieval->setCoderFilter(coderId);
    m_frequencies->setCoderFilter(coderId);
    m_matrix->setCoderFilter(coderId);
    const int index = m_visibleCoderCombo->findData(coderId);
    if (index >= 0)
        m_visibleCoderCombo->setCurrentIndex(index);
}

// --- Panels ----------------------------------------------------------------------------------------------

QTreeView *MainWindow::documentsView() const
{
    return m_documents->view();
}

QTreeView *MainWindow::codebookView() const
{
    return m_codebook->view();
}

qint64 MainWindow::selectedCode() const
{
    return m_codebook->currentCode();
}

void MainWindow::selectCode(qint64 codeId)
{
    m_codebook->setCurrentCode(codeId);
}

bool MainWindow::selectCodePath(const QString &path)
{
    return m_codebook->selectCodePath(path);
}

void MainWindow::pinCode(qint64 codeId, int key)
{
    m_codebook->pinCode(codeId, key);
}

QHash<int, qint64> MainWindow::pinnedCodes() const
{
    return m_codebook->pinnedCodes();
}

// --- Documents -------------------------------------------------------------------------------------------

qint64 MainWindow::currentDocument() const
{
    return m_view->documentId();
}

bool MainWindow::showDocument(qint64 documentId)
{
    if (!m_project)
        return false;
    const auto document = m_project->document(documentId);
    if (!document)
        return false;
    auto text = m_project->documentText(documentId);
    if (!text) {
        showError(text.error());
        return false;
    }
    m_view->showDocument(documentId, *text, document->format, m_project->pageStarts(documentId),
                         m_project->headings(documentId));
    refreshView();
    m_documents->setCurrentDocument(documentId);
    m_memoPanel->setTarget({MemoTarget::Kind::Document, documentId}, tr("Memo on document \"%1\"").arg(document->name),
                           document->memo);
    statusBar()->showMessage(
        tr("%1: %2 characters, %3 codings").arg(document->name).arg(document->length).arg(document->codingCount), 4000);
    return true;
}

void MainWindow::jumpTo(qint64 documentId, qint64 start, qint64 end, qint64 codingId)
{
    if (m_view->documentId() != documentId && !showDocument(documentId))
        return;
    m_view->selectRange(start, end);
    m_view->setCurrentCoding(codingId);
    if (codingId != 0)
        showCodingMemo(codingId);
    m_view->setFocus();
}

bool MainWindow::showFirstPassage(qint64 codeId)
{
    if (!m_project)
        return false;
    Core::CodingFilter filter;
    filter.codeId = codeId;
    filter.documentId = m_view->documentId();
    QList<Core::Coding> codings = m_project->codings(filter);
    if (codings.isEmpty()) {
        filter.documentId = 0;
        codings = m_project->codings(filter);
    }
    if (codings.isEmpty())
        return false;
    const Core::Coding &first = codings.first();
    jumpTo(first.documentId, first.start, first.end, first.id);
    return true;
}

bool MainWindow::showDocumentNamed(const QString &name)
{
    const auto document = m_project ? m_project->documentByName(name) : std::nullopt;
    return document && showDocument(document->id);
}

void MainWindow::refreshView()
{
    if (!m_project)
        return;
    const Core::CodeTree fresh(m_project->codes());
    QHash<qint64, QString> paths;
    for (const Core::Code &c : fresh.codes())
        paths.insert(c.id, fresh.path(c.id));
    // Codebook order: depth first, as the tree shows it.
    QList<Core::Code> ordered;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (qint64 child : fresh.children(parent)) {
            ordered.append(*fresh.find(child));
            walk(child);
        }
    };
    walk(0);
    m_view->setCodes(ordered, paths);
    if (m_view->documentId() != 0)
        m_view->setCodings(m_project->codingSpans(m_view->documentId()));
    reloadCoders();
}

Core::BatchImportSummary MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project)
        return {};
    if (m_project->isReadOnly()) {
        showError(tr("%1 is open read-only; documents cannot be imported.").arg(m_project->filePath()));
        return {};
    }
    // Each file is added in its own transaction as it is read; the whole import is then one undo step.
    DocumentImport import(*m_project, this);
    const Core::BatchImportSummary summary = import.run(paths);
    const QList<Core::Document> imported = import.importedDocuments();
    if (!imported.isEmpty())
        m_undoStack->push(new ImportDocumentsCommand(m_project.get(), imported));

    const QStringList details = DocumentImport::summaryDetails(summary);
    if (summary.total == 0 && summary.skipped.isEmpty()) {
        showError(tr("There was nothing to import."));
    } else if (summary.total == 0) {
        showReport(tr("Import Documents"),
                   QStringList{tr("There are no documents to import there: Marginalia imports %1 files.")
                                   .arg(Core::DocumentReader::supportedSuffixes().join(QLatin1String(", ")))}
                       + details);
    } else if (details.isEmpty() && !summary.cancelled) {
        statusBar()->showMessage(DocumentImport::summaryText(summary), 8000);
    } else {
        showReport(tr("Import Documents"), QStringList{DocumentImport::summaryText(summary)} + details);
    }
    if (!imported.isEmpty() && m_view->documentId() == 0)
        showDocument(imported.first().id);
    return summary;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening a project that was dropped is what a user means; anything else is imported.
    if (paths.size() == 1
        && (paths.first().endsWith(QLatin1String(".marginalia"))
            || paths.first().endsWith(QLatin1String(Core::ServerLocation::FileSuffix))))
        openProject(paths.first());
    else
        importFiles(paths);
}

bool MainWindow::renameDocument(qint64 documentId, const QString &name)
{
    const auto document = m_project ? m_project->document(documentId) : std::nullopt;
    if (!document || name.trimmed().isEmpty() || name.trimmed() == document->name)
        return false;
    // A taken name is refused by the store: the command reports it and leaves no step behind.
    m_undoStack->push(new RenameDocumentCommand(m_project.get(), *document, name));
    return m_project->document(documentId)->name == name.trimmed();
}

bool MainWindow::removeDocument(qint64 documentId, bool confirm)
{
    const auto document = m_project ? m_project->document(documentId) : std::nullopt;
    if (!document || m_project->isReadOnly())
        return false;
    if (confirm) {
        const QString details = document->codingCount == 0
            ? tr("It has no codings.")
            : tr("%n coding(s) will be removed with it.", nullptr, int(document->codingCount));
        if (QMessageBox::question(this, tr("Remove Document"),
                                  tr("Remove \"%1\" from the project?").arg(document->name) + QStringLiteral("\n\n")
                                      + details + tr(" You can undo this."),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
    }
    m_undoStack->push(new RemoveDocumentCommand(m_project.get(), *document));
    return !m_project->document(documentId);
}

// --- Coding ----------------------------------------------------------------------------------------------

bool MainWindow::isLatestStep(const QUndoCommand *command) const
{
    // A push drops the steps that could have been redone, so the latest step is the last one. Inside a
    // macro (in-vivo coding: a code, then its coding) that is the open macro, whose last child is the
    // command pushed last (the stack's index moves only when the macro ends).
    if (m_undoStack->count() == 0)
        return false;
    const QUndoCommand *latest = m_undoStack->command(m_undoStack->count() - 1);
    while (latest && latest != command && latest->childCount() > 0)
        latest = latest->child(latest->childCount() - 1);
    return latest == command;
}

std::optional<Core::Code> MainWindow::code(qint64 codeId) const
{
    if (!m_project || codeId == 0)
        return std::nullopt;
    return m_project->code(codeId);
}

bool MainWindow::codeSelection(qint64 codeId)
{
    const auto target = code(codeId);
    if (!target || m_view->documentId() == 0)
        return false;
    if (m_project->isReadOnly()) {
        statusBar()->showMessage(m_project->isOnServer()
                                     ? tr("You can read this server project but not code it: its owner can make "
                                          "you a coder.")
                                     : tr("This project is open read-only; nothing can be coded."),
                                 5000);
        return false;
    }
    if (!target->codable) {
        statusBar()->showMessage(
            tr("\"%1\" is a folder of codes and is not applied to text; apply one of its subcodes.")
                .arg(m_codebook->tree().path(codeId)),
            5000);
        return false;
    }
    const auto range = m_view->selectedRange();
    if (!range) {
        statusBar()->showMessage(tr("Select some text first, then apply a code to it."), 5000);
        return false;
    }
    Core::NewCoding coding;
    coding.documentId = m_view->documentId();
    coding.codeId = codeId;
    coding.start = range->first;
    coding.end = range->second;
    auto *command = new AddCodingsCommand(
        m_project.get(), {coding},
        tr("Code \"%1\" with %2").arg(m_view->textOf(range->first, range->second).left(40), target->name));
    // The coder is added with their first coding, in its transaction and undo step.
    command->setCoderName(m_coderName);
    const int failuresBefore = m_commandFailures;
    m_undoStack->push(command);
    // An obsolete command was deleted by the stack: only a live one made a coding. It is obsolete when the
    // passage had the code already, or when the write failed (a full disk), whose message must stay shown.
    const bool made = isLatestStep(command);
    if (made) {
        rememberRecentCode(codeId);
        statusBar()->showMessage(tr("Coded with \"%1\".").arg(m_codebook->tree().path(codeId)), 3000);
    } else if (m_commandFailures == failuresBefore) {
        statusBar()->showMessage(tr("That passage already has this code from %1.").arg(m_coderName), 5000);
    }
    return made;
}

bool MainWindow::codeSearchHits(const Core::SearchQuery &query, qint64 codeId, Core::HitExtent extent)
{
    if (!m_project)
        return false;
    auto plan = Core::SearchHits::autoCode(*m_project, query, codeId, m_coderName, extent);
    if (!plan) {
        QMessageBox::warning(this, tr("Code Hits"), plan.error());
        return false;
    }
    const QString path = m_codebook->tree().path(codeId);
    if (plan->codings.isEmpty()) {
        statusBar()->showMessage(
            tr("Nothing to code: %1 already has \"%2\" on all %n hit(s).", nullptr, int(plan->hits))
                .arg(m_coderName, path),
            5000);
        return false;
    }
    auto *command = new AddCodingsCommand(m_project.get(), plan->codings,
                                          tr("Code the hits of %1 with %2").arg(query.text.left(40), path));
    // One step: every coding, and the coder when new, in one transaction; one undo takes them all back.
    command->setCoderName(m_coderName);
    m_undoStack->push(command);
    const bool made = isLatestStep(command);
    if (made) {
        rememberRecentCode(codeId);
        statusBar()->showMessage(
            tr("Coded %n passage(s) with \"%1\" (%2 already coded).", nullptr, int(command->codings().size()))
                .arg(path)
                .arg(plan->alreadyCoded),
            5000);
    }
    return made;
}

bool MainWindow::codeInVivo()
{
    if (!m_project || m_view->documentId() == 0)
        return false;
    const auto range = m_view->selectedRange();
    if (!range) {
        statusBar()->showMessage(tr("Select the words to name the new code after."), 5000);
        return false;
    }
    QString name = m_view->textOf(range->first, range->second).simplified();
    if (name.size() > 60)
        name = name.left(57).trimmed() + QStringLiteral("...");
    name.replace(u'/', u'-');
    // An in-vivo code goes at the top level, or under the selected code's parent when one is selected.
    const auto selected = code(selectedCode());
    Core::NewCode newCode;
    newCode.name = name;
    newCode.parentId = selected ? selected->parentId : 0;
    const Core::CodeTree &tree = m_codebook->tree();
    for (qint64 sibling : tree.children(newCode.parentId)) {
        if (tree.find(sibling)->name == name)
            return codeSelection(sibling);
    }
    m_undoStack->beginMacro(tr("In-vivo code \"%1\"").arg(name));
    auto *add = new AddCodeCommand(m_project.get(), newCode);
    m_undoStack->push(add);
    bool ok = isLatestStep(add);
    if (ok) {
        m_codebook->reload();
        ok = codeSelection(add->code().id);
    }
    m_undoStack->endMacro();
    if (ok)
        selectCode(add->code().id);
    return ok;
}

void MainWindow::rememberRecentCode(qint64 codeId)
{
    m_recentCodes.removeAll(codeId);
    m_recentCodes.prepend(codeId);
    while (m_recentCodes.size() > MaxRecentCodes)
        m_recentCodes.removeLast();
}

void MainWindow::applyPinnedKey(int key)
{
    const qint64 codeId = m_codebook->pinnedCode(key);
    if (codeId == 0) {
        statusBar()->showMessage(tr("No code is pinned to %1: right-click a code in the codebook to pin it.").arg(key),
                                 5000);
        return;
    }
    codeSelection(codeId);
}

void MainWindow::showMemo(const MemoTarget &target, qint64 start, qint64 end)
{
    if (!m_project)
        return;
    switch (target.kind) {
    case MemoTarget::Kind::Project:
        m_memoPanel->setTarget(target, tr("Project memo"), m_project->projectMemo());
        break;
    case MemoTarget::Kind::Document:
        // Showing the document shows its memo.
        if (!showDocument(target.id))
            return;
        break;
    case MemoTarget::Kind::Code:
        // Selecting the code shows its memo (and its passages below).
        selectCode(target.id);
        break;
    case MemoTarget::Kind::Coding: {
        const auto coding = m_project->coding(target.id);
        if (!coding)
            return;
        jumpTo(coding->documentId, coding->start, coding->end, coding->id);
        showCodingMemo(coding->id);
        break;
    }
    case MemoTarget::Kind::None:
        return;
    }
    if (!(m_memoPanel->target() == target))
        return;
    if (auto *dock = qobject_cast<QDockWidget *>(m_memoPanel->parentWidget())) {
        dock->show();
        dock->raise();
    }
    m_memoPanel->selectRange(start, end);
}

void MainWindow::showCodingMemo(qint64 codingId)
{
    const auto coding = m_project ? m_project->coding(codingId) : std::nullopt;
    if (!coding)
        return;
    m_memoPanel->setTarget({MemoTarget::Kind::Coding, codingId},
                           tr("Memo on coding: %1").arg(m_view->describeCoding(codingId)), coding->memo);
}

void MainWindow::showTextMenu(const QPoint &globalPosition, qint64 codePoint)
{
    if (!m_project)
        return;
    QMenu menu(this);
    const bool hasSelection = m_view->selectedRange().has_value();
    const bool writable = !m_project->isReadOnly();
    QMenu *codeWith = menu.addMenu(tr("Code With"));
    codeWith->setEnabled(hasSelection && writable);
    for (qint64 recent : std::as_const(m_recentCodes)) {
        if (code(recent))
            codeWith->addAction(m_codebook->tree().path(recent), this, [this, recent] { codeSelection(recent); });
    }
    if (!m_recentCodes.isEmpty())
        codeWith->addSeparator();
    QMenu *all = codeWith->addMenu(tr("All Codes"));
    CodeTreeMenu::fill(all, m_codebook->tree(), 0, [this](qint64 code) { codeSelection(code); });
    QAction *inVivo = menu.addAction(tr("Code In Vivo"), this, [this] { codeInVivo(); });
    inVivo->setEnabled(hasSelection && writable);
    addCaseActions(&menu, hasSelection);

    const QList<qint64> codings = m_view->codingsAt(codePoint);
    if (!codings.isEmpty())
        menu.addSeparator();
    for (qint64 codingId : codings) {
        const auto coding = m_project->coding(codingId);
        if (!coding)
            continue;
        QMenu *sub = menu.addMenu(m_view->describeCoding(codingId));
        sub->addAction(tr("Edit Memo"), this, [this, codingId] {
            m_view->setCurrentCoding(codingId);
            showCodingMemo(codingId);
        });
        QAction *adjust = sub->addAction(tr("Set Range to Selection"), this, [this, coding] {
            if (const auto range = m_view->selectedRange())
                m_undoStack->push(new SetCodingRangeCommand(m_project.get(), *coding, range->first, range->second));
        });
        adjust->setEnabled(hasSelection && writable);
        sub->addAction(tr("Remove Coding"), this,
                       [this, coding] { m_undoStack->push(new RemoveCodingsCommand(m_project.get(), {*coding})); })
            ->setEnabled(writable);
    }
    menu.addSeparator();
    QAction *copy = menu.addAction(tr("Copy"), m_view, &QPlainTextEdit::copy);
    copy->setEnabled(hasSelection);
    menu.exec(globalPosition);
}

// --- Codes -----------------------------------------------------------------------------------------------

void MainWindow::addCode(qint64 parentId, const QString &name)
{
    Core::NewCode request;
    request.name = name;
    request.parentId = parentId;
    auto *command = new AddCodeCommand(m_project.get(), request);
    m_undoStack->push(command);
    // A refused name makes the command obsolete, and the stack has deleted it: ask the stack, not it.
    if (isLatestStep(command)) {
        m_codebook->reload();
        selectCode(command->code().id);
    }
}

bool MainWindow::mergeCode(qint64 sourceId, qint64 targetId)
{
    const auto source = code(sourceId);
    const auto target = code(targetId);
    if (!source || !target)
        return false;
    auto *command = new MergeCodesCommand(m_project.get(), *source, *target);
    m_undoStack->push(command);
    if (m_project->code(sourceId))
        return false;
    const Core::MergeReport &report = command->report();
    statusBar()->showMessage(tr("Merged: %1 codings moved, %2 duplicates dropped, %3 subcodes moved.")
                                 .arg(report.codingsMoved)
                                 .arg(report.duplicatesDropped)
                                 .arg(report.subcodesMoved),
                             6000);
    return true;
}

bool MainWindow::deleteCode(qint64 codeId, bool confirm)
{
    const auto existing = code(codeId);
    if (!existing)
        return false;
    if (confirm) {
        const qint64 codings = m_project->codingCount(codeId, true);
        const qsizetype subcodes = m_codebook->tree().subtree(codeId).size() - 1;
        QString question = tr("Delete the code \"%1\"?").arg(existing->name);
        QString details;
        if (subcodes > 0)
            details += tr("Its %n subcode(s) go with it. ", nullptr, int(subcodes));
        details += codings == 0 ? tr("It has no codings.") : tr("%n coding(s) will be removed.", nullptr, int(codings));
        details += tr(" You can undo this.");
        if (QMessageBox::question(this, tr("Delete Code"), question + QStringLiteral("\n\n") + details,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
    }
    m_undoStack->push(new DeleteCodeCommand(m_project.get(), *existing));
    m_codebook->unpinMissingCodes();
    return !m_project->code(codeId);
}

// --- REFI-QDA --------------------------------------------------------------------------------------------

bool MainWindow::importCodebook(const QString &path)
{
    if (!m_project)
        return false;
    auto *command = new ImportCodebookCommand(m_project.get(), path);
    const int failuresBefore = m_commandFailures;
    m_undoStack->push(command);
    const bool done = isLatestStep(command);
    if (done)
        showReport(tr("Codebook imported"), command->report().lines());
    else if (m_commandFailures == failuresBefore)
        statusBar()->showMessage(tr("%1: nothing new to import.").arg(QFileInfo(path).fileName()), 5000);
    return done;
}

bool MainWindow::exportCodebook(const QString &path)
{
    if (!m_project)
        return false;
    auto report = Core::RefiQdaCodebook::exportTo(*m_project, path);
    if (!report) {
        showError(report.error());
        return false;
    }
    statusBar()->showMessage(tr("Codebook exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportRefiQda(const QString &path)
{
    if (!m_project)
        return false;
    m_memoPanel->flush();
    m_cases->flushMemo();
    RefiQdaExchange exchange(this);
    const auto report = exchange.exportProject(*m_project, path);
    if (!report) {
        showError(report.error());
        return false;
    }
    showReport(tr("Project exported"), report->lines());
    return true;
}

bool MainWindow::importRefiQda(const QString &qdpx, const QString &projectPath)
{
    RefiQdaExchange exchange(this);
    const auto report = exchange.importProject(qdpx, projectPath);
    if (!report) {
        if (!exchange.wasCancelled())
            showError(report.error());
        return false;
    }
    if (!openProject(projectPath))
        return false;
    showReport(tr("Project imported"), report->lines());
    return true;
}

// --- Files, settings and messages ------------------------------------------------------------------------

void MainWindow::newProject()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = dialog.projectPath();
    if (file.isEmpty())
        return;
    auto created = Core::Project::create(file);
    if (!created) {
        showError(created.error());
        return;
    }
    created->reset();
    openProject(file);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Marginalia projects (*.marginalia);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentProjectsMenu();
}

void MainWindow::updateRecentProjectsMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        // Server locations are kept as their display text (never with a password) beside the files.
        if (path.contains(QLatin1String("://"))) {
            if (const auto location = Core::ServerLocation::parse(path)) {
                const QString host = location->host().isEmpty() || location->host().startsWith(u'/')
                    ? tr("this computer")
                    : location->host();
                QAction *action = m_recentMenu->addAction(tr("%1 \u2014 %2").arg(location->projectName(), host), this,
                                                          [this, path] { openProject(path); });
                action->setToolTip(path);
            }
            continue;
        }
        QAction *action
            = m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this, [this, path] { openProject(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showReport(const QString &title, const QStringList &lines)
{
    statusBar()->showMessage(lines.value(0), 8000);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    QMessageBox box(QMessageBox::Information, title, lines.value(0), QMessageBox::Ok, this);
    if (lines.size() > 1) {
        // The first few reasons show at once; all of them are under "Show Details...".
        constexpr qsizetype shownAtOnce = 5;
        const QStringList reasons = lines.mid(1);
        QStringList first = reasons.mid(0, shownAtOnce);
        if (reasons.size() > shownAtOnce)
            first.append(tr("... and %n more.", nullptr, int(reasons.size() - shownAtOnce)));
        box.setInformativeText(first.join(u'\n'));
        box.setDetailedText(reasons.join(u'\n'));
    }
    box.exec();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Tests and scripts run without anyone to click a message box away.
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        qWarning("%s", qPrintable(message));
        return;
    }
    QMessageBox::warning(this, tr("Marginalia"), message);
}

void MainWindow::setTextFont(const QFont &font)
{
    m_view->setFont(font);
    QSettings().setValue(QStringLiteral("view/font"), font.toString());
}

void MainWindow::setPaletteChoice(const QString &name)
{
    // Light and dark are Fusion's, whose palette follows the one set here on every platform; the system's
    // is the style's own, as the application started with it.
    if (name == QLatin1String("light") || name == QLatin1String("dark")) {
        if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(name == QLatin1String("dark") ? Palettes::dark() : Palettes::light());
    } else if (m_paletteChoice != QLatin1String("system") && !m_paletteChoice.isEmpty()) {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    m_paletteChoice = name == QLatin1String("light") || name == QLatin1String("dark") ? name : QStringLiteral("system");
    for (QAction *action : std::as_const(m_paletteActions))
        action->setChecked(action->data().toString() == m_paletteChoice);
    QSettings().setValue(QStringLiteral("view/palette"), m_paletteChoice);
}

QList<QDockWidget *> MainWindow::bottomDocks(Visibility visibility) const
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea && !dock->isFloating()
            && (visibility == Visibility::Any || !dock->isHidden()))
            docks.append(dock);
    }
    return docks;
}

void MainWindow::setBottomPanelsShown(bool shown)
{
    if (!shown) {
        // Remembered, so that showing them again brings back the ones that were open, not all seven.
        m_hiddenBottomDocks.clear();
        for (QDockWidget *dock : bottomDocks(Visibility::Shown)) {
            m_hiddenBottomDocks.append(dock->objectName());
            dock->hide();
        }
        QSettings().setValue(QStringLiteral("window/hiddenBottomPanels"), m_hiddenBottomDocks);
        m_bottomPanelsAction->setChecked(false);
        m_view->setFocus();
        return;
    }
    m_bottomPanelsAction->setChecked(true);
    if (!bottomDocks(Visibility::Shown).isEmpty())
        return;
    const QList<QDockWidget *> docks = bottomDocks(Visibility::Any);
    if (m_hiddenBottomDocks.isEmpty())
        m_hiddenBottomDocks = QSettings().value(QStringLiteral("window/hiddenBottomPanels")).toStringList();
    QDockWidget *first = nullptr;
    for (QDockWidget *dock : docks) {
        if (m_hiddenBottomDocks.contains(dock->objectName())) {
            dock->show();
            first = first ? first : dock;
        }
    }
    if (!first) {
        first = findChild<QDockWidget *>(QStringLiteral("retrievalDock"));
        first->show();
    }
    first->raise();
    m_bottomPanelsAction->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_memoPanel->flush();
    m_cases->flushMemo();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(windowStateKey(), saveState());
    event->accept();
}

DisagreementReview *MainWindow::startReview(qint64 codeId, bool includeSubcodes, qint64 firstCoderId,
                                            qint64 secondCoderId, const QString &consensusCoderName)
{
    if (!m_project)
        return nullptr;
    auto review = m_project->startReview(codeId, includeSubcodes, firstCoderId, secondCoderId, consensusCoderName);
    if (!review) {
        QMessageBox::warning(this, tr("Review Disagreements"), review.error());
        return nullptr;
    }
    // The consensus coder may be new: the coder boxes list it.
    reloadCoders();
    auto *window = new DisagreementReview(m_project.get(), m_undoStack, *review, this);
    window->show();
    return window;
}

bool MainWindow::mergeProjects(const QStringList &files)
{
    if (!m_project || files.isEmpty())
        return false;
    auto *command = new MergeProjectsCommand(m_project.get(), files);
    m_undoStack->push(command);
    // A failed merge reported itself (ProjectCommand's handler) and left the stack as it was.
    if (command->summaries().size() != files.size())
        return false;
    QStringList lines;
    qint64 conflicts = 0;
    qint64 codings = 0;
    for (const Core::MergeSummary &summary : command->summaries()) {
        lines += Core::ProjectMerge::describe(summary);
        conflicts += summary.conflicts.size();
        codings += summary.codingsAdded;
    }
    reloadCoders();
    statusBar()->showMessage(
        tr("Merged %n project(s): %1 codings added, %2 conflicts (Edit > Undo takes it back)", "", int(files.size()))
            .arg(codings)
            .arg(conflicts),
        10000);
    if (conflicts > 0) {
        QMessageBox box(QMessageBox::Information, tr("Merge Projects"),
                        tr("Merged, with %n conflict(s), each resolved without losing anything.", "", int(conflicts)),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
    }
    return true;
}

bool MainWindow::handOut(const QString &path, const Core::HandoutOptions &options)
{
    if (!m_project)
        return false;
    auto written = Core::ProjectHandout::write(*m_project, path, options);
    if (!written) {
        QMessageBox::warning(this, tr("Hand Out Copy"), written.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Wrote %1: %2 documents, %3 codes; left out %4")
            .arg(QDir::toNativeSeparators(path))
            .arg(written->documents)
            .arg(written->codes)
            .arg(written->codersLeftOut.isEmpty() ? tr("no coder") : written->codersLeftOut.join(QStringLiteral(", "))),
        10000);
    return true;
}

// --- Attributes (issue 14) -------------------------------------------------------------------------------

QMenu *MainWindow::addDocumentsMenu()
{
    // Attributes describe the documents, so researchers look for them beside the documents, not among the
    // analyses (which only use them).
    QMenu *documents = menuBar()->addMenu(tr("&Documents"));
    const auto showAttributes = [this] {
        auto *dock = qobject_cast<QDockWidget *>(m_attributes->parentWidget());
        dock->show();
        dock->raise();
    };
    documents->addAction(tr("&Attributes"), this, showAttributes);
    m_writeActions.append(documents->addAction(tr("&New Attribute..."), this, [this, showAttributes] {
        showAttributes();
        m_attributes->askNewAttribute();
    }));
    m_writeActions.append(documents->addAction(tr("Save Filter as &Set..."), this, [this, showAttributes] {
        showAttributes();
        m_attributes->askSaveAsSet();
    }));
    documents->addSeparator();
    m_writeActions.append(
        documents->addAction(tr("&Import Attributes (CSV)..."), m_attributes, &AttributesPanel::askImportCsv));
    documents->addAction(tr("&Export Attributes (CSV)..."), m_attributes, &AttributesPanel::askExportCsv);
    return documents;
}

void MainWindow::connectAttributesPanel()
{
    connect(m_attributes, &AttributesPanel::valueChangeRequested, this,
            [this](qint64 documentId, const QString &documentName, const QString &attributeName,
                   const QString &oldValue, const QString &newValue) {
                if (m_project)
                    m_undoStack->push(new SetAttributeValueCommand(m_project.get(), documentId, documentName,
                                                                   attributeName, oldValue, newValue));
            });
    connect(m_attributes, &AttributesPanel::newAttributeRequested, this,
            [this](const QString &name, Core::AttributeType type, const QStringList &allowedValues) {
                if (m_project)
                    m_undoStack->push(new AddAttributeCommand(m_project.get(), name, type, allowedValues));
            });
    connect(m_attributes, &AttributesPanel::removeAttributeRequested, this, [this](qint64 attributeId) {
        if (!m_project)
            return;
        for (const Core::Attribute &attribute : m_project->attributes()) {
            if (attribute.id == attributeId)
                m_undoStack->push(new RemoveAttributeCommand(m_project.get(), attribute));
        }
    });
    connect(m_attributes, &AttributesPanel::importRequested, this, &MainWindow::importAttributes);
    connect(m_attributes, &AttributesPanel::setRequested, this,
            [this](const QString &name, const QList<qint64> &documentIds, const QString &condition) {
                if (m_project)
                    m_undoStack->push(new AddDocumentSetCommand(m_project.get(), name, documentIds, condition));
            });
}

bool MainWindow::importAttributes(const QString &path)
{
    if (!m_project || m_project->isReadOnly())
        return false;
    auto command = ImportAttributesCommand::importFile(m_project.get(), path);
    if (!command) {
        // The first line says nothing was imported; each after it is one problem (file, row, column).
        QStringList lines = command.error().split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        showReport(tr("Import Attributes"), lines);
        return false;
    }
    const Core::AttributeImportReport report = (*command)->report();
    m_undoStack->push(command->release());
    QString summary = tr("Imported the attributes of %n document(s)", nullptr, int(report.documents));
    if (!report.attributesAdded.isEmpty())
        summary += tr("; new: %1").arg(report.attributesAdded.join(QStringLiteral(", ")));
    statusBar()->showMessage(summary, 8000);
    return true;
}

} // namespace Marginalia::Ui
