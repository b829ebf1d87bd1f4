#include "frequencymodel.h"

#include "codecolor.h"
#include "store/project.h"

namespace Marginalia::Ui {

namespace {

enum ByCodeColumn {
    ByCodeCode,
    ByCodeCodings,
    ByCodeDocuments,
    ByCodeCharacters,
    ByCodeCodingsAll,
    ByCodeDocumentsAll
};
enum ByDocumentColumn { ByDocumentDocument, ByDocumentCode, ByDocumentCodings, ByDocumentCharacters };
enum ByCoderColumn { ByCoderCoder, ByCoderCode, ByCoderCodings, ByCoderDocuments, ByCoderCharacters };

QVariant number(qint64 value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case FrequencyModel::SortRole:
        return value;
    case Qt::TextAlignmentRole:
        // An int rather than Qt::Alignment: Qt 6.4's delegate reads it with toInt().
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace

FrequencyModel::FrequencyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FrequencyModel::~FrequencyModel() = default;

Core::Project *FrequencyModel::project() const
{
    return m_project;
}

void FrequencyModel::setProject(Core::Project *project)
{
    beginResetModel();
    m_project = project;
    m_frequencies = {};
    m_codeColors.clear();
    m_codeOrder.clear();
    endResetModel();
}

void FrequencyModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    endResetModel();
}

Core::Status FrequencyModel::reload()
{
    beginResetModel();
    m_frequencies = {};
    m_codeColors.clear();
    m_codeOrder.clear();
    Core::Status status = Core::success();
    if (m_project) {
        for (const Core::Code &code : m_project->codes())
            m_codeColors.insert(code.id, CodeColor::of(code));
        if (auto computed = Core::Frequencies::compute(*m_project, m_coderId, m_documents)) {
            m_frequencies = std::move(*computed);
            // byCode lists every code in codebook order: that order is the sort key of code columns.
            for (qsizetype i = 0; i < m_frequencies.byCode.size(); ++i)
                m_codeOrder.insert(m_frequencies.byCode.at(i).codeId, int(i));
        } else {
            status = Core::Error{computed.error()};
        }
    }
    endResetModel();
    return status;
}

int FrequencyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_grouping) {
    case Grouping::ByCode:
        return int(m_frequencies.byCode.size());
    case Grouping::ByDocument:
        return int(m_frequencies.byDocument.size());
    case Grouping::ByCoder:
        return int(m_frequencies.byCoder.size());
    }
    return 0;
}

int FrequencyModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_grouping) {
    case Grouping::ByCode:
        return 6;
    case Grouping::ByDocument:
        return 4;
    case Grouping::ByCoder:
        return 5;
    }
    return 0;
}

QVariant FrequencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (m_grouping) {
    case Grouping::ByCode:
        return byCodeData(index.row(), index.column(), role);
    case Grouping::ByDocument:
        return byDocumentData(index.row(), index.column(), role);
    case Grouping::ByCoder:
        return byCoderData(index.row(), index.column(), role);
    }
    return {};
}

QVariant FrequencyModel::codeData(qint64 codeId, const QString &path, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return path;
    case Qt::DecorationRole: {
        const QColor color = m_codeColors.value(codeId);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case SortRole:
        return m_codeOrder.value(codeId, int(m_codeOrder.size()));
    }
    return {};
}

QVariant FrequencyModel::byCodeData(int row, int column, int role) const
{
    const Core::CodeFrequency &f = m_frequencies.byCode.at(row);
    if (role == CodeIdRole)
        return f.codeId;
    if (role == GroupIdRole)
        return qint64(0);
    switch (column) {
    case ByCodeCode:
        return codeData(f.codeId, f.codePath, role);
    case ByCodeCodings:
        return number(f.codings, role);
    case ByCodeDocuments:
        return number(f.documents, role);
    case ByCodeCharacters:
        return number(f.characters, role);
    case ByCodeCodingsAll:
        return number(f.codingsInclSubcodes, role);
    case ByCodeDocumentsAll:
        return number(f.documentsInclSubcodes, role);
    }
    return {};
}

QVariant FrequencyModel::byDocumentData(int row, int column, int role) const
{
    const Core::DocumentCodeFrequency &f = m_frequencies.byDocument.at(row);
    if (role == CodeIdRole)
        return f.codeId;
    if (role == GroupIdRole)
        return f.documentId;
    switch (column) {
    case ByDocumentDocument:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole ? QVariant(f.document)
                                                                                      : QVariant();
    case ByDocumentCode:
        return codeData(f.codeId, f.codePath, role);
    case ByDocumentCodings:
        return number(f.codings, role);
    case ByDocumentCharacters:
        return number(f.characters, role);
    }
    return {};
}

QVariant FrequencyModel::byCoderData(int row, int column, int role) const
{
    const Core::CoderCodeFrequency &f = m_frequencies.byCoder.at(row);
    if (role == CodeIdRole)
        return f.codeId;
    if (role == GroupIdRole)
        return f.coderId;
    switch (column) {
    case ByCoderCoder:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole ? QVariant(f.coder) : QVariant();
    case ByCoderCode:
        return codeData(f.codeId, f.codePath, role);
    case ByCoderCodings:
        return number(f.codings, role);
    case ByCoderDocuments:
        return number(f.documents, role);
    case ByCoderCharacters:
        return number(f.characters, role);
    }
    return {};
}

QVariant FrequencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    const auto codings = [tip] {
        return tip ? tr("Number of codings") : tr("Codings");
    };
    const auto documents = [tip] {
        return tip ? tr("Number of documents with at least one coding") : tr("Documents");
    };
    const auto characters = [tip] {
        return tip ? tr("Characters covered: overlapping codings of one code count each character once")
                   : tr("Characters");
    };
    switch (m_grouping) {
    case Grouping::ByCode:
        switch (section) {
        case ByCodeCode:
            return tr("Code");
        case ByCodeCodings:
            return codings();
        case ByCodeDocuments:
            return documents();
        case ByCodeCharacters:
            return characters();
        case ByCodeCodingsAll:
            return tip ? tr("Codings of the code and all its subcodes") : tr("Codings incl. subcodes");
        case ByCodeDocumentsAll:
            return tip ? tr("Documents where the code or one of its subcodes occurs") : tr("Documents incl. subcodes");
        }
        break;
    case Grouping::ByDocument:
        switch (section) {
        case ByDocumentDocument:
            return tr("Document");
        case ByDocumentCode:
            return tr("Code");
        case ByDocumentCodings:
            return codings();
        case ByDocumentCharacters:
            return characters();
        }
        break;
    case Grouping::ByCoder:
        switch (section) {
        case ByCoderCoder:
            return tr("Coder");
        case ByCoderCode:
            return tr("Code");
        case ByCoderCodings:
            return codings();
        case ByCoderDocuments:
            return documents();
        case ByCoderCharacters:
            return characters();
        }
        break;
    }
    return {};
}

} // namespace Marginalia::Ui
