#pragma once

#include "deferredpanelreload.h"
#include "model/attributes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class AttributeTableModel;

/**
 * The cases (docs/attributes.md): a table with a row per case and a column per case attribute, edited as
 * the Attributes panel's are (a list for yes/no and list attributes, a hint for dates and numbers), whose
 * name cell renames the case; beside it the current case's memo and its documents and passages, each with
 * the start of its text.
 *
 * Like the other panels it never changes the project: a new, renamed or removed case, a value, a memo, a
 * new or removed case attribute and a member taken out come out as requests, which the window turns into
 * undoable commands. A case travels in them as its GUID and name: its id changes when its removal is
 * undone. What the panel can check first (a value its type cannot read, an empty or taken name) it shows
 * in its message line and asks for nothing. It reads the project again when attributes or documents
 * change, once per burst and only while shown (DeferredPanelReload).
 */
class CasesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesPanel)

public:
    /// A case as a chooser returns it: an empty GUID is a new case of that name.
    struct Choice
    {
        QString guid;
        QString name;
    };

    explicit CasesPanel(QWidget *parent = nullptr);
    ~CasesPanel() override;

    void setProject(Core::Project *project);
    Core::Project *project() const;

    AttributeTableModel *model() const { return m_model; }
    /// The view's model: model() sorted by value.
    QSortFilterProxyModel *sortModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTreeWidget *membersView() const { return m_members; }
    QPlainTextEdit *memoEdit() const { return m_memo; }
    /// What the message line says (empty when it is hidden).
    QString message() const;

    /// The case of the current row; nothing when there is none.
    std::optional<Core::Case> currentCase() const;
    /// Makes the case named @p name current; false when there is none.
    bool selectCase(const QString &name);

    /// Checks @p text against the attribute's type: asks for the change or shows why it cannot be read.
    void requestValue(qint64 caseId, qint64 attributeId, const QString &text);
    /// Checks @p name (not empty, not another case's) and asks for the rename, or shows why not.
    void requestRename(qint64 caseId, const QString &name);
    /// Asks for the current case's memo to be saved now, if it was edited (a pause in typing also does).
    void flushMemo();

    /// Asks which case to assign @p what to ("the document \"X\""): the project's cases and "New case...",
    /// which asks for a name. Nothing when cancelled.
    static std::optional<Choice> chooseCase(QWidget *parent, const Core::Project &project, const QString &what);

public Q_SLOTS:
    void reload();
    void askNewCase();
    /// Asks whether to remove the current case with its members and values, and requests it.
    void askRemoveCase();
    void askNewAttribute();
    /// Asks whether to remove the case attribute of the current column (or which one) and requests it.
    void askRemoveAttribute();
    /// Requests that the selected members be taken out of the current case.
    void removeSelectedMembers();

Q_SIGNALS:
    void newCaseRequested(const QString &name);
    void renameRequested(const QString &caseGuid, const QString &oldName, const QString &newName);
    void removeCaseRequested(const QString &caseGuid, const QString &caseName);
    void memoChangeRequested(const QString &caseGuid, const QString &caseName, const QString &oldMemo,
                             const QString &newMemo);
    /// Set the case's value of @p attributeName from @p oldValue to @p newValue (checked; empty: none).
    void valueChangeRequested(const QString &caseGuid, const QString &caseName, const QString &attributeName,
                              const QString &oldValue, const QString &newValue);
    void newAttributeRequested(const QString &name, Marginalia::Core::AttributeType type,
                               const QStringList &allowedValues);
    void removeAttributeRequested(qint64 attributeId);
    /// Take @p members (documents, or passages with end != 0) out of the case, as one step; @p documentNames
    /// are their documents' names, in the same order.
    void removeMembersRequested(const QString &caseGuid, const QString &caseName,
                                const QList<Marginalia::Core::CaseMember> &members, const QStringList &documentNames);
    /// The user double-clicked a member: show the document, with the passage selected (end 0: the whole).
    void memberActivated(qint64 documentId, qint64 start, qint64 end);

private:
    void showMessage(const QString &text);
    void updateActions();
    void showCurrentCase();

    QPointer<Core::Project> m_project;
    AttributeTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_message;
    QTableView *m_view;
    QPushButton *m_newCase;
    QPushButton *m_removeCase;
    QPushButton *m_newAttribute;
    QPushButton *m_removeAttribute;
    QLabel *m_count;
    QLabel *m_memoLabel;
    QPlainTextEdit *m_memo;
    QLabel *m_membersLabel;
    QTreeWidget *m_members;
    QPushButton *m_removeMember;
    /// The case whose memo and members show, and its memo as stored.
    Core::Case m_shownCase;
    /// A pause in typing saves the memo; so do another case and flushMemo().
    QTimer m_memoTimer;
    QList<qint64> m_fittedColumns;
    int m_fittedRows = -1;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
