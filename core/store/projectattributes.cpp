// Attributes of documents and cases, sets of documents and codes, and cases (schema version 7,
// docs/attributes.md).

#include "store/project_p.h"

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

/// The allowed values of a List, one a line in the file: values are single-line labels.
QString joinedValues(const QStringList &values)
{
    return values.join(u'\n');
}

Attribute attributeOf(const Statement &row)
{
    Attribute attribute;
    attribute.id = row.int64(0);
    attribute.guid = row.string(1);
    attribute.name = row.string(2);
    attribute.type = AttributeTypes::fromName(row.string(3)).value_or(AttributeType::Text);
    const QString allowed = row.string(4);
    if (!allowed.isEmpty())
        attribute.allowedValues = allowed.split(u'\n');
    attribute.position = int(row.int64(5));
    attribute.target = row.string(6) == QLatin1String("case") ? AttributeTarget::Case : AttributeTarget::Document;
    return attribute;
}

QString targetName(AttributeTarget target)
{
    return target == AttributeTarget::Case ? QStringLiteral("case") : QStringLiteral("document");
}

constexpr auto attributeColumns = "SELECT id, guid, name, type, allowed_values, position, applies_to"
                                  " FROM attributes WHERE applies_to = ?";

/// Where a kind of owner keeps its values: documents' and cases' are two tables of the same shape.
struct ValueTable
{
    QLatin1String table;
    QLatin1String ownerColumn;
};

constexpr ValueTable documentValues{QLatin1String("document_attributes"), QLatin1String("document_id")};
constexpr ValueTable caseValues{QLatin1String("case_attributes"), QLatin1String("case_id")};

/// Checks every (owner, attribute, value) against the attribute's type before anything is written, so
/// a bad one leaves the project as it was, then writes them in one transaction; an empty value removes
/// the owner's value. @p ownerName names an owner in an error, or is empty when there is no such owner.
Status writeValues(Project::Private &d, AttributeTarget target, const ValueTable &where,
                   const QList<std::tuple<qint64, qint64, QString>> &values,
                   const std::function<QString(qint64)> &ownerName)
{
    QHash<qint64, Attribute> attributesById;
    for (const Attribute &attribute : d.q->attributes(target))
        attributesById.insert(attribute.id, attribute);
    QList<std::tuple<qint64, qint64, QString>> checked;
    checked.reserve(values.size());
    for (const auto &[ownerId, attributeId, text] : values) {
        const auto attribute = attributesById.constFind(attributeId);
        if (attribute == attributesById.cend())
            return Error{Project::tr("There is no %1 attribute with id %2.").arg(targetName(target)).arg(attributeId)};
        const QString owner = ownerName(ownerId);
        if (owner.isEmpty())
            return Error{Project::tr("There is no %1 with id %2.").arg(targetName(target)).arg(ownerId)};
        if (text.trimmed().isEmpty()) {
            checked.append({ownerId, attributeId, QString()});
            continue;
        }
        auto canonical = AttributeTypes::canonical(*attribute, text);
        if (!canonical)
            return Error{Project::tr("%1: %2").arg(owner, canonical.error())};
        checked.append({ownerId, attributeId, *canonical});
    }
    if (checked.isEmpty())
        return success();
    const QString what = Project::tr("setting attribute values");
    const QString remove
        = QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND attribute_id = ?").arg(where.table, where.ownerColumn);
    const QString upsert = QStringLiteral("INSERT INTO %1 (%2, attribute_id, value) VALUES (?, ?, ?)"
                                          " ON CONFLICT (%2, attribute_id) DO UPDATE SET value = excluded.value")
                               .arg(where.table, where.ownerColumn);
    return d.write(what, [&]() -> Status {
        for (const auto &[ownerId, attributeId, text] : std::as_const(checked)) {
            Statement write(d.db, text.isEmpty() ? remove : upsert,
                            text.isEmpty() ? QVariantList{ownerId, attributeId}
                                           : QVariantList{ownerId, attributeId, text});
            if (!write.ok())
                return d.failure(what, write);
        }
        d.notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

} // namespace

QList<Attribute> Project::attributes(AttributeTarget target) const
{
    QList<Attribute> result;
    Statement rows(d->db, QLatin1String(attributeColumns) + QStringLiteral(" ORDER BY position, id"),
                   {targetName(target)});
    while (rows.next())
        result.append(attributeOf(rows));
    return result;
}

std::optional<Attribute> Project::attributeByName(const QString &name, AttributeTarget target) const
{
    Statement row(d->db,
                  QLatin1String(attributeColumns)
                      + QStringLiteral(" AND %1 = %2")
                            .arg(d->db.nocase(QStringLiteral("name")), d->db.nocase(QStringLiteral("?"))),
                  {targetName(target), name.trimmed()});
    if (row.next())
        return attributeOf(row);
    return std::nullopt;
}

Result<Attribute> Project::addAttribute(const QString &name, AttributeType type, const QStringList &allowedValues,
                                        AttributeTarget target, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("An attribute needs a name.")};
    if (attributeByName(trimmed, target))
        return Error{target == AttributeTarget::Case
                         ? ProjectTr::tr("There is already a case attribute named \"%1\".").arg(trimmed)
                         : ProjectTr::tr("There is already an attribute named \"%1\".").arg(trimmed)};
    QStringList values;
    for (const QString &value : allowedValues) {
        const QString label = value.simplified();
        if (!label.isEmpty() && !values.contains(label, Qt::CaseInsensitive))
            values.append(label);
    }
    if (type == AttributeType::List && values.isEmpty())
        return Error{ProjectTr::tr("The list attribute \"%1\" needs its values.").arg(trimmed)};
    if (type != AttributeType::List)
        values.clear();
    const QString what = ProjectTr::tr("adding attribute \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<Attribute> {
        Attribute attribute{0, guid.isEmpty() ? newGuid() : guid, trimmed, type, values, 0, target};
        Statement position(d->db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM attributes"));
        if (position.next())
            attribute.position = int(position.int64(0));
        Statement insert(
            d->db,
            QStringLiteral("INSERT INTO attributes (guid, applies_to, name, type, allowed_values, position)"
                           " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {attribute.guid, targetName(target), attribute.name, AttributeTypes::name(type), joinedValues(values),
             attribute.position});
        if (!insert.ok())
            return d->failure(what, insert);
        attribute.id = insert.next() ? insert.int64(0) : 0;
        d->notify(StoreChange{StoreChange::Attributes});
        return attribute;
    });
}

Status Project::removeAttribute(qint64 attributeId)
{
    const QString what = ProjectTr::tr("removing an attribute");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM attributes WHERE id = ?"), {attributeId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no attribute with id %1.").arg(attributeId)};
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

QList<AttributeValue> Project::attributeValues(qint64 attributeId) const
{
    QList<AttributeValue> result;
    Statement rows(d->db,
                   attributeId == 0 ? QStringLiteral("SELECT document_id, attribute_id, value FROM document_attributes"
                                                     " ORDER BY document_id, attribute_id")
                                    : QStringLiteral("SELECT document_id, attribute_id, value FROM document_attributes"
                                                     " WHERE attribute_id = ? ORDER BY document_id"),
                   attributeId == 0 ? QVariantList() : QVariantList{attributeId});
    while (rows.next())
        result.append({rows.int64(0), rows.int64(1), rows.string(2)});
    return result;
}

Status Project::setAttributeValues(const QList<AttributeValue> &values)
{
    QList<std::tuple<qint64, qint64, QString>> rows;
    rows.reserve(values.size());
    for (const AttributeValue &value : values)
        rows.append({value.documentId, value.attributeId, value.value});
    const auto documentName = [this](qint64 documentId) {
        const auto stored = document(documentId);
        return stored ? stored->name : QString();
    };
    return writeValues(*d, AttributeTarget::Document, documentValues, rows, documentName);
}

QList<CaseAttributeValue> Project::caseAttributeValues(qint64 attributeId) const
{
    QList<CaseAttributeValue> result;
    Statement rows(d->db,
                   attributeId == 0 ? QStringLiteral("SELECT case_id, attribute_id, value FROM case_attributes"
                                                     " ORDER BY case_id, attribute_id")
                                    : QStringLiteral("SELECT case_id, attribute_id, value FROM case_attributes"
                                                     " WHERE attribute_id = ? ORDER BY case_id"),
                   attributeId == 0 ? QVariantList() : QVariantList{attributeId});
    while (rows.next())
        result.append({rows.int64(0), rows.int64(1), rows.string(2)});
    return result;
}

Status Project::setCaseAttributeValues(const QList<CaseAttributeValue> &values)
{
    QList<std::tuple<qint64, qint64, QString>> rows;
    rows.reserve(values.size());
    for (const CaseAttributeValue &value : values)
        rows.append({value.caseId, value.attributeId, value.value});
    QHash<qint64, QString> caseNames;
    for (const Case &stored : cases())
        caseNames.insert(stored.id, stored.name);
    return writeValues(*d, AttributeTarget::Case, caseValues, rows,
                       [&caseNames](qint64 caseId) { return caseNames.value(caseId); });
}

QList<DocumentSet> Project::documentSets() const
{
    QList<DocumentSet> result;
    Statement rows(d->db,
                   QStringLiteral("SELECT id, guid, name, condition, memo FROM document_sets ORDER BY %1")
                       .arg(d->db.nocase(QStringLiteral("name"))));
    while (rows.next())
        result.append({rows.int64(0), rows.string(1), rows.string(2), rows.string(3), {}, rows.string(4)});
    Statement members(d->db,
                      QStringLiteral("SELECT set_id, document_id FROM document_set_members"
                                     " ORDER BY set_id, document_id"));
    while (members.next()) {
        const qint64 setId = members.int64(0);
        for (DocumentSet &set : result) {
            if (set.id == setId) {
                set.documentIds.append(members.int64(1));
                break;
            }
        }
    }
    return result;
}

std::optional<DocumentSet> Project::documentSetByName(const QString &name) const
{
    for (const DocumentSet &set : documentSets()) {
        if (set.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return set;
    }
    return std::nullopt;
}

Result<DocumentSet> Project::addDocumentSet(const QString &name, const QList<qint64> &documentIds,
                                            const QString &condition, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("A set needs a name.")};
    if (documentSetByName(trimmed))
        return Error{ProjectTr::tr("There is already a set named \"%1\".").arg(trimmed)};
    const QString what = ProjectTr::tr("adding set \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<DocumentSet> {
        DocumentSet set{0, guid.isEmpty() ? newGuid() : guid, trimmed, condition.trimmed(), {}, {}};
        Statement insert(d->db,
                         QStringLiteral("INSERT INTO document_sets (guid, name, condition) VALUES (?, ?, ?)"
                                        " RETURNING id"),
                         {set.guid, set.name, set.condition});
        if (!insert.ok())
            return d->failure(what, insert);
        set.id = insert.next() ? insert.int64(0) : 0;
        if (set.condition.isEmpty()) {
            for (qint64 documentId : documentIds) {
                Statement member(d->db,
                                 QStringLiteral("INSERT INTO document_set_members (set_id, document_id)"
                                                " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                 {set.id, documentId});
                if (!member.ok())
                    return d->failure(what, member);
                if (member.rowsAffected() == 1)
                    set.documentIds.append(documentId);
            }
        }
        d->notify(StoreChange{StoreChange::Attributes});
        return set;
    });
}

Status Project::removeDocumentSet(qint64 setId)
{
    const QString what = ProjectTr::tr("removing a set");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM document_sets WHERE id = ?"), {setId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no set with id %1.").arg(setId)};
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

Status Project::setDocumentSetMembers(qint64 setId, const QList<qint64> &documentIds)
{
    const QString what = ProjectTr::tr("changing a set's documents");
    return d->write(what, [&]() -> Status {
        Statement set(d->db, QStringLiteral("SELECT condition FROM document_sets WHERE id = ?"), {setId});
        if (!set.next())
            return Error{ProjectTr::tr("There is no set with id %1.").arg(setId)};
        if (!set.string(0).isEmpty())
            return Error{
                ProjectTr::tr("The set's documents are those meeting its condition \"%1\"; it has no list to change.")
                    .arg(set.string(0))};
        Statement clear(d->db, QStringLiteral("DELETE FROM document_set_members WHERE set_id = ?"), {setId});
        if (!clear.ok())
            return d->failure(what, clear);
        for (qint64 documentId : documentIds) {
            Statement member(d->db,
                             QStringLiteral("INSERT INTO document_set_members (set_id, document_id)"
                                            " SELECT CAST(? AS BIGINT), id FROM documents WHERE id = ?"
                                            " ON CONFLICT DO NOTHING"),
                             {setId, documentId});
            if (!member.ok())
                return d->failure(what, member);
            if (member.rowsAffected() != 1 && !document(documentId))
                return Error{ProjectTr::tr("There is no document with id %1.").arg(documentId)};
        }
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

namespace {

/// Sets the memo of the row @p id of @p table (document_sets or code_sets), inside a write of its own.
Status writeSetMemo(Project::Private &d, QLatin1String table, qint64 setId, const QString &memo, const QString &what,
                    const QString &missing)
{
    return d.write(what, [&]() -> Status {
        Statement update(d.db, QStringLiteral("UPDATE %1 SET memo = ? WHERE id = ?").arg(table), {memo, setId});
        if (!update.ok())
            return d.failure(what, update);
        if (update.rowsAffected() != 1)
            return Error{missing};
        d.notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

} // namespace

Status Project::setDocumentSetMemo(qint64 setId, const QString &memo)
{
    return writeSetMemo(*d, QLatin1String("document_sets"), setId, memo, ProjectTr::tr("changing a set's memo"),
                        ProjectTr::tr("There is no set with id %1.").arg(setId));
}

Status Project::setCodeSetMemo(qint64 setId, const QString &memo)
{
    return writeSetMemo(*d, QLatin1String("code_sets"), setId, memo, ProjectTr::tr("changing a code set's memo"),
                        ProjectTr::tr("There is no code set with id %1.").arg(setId));
}

QList<CodeSet> Project::codeSets() const
{
    QList<CodeSet> result;
    QHash<qint64, qsizetype> indexById;
    Statement rows(d->db,
                   QStringLiteral("SELECT id, guid, name, memo FROM code_sets ORDER BY %1")
                       .arg(d->db.nocase(QStringLiteral("name"))));
    while (rows.next()) {
        indexById.insert(rows.int64(0), result.size());
        result.append({rows.int64(0), rows.string(1), rows.string(2), {}, rows.string(3)});
    }
    // Members in the codebook's order, as a matrix lists its rows.
    Statement members(d->db,
                      QStringLiteral("SELECT m.set_id, m.code_id FROM code_set_members m"
                                     " JOIN codes c ON c.id = m.code_id ORDER BY m.set_id, c.position, c.id"));
    while (members.next()) {
        if (const auto index = indexById.constFind(members.int64(0)); index != indexById.cend())
            result[*index].codeIds.append(members.int64(1));
    }
    return result;
}

std::optional<CodeSet> Project::codeSetByName(const QString &name) const
{
    for (const CodeSet &set : codeSets()) {
        if (set.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return set;
    }
    return std::nullopt;
}

namespace {

/// Puts exactly @p codeIds into the code set @p setId, inside the caller's write.
Status writeCodeSetMembers(Project::Private &d, const Project &project, const QString &what, qint64 setId,
                           const QList<qint64> &codeIds)
{
    Statement clear(d.db, QStringLiteral("DELETE FROM code_set_members WHERE set_id = ?"), {setId});
    if (!clear.ok())
        return d.failure(what, clear);
    for (qint64 codeId : codeIds) {
        Statement member(d.db,
                         QStringLiteral("INSERT INTO code_set_members (set_id, code_id)"
                                        " SELECT CAST(? AS BIGINT), id FROM codes WHERE id = ?"
                                        " ON CONFLICT DO NOTHING"),
                         {setId, codeId});
        if (!member.ok())
            return d.failure(what, member);
        if (member.rowsAffected() != 1 && !project.code(codeId))
            return Error{Project::tr("There is no code with id %1.").arg(codeId)};
    }
    return success();
}

} // namespace

Result<CodeSet> Project::addCodeSet(const QString &name, const QList<qint64> &codeIds, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("A code set needs a name.")};
    if (codeSetByName(trimmed))
        return Error{ProjectTr::tr("There is already a code set named \"%1\".").arg(trimmed)};
    const QString what = ProjectTr::tr("adding code set \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<CodeSet> {
        CodeSet set{0, guid.isEmpty() ? newGuid() : guid, trimmed, {}, {}};
        Statement insert(d->db, QStringLiteral("INSERT INTO code_sets (guid, name) VALUES (?, ?) RETURNING id"),
                         {set.guid, set.name});
        if (!insert.ok())
            return d->failure(what, insert);
        set.id = insert.next() ? insert.int64(0) : 0;
        if (auto members = writeCodeSetMembers(*d, *this, what, set.id, codeIds); !members)
            return Error{members.error()};
        for (qint64 codeId : codeIds) {
            if (!set.codeIds.contains(codeId))
                set.codeIds.append(codeId);
        }
        d->notify(StoreChange{StoreChange::Attributes});
        return set;
    });
}

Status Project::removeCodeSet(qint64 setId)
{
    const QString what = ProjectTr::tr("removing a code set");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM code_sets WHERE id = ?"), {setId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no code set with id %1.").arg(setId)};
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

Status Project::setCodeSetMembers(qint64 setId, const QList<qint64> &codeIds)
{
    const QString what = ProjectTr::tr("changing a code set's codes");
    return d->write(what, [&]() -> Status {
        Statement set(d->db, QStringLiteral("SELECT 1 FROM code_sets WHERE id = ?"), {setId});
        if (!set.next())
            return Error{ProjectTr::tr("There is no code set with id %1.").arg(setId)};
        if (auto members = writeCodeSetMembers(*d, *this, what, setId, codeIds); !members)
            return members;
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

} // namespace Marginalia::Core

namespace Marginalia::Core {

using namespace ProjectStore;

QList<Case> Project::cases() const
{
    QList<Case> result;
    Statement rows(d->db,
                   QStringLiteral("SELECT id, guid, name, memo FROM cases ORDER BY %1, name")
                       .arg(d->db.nocase(QStringLiteral("name"))));
    while (rows.next())
        result.append({rows.int64(0), rows.string(1), rows.string(2), rows.string(3)});
    return result;
}

std::optional<Case> Project::caseByName(const QString &name) const
{
    Statement row(d->db,
                  QStringLiteral("SELECT id, guid, name, memo FROM cases WHERE %1 = %2")
                      .arg(d->db.nocase(QStringLiteral("name")), d->db.nocase(QStringLiteral("?"))),
                  {name.trimmed()});
    if (row.next())
        return Case{row.int64(0), row.string(1), row.string(2), row.string(3)};
    return std::nullopt;
}

Result<Case> Project::addCase(const QString &name, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("A case needs a name.")};
    if (caseByName(trimmed))
        return Error{ProjectTr::tr("There is already a case named \"%1\".").arg(trimmed)};
    const QString what = ProjectTr::tr("adding case \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<Case> {
        Case added{0, guid.isEmpty() ? newGuid() : guid, trimmed, {}};
        Statement insert(d->db, QStringLiteral("INSERT INTO cases (guid, name, created) VALUES (?, ?, ?) RETURNING id"),
                         {added.guid, added.name, timestamp()});
        if (!insert.ok())
            return d->failure(what, insert);
        added.id = insert.next() ? insert.int64(0) : 0;
        d->notify(StoreChange{StoreChange::Attributes});
        return added;
    });
}

Status Project::renameCase(qint64 caseId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("A case needs a name.")};
    if (const auto existing = caseByName(trimmed); existing && existing->id != caseId)
        return Error{ProjectTr::tr("There is already a case named \"%1\".").arg(trimmed)};
    const QString what = ProjectTr::tr("renaming case \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Status {
        Statement rename(d->db, QStringLiteral("UPDATE cases SET name = ? WHERE id = ?"), {trimmed, caseId});
        if (!rename.ok())
            return d->failure(what, rename);
        if (rename.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no case with id %1.").arg(caseId)};
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

Status Project::setCaseMemo(qint64 caseId, const QString &memo)
{
    const QString what = ProjectTr::tr("changing a case's memo");
    return d->write(what, [&]() -> Status {
        Statement update(d->db, QStringLiteral("UPDATE cases SET memo = ? WHERE id = ?"), {memo, caseId});
        if (!update.ok())
            return d->failure(what, update);
        if (update.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no case with id %1.").arg(caseId)};
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

Status Project::removeCase(qint64 caseId)
{
    const QString what = ProjectTr::tr("removing a case");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no case with id %1.").arg(caseId)};
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

QList<CaseMember> Project::caseMembers(qint64 caseId) const
{
    QList<CaseMember> result;
    Statement rows(d->db,
                   caseId == 0 ? QStringLiteral("SELECT id, case_id, document_id, start_pos, COALESCE(end_pos, 0)"
                                                " FROM case_members ORDER BY case_id, document_id, start_pos")
                               : QStringLiteral("SELECT id, case_id, document_id, start_pos, COALESCE(end_pos, 0)"
                                                " FROM case_members WHERE case_id = ? ORDER BY document_id, start_pos"),
                   caseId == 0 ? QVariantList() : QVariantList{caseId});
    while (rows.next())
        result.append({rows.int64(0), rows.int64(1), rows.int64(2), rows.int64(3), rows.int64(4)});
    return result;
}

Result<CaseMember> Project::addCaseMember(const CaseMember &member)
{
    const auto stored = document(member.documentId);
    if (!stored)
        return Error{ProjectTr::tr("There is no document with id %1.").arg(member.documentId)};
    if (member.start < 0 || (member.end != 0 && (member.end <= member.start || member.end > stored->length)))
        return Error{ProjectTr::tr("%1: the passage %2 to %3 is not within its %4 characters.")
                         .arg(stored->name)
                         .arg(member.start)
                         .arg(member.end)
                         .arg(stored->length)};
    const QString what = ProjectTr::tr("assigning \"%1\" to a case").arg(stored->name);
    return d->write(what, [&]() -> Result<CaseMember> {
        // Assigned already: the same member (UNIQUE does not see two NULL ends as equal).
        Statement existing(
            d->db,
            QStringLiteral("SELECT id FROM case_members WHERE case_id = ? AND document_id = ?"
                           " AND start_pos = ? AND end_pos IS NOT DISTINCT FROM CAST(? AS BIGINT)"),
            {member.caseId, member.documentId, member.start, member.end == 0 ? QVariant() : QVariant(member.end)});
        if (existing.next()) {
            CaseMember found = member;
            found.id = existing.int64(0);
            return found;
        }
        Statement insert(
            d->db,
            QStringLiteral("INSERT INTO case_members (case_id, document_id, start_pos, end_pos)"
                           " SELECT id, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM cases"
                           " WHERE id = ? RETURNING id"),
            {member.documentId, member.start, member.end == 0 ? QVariant() : QVariant(member.end), member.caseId});
        if (!insert.ok())
            return d->failure(what, insert);
        if (!insert.next())
            return Error{ProjectTr::tr("There is no case with id %1.").arg(member.caseId)};
        CaseMember added = member;
        added.id = insert.int64(0);
        d->notify(StoreChange{StoreChange::Attributes});
        return added;
    });
}

Status Project::removeCaseMember(qint64 memberId)
{
    const QString what = ProjectTr::tr("removing a document from a case");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM case_members WHERE id = ?"), {memberId});
        if (!remove.ok())
            return d->failure(what, remove);
        d->notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

} // namespace Marginalia::Core
