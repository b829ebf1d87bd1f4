#include "codebookmodel.h"

#include "codecolor.h"
#include "documentview.h"
#include "store/project.h"

#include <QColor>
#include <QMimeData>

namespace Marginalia::Ui {

CodebookModel::CodebookModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_coalescedReload(this, [this] { reload(); })
{
}

void CodebookModel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Core::Project::codebookChanged, this, [this] { m_coalescedReload.schedule(); });
        connect(m_project, &Core::Project::codingsChanged, this, [this] { m_coalescedReload.schedule(); });
    }
    reload();
}

void CodebookModel::setCoderFilter(qint64 coderId)
{
    m_coderFilter = coderId;
    reload();
}

void CodebookModel::setPinnedKeys(const QHash<qint64, int> &keys)
{
    // Children too: a full repaint of the column is the simplest correct signal. It is announced before
    // the keys change, as views and proxies need to keep their persistent indexes.
    Q_EMIT layoutAboutToBeChanged();
    m_keys = keys;
    Q_EMIT layoutChanged();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, KeyColumn), index(rowCount() - 1, KeyColumn));
}

void CodebookModel::reload()
{
    beginResetModel();
    m_tree = m_project ? Core::CodeTree(m_project->codes()) : Core::CodeTree();
    m_counts = m_project ? m_project->codingCounts(m_coderFilter) : QHash<qint64, qint64>();
    m_totals.clear();
    // Totals with subcodes, children before parents: walk the codes in reverse of parents-first order.
    const QList<Core::Code> &codes = m_tree.codes();
    for (auto it = codes.crbegin(); it != codes.crend(); ++it) {
        const qint64 total = m_totals.value(it->id) + m_counts.value(it->id);
        m_totals.insert(it->id, total);
        if (it->parentId != 0)
            m_totals[it->parentId] += total;
    }
    endResetModel();
}

qint64 CodebookModel::withSubcodes(qint64 codeId) const
{
    return m_totals.value(codeId);
}

qint64 CodebookModel::codeId(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex CodebookModel::indexOf(qint64 codeId, int column) const
{
    const Core::Code *code = m_tree.find(codeId);
    if (!code)
        return {};
    const int row = int(m_tree.children(code->parentId).indexOf(codeId));
    return createIndex(row, column, quintptr(codeId));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<qint64> children = m_tree.children(codeId(parent));
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    const Core::Code *code = m_tree.find(codeId(child));
    if (!code || code->parentId == 0)
        return {};
    return indexOf(code->parentId);
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_tree.children(codeId(parent)).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    const Core::Code *code = m_tree.find(codeId(index));
    if (!code)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return code->name;
        case CodingsColumn:
            return m_counts.value(code->id);
        case WithSubcodesColumn:
            return withSubcodes(code->id);
        case KeyColumn:
            return m_keys.contains(code->id) ? QVariant(m_keys.value(code->id)) : QVariant();
        }
        break;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(code->name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(CodeColor::of(*code)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(m_tree.path(code->id).toHtmlEscaped());
        if (!code->description.isEmpty())
            tip += QStringLiteral("<br>") + code->description.toHtmlEscaped();
        if (!code->codable)
            tip += QStringLiteral("<br><i>") + tr("A folder of codes: not applied to text.").toHtmlEscaped()
                + QStringLiteral("</i>");
        tip += QStringLiteral("<br>")
            + tr("%1 codings, %2 with subcodes").arg(m_counts.value(code->id)).arg(withSubcodes(code->id));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case CodeIdRole:
        return code->id;
    case PathRole:
        return m_tree.path(code->id);
    default:
        break;
    }
    return {};
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case CodingsColumn:
            return tr("Codings of this code");
        case WithSubcodesColumn:
            return tr("Codings of this code and its subcodes");
        case KeyColumn:
            return tr("Quick-key: press it in the text to apply the code");
        }
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
    case WithSubcodesColumn:
        return tr("Total");
    case KeyColumn:
        return tr("Key");
    }
    return {};
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !index.isValid())
        return false;
    const QString name = value.toString().trimmed();
    const Core::Code *code = m_tree.find(codeId(index));
    if (!code || name.isEmpty() || name == code->name)
        return false;
    Q_EMIT renameRequested(code->id, name);
    return true;
}

QStringList CodebookModel::mimeTypes() const
{
    return {QLatin1String(DocumentView::CodeMimeType)};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid()) {
            auto *data = new QMimeData;
            data->setData(QLatin1String(DocumentView::CodeMimeType), QByteArray::number(codeId(index)));
            data->setText(m_tree.path(codeId(index)));
            return data;
        }
    }
    return nullptr;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    // Copy for dropping on text (the code stays in the codebook), move for rearranging the tree.
    return Qt::MoveAction | Qt::CopyAction;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QLatin1String(DocumentView::CodeMimeType)))
        return false;
    const qint64 moved = data->data(QLatin1String(DocumentView::CodeMimeType)).toLongLong();
    const qint64 target = codeId(parent);
    // Not into itself or below itself.
    return target == 0 || !m_tree.subtree(moved).contains(target);
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 moved = data->data(QLatin1String(DocumentView::CodeMimeType)).toLongLong();
    const qint64 newParent = codeId(parent);
    int position = row;
    // Moving down among the same siblings: the code's own slot disappears before the insert.
    const Core::Code *code = m_tree.find(moved);
    if (code && code->parentId == newParent && position > 0) {
        const int current = int(m_tree.children(newParent).indexOf(moved));
        if (current >= 0 && current < position)
            --position;
    }
    Q_EMIT moveRequested(moved, newParent, position);
    // The store change reloads the model; tell the view not to remove the source row itself.
    return false;
}

} // namespace Marginalia::Ui
