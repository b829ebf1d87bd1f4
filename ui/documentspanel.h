#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPoint;
class QSortFilterProxyModel;
class QTreeView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentListModel;

/**
 * The project's documents: a filter line over a list sorted by name, with each document's codings (of the
 * coder in view, or everyone's) and length, and a tooltip on where it came from (DocumentListModel).
 *
 * Choosing a document asks for it to be shown (documentActivated()). The panel never changes the project:
 * editing a name (F2 or a slow second click), the Delete key and the context menu's entries come out as
 * requests, which the window turns into undoable commands. The dialogs that ask which files or folder to
 * import are the panel's, so the window's File menu asks through it too (askFilesToImport()). Entries that
 * would change a read-only project are disabled.
 */
class DocumentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPanel)

public:
    explicit DocumentsPanel(QWidget *parent = nullptr);
    ~DocumentsPanel() override;

    /// The project to list (nullptr: none).
    void setProject(Core::Project *project);
    Core::Project *project() const;
    /// Counts only this coder's codings (0: every coder's), as the window's "view codings of" says.
    void setCoderFilter(qint64 coderId);

    /// Makes @p documentId the current row (when the filter shows it) without reporting it as activated:
    /// the window shows a document some other way and the list follows.
    void setCurrentDocument(qint64 documentId);
    /// Makes the first document in the list's order current, which activates it (after opening a project).
    void activateFirstDocument();

    DocumentListModel *model() const { return m_model; }
    /// The view's model: model() behind the filtering and sorting proxy.
    QSortFilterProxyModel *sortModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    /// The selected documents, in the list's order (the current one when none is selected).
    QList<qint64> selectedDocuments() const;

public Q_SLOTS:
    /// Asks which documents to import, starting in the folder of the last import, and requests them.
    void askFilesToImport();
    /// Asks for a folder of documents to import and requests it.
    void askFolderToImport();

Q_SIGNALS:
    /// The user made @p documentId the current document: show it.
    void documentActivated(qint64 documentId);
    /// The user edited the name of @p documentId to @p name (untrimmed).
    void renameRequested(qint64 documentId, const QString &name);
    /// The user asked to remove @p documentId from the project (the window asks first).
    void removeRequested(qint64 documentId);
    /// Import these files and folders (the window makes them one undo step).
    void importRequested(const QStringList &paths);
    /// Add @p documentIds to a set (the window asks which).
    void addToSetRequested(const QList<qint64> &documentIds);

private:
    void showContextMenu(const QPoint &position);
    void removeCurrent();

    QPointer<Core::Project> m_project;
    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    // Created before the filter line: Tab goes from the list to the filter, as it always has.
    QTreeView *m_view;
    QLineEdit *m_filter;
};

} // namespace Marginalia::Ui
