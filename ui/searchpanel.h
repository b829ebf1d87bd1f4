#pragma once

#include "analysis/searchhits.h"
#include "deferredpanelreload.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentScopeBar;

/// The hits of a search, keyword in context: document, page, paragraph, left context, hit, right context.
/// A hit in a memo says whose memo in the document column, in italics.
class SearchHitModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, PageColumn, ParagraphColumn, BeforeColumn, HitColumn, AfterColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setHits(QList<Core::SearchHit> hits);
    const QList<Core::SearchHit> &hits() const { return m_hits; }
    const Core::SearchHit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString memoLabel(const Core::SearchHit &hit);

    QList<Core::SearchHit> m_hits;
};

/**
 * Search: the whole project's text for words, "phrases", prefix*, AND/OR/NOT and NEAR (the word index),
 * substrings (inside words, and Chinese or Japanese, which have no spaces) or a regular expression; the
 * hits as keyword-in-context rows, sortable; activating one shows it in its document (hitActivated()).
 * "Code Hits..." asks for the code and how far to widen each hit, and hands it to the window
 * (autoCodeRequested()), which makes one undoable command of it.
 *
 * A search runs when asked (Enter, the button), not while typing, in every document or those in scope (a
 * set, a condition: DocumentScopeBar); the hits are searched again after the documents or the scope change.
 */
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setProject(Core::Project *project);
    /// The query the panel's fields describe.
    Core::SearchQuery query() const;
    /// Fills the fields and searches.
    void search(const Core::SearchQuery &query);
    /// The message above the hits: their count, or what is wrong with the query.
    QString message() const;

    SearchHitModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    /// Whether the memos are searched too ("Memos", on by default).
    void setMemosSearched(bool searched);
    QLineEdit *queryEdit() const { return m_query; }
    /// Which documents are searched: all, a set, or those meeting a condition.
    DocumentScopeBar *scopeBar() const { return m_scope; }

public Q_SLOTS:
    /// Searches the project for the fields' query now.
    void runSearch();
    /// Puts the cursor in the query field (Search > Search Project..., Ctrl+Shift+F).
    void focusQuery();
    /// The code "Code Hits..." proposes (the codebook's current code).
    void setCurrentCode(qint64 codeId) { m_currentCode = codeId; }

Q_SIGNALS:
    void hitActivated(qint64 documentId, qint64 start, qint64 end);
    /// A hit in a memo was activated: show that memo with [start, end) of it selected.
    void memoHitActivated(const Core::MemoTarget &memo, qint64 start, qint64 end);
    /// The user asked to code the current hits: with @p codeId, each hit widened to @p extent.
    void autoCodeRequested(const Core::SearchQuery &query, qint64 codeId, Core::HitExtent extent);

private:
    void execute(const Core::SearchQuery &query);
    void askAutoCode();
    void updateControls();

    QPointer<Core::Project> m_project;
    QLineEdit *m_query;
    QComboBox *m_kind;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_memos;
    QPushButton *m_searchButton;
    QPushButton *m_codeButton;
    QLabel *m_message;
    DocumentScopeBar *m_scope;
    SearchHitModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    Core::SearchQuery m_lastQuery;
    qint64 m_currentCode = 0;
    Core::MemoSearch m_lastMemos = Core::MemoSearch::Excluded;
    qsizetype m_textHits = 0;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
