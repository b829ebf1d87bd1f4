#pragma once

#include "coalescedreload.h"
#include "model/codetree.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The codebook as a tree for views: name with the code's colour, its codings, and its codings with those
 * of its subcodes, for one coder or all. Drag a code to move it in the tree or to drop it on text.
 *
 * The model never writes to the project: renames and moves come out as signals, which the window turns
 * into undoable commands; the model reloads when the project says the codebook or codings changed.
 */
class CodebookModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, WithSubcodesColumn, KeyColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1, PathRole };

    explicit CodebookModel(QObject *parent = nullptr);

    void setProject(Core::Project *project);
    void setCoderFilter(qint64 coderId);
    /// Quick-keys 1-9 pinned to codes, shown in the Key column.
    void setPinnedKeys(const QHash<qint64, int> &keys);
    void reload();

    const Core::CodeTree &tree() const { return m_tree; }
    QModelIndex indexOf(qint64 codeId, int column = NameColumn) const;
    qint64 codeId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void renameRequested(qint64 codeId, const QString &name);
    /// Move @p codeId under @p newParentId (0: top level) at @p position among its new siblings (-1: last).
    void moveRequested(qint64 codeId, qint64 newParentId, int position);

private:
    qint64 withSubcodes(qint64 codeId) const;

    Core::Project *m_project = nullptr;
    qint64 m_coderFilter = 0;
    Core::CodeTree m_tree;
    QHash<qint64, qint64> m_counts;
    QHash<qint64, qint64> m_totals;
    QHash<qint64, int> m_keys;
    /// Many signals can fire for one user action (a merge changes codes and codings): reload once.
    CoalescedReload m_coalescedReload;
};

} // namespace Marginalia::Ui
