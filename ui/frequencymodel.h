#pragma once

#include "analysis/frequencies.h"
#include "base/result.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * Code frequencies as a table, grouped by code, by document or by coder (Core::Frequencies). Columns follow
 * the CSV contract of Core::CsvExport for the same grouping, so the table and its export say the same.
 *
 * Numbers are DisplayRole qlonglong values, and SortRole gives every column a key that sorts right in a
 * QSortFilterProxyModel: numbers as numbers, the code column of "by code" in codebook order.
 * The model does not watch the project: its owner calls reload() when the project's signals say so.
 */
class FrequencyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrequencyModel)

public:
    enum class Grouping { ByCode, ByDocument, ByCoder };
    Q_ENUM(Grouping)

    enum Role {
        SortRole = Qt::UserRole + 1,
        CodeIdRole,
        /// The document (by document) or coder (by coder) of the row; 0 by code.
        GroupIdRole,
    };
    Q_ENUM(Role)

    explicit FrequencyModel(QObject *parent = nullptr);
    ~FrequencyModel() override;

    /// The project to count; the model forgets its rows (call reload()). nullptr is allowed.
    void setProject(Core::Project *project);
    Core::Project *project() const;
    /// Counts only this coder's codings (0: every coder's); takes effect at reload().
    void setCoderFilter(qint64 coderId) { m_coderId = coderId; }
    qint64 coderFilter() const { return m_coderId; }
    /// Counts only codings in these documents (std::nullopt: in every document); takes effect at reload().
    void setDocumentScope(const std::optional<QSet<qint64>> &documents) { m_documents = documents; }
    const std::optional<QSet<qint64>> &documentScope() const { return m_documents; }

    /// Changes the grouping (a model reset: the columns change); no need to reload.
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    /// Counts again (a model reset). On failure the model is empty and the error says why.
    Core::Status reload();

    /// What the table shows, all three groupings.
    const Core::Frequencies &frequencies() const { return m_frequencies; }
    /// Colours of the codes, from the codebook as it was at reload().
    const QHash<qint64, QColor> &codeColors() const { return m_codeColors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant byCodeData(int row, int column, int role) const;
    QVariant byDocumentData(int row, int column, int role) const;
    QVariant byCoderData(int row, int column, int role) const;
    QVariant codeData(qint64 codeId, const QString &path, int role) const;

    QPointer<Core::Project> m_project;
    qint64 m_coderId = 0;
    std::optional<QSet<qint64>> m_documents;
    Grouping m_grouping = Grouping::ByCode;
    Core::Frequencies m_frequencies;
    QHash<qint64, QColor> m_codeColors;
    /// Position of each code in the codebook (depth first), the natural order of code columns.
    QHash<qint64, int> m_codeOrder;
};

} // namespace Marginalia::Ui
