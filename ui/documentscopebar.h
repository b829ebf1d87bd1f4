#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * Which documents an analysis panel looks at (docs/attributes.md): every document, the documents of a set,
 * or those meeting a condition on their attributes ("year >= 2017 and type = resolution"), as the
 * command-line tool's --set and --where. A combo box, a condition field shown for "Documents where...",
 * applied when the user presses Enter or leaves it, and a small count ("12 of 98 documents").
 *
 * A condition or set that cannot be read (a misspelt attribute, a value its type cannot read) is named in
 * a red line under the bar and leaves no document in scope, so that no panel shows numbers for a question
 * that was not asked; nothing pops up.
 *
 * The bar follows the project: when attributes, values or sets change, its list of sets is filled again
 * (the chosen set stays chosen while it exists; when it is removed the bar falls back to every document),
 * and the scope is found again (a condition's documents change with the values); so it is when documents
 * come or go. scopeChanged() fires only when the documents in scope (or the error) really change.
 */
class DocumentScopeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentScopeBar)

public:
    enum class Kind {
        AllDocuments,
        Set, ///< a set of the project, by name
        Condition, ///< the documents meeting the condition field's text
        Documents, ///< documents given by the program (setDocuments()), e.g. a matrix column's
    };

    explicit DocumentScopeBar(QWidget *parent = nullptr);
    ~DocumentScopeBar() override;

    /// The project whose documents, sets and attributes to offer (nullptr: none); back to every document.
    void setProject(Core::Project *project);

    /// The documents in scope; std::nullopt: every document. Empty while the condition or set has an error.
    const std::optional<QSet<qint64>> &scope() const { return m_scope; }
    Kind kind() const;
    /// What is wrong with the condition or set (empty: nothing).
    QString errorMessage() const { return m_error; }
    /// The applied condition (Kind::Condition), trimmed.
    QString condition() const { return m_appliedCondition; }
    /// A few words for what is in scope: "All documents", the set's name, the condition, the label given.
    QString description() const;

public Q_SLOTS:
    void selectAllDocuments();
    /// Chooses the set named @p name (any case); false, and nothing changes, when there is none.
    bool selectSet(const QString &name);
    /// Chooses "Documents where..." with @p condition and applies it.
    void setCondition(const QString &condition);
    /// Chooses @p documents, shown in the combo as @p label until the user chooses something else.
    void setDocuments(const QString &label, const QSet<qint64> &documents);
    /// Chooses what @p other has chosen (another panel's scope, for a dialog to start from).
    void chooseAs(const DocumentScopeBar &other);

Q_SIGNALS:
    void scopeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshSets();
    void choose(int index);
    void applyCondition();
    void evaluate();
    void updateLabels(qsizetype documentCount);
    void updateErrorColor();

    QPointer<Core::Project> m_project;
    QComboBox *m_combo;
    QLineEdit *m_condition;
    QLabel *m_count;
    QLabel *m_errorLabel;
    std::optional<QSet<qint64>> m_scope;
    QSet<qint64> m_givenDocuments;
    QString m_appliedCondition;
    QString m_error;
};

} // namespace Marginalia::Ui
