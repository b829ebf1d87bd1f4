#pragma once

#include "model/attributes.h"
#include "model/entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The documents' attributes as a table: a row per document (by name), a first column with its name and a
 * column per attribute, in the attributes' order. Values show in their canonical spelling; an empty cell
 * is a document without a value.
 *
 * Editing a value cell does not write: it emits valueEdited(), and the panel checks the text against the
 * attribute's type and asks the window for an undoable command. The model reads the project only in
 * reload(), which its panel calls when the project says attributes or documents changed.
 */
class AttributeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        AttributeIdRole, ///< 0 in the name column
        AttributeTypeRole, ///< int(Core::AttributeType); in the name column, Text
        AllowedValuesRole, ///< a List attribute's values, in their order
    };
    static constexpr int NameColumn = 0;

    explicit AttributeTableModel(QObject *parent = nullptr);

    void setProject(Core::Project *project);
    void reload();

    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;
    /// The attribute of @p column, or nothing for the name column.
    std::optional<Core::Attribute> attribute(int column) const;
    int columnOf(qint64 attributeId) const;
    const QList<Core::Attribute> &attributes() const { return m_attributes; }
    /// The value (canonical, empty: none) of @p documentId's @p attributeId.
    QString value(qint64 documentId, qint64 attributeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Emits valueEdited(); writes nothing (see the class comment).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user typed or chose @p text for @p documentId's @p attributeId (untrimmed, unchecked).
    void valueEdited(qint64 documentId, qint64 attributeId, const QString &text);

private:
    Core::Project *m_project = nullptr;
    QList<Core::Document> m_documents;
    QList<Core::Attribute> m_attributes;
    /// document id -> attribute id -> canonical value
    QHash<qint64, QHash<qint64, QString>> m_values;
};

} // namespace Marginalia::Ui
