#pragma once

#include "analysis/codematrix.h"
#include "base/result.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QPalette>
#include <QPointer>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * A Core::CodeMatrix as a table: the code column, one column per column item (document or code), then a
 * Total column; one row per code in codebook order, then a Total row. The layout of the CSV and .xlsx
 * exports, so the table and its export say the same.
 *
 * Cells are DisplayRole qlonglong values; ValueRole gives every number, totals included, and the ids say
 * what a cell counts (CodeIdRole: the row's code, 0 in the Total row; ColumnIdRole: the document or code of
 * the column, 0 in the code and Total columns). Cells are shaded by their value relative to the largest
 * cell, in a tint of the palette's highlight colour (setPalette()); zeros are dimmed, totals bold.
 *
 * The model does not watch the project: its owner calls reload() when the project's signals say so.
 */
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    enum Role {
        /// The number of a cell or total (qint64); nothing in the code column.
        ValueRole = Qt::UserRole + 1,
        /// The row's code; 0 in the Total row.
        CodeIdRole,
        /// The column's document or code; 0 in the code and Total columns.
        ColumnIdRole,
        /// The row's depth in the codebook (0 for a top-level code), for indenting the code column.
        DepthRole,
    };
    Q_ENUM(Role)

    static constexpr int CodeColumn = 0;

    explicit MatrixModel(QObject *parent = nullptr);
    ~MatrixModel() override;

    /// The project to count; the model forgets its matrix (call reload()). nullptr is allowed.
    void setProject(Core::Project *project);
    Core::Project *project() const;

    /// What to compute; takes effect at reload().
    void setSpec(const Core::CodeMatrix::Spec &spec) { m_spec = spec; }
    const Core::CodeMatrix::Spec &spec() const { return m_spec; }

    /// The colours the shading is drawn from (Base, Highlight, Text, PlaceholderText): the view's.
    void setPalette(const QPalette &palette);

    /// Computes again (a model reset). On failure the model is empty and the error says why.
    Core::Status reload();

    /// What the table shows.
    const Core::CodeMatrix &matrix() const { return m_matrix; }
    bool isTotalRow(int row) const { return row == int(m_matrix.rows.size()); }
    bool isTotalColumn(int column) const { return column == int(m_matrix.columns.size()) + 1; }
    /// The background of a cell of @p value when the largest cell is @p largest (invalid: unshaded).
    static QColor shadeOf(qint64 value, qint64 largest, const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant codeData(int row, int role) const;
    QVariant numberData(int row, int column, int role) const;
    qint64 valueAt(int row, int column) const;

    QPointer<Core::Project> m_project;
    Core::CodeMatrix::Spec m_spec;
    Core::CodeMatrix m_matrix;
    QHash<qint64, QColor> m_codeColors;
    QPalette m_palette;
    /// The largest cell (totals aside), the top of the shading.
    qint64 m_largest = 0;
};

} // namespace Marginalia::Ui
