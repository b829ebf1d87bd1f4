#pragma once

#include "model/attributes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The attributes of the documents, or of the cases, as a table: a row per document (or case) by name, a
 * first column with its name and a column per attribute of that target, in the attributes' order. Values
 * show in their canonical spelling; an empty cell is one without a value.
 *
 * Editing a cell does not write: a value emits valueEdited(), a case's name nameEdited() (a document's
 * name is not edited here), and the panel checks the text and asks the window for an undoable command.
 * The model reads the project only in reload(), which its panel calls when the project says attributes
 * or documents changed.
 */
class AttributeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< the document's or case's id
        AttributeIdRole, ///< 0 in the name column
        AttributeTypeRole, ///< int(Core::AttributeType); in the name column, Text
        AllowedValuesRole, ///< a List attribute's values, in their order
    };
    static constexpr int NameColumn = 0;

    explicit AttributeTableModel(Core::AttributeTarget target, QObject *parent = nullptr);

    Core::AttributeTarget target() const { return m_target; }
    void setProject(Core::Project *project);
    void reload();

    /// The id of the document or case of @p row (0: none).
    qint64 itemId(int row) const;
    /// The GUID of the document or case of @p row: a case keeps it when its removal is undone, its id not.
    QString itemGuid(int row) const;
    QString itemName(int row) const;
    int rowOf(qint64 itemId) const;
    /// The attribute of @p column, or nothing for the name column.
    std::optional<Core::Attribute> attribute(int column) const;
    int columnOf(qint64 attributeId) const;
    const QList<Core::Attribute> &attributes() const { return m_attributes; }
    /// The value (canonical, empty: none) of @p itemId's @p attributeId.
    QString value(qint64 itemId, qint64 attributeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Emits valueEdited() or nameEdited(); writes nothing (see the class comment).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user typed or chose @p text for @p itemId's @p attributeId (untrimmed, unchecked).
    void valueEdited(qint64 itemId, qint64 attributeId, const QString &text);
    /// The user typed @p text as the name of the case @p itemId (untrimmed, unchecked).
    void nameEdited(qint64 itemId, const QString &text);

private:
    struct Item
    {
        qint64 id = 0;
        QString guid;
        QString name;
    };

    Core::AttributeTarget m_target;
    Core::Project *m_project = nullptr;
    QList<Item> m_items;
    QList<Core::Attribute> m_attributes;
    /// item id -> attribute id -> canonical value
    QHash<qint64, QHash<qint64, QString>> m_values;
};

} // namespace Marginalia::Ui
