#include "matrixmodel.h"

#include "codecolor.h"
#include "store/project.h"

#include <QFont>

#include <algorithm>

namespace Marginalia::Ui {

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MatrixModel::~MatrixModel() = default;

void MatrixModel::setProject(Core::Project *project)
{
    beginResetModel();
    m_project = project;
    m_matrix = {};
    m_codeColors.clear();
    m_largest = 0;
    endResetModel();
}

Core::Project *MatrixModel::project() const
{
    return m_project;
}

void MatrixModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

Core::Status MatrixModel::reload()
{
    beginResetModel();
    m_matrix = {};
    m_codeColors.clear();
    m_largest = 0;
    Core::Status status = Core::success();
    if (m_project) {
        for (const Core::Code &code : m_project->codes())
            m_codeColors.insert(code.id, CodeColor::of(code));
        if (auto computed = Core::CodeMatrix::compute(*m_project, m_spec)) {
            m_matrix = std::move(*computed);
            if (!m_matrix.cells.isEmpty())
                m_largest = *std::max_element(m_matrix.cells.cbegin(), m_matrix.cells.cend());
        } else {
            status = Core::Error{computed.error()};
        }
    }
    endResetModel();
    return status;
}

QColor MatrixModel::shadeOf(qint64 value, qint64 largest, const QPalette &palette)
{
    if (value <= 0 || largest <= 0)
        return {};
    // From a faint tint for the smallest count to a strong one for the largest, never the full highlight:
    // the text on it stays readable, and a selected cell (drawn in the full highlight) still stands out.
    const qreal share = 0.12 + 0.58 * qreal(value) / qreal(largest);
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    return QColor::fromRgbF(base.redF() + (highlight.redF() - base.redF()) * share,
                            base.greenF() + (highlight.greenF() - base.greenF()) * share,
                            base.blueF() + (highlight.blueF() - base.blueF()) * share);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    // No codes, no matrix: a Total row over nothing would only say 0.
    if (parent.isValid() || m_matrix.rows.isEmpty())
        return 0;
    return int(m_matrix.rows.size()) + 1;
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_matrix.rows.isEmpty())
        return 0;
    return int(m_matrix.columns.size()) + 2;
}

qint64 MatrixModel::valueAt(int row, int column) const
{
    if (isTotalRow(row))
        return isTotalColumn(column) ? m_matrix.total : m_matrix.columnTotals.at(column - 1);
    if (isTotalColumn(column))
        return m_matrix.rowTotals.at(row);
    return m_matrix.cell(row, column - 1);
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == CodeIdRole)
        return isTotalRow(row) ? qint64(0) : m_matrix.rows.at(row).codeId;
    if (role == ColumnIdRole)
        return column == CodeColumn || isTotalColumn(column) ? qint64(0) : m_matrix.columns.at(column - 1).id;
    if (role == DepthRole)
        return isTotalRow(row) ? 0 : m_matrix.rows.at(row).depth;
    if (column == CodeColumn)
        return codeData(row, role);
    return numberData(row, column, role);
}

QVariant MatrixModel::codeData(int row, int role) const
{
    const bool total = isTotalRow(row);
    switch (role) {
    case Qt::DisplayRole:
        return total ? tr("Total") : m_matrix.rows.at(row).codePath;
    case Qt::ToolTipRole:
        return total ? tr("Each column's total: nothing is counted twice (docs/matrices.md)")
                     : m_matrix.rows.at(row).codePath;
    case Qt::DecorationRole: {
        if (total)
            return {};
        const QColor color = m_codeColors.value(m_matrix.rows.at(row).codeId);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return total ? QVariant(m_palette.color(QPalette::Window)) : QVariant();
    }
    return {};
}

QVariant MatrixModel::numberData(int row, int column, int role) const
{
    const bool total = isTotalRow(row) || isTotalColumn(column);
    const qint64 value = valueAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole: {
        // Totals are on another scale than the cells: set apart, not shaded.
        if (total)
            return m_palette.color(QPalette::Window);
        const QColor shade = shadeOf(value, m_largest, m_palette);
        return shade.isValid() ? QVariant(shade) : QVariant();
    }
    case Qt::ForegroundRole: {
        if (value == 0)
            return m_palette.color(QPalette::PlaceholderText);
        if (total)
            return m_palette.color(QPalette::WindowText);
        // Dark text on a light shade, light on a dark one, whichever palette the shade was mixed from.
        const QColor shade = shadeOf(value, m_largest, m_palette);
        return shade.lightnessF() > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    }
    case Qt::ToolTipRole: {
        const QString code = isTotalRow(row) ? tr("all codes") : m_matrix.rows.at(row).codePath;
        const QString item = isTotalColumn(column) ? tr("all columns") : m_matrix.columns.at(column - 1).name;
        return QStringLiteral("%1 \u00d7 %2: %3").arg(code, item).arg(value);
    }
    }
    return {};
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const bool total = isTotalColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        if (section == CodeColumn)
            return tr("Code");
        return total ? tr("Total") : m_matrix.columns.at(section - 1).name;
    case Qt::ToolTipRole:
        if (section == CodeColumn)
            return {};
        return total ? tr("Each code's total: nothing is counted twice (docs/matrices.md)")
                     : m_matrix.columns.at(section - 1).name;
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

} // namespace Marginalia::Ui
