#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QModelIndex;
class QPoint;
class QTreeView;

namespace Marginalia::Core {
class CodeTree;
class Project;
struct Code;
} // namespace Marginalia::Core

namespace Marginalia::Ui {

class CodebookModel;

/**
 * The codebook: a tree of codes with their colours, codings (of the coder in view, or everyone's), codings
 * with those of their subcodes, and the quick-keys 1-9 pinned to them. Codes are dragged to move them in the
 * tree or onto text; the tree stays open as it was, and on the same code, when the model reloads after
 * every change to the project.
 *
 * The panel never changes the project: double-clicks, edited names, drops and the context menu's entries
 * come out as requests, which the window turns into undoable commands (and the deletion into a question
 * first). The dialogs that ask for a new code's name, a colour, a description or a code to merge into are
 * the panel's, so the window's menus ask through it too (askNewCode()).
 *
 * Pins are the panel's own: kept per project in the settings by the codes' GUIDs, which survive renames
 * and moves.
 */
class CodebookPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookPanel)

public:
    explicit CodebookPanel(QWidget *parent = nullptr);
    ~CodebookPanel() override;

    /// The project whose codebook to show (nullptr: none); opens every code and reads its pins.
    void setProject(Core::Project *project);
    Core::Project *project() const;
    /// Counts only this coder's codings (0: every coder's), as the window's "view codings of" says.
    void setCoderFilter(qint64 coderId);
    /// Reads the codebook again now, rather than on the next turn of the event loop: for a code just
    /// added that is to be selected or named at once.
    void reload();

    CodebookModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The codebook as the panel shows it (paths, parents, children).
    const Core::CodeTree &tree() const;

    /// The code of the current row; 0 when there is none.
    qint64 currentCode() const;
    /// The selected codes, in the tree's order (the current one when none is selected).
    QList<qint64> selectedCodes() const;
    void setCurrentCode(qint64 codeId);
    /// Makes the code at @p path ("Protection/Children") current and scrolls to it; false when there is none.
    bool selectCodePath(const QString &path);

    /// Pins @p codeId to quick-key @p key (1-9), taking the key from any other code and any other key from
    /// the code; key 0 unpins the code.
    void pinCode(qint64 codeId, int key);
    QHash<int, qint64> pinnedCodes() const { return m_pinned; }
    /// The code pinned to @p key; 0 when none is.
    qint64 pinnedCode(int key) const { return m_pinned.value(key); }
    /// Forgets the pins of codes the project no longer has (after a deletion).
    void unpinMissingCodes();

public Q_SLOTS:
    /// Asks for the name of a new code under @p parentId (0: at the top level) and requests it.
    void askNewCode(qint64 parentId);

Q_SIGNALS:
    /// The current code changed to @p codeId (0: none).
    void currentCodeChanged(qint64 codeId);
    /// Code the selected text with @p codeId (a double-click, or "Code Selection").
    void codeSelectionRequested(qint64 codeId);
    void newCodeRequested(qint64 parentId, const QString &name);
    void renameRequested(qint64 codeId, const QString &name);
    /// Move @p codeId under @p parentId (0: top level) at @p position among its new siblings (-1: last).
    void moveRequested(qint64 codeId, qint64 parentId, int position);
    /// @p color as "#RRGGBB".
    void colorChangeRequested(qint64 codeId, const QString &color);
    void descriptionChangeRequested(qint64 codeId, const QString &description);
    /// Merge @p sourceId and its codings into @p targetId.
    void mergeRequested(qint64 sourceId, qint64 targetId);
    /// Delete @p codeId with its subcodes and codings (the window asks first).
    void deleteRequested(qint64 codeId);
    /// Add @p codeIds to a code set (the window asks which).
    void addToCodeSetRequested(const QList<qint64> &codeIds);

private:
    std::optional<Core::Code> code(qint64 codeId) const;
    void rememberViewState();
    void restoreViewState();
    void showContextMenu(const QPoint &position);
    void askColor(qint64 codeId);
    void askDescription(qint64 codeId);
    void askMergeTarget(qint64 codeId);
    void loadPins();
    void savePins();
    void showPins();

    QPointer<Core::Project> m_project;
    CodebookModel *m_model;
    QTreeView *m_view;
    QHash<int, qint64> m_pinned;
    /// What a model reset would forget: the open codes and the current one.
    QList<qint64> m_expandedBeforeReset;
    qint64 m_currentBeforeReset = 0;
};

} // namespace Marginalia::Ui
