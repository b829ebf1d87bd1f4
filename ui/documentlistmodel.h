#pragma once

#include "coalescedreload.h"
#include "model/entities.h"

#include <QAbstractTableModel>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/// The project's documents for the documents panel: name, codings (of the coder in view, or all) and
/// length. Reloads itself when the project's documents or codings change.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, CharactersColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setProject(Core::Project *project);
    void setCoderFilter(qint64 coderId);
    void reload();

    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Editing a name asks for a rename (renameRequested); the window makes it an undoable command.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The name, the original file (type, pages, size, encoding), its SHA-256 and when it was imported.
    static QString toolTip(const Core::Document &document);

Q_SIGNALS:
    void renameRequested(qint64 documentId, const QString &name);

private:
    Core::Project *m_project = nullptr;
    qint64 m_coderFilter = 0;
    QList<Core::Document> m_documents;
    QHash<qint64, qint64> m_counts;
    /// A burst of documentsChanged and codingsChanged comes to one reload.
    CoalescedReload m_coalescedReload;
};

} // namespace Marginalia::Ui
