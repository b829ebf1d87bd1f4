#pragma once

#include "analysis/codematrix.h"
#include "base/result.h"
#include "deferredpanelreload.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentScopeBar;
class MatrixModel;

/**
 * The code matrix (docs/matrices.md): codes (all, or a code set's) x documents, x cases, x the values of a
 * document or case attribute, or codes x codes (co-occurrence: overlapping, within N characters, in the
 * same paragraph), counting codings, documents, characters or presence, with or without subcodes, of every
 * coder or one, in every document or those in scope (a set, a condition: DocumentScopeBar). A shaded table
 * with row and column totals (MatrixModel); it exports as CSV (Core::CsvExport::writeMatrix) and as an
 * Excel workbook (Core::XlsxMatrix).
 *
 * Activating a cell asks for its passages: the row's code in the column's document (passagesRequested());
 * in a case's or an attribute value's column (of documents or of cases), in the column's documents
 * (documentPassagesRequested()); in a Total column or a co-occurrence matrix, in every document in scope,
 * since the passages panel filters by code and documents, not by pairs of codings or passages of a case.
 *
 * The panel follows the project's signals and computes again (coalesced, once per turn of the event loop)
 * when codings, the codebook, the documents, or (for cases and attribute columns, and a code set's rows)
 * the attributes and sets change; while hidden it only notes that it is out of date and computes when
 * shown.
 */
class MatrixPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixPanel)

public:
    explicit MatrixPanel(QWidget *parent = nullptr);
    ~MatrixPanel() override;

    /// The project to count (nullptr: none). Clears the coder filter.
    void setProject(Core::Project *project);
    Core::Project *project() const;

    /// What the controls ask for, with the scope's documents, the code set's codes, and the groups of a cases
    /// or attribute column.
    Core::CodeMatrix::Spec spec() const;
    /// Which documents are counted: all, a set, or those meeting a condition.
    DocumentScopeBar *scopeBar() const { return m_scope; }
    qint64 coderFilter() const { return m_coderId; }

    MatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The error of the last computation, e.g. a measure the co-occurrence mode cannot count; empty if none.
    QString errorMessage() const;

    /// Writes the matrix as CSV (Core::CsvExport::writeMatrix).
    Core::Status exportCsv(const QString &path) const;
    /// Writes the matrix as an Excel workbook (Core::XlsxMatrix::writeFile).
    Core::Status exportXlsx(const QString &path) const;

public Q_SLOTS:
    void setColumnKind(Marginalia::Core::CodeMatrix::ColumnKind kind);
    /// Columns as the command line names them: "documents", "cases", "attribute:NAME",
    /// "case-attribute:NAME" or "codes". False, and nothing changes, when the project has no such attribute.
    bool setColumns(const QString &columns);
    /// Only the codes of the code set @p name (any case) as rows, as the command line's --code-set; an empty
    /// @p name: every code. False, and nothing changes, when the project has no such set.
    bool setCodeSet(const QString &name);
    void setMeasure(Marginalia::Core::CodeMatrix::Measure measure);
    void setIncludeSubcodes(bool include);
    /// When two codings co-occur; @p distance for Cooccurrence::Within.
    void setCooccurrence(Marginalia::Core::CodeMatrix::Cooccurrence mode, int distance = 0);
    /// Counts only this coder's codings (0: every coder's), e.g. from the window's "view codings of".
    void setCoderFilter(qint64 coderId);
    /// Computes again now, shown or not.
    void reload();

Q_SIGNALS:
    /// The user activated a cell: list the passages of @p codeId (with its subcodes if @p includeSubcodes)
    /// in @p documentId (0: every document), of @p coderId (0: every coder).
    void passagesRequested(qint64 codeId, bool includeSubcodes, qint64 documentId, qint64 coderId);
    /// The user activated a cell of a case's or an attribute value's column, or a total with a scope: list
    /// the passages of @p codeId in @p documentIds, which @p label names ("Case: Austria", "year: 2017").
    /// A case of passages lists its documents' passages (the passages panel filters by documents).
    void documentPassagesRequested(qint64 codeId, bool includeSubcodes, const QString &label,
                                   const QSet<qint64> &documentIds, qint64 coderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCoders();
    void refreshColumns();
    void refreshRows();
    void updateControls();
    void layoutColumns();
    void activate(const QModelIndex &index);
    QString fileStem() const;
    void exportCsvInteractively();
    void exportXlsxInteractively();

    QPointer<Core::Project> m_project;
    qint64 m_coderId = 0;
    /// What the computed matrix's columns are, for a cell's passages: "Case", or the attribute's name.
    QString m_computedGroupKind;
    /// The scope of the computed matrix, in a few words.
    QString m_computedScope;

    MatrixModel *m_model;
    QComboBox *m_rows;
    QComboBox *m_columns;
    QComboBox *m_measures;
    QCheckBox *m_subcodes;
    QComboBox *m_coders;
    DocumentScopeBar *m_scope;
    QWidget *m_cooccurrenceRow;
    QComboBox *m_modes;
    QSpinBox *m_distance;
    QLabel *m_error;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
