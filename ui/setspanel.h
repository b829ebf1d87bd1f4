#pragma once

#include "deferredpanelreload.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The project's sets (docs/attributes.md): the sets of documents, listed by hand or saved from a condition
 * (whose documents are those meeting it now), and the sets of codes; beside them the members of the
 * current one.
 *
 * Sets are made and filled from where their members are chosen: documents from the Documents panel (or
 * the Attributes panel's Save as Set), codes from the Codebook; their "Add to Set..." asks through
 * askAddDocuments() and askAddCodes() which set. Like the other panels it changes nothing itself: every
 * change comes out as a request naming the set by its GUID, which the window turns into an undoable
 * command. It reads the project again when attributes, documents or the codebook change, once per burst
 * and only while shown.
 */
class SetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetsPanel)

public:
    enum class Kind { Documents, Codes };

    explicit SetsPanel(QWidget *parent = nullptr);
    ~SetsPanel() override;

    void setProject(Core::Project *project);
    Core::Project *project() const;

    QTreeWidget *setsView() const { return m_sets; }
    QTreeWidget *membersView() const { return m_members; }
    /// The set of the current row, as its kind and GUID; nothing when a heading or nothing is current.
    std::optional<std::pair<Kind, QString>> currentSet() const;
    /// Makes the set named @p name current; false when there is none.
    bool selectSet(Kind kind, const QString &name);
    /// The names of the members shown for the current set, in their order.
    QStringList memberNames() const;

    /// Asks which listed set (or a new one) to add @p documentIds to, and requests it.
    void askAddDocuments(const QList<qint64> &documentIds);
    /// Asks which code set (or a new one) to add @p codeIds to, and requests it.
    void askAddCodes(const QList<qint64> &codeIds);
    /// Asks whether to remove the current set, and requests it.
    void askRemoveSet();
    /// Requests the removal of the current set without asking.
    void removeCurrentSet();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void removeDocumentSetRequested(const QString &setGuid);
    void removeCodeSetRequested(const QString &setGuid);
    void addDocumentsRequested(const QString &setGuid, const QList<qint64> &documentIds);
    void newDocumentSetRequested(const QString &name, const QList<qint64> &documentIds);
    void addCodesRequested(const QString &setGuid, const QList<qint64> &codeIds);
    void newCodeSetRequested(const QString &name, const QList<qint64> &codeIds);

private:
    void showMembers();
    void updateActions();
    /// Asks for a set among @p names or a new one; the chosen index, -1 for a new one (then @p newName).
    std::optional<int> chooseSet(const QString &title, const QString &question, const QStringList &names,
                                 const QString &newEntry, QString *newName);

    QPointer<Core::Project> m_project;
    QTreeWidget *m_sets;
    QTreeWidgetItem *m_documentSets;
    QTreeWidgetItem *m_codeSets;
    QLabel *m_membersLabel;
    QTreeWidget *m_members;
    QPushButton *m_remove;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
