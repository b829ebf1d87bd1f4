#pragma once

#include "base/result.h"
#include "deferredpanelreload.h"
#include "model/attributes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class AttributeTableModel;

/**
 * The documents' attributes (docs/attributes.md): a table with a row per document and a column per
 * attribute, whose cells are edited with an editor for the attribute's type (a list for yes/no and list
 * attributes). Sorting a column orders its values by type (numbers by value, dates in time, a list in its
 * order). A condition ("year >= 2017 and type = resolution", Core::DocumentCondition) narrows the rows and
 * can be saved as a set of documents; without one, the selected rows can.
 *
 * Like the other panels it never changes the project: every edit, new or removed attribute, import and
 * new set comes out as a request, which the window turns into an undoable command. What the panel can
 * check first (a value its attribute's type cannot read, a condition that does not parse) it shows in
 * its message line, and asks for nothing. It reads the project again when attributes or documents
 * change, once per burst and only while shown (DeferredPanelReload).
 */
class AttributesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributesPanel)

public:
    explicit AttributesPanel(QWidget *parent = nullptr);
    ~AttributesPanel() override;

    void setProject(Core::Project *project);
    Core::Project *project() const;

    AttributeTableModel *model() const { return m_model; }
    /// The view's model: model() sorted by value and narrowed by the condition.
    QSortFilterProxyModel *sortModel() const;
    QTableView *view() const { return m_view; }
    /// What the message line says (empty when it is hidden).
    QString message() const;
    /// How many documents are shown, of how many ("3 of 5 documents").
    QString countText() const;

    /// Puts @p condition in the filter field and narrows the rows to it now (empty: every document).
    void setCondition(const QString &condition);
    QString condition() const;

    /// Checks @p text against the attribute's type: asks for the change (valueChangeRequested) or shows
    /// the reason it cannot be read. What editing a cell does.
    void requestValue(qint64 documentId, qint64 attributeId, const QString &text);
    /// Asks to save the condition as a set named @p name, or, without a condition, the selected documents.
    void saveAsSet(const QString &name);
    /// Writes the attributes table as CSV (Core::AttributeCsv).
    Core::Status exportCsv(const QString &path) const;

public Q_SLOTS:
    void reload();
    /// Asks for a new attribute's name, type and values, and requests it.
    void askNewAttribute();
    /// Asks whether to remove the attribute of the current column (or which one) and requests it.
    void askRemoveAttribute();
    void askImportCsv();
    void askExportCsv();
    void askSaveAsSet();

Q_SIGNALS:
    /// Set @p documentId's value of @p attributeName from @p oldValue to @p newValue (checked; empty: none).
    void valueChangeRequested(qint64 documentId, const QString &documentName, const QString &attributeName,
                              const QString &oldValue, const QString &newValue);
    void newAttributeRequested(const QString &name, Marginalia::Core::AttributeType type,
                               const QStringList &allowedValues);
    void removeAttributeRequested(qint64 attributeId);
    /// Import the CSV table at @p path (the window makes it one undo step and reports problems).
    void importRequested(const QString &path);
    /// Save a set: the documents @p documentIds, or with a @p condition those meeting it.
    void setRequested(const QString &name, const QList<qint64> &documentIds, const QString &condition);

private:
    void applyCondition();
    void showMessage(const QString &text);
    void updateActions();
    QList<qint64> selectedDocuments() const;

    QPointer<Core::Project> m_project;
    AttributeTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_condition;
    QPushButton *m_saveSet;
    QLabel *m_message;
    QLabel *m_count;
    QTableView *m_view;
    QPushButton *m_newAttribute;
    QPushButton *m_removeAttribute;
    QPushButton *m_importCsv;
    QPushButton *m_exportCsv;
    /// The condition applies once typing pauses: half a condition is an error not worth showing.
    QTimer m_conditionTimer;
    /// The condition that narrows the rows now (empty: none, or it did not parse).
    QString m_appliedCondition;
    /// Why the condition in the field does not parse (empty: it does, or there is none).
    QString m_conditionError;
    /// The attributes and number of documents the columns were last fitted to.
    QList<qint64> m_fittedColumns;
    int m_fittedRows = -1;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
