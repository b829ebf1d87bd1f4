#pragma once

#include "analysis/codematrix.h"
#include "base/result.h"
#include "deferredpanelreload.h"

#include <QPointer>
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

class MatrixModel;

/**
 * The code matrix (docs/matrices.md): codes x documents or codes x codes (co-occurrence: overlapping,
 * within N characters, in the same paragraph), counting codings, documents, characters or presence, with
 * or without subcodes, of every coder or one. A shaded table with row and column totals (MatrixModel);
 * it exports as CSV (Core::CsvExport::writeMatrix) and as an Excel workbook (Core::XlsxMatrix).
 *
 * Activating a cell asks for its passages (passagesRequested()): the row's code in the column's document;
 * in a Total column or a co-occurrence matrix, the row's code in every document, since the passages panel
 * filters by code and document, not by pairs of codings.
 *
 * The panel follows the project's signals and computes again (coalesced, once per turn of the event loop)
 * when codings, the codebook or the documents change; while hidden it only notes that it is out of date
 * and computes when shown.
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

    /// What the controls ask for (documents: every document).
    Core::CodeMatrix::Spec spec() const;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCoders();
    void updateControls();
    void layoutColumns();
    void activate(const QModelIndex &index);
    QString fileStem() const;
    void exportCsvInteractively();
    void exportXlsxInteractively();

    QPointer<Core::Project> m_project;
    qint64 m_coderId = 0;

    MatrixModel *m_model;
    QComboBox *m_columns;
    QComboBox *m_measures;
    QCheckBox *m_subcodes;
    QComboBox *m_coders;
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
