#include "documentlistmodel.h"

#include "import/documentreader.h"

#include "store/project.h"

#include <QLocale>

namespace Marginalia::Ui {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_coalescedReload(this, [this] { reload(); })
{
}

void DocumentListModel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Core::Project::documentsChanged, this, [this] { m_coalescedReload.schedule(); });
        connect(m_project, &Core::Project::codingsChanged, this, [this] { m_coalescedReload.schedule(); });
    }
    reload();
}

void DocumentListModel::setCoderFilter(qint64 coderId)
{
    m_coderFilter = coderId;
    reload();
}

void DocumentListModel::reload()
{
    QList<Core::Document> documents = m_project ? m_project->documents() : QList<Core::Document>();
    QHash<qint64, qint64> counts = m_project ? m_project->documentCodingCounts(m_coderFilter) : QHash<qint64, qint64>();
    bool sameRows = documents.size() == m_documents.size();
    for (qsizetype i = 0; sameRows && i < documents.size(); ++i)
        sameRows = documents.at(i).id == m_documents.at(i).id && documents.at(i).name == m_documents.at(i).name;
    if (sameRows) {
        // Only counts changed (the usual case after coding): keep the selection and scroll position.
        m_documents = std::move(documents);
        m_counts = std::move(counts);
        if (!m_documents.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_documents.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_documents = std::move(documents);
    m_counts = std::move(counts);
    endResetModel();
}

qint64 DocumentListModel::documentId(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row).id : 0;
}

int DocumentListModel::rowOf(qint64 documentId) const
{
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).id == documentId)
            return int(i);
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const Core::Document &document = m_documents.at(index.row());
    switch (role) {
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(document.name) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return document.name;
        case CodingsColumn:
            return m_counts.value(document.id);
        case CharactersColumn:
            return QLocale().toString(document.length);
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(document);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case DocumentIdRole:
        return document.id;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && m_project && !m_project->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DocumentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn || index.row() >= m_documents.size())
        return false;
    const QString name = value.toString().trimmed();
    const Core::Document &document = m_documents.at(index.row());
    if (name.isEmpty() || name == document.name)
        return false;
    // The model changes when the project says the rename happened, not before.
    Q_EMIT renameRequested(document.id, name);
    return false;
}

QString DocumentListModel::toolTip(const Core::Document &document)
{
    // What the original file was, so that a researcher can tell which file a document came from and prove
    // it (the SHA-256 of its bytes), as the import kept it.
    QStringList details{Core::DocumentReader::typeLabel(document.fileType)};
    if (document.pageCount > 0)
        details.append(tr("%n page(s)", nullptr, document.pageCount));
    if (document.fileSize > 0)
        details.append(QLocale().formattedDataSize(document.fileSize));
    if (!document.encoding.isEmpty() && document.fileType.startsWith(QLatin1String("text/")))
        details.append(document.encoding);
    QStringList lines{document.name};
    if (!document.originalFileName.isEmpty())
        lines.append(tr("File: %1 (%2)").arg(document.originalFileName, details.join(QLatin1String(", "))));
    else
        lines.append(details.join(QLatin1String(", ")));
    if (!document.fileSha256.isEmpty())
        lines.append(tr("SHA-256: %1").arg(document.fileSha256));
    lines.append(tr("Imported: %1").arg(QLocale().toString(document.imported.toLocalTime(), QLocale::ShortFormat)));
    return lines.join(u'\n');
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Document");
    case CodingsColumn:
        return tr("Codings");
    case CharactersColumn:
        return tr("Characters");
    }
    return {};
}

} // namespace Marginalia::Ui
