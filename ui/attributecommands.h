#pragma once

#include "export/attributecsv.h"
#include "model/attributes.h"
#include "projectcommand.h"

#include <memory>

namespace Marginalia::Ui {

// The attributes' commands name an attribute by its name and target, not its id: undoing the removal of an
// attribute adds it again under a new id, and a later step (a value set in it) must still find it. Names
// are unique among a target's attributes (in any case) and nothing renames an attribute.

/// Sets one document's value of one attribute; undo writes the value it had (empty: none).
class SetAttributeValueCommand final : public ProjectCommand
{
public:
    /// @p newValue as the user typed it: the store checks it and keeps its canonical spelling.
    SetAttributeValueCommand(Core::Project *project, qint64 documentId, const QString &documentName,
                             const QString &attributeName, const QString &oldValue, const QString &newValue,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Core::Status write(const QString &value);

    qint64 m_documentId;
    QString m_attributeName;
    QString m_oldValue;
    QString m_newValue;
};

/// Adds an attribute of the documents or of the cases; undo removes it (it has no values yet).
class AddAttributeCommand final : public ProjectCommand
{
public:
    AddAttributeCommand(Core::Project *project, const QString &name, Core::AttributeType type,
                        const QStringList &allowedValues,
                        Core::AttributeTarget target = Core::AttributeTarget::Document, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_name;
    Core::AttributeType m_type;
    QStringList m_allowedValues;
    Core::AttributeTarget m_target;
};

/// Removes an attribute with every document's (or case's) value of it; undo adds it again with the same
/// values.
class RemoveAttributeCommand final : public ProjectCommand
{
public:
    RemoveAttributeCommand(Core::Project *project, const Core::Attribute &attribute, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Core::Attribute m_attribute;
    /// Filled by redo, for undo: the values as they were when the attribute went.
    QList<Core::AttributeValue> m_values;
    /// A case attribute's values, by the case's GUID: a case whose removal was undone since has a new id.
    QList<std::pair<QString, QString>> m_caseValues;
};

/// Every attribute and every value of a project, to go back to after an import.
struct AttributeSnapshot
{
    QList<Core::Attribute> attributes;
    QList<Core::AttributeValue> values;
};

/**
 * Makes a CSV import of attributes one undoable step. The import is applied before the command is pushed
 * (importFile()), since it can fail as a whole (every problem of the file listed, nothing written), and
 * that is reported to the user, not made a step. Undo puts the attributes and values back as they were
 * before; redo as they were after, without reading the file again (it may have changed since).
 */
class ImportAttributesCommand final : public ProjectCommand
{
public:
    /// Imports @p path into @p project (Core::AttributeCsv) and returns the step to push, or the error
    /// (every problem found) when nothing was imported.
    static Core::Result<std::unique_ptr<ImportAttributesCommand>> importFile(Core::Project *project,
                                                                             const QString &path);

    void redo() override;
    void undo() override;

    const Core::AttributeImportReport &report() const { return m_report; }

private:
    ImportAttributesCommand(Core::Project *project, const QString &fileName, AttributeSnapshot before,
                            AttributeSnapshot after, Core::AttributeImportReport report);

    AttributeSnapshot m_before;
    AttributeSnapshot m_after;
    Core::AttributeImportReport m_report;
};

/// Saves a set of documents: listed, or by a condition; undo removes it.
class AddDocumentSetCommand final : public ProjectCommand
{
public:
    AddDocumentSetCommand(Core::Project *project, const QString &name, const QList<qint64> &documentIds,
                          const QString &condition, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_name;
    QList<qint64> m_documentIds;
    QString m_condition;
};

} // namespace Marginalia::Ui
