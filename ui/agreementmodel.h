#pragma once

#include "analysis/coderagreement.h"

#include <QAbstractItemModel>

namespace Marginalia::Ui {

/**
 * The agreement of coders (Core::CoderAgreement) as a tree: one row per code, pooled over the compared
 * documents, and under it one row per document where one of the coders coded the code.
 *
 * Statistics are shown with 3 decimals (the CSV export has 4); an undefined one shows "n/a" with its reason
 * as the tooltip. Statistic cells are shaded from red (no agreement or worse) through yellow to green
 * (perfect agreement), so the codes to discuss stand out. SortRole sorts numbers as numbers, undefined
 * values last, and the code column in codebook order.
 */
class AgreementModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementModel)

public:
    enum Column {
        CodeColumn,
        DocumentsColumn,
        CharactersColumn,
        PercentColumn,
        CohenColumn,
        FleissColumn,
        AlphaColumn,
        AlphaUColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        CodeIdRole,
        /// 0 on a code's pooled row.
        DocumentIdRole,
        /// The statistic's value as a double, or an invalid QVariant when undefined.
        ValueRole,
    };

    explicit AgreementModel(QObject *parent = nullptr);
    ~AgreementModel() override;

    /// Shows @p result (a model reset).
    void setResult(const Core::CoderAgreement::Result &result);
    const Core::CoderAgreement::Result &result() const { return m_result; }
    /// The shade of a statistic cell: red at 0 and below, yellow at 0.5, green at 1.
    static QColor shadeOf(double value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Core::AgreementRow *rowOf(const QModelIndex &index) const;

    Core::CoderAgreement::Result m_result;
    /// For each pooled row (by position in byCode), the positions of its documents' rows in byDocument.
    QList<QList<int>> m_documentRows;
};

} // namespace Marginalia::Ui
