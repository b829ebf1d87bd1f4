#include "agreementmodel.h"

#include "export/classreport.h"

#include <QColor>
#include <QHash>

namespace Marginalia::Ui {

namespace {

/// Internal ids: 0 for a pooled (code) row, 1 + the code row's position for a document row under it.
constexpr quintptr PooledRow = 0;

const Core::Statistic *statisticOf(const Core::AgreementRow &row, int column)
{
    switch (column) {
    case AgreementModel::PercentColumn:
        return &row.percentAgreement;
    case AgreementModel::CohenColumn:
        return &row.cohenKappa;
    case AgreementModel::FleissColumn:
        return &row.fleissKappa;
    case AgreementModel::AlphaColumn:
        return &row.krippendorffAlpha;
    case AgreementModel::AlphaUColumn:
        return &row.unitizingAlpha;
    default:
        return nullptr;
    }
}

} // namespace

AgreementModel::AgreementModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

AgreementModel::~AgreementModel() = default;

void AgreementModel::setResult(const Core::CoderAgreement::Result &result)
{
    beginResetModel();
    m_result = result;
    m_documentRows.clear();
    QHash<qint64, int> codeRow;
    for (int i = 0; i < int(m_result.byCode.size()); ++i) {
        codeRow.insert(m_result.byCode.at(i).codeId, i);
        m_documentRows.append(QList<int>());
    }
    for (int i = 0; i < int(m_result.byDocument.size()); ++i) {
        const auto found = codeRow.constFind(m_result.byDocument.at(i).codeId);
        if (found != codeRow.constEnd())
            m_documentRows[*found].append(i);
    }
    endResetModel();
}

QColor AgreementModel::shadeOf(double value)
{
    // One shading for the window and the class report.
    return QColor(Core::ClassReport::shadeOf(value));
}

QModelIndex AgreementModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, PooledRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AgreementModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PooledRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PooledRow);
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_result.byCode.size());
    if (parent.internalId() != PooledRow || parent.column() != 0)
        return 0;
    return int(m_documentRows.value(parent.row()).size());
}

int AgreementModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Core::AgreementRow *AgreementModel::rowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == PooledRow)
        return &m_result.byCode.at(index.row());
    const int codeRow = int(index.internalId() - 1);
    return &m_result.byDocument.at(m_documentRows.at(codeRow).at(index.row()));
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    const Core::AgreementRow *row = rowOf(index);
    if (!row)
        return {};
    const bool pooled = index.internalId() == PooledRow;
    if (role == CodeIdRole)
        return row->codeId;
    if (role == DocumentIdRole)
        return row->documentId;
    switch (index.column()) {
    case CodeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return pooled ? row->codePath : row->document;
        if (role == SortRole)
            return pooled ? index.row() : QVariant(row->document);
        return {};
    case DocumentsColumn:
    case CharactersColumn: {
        const qint64 value = index.column() == DocumentsColumn ? row->documents : row->characters;
        if (role == Qt::DisplayRole || role == SortRole)
            return value;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        break;
    }
    const Core::Statistic *statistic = statisticOf(*row, index.column());
    if (!statistic)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return statistic->isDefined() ? QString::number(*statistic->value, 'f', 3) : tr("n/a");
    case Qt::ToolTipRole:
        return statistic->isDefined() ? QString::number(*statistic->value, 'f', 4) : statistic->undefinedReason;
    case ValueRole:
        return statistic->isDefined() ? QVariant(*statistic->value) : QVariant();
    case SortRole:
        // Undefined values sort below every number, whichever way.
        return statistic->isDefined() ? *statistic->value : -1e300;
    case Qt::BackgroundRole:
        return statistic->isDefined() ? QVariant(shadeOf(*statistic->value)) : QVariant();
    case Qt::ForegroundRole:
        // The shades are light in every palette: dark text on them, the palette's own where unshaded.
        return statistic->isDefined() ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn:
            return tr("Code / document");
        case DocumentsColumn:
            return tr("Documents");
        case CharactersColumn:
            return tr("Characters");
        case PercentColumn:
            return tr("Agreement");
        case CohenColumn:
            return tr("Cohen's κ");
        case FleissColumn:
            return tr("Fleiss' κ");
        case AlphaColumn:
            return tr("Krippendorff's α");
        case AlphaUColumn:
            return tr("α-u");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PercentColumn:
            return tr("The share of characters on which every coder agreed: all coded them or none did.");
        case CohenColumn:
            return tr("Cohen's kappa, two coders only: agreement corrected for chance, from each coder's share "
                      "of coded characters (as NVivo computes it).");
        case FleissColumn:
            return tr("Fleiss' kappa: agreement of two or more coders corrected for chance, from the pooled share "
                      "of coded characters.");
        case AlphaColumn:
            return tr("Krippendorff's alpha (nominal), each character coded or not by every coder.");
        case AlphaUColumn:
            return tr("Krippendorff's unitizing alpha: agreement on where coded segments begin and end.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Marginalia::Ui
