#pragma once

#include "memocommand.h"

#include "store/serverlocation.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QFont;
class QLabel;
class QMenu;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace Marginalia::Core {
class Project;
struct SearchQuery;
struct MemoTarget;
enum class HitExtent;
struct HandoutOptions;
struct Code;
struct BatchImportSummary;
struct ProjectLockHolder;
} // namespace Marginalia::Core

namespace Marginalia::Ui {

class AttributesPanel;
class CasesPanel;
class CodebookPanel;
class DocumentView;
class DocumentsPanel;
class ClassViewPanel;
class CompareCodersPanel;
class DisagreementReview;
class FrequencyPanel;
class HistoryPanel;
class MatrixPanel;
class MemoPanel;
class RetrievalPanel;
class SearchPanel;
class SetsPanel;
class FindBar;
class NoticeBar;
class ProjectSafeguard;
struct ReportRequest;

/**
 * The coding workbench: documents on the left, the document with its codings in the middle, the
 * codebook, memos, retrieval and frequencies around it. Every change goes through the undo stack as a
 * command that the store commits at once.
 *
 * The window owns the open project and the undo stack. Its panels (DocumentsPanel, CodebookPanel,
 * MemoPanel, RetrievalPanel, FrequencyPanel) show the project and ask for changes through signals; the
 * window turns those requests, its menus' actions and the coding done in the document view into
 * commands, and keeps the panels and the view in step (the document shown, the code selected, the coder
 * in view).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file, or a project on a server (a URL or a .marginalia-server file, as
    /// Core::ServerLocation reads them); shows the error and returns false when it cannot be opened. A
    /// .qdpx is imported instead: the user is asked where to save the new project (beside it by default).
    bool openProject(const QString &path);
    /// Opens a project on a PostgreSQL server (mainwindowserver.cpp): asks for a password when the server
    /// wants one that libpq could not find, and keeps it in memory for the session only. What is about a
    /// file (its writer lock, checks and backups, network drives) does not apply; a viewer's window is
    /// read-only with a notice saying so.
    bool openServerProject(Core::ServerLocation location);
    /// How openServerProject() asks for a password: given the location and what the server answered the
    /// last password (empty on the first ask), the password typed, or nothing to give up. The default shows
    /// a ServerPasswordDialog; tests answer for the user.
    using PasswordPrompt
        = std::function<std::optional<QString>(const Core::ServerLocation &location, const QString &problem)>;
    void setPasswordPrompt(PasswordPrompt prompt);
    /// How Preferences' Restart Now starts Marginalia again: QProcess::startDetached() unless a test says
    /// otherwise (mainwindowhelp.cpp).
    using ProgramStarter = std::function<bool(const QString &program, const QStringList &arguments)>;
    void setProgramStarter(ProgramStarter starter) { m_programStarter = std::move(starter); }
    /// "On server HOST as coder" in the status bar, for a server project: for tests.
    QString serverStatusText() const;
    Core::Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    DocumentView *documentView() const { return m_view; }
    QTreeView *codebookView() const;
    QTreeView *documentsView() const;
    CodebookPanel *codebookPanel() const { return m_codebook; }
    DocumentsPanel *documentsPanel() const { return m_documents; }
    MemoPanel *memoPanel() const { return m_memoPanel; }
    RetrievalPanel *retrievalPanel() const { return m_retrieval; }
    SearchPanel *searchPanel() const { return m_search; }
    FindBar *findBar() const { return m_findBar; }
    FrequencyPanel *frequencyPanel() const { return m_frequencies; }
    CompareCodersPanel *compareCodersPanel() const { return m_compareCoders; }
    ClassViewPanel *classViewPanel() const { return m_classView; }
    MatrixPanel *matrixPanel() const { return m_matrix; }
    AttributesPanel *attributesPanel() const { return m_attributes; }
    CasesPanel *casesPanel() const { return m_cases; }
    SetsPanel *setsPanel() const { return m_sets; }
    /// Assigns the document @p documentId (@p end 0: all of it) or its passage [start, end) to the case
    /// with @p caseGuid, or with an empty GUID to a new case named @p caseName, as one undo step; false
    /// when the case has it already or nothing was assigned (mainwindowcases.cpp).
    bool assignToCase(const QString &caseGuid, const QString &caseName, qint64 documentId, qint64 start = 0,
                      qint64 end = 0);
    /// Asks which case to assign the current document, or the selected passage of it, to (Documents menu
    /// and the text's context menu).
    void askAssignDocumentToCase();
    void askAssignSelectionToCase();
    /// Imports the documents' attributes from a CSV table (Core::AttributeCsv) as one undo step; when
    /// nothing could be imported, lists the problems and returns false.
    bool importAttributes(const QString &path);
    /// Starts (or resumes) the review of two coders' disagreements on a code into @p consensusCoderName's
    /// codings and opens its window; a failure is shown in a message box and gives nullptr.
    /// Merges projects (.marginalia, .qdpx) into the open one as one undo step and shows the report;
    /// returns whether it merged.
    bool mergeProjects(const QStringList &files);
    /// Writes the project report as @p request says (HTML or PDF); a failure is shown and gives false
    /// (mainwindowreport.cpp).
    bool exportReport(const ReportRequest &request);
    /// Writes a hand-out of the open project (Core::ProjectHandout); a failure is shown and gives false.
    bool handOut(const QString &path, const Core::HandoutOptions &options);
    DisagreementReview *startReview(qint64 codeId, bool includeSubcodes, qint64 firstCoderId, qint64 secondCoderId,
                                    const QString &consensusCoderName);
    /// Shows a passage: opens its document, selects the range (code points) and outlines the coding.
    void jumpTo(qint64 documentId, qint64 start, qint64 end, qint64 codingId = 0);
    /// The text's font (View > Text Font...), remembered.
    void setTextFont(const QFont &font);
    /// "system", "light" or "dark" (View > Colours), remembered; --palette on the command line too.
    void setPaletteChoice(const QString &name);
    /// Hides the panels below the text (View > Bottom Panels, F8), or shows again those that were open.
    /// Which are shown, and their height, are remembered with the window.
    void setBottomPanelsShown(bool shown);
    QString paletteChoice() const { return m_paletteChoice; }
    /// Codes the hits of @p query with @p codeId, widened to @p extent, as the current coder: one undo step.
    bool codeSearchHits(const Core::SearchQuery &query, qint64 codeId, Core::HitExtent extent);
    /// Jumps to the first passage of @p codeId in the current document (or in any document).
    bool showFirstPassage(qint64 codeId);

    /// Shows the memo of @p target in the memo panel with [start, end) of it selected (a search hit),
    /// opening what it is on: the document, the code, or the coding's passage.
    void showMemo(const Core::MemoTarget &target, qint64 start, qint64 end);
    /// Shows a document by id; false when there is none.
    bool showDocument(qint64 documentId);
    qint64 currentDocument() const;
    qint64 selectedCode() const;
    void selectCode(qint64 codeId);

    /// Codes the current selection with @p codeId, as dropping the code on it does. False when there is
    /// no selection or nothing new was coded.
    bool codeSelection(qint64 codeId);
    /// Creates a code named after the selected text and codes the selection with it.
    bool codeInVivo();
    void pinCode(qint64 codeId, int key);
    QHash<int, qint64> pinnedCodes() const;
    /// The coder whose name goes on new codings.
    QString currentCoder() const { return m_coderName; }
    /// The user's choice of coder: remembered for the open server project when there is one (each project
    /// its own), otherwise as the name for every project file.
    void setCurrentCoder(const QString &name);
    /// Show (and count) the codings of one coder only; 0 for everyone's.
    void setVisibleCoder(qint64 coderId);

    /// Imports files and folders (DocumentImport: read in the background, each file in its own
    /// transaction, duplicates asked about) as one undo step, then says what was refused and why.
    Core::BatchImportSummary importFiles(const QStringList &paths);
    /// Selects the document named @p name; false when there is none.
    bool showDocumentNamed(const QString &name);
    /// Selects the code at @p path in the codebook.
    bool selectCodePath(const QString &path);

    /// REFI-QDA exchange (File menu): each shows progress and the report of what could not be mapped.
    bool importCodebook(const QString &path);
    bool exportCodebook(const QString &path);
    bool exportRefiQda(const QString &path);
    /// Imports a .qdpx into a new project at @p projectPath and opens it.
    bool importRefiQda(const QString &qdpx, const QString &projectPath);

    /// Puts the backup at @p backupPath in place of the project at @p projectPath (closing it first when it is
    /// the one open) and opens the result; the file it replaces is kept beside it (ProjectBackups::restore).
    bool restoreBackup(const QString &projectPath, const QString &backupPath);
    /// The notice above the text (read-only because someone else writes, network drive, an interrupted
    /// session) and the guard that checks and backs up the open project: for tests.
    NoticeBar *noticeBar() const { return m_notice; }
    ProjectSafeguard *safeguard() const { return m_safeguard; }

    bool mergeCode(qint64 sourceId, qint64 targetId);
    /// Deletes a code after asking (unless @p confirm is false).
    bool deleteCode(qint64 codeId, bool confirm = true);
    /// Renames a document (an undoable step); false when the name is taken or empty.
    bool renameDocument(qint64 documentId, const QString &name);
    /// Removes a document and its codings after asking (unless @p confirm is false); undo puts them back.
    bool removeDocument(qint64 documentId, bool confirm = true);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Visibility { Any, Shown };
    QList<QDockWidget *> bottomDocks(Visibility visibility) const;
    void createActions();
    void createDocks();
    void connectPanels();
    void closeProject();
    void reloadCoders();
    void refreshView();
    void updateTitle();
    void showCodingMemo(qint64 codingId);
    void showTextMenu(const QPoint &globalPosition, qint64 codePoint);
    void rememberRecentCode(qint64 codeId);
    void addRecentProject(const QString &path);
    void updateRecentProjectsMenu();
    void newProject();
    void openProjectDialog();
    /// Puts @p opened in the window: every panel on it, its signals connected, its first document shown.
    void showProject(std::unique_ptr<Core::Project> opened);
    /// Enables what changes the project only when it can be changed (not read-only, not a viewer's).
    void updateWriteActions();
    /// Undoes or redoes the latest step; a failure (another user removed what it is about) names the step.
    void undoStep();
    void redoStep();
    void addCode(qint64 parentId, const QString &name);
    void applyPinnedKey(int key);
    void showError(const QString &message);
    void showReport(const QString &title, const QStringList &lines);
    std::optional<Core::Code> code(qint64 codeId) const;
    /// Whether @p command, just pushed, is on the undo stack (QUndoStack deletes an obsolete one at once).
    bool isLatestStep(const QUndoCommand *command) const;
    QMenu *addDocumentsMenu();
    void connectAttributesPanel();
    // Cases and sets (mainwindowcases.cpp)
    void addCaseAndSetActions(QMenu *documents, QMenu *codes);
    void addCaseActions(QMenu *textMenu, bool hasSelection);
    void connectCasesAndSets();
    void showDock(QWidget *panel);
    // The project's file kept safe (mainwindowsafety.cpp): one writer, checks, backups, restores
    void addSafetyActions(QMenu *file);
    void connectSafeguard();
    /// Opens @p path for writing, waiting a moment for a command-line tool that holds it; @p holder is set to
    /// whoever holds it when that fails.
    std::unique_ptr<Core::Project> openForWriting(const QString &path, QString &error,
                                                  std::optional<Core::ProjectLockHolder> &holder);
    /// The notices a freshly opened project calls for.
    void showOpeningNotices(const std::optional<Core::ProjectLockHolder> &holder);
    enum class DamageWithoutBackup { Report, LeaveToCaller };
    /// When the file at @p path is damaged (@p problems, from quick_check) and has a sound backup: asks
    /// whether to restore it, naming what would be lost. Without a backup, reports the damage or leaves it to
    /// the caller (whose own error says more about a file that is no project at all). Returns whether the
    /// user was told.
    bool offerBackupForDamage(const QString &path, const QStringList &problems, DamageWithoutBackup unbacked);
    void askRestoreBackup();
    // The project report (mainwindowreport.cpp)
    void addReportActions(QMenu *file);
    // Projects on a server (mainwindowserver.cpp)
    void openServerProjectDialog();
    QStringList recentServerLocations() const;
    /// The role's status-bar text, and for a viewer the notice above the text.
    void showServerNotices();
    /// Shows @p name as the coder of new codings; false when it was so already. Remembers nothing.
    bool showCoder(const QString &name);
    /// On opening a server project: the coder its user picked for it, or else the name the server lets
    /// their login code under (Project::serverCoderName()).
    void showServerCoder();
    /// Where the settings keep the coder picked on this server project by the login it is open as.
    static QString serverCoderKey(const Core::Project &project);
    /// The server's name for titles and notices ("db.example.org", or this computer's for a socket).
    QString serverName() const;
    // Preferences and help (mainwindowhelp.cpp)
    /// Edit > Preferences at the end of @p edit, and the Help menu.
    void addPreferencesAndHelpMenu(QMenu *edit);
    void showPreferences();
    /// Closes the window as Quit does and starts Marginalia again on the same project (a new language).
    void restart();
    void showUserGuide();
    void showAbout();

    std::unique_ptr<Core::Project> m_project;
    QUndoStack *m_undoStack;
    DocumentsPanel *m_documents;
    CodebookPanel *m_codebook;
    DocumentView *m_view;
    FindBar *m_findBar = nullptr;
    NoticeBar *m_notice = nullptr;
    ProjectSafeguard *m_safeguard = nullptr;
    /// Who left the project open when the last session ended without closing it, until the check has run.
    QString m_interruptedSession;
    /// Failed writes the commands have reported (ProjectCommand's error handler): a caller that finds its
    /// command dropped tells "nothing to do" from "failed" by it, and leaves a failure's message shown.
    int m_commandFailures = 0;
    /// What the undo or redo under way is ("Undo Code ..."), for its failure's message; empty otherwise.
    QString m_stepInProgress;
    /// Where the open server project is (without its password); empty for a file.
    std::optional<Core::ServerLocation> m_serverLocation;
    PasswordPrompt m_passwordPrompt;
    ProgramStarter m_programStarter;
    QLabel *m_serverLabel = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_restoreAction = nullptr;
    /// Actions that change the project, disabled while it is read-only.
    QList<QAction *> m_writeActions;
    QList<QAction *> m_paletteActions;
    QString m_paletteChoice;
    MemoPanel *m_memoPanel;
    RetrievalPanel *m_retrieval;
    FrequencyPanel *m_frequencies;
    CompareCodersPanel *m_compareCoders;
    ClassViewPanel *m_classView;
    SearchPanel *m_search;
    MatrixPanel *m_matrix;
    AttributesPanel *m_attributes;
    CasesPanel *m_cases;
    SetsPanel *m_sets;
    HistoryPanel *m_history;
    QComboBox *m_coderCombo;
    QComboBox *m_visibleCoderCombo;
    QLabel *m_coderLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_bottomPanelsAction = nullptr;
    QStringList m_hiddenBottomDocks;
    QAction *m_snapAction = nullptr;
    QString m_coderName;
    qint64 m_visibleCoder = 0;
    QList<qint64> m_recentCodes;
};

} // namespace Marginalia::Ui
