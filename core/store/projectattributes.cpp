// Attributes of documents and sets of documents (schema version 7, docs/attributes.md).

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
    return attribute;
}

constexpr auto attributeColumns = "SELECT id, guid, name, type, allowed_values, position FROM attributes"
                                  " WHERE applies_to = 'document'";

} // namespace

QList<Attribute> Project::attributes() const
{
    QList<Attribute> result;
    Statement rows(d->db, QLatin1String(attributeColumns) + QStringLiteral(" ORDER BY position, id"));
    while (rows.next())
        result.append(attributeOf(rows));
    return result;
}

std::optional<Attribute> Project::attributeByName(const QString &name) const
{
    Statement row(d->db, QLatin1String(attributeColumns) + QStringLiteral(" AND name = ? COLLATE NOCASE"),
                  {name.trimmed()});
    if (row.next())
        return attributeOf(row);
    return std::nullopt;
}

Result<Attribute> Project::addAttribute(const QString &name, AttributeType type, const QStringList &allowedValues)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("An attribute needs a name.")};
    if (attributeByName(trimmed))
        return Error{tr("There is already an attribute named \"%1\".").arg(trimmed)};
    QStringList values;
    for (const QString &value : allowedValues) {
        const QString label = value.simplified();
        if (!label.isEmpty() && !values.contains(label, Qt::CaseInsensitive))
            values.append(label);
    }
    if (type == AttributeType::List && values.isEmpty())
        return Error{tr("The list attribute \"%1\" needs its values.").arg(trimmed)};
    if (type != AttributeType::List)
        values.clear();
    const QString what = tr("adding attribute \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<Attribute> {
        Attribute attribute{0, newGuid(), trimmed, type, values, 0};
        Statement position(d->db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM attributes"));
        if (position.next())
            attribute.position = int(position.int64(0));
        Statement insert(
            d->db,
            QStringLiteral("INSERT INTO attributes (guid, applies_to, name, type, allowed_values, position)"
                           " VALUES (?, 'document', ?, ?, ?, ?)"),
            {attribute.guid, attribute.name, AttributeTypes::name(type), joinedValues(values), attribute.position});
        if (!insert.ok())
            return d->failure(what, insert);
        attribute.id = insert.lastInsertId();
        d->notify([this] { Q_EMIT attributesChanged(); });
        return attribute;
    });
}

Status Project::removeAttribute(qint64 attributeId)
{
    const QString what = tr("removing an attribute");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM attributes WHERE id = ?"), {attributeId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{tr("There is no attribute with id %1.").arg(attributeId)};
        d->notify([this] { Q_EMIT attributesChanged(); });
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
    QHash<qint64, Attribute> attributesById;
    for (const Attribute &attribute : attributes())
        attributesById.insert(attribute.id, attribute);
    // Every value is checked before anything is written: a bad one leaves the project as it was.
    QList<AttributeValue> checked;
    checked.reserve(values.size());
    for (const AttributeValue &value : values) {
        const auto attribute = attributesById.constFind(value.attributeId);
        if (attribute == attributesById.cend())
            return Error{tr("There is no attribute with id %1.").arg(value.attributeId)};
        const auto stored = document(value.documentId);
        if (!stored)
            return Error{tr("There is no document with id %1.").arg(value.documentId)};
        if (value.value.trimmed().isEmpty()) {
            checked.append({value.documentId, value.attributeId, QString()});
            continue;
        }
        auto canonical = AttributeTypes::canonical(*attribute, value.value);
        if (!canonical)
            return Error{tr("%1: %2").arg(stored->name, canonical.error())};
        checked.append({value.documentId, value.attributeId, *canonical});
    }
    if (checked.isEmpty())
        return success();
    const QString what = tr("setting attribute values");
    return d->write(what, [&]() -> Status {
        for (const AttributeValue &value : std::as_const(checked)) {
            Statement write(d->db,
                            value.value.isEmpty()
                                ? QStringLiteral("DELETE FROM document_attributes WHERE document_id = ?"
                                                 " AND attribute_id = ?")
                                : QStringLiteral("INSERT INTO document_attributes (document_id, attribute_id, value)"
                                                 " VALUES (?, ?, ?) ON CONFLICT (document_id, attribute_id)"
                                                 " DO UPDATE SET value = excluded.value"),
                            value.value.isEmpty() ? QVariantList{value.documentId, value.attributeId}
                                                  : QVariantList{value.documentId, value.attributeId, value.value});
            if (!write.ok())
                return d->failure(what, write);
        }
        d->notify([this] { Q_EMIT attributesChanged(); });
        return success();
    });
}

QList<DocumentSet> Project::documentSets() const
{
    QList<DocumentSet> result;
    Statement rows(d->db, QStringLiteral("SELECT id, guid, name, condition, memo FROM document_sets ORDER BY name"));
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
                                            const QString &condition)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A set needs a name.")};
    if (documentSetByName(trimmed))
        return Error{tr("There is already a set named \"%1\".").arg(trimmed)};
    const QString what = tr("adding set \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<DocumentSet> {
        DocumentSet set{0, newGuid(), trimmed, condition.trimmed(), {}, {}};
        Statement insert(d->db, QStringLiteral("INSERT INTO document_sets (guid, name, condition) VALUES (?, ?, ?)"),
                         {set.guid, set.name, set.condition});
        if (!insert.ok())
            return d->failure(what, insert);
        set.id = insert.lastInsertId();
        if (set.condition.isEmpty()) {
            for (qint64 documentId : documentIds) {
                Statement member(d->db,
                                 QStringLiteral("INSERT OR IGNORE INTO document_set_members (set_id, document_id)"
                                                " VALUES (?, ?)"),
                                 {set.id, documentId});
                if (!member.ok())
                    return d->failure(what, member);
                if (member.rowsAffected() == 1)
                    set.documentIds.append(documentId);
            }
        }
        d->notify([this] { Q_EMIT attributesChanged(); });
        return set;
    });
}

Status Project::removeDocumentSet(qint64 setId)
{
    const QString what = tr("removing a set");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM document_sets WHERE id = ?"), {setId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{tr("There is no set with id %1.").arg(setId)};
        d->notify([this] { Q_EMIT attributesChanged(); });
        return success();
    });
}

} // namespace Marginalia::Core

namespace Marginalia::Core {

using namespace ProjectStore;

QList<Case> Project::cases() const
{
    QList<Case> result;
    Statement rows(d->db, QStringLiteral("SELECT id, guid, name, memo FROM cases ORDER BY name"));
    while (rows.next())
        result.append({rows.int64(0), rows.string(1), rows.string(2), rows.string(3)});
    return result;
}

std::optional<Case> Project::caseByName(const QString &name) const
{
    Statement row(d->db, QStringLiteral("SELECT id, guid, name, memo FROM cases WHERE name = ? COLLATE NOCASE"),
                  {name.trimmed()});
    if (row.next())
        return Case{row.int64(0), row.string(1), row.string(2), row.string(3)};
    return std::nullopt;
}

Result<Case> Project::addCase(const QString &name, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A case needs a name.")};
    if (caseByName(trimmed))
        return Error{tr("There is already a case named \"%1\".").arg(trimmed)};
    const QString what = tr("adding case \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<Case> {
        Case added{0, guid.isEmpty() ? newGuid() : guid, trimmed, {}};
        Statement insert(d->db, QStringLiteral("INSERT INTO cases (guid, name, created) VALUES (?, ?, ?)"),
                         {added.guid, added.name, timestamp()});
        if (!insert.ok())
            return d->failure(what, insert);
        added.id = insert.lastInsertId();
        d->notify([this] { Q_EMIT attributesChanged(); });
        return added;
    });
}

Status Project::removeCase(qint64 caseId)
{
    const QString what = tr("removing a case");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{tr("There is no case with id %1.").arg(caseId)};
        d->notify([this] { Q_EMIT attributesChanged(); });
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
        return Error{tr("There is no document with id %1.").arg(member.documentId)};
    if (member.start < 0 || (member.end != 0 && (member.end <= member.start || member.end > stored->length)))
        return Error{tr("%1: the passage %2 to %3 is not within its %4 characters.")
                         .arg(stored->name)
                         .arg(member.start)
                         .arg(member.end)
                         .arg(stored->length)};
    const QString what = tr("assigning \"%1\" to a case").arg(stored->name);
    return d->write(what, [&]() -> Result<CaseMember> {
        // Assigned already: the same member (UNIQUE does not see two NULL ends as equal).
        Statement existing(
            d->db,
            QStringLiteral("SELECT id FROM case_members WHERE case_id = ? AND document_id = ?"
                           " AND start_pos = ? AND end_pos IS ?"),
            {member.caseId, member.documentId, member.start, member.end == 0 ? QVariant() : QVariant(member.end)});
        if (existing.next()) {
            CaseMember found = member;
            found.id = existing.int64(0);
            return found;
        }
        Statement insert(
            d->db,
            QStringLiteral("INSERT INTO case_members (case_id, document_id, start_pos, end_pos)"
                           " SELECT id, ?, ?, ? FROM cases WHERE id = ?"),
            {member.documentId, member.start, member.end == 0 ? QVariant() : QVariant(member.end), member.caseId});
        if (!insert.ok())
            return d->failure(what, insert);
        if (insert.rowsAffected() != 1)
            return Error{tr("There is no case with id %1.").arg(member.caseId)};
        CaseMember added = member;
        added.id = insert.lastInsertId();
        d->notify([this] { Q_EMIT attributesChanged(); });
        return added;
    });
}

Status Project::removeCaseMember(qint64 memberId)
{
    const QString what = tr("removing a document from a case");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM case_members WHERE id = ?"), {memberId});
        if (!remove.ok())
            return d->failure(what, remove);
        d->notify([this] { Q_EMIT attributesChanged(); });
        return success();
    });
}

} // namespace Marginalia::Core
