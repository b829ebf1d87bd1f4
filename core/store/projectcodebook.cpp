// The codebook of a project: codes, their tree and order, merging and deleting, and the snapshots that
// undo a merge or a delete.

#include "store/project_p.h"

#include <QHash>
#include <QSet>

#include <limits>

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

// Distinct, colour-blind-friendly defaults (Tableau 10), cycled for codes created without a colour.
const char *const defaultColors[]
    = {"#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"};

/// The first default colour no code uses yet; when all are in use, the least used (the palette's order breaks
/// ties). Counting by colour rather than by codes keeps imported colours and deletions from making repeats.
QString unusedDefaultColor(StoreConnection &db)
{
    QHash<QString, qint64> uses;
    // Plain GROUP BY: the same statement runs on SQLite and on PostgreSQL.
    Statement used(db,
                   QStringLiteral("SELECT UPPER(color), COUNT(*) FROM codes WHERE color <> '' GROUP BY UPPER(color)"));
    while (used.next())
        uses.insert(used.string(0), used.int64(1));
    QString leastUsed;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const char *candidate : defaultColors) {
        const QString color = QString::fromLatin1(candidate);
        const qint64 count = uses.value(color, 0);
        if (count < fewest) {
            fewest = count;
            leastUsed = color;
        }
    }
    return leastUsed;
}

Status validateCodeName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{ProjectTr::tr("A code needs a name.")};
    return success();
}

/// Sets one column of a code and counts its version up; with @p expectedVersion (not 0), only if the code is
/// still at that version.
Status updateCodeColumn(Project::Private &d, qint64 codeId, const QString &column, const QVariant &value,
                        const QString &what, qint64 expectedVersion = 0)
{
    return d.write(what, [&]() -> Status {
        Statement update(d.db,
                         QStringLiteral("UPDATE codes SET %1 = ?, version = version + 1"
                                        " WHERE id = ? AND (CAST(? AS BIGINT) = 0 OR version = ?)")
                             .arg(column),
                         {value, codeId, expectedVersion, expectedVersion});
        if (!update.ok())
            return d.failure(what, update);
        if (update.rowsAffected() != 1) {
            if (const auto now = d.q->code(codeId))
                return d.changedMeanwhile(ProjectTr::tr("The code \"%1\"").arg(now->name));
            return Error{ProjectTr::tr("There is no code with id %1.").arg(codeId)};
        }
        return success();
    });
}

/// True when @p candidate is @p ancestor or lies below it.
bool isInSubtree(Project::Private &d, qint64 candidate, qint64 ancestor)
{
    Statement row(d.db, subtreeCte + QStringLiteral("SELECT 1 FROM subtree WHERE id = ?"), {ancestor, candidate});
    return row.next();
}

/// Renumbers the siblings under @p parentId 0, 1, 2... in their current order, with @p insertedId placed
/// at @p position (-1: last).
Status renumberSiblings(Project::Private &d, qint64 parentId, qint64 insertedId, int position)
{
    QList<qint64> siblings;
    {
        Statement rows(d.db,
                       QStringLiteral("SELECT id FROM codes WHERE COALESCE(parent_id, 0) = ? AND id <> ? "
                                      "ORDER BY position, id"),
                       {parentId, insertedId});
        while (rows.next())
            siblings.append(rows.int64(0));
    }
    if (insertedId != 0) {
        if (position < 0 || position > siblings.size())
            position = int(siblings.size());
        siblings.insert(position, insertedId);
    }
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        Statement update(d.db, QStringLiteral("UPDATE codes SET position = ? WHERE id = ?"), {int(i), siblings.at(i)});
        if (!update.ok())
            return d.failure(ProjectTr::tr("reordering codes"), update);
    }
    return success();
}

/// The body of a merge, inside the caller's transaction; recursive for subcodes that exist on both sides.
Status mergeInto(Project::Private &d, qint64 sourceId, qint64 targetId, MergeReport &report)
{
    const QString what = ProjectTr::tr("merging codes");
    {
        Statement drop(d.db,
                       QStringLiteral("DELETE FROM codings WHERE code_id = ? AND EXISTS (SELECT 1 FROM codings t "
                                      "WHERE t.code_id = ? AND t.document_id = codings.document_id "
                                      "AND t.start_pos = codings.start_pos AND t.end_pos = codings.end_pos "
                                      "AND t.coder_id = codings.coder_id)"),
                       {sourceId, targetId});
        if (!drop.ok())
            return d.failure(what, drop);
        report.duplicatesDropped += drop.rowsAffected();
    }
    {
        Statement move(d.db, QStringLiteral("UPDATE codings SET code_id = ? WHERE code_id = ?"), {targetId, sourceId});
        if (!move.ok())
            return d.failure(what, move);
        report.codingsMoved += move.rowsAffected();
    }
    {
        // The merged code's sets hold the code it became.
        Statement sets(d.db,
                       QStringLiteral("INSERT INTO code_set_members (set_id, code_id)"
                                      " SELECT set_id, CAST(? AS BIGINT) FROM code_set_members WHERE code_id = ?"
                                      " ON CONFLICT DO NOTHING"),
                       {targetId, sourceId});
        if (!sets.ok())
            return d.failure(what, sets);
    }
    QList<std::pair<qint64, QString>> children;
    {
        Statement rows(d.db, QStringLiteral("SELECT id, name FROM codes WHERE parent_id = ? ORDER BY position, id"),
                       {sourceId});
        while (rows.next())
            children.append({rows.int64(0), rows.string(1)});
    }
    // Free the source's name first: when a child is merged into its parent, a subcode of the same name
    // must be able to take the source's place rather than be merged into the code that is going away.
    {
        Statement park(d.db, QStringLiteral("UPDATE codes SET name = guid || '.merging' WHERE id = ?"), {sourceId});
        if (!park.ok())
            return d.failure(what, park);
    }
    for (const auto &[childId, childName] : children) {
        qint64 sameNamed = 0;
        {
            Statement twin(d.db, QStringLiteral("SELECT id FROM codes WHERE parent_id = ? AND name = ? AND id <> ?"),
                           {targetId, childName, sourceId});
            if (twin.next())
                sameNamed = twin.int64(0);
        }
        if (sameNamed != 0) {
            if (auto status = mergeInto(d, childId, sameNamed, report); !status)
                return status;
        } else {
            Statement reparent(d.db,
                               QStringLiteral("UPDATE codes SET parent_id = ?, position = "
                                              "(SELECT COALESCE(MAX(position) + 1, 0) FROM codes WHERE parent_id = ?) "
                                              "WHERE id = ?"),
                               {targetId, targetId, childId});
            if (!reparent.ok())
                return d.failure(what, reparent);
            ++report.subcodesMoved;
        }
    }
    // Keep what the researcher wrote about the merged code (two line breaks between the memos).
    {
        Statement memo(d.db,
                       QStringLiteral("UPDATE codes SET memo = CASE WHEN memo = '' THEN "
                                      "(SELECT memo FROM codes WHERE id = ?) "
                                      "WHEN (SELECT memo FROM codes WHERE id = ?) = '' THEN memo "
                                      "ELSE memo || ? || (SELECT memo FROM codes WHERE id = ?) END "
                                      "WHERE id = ?"),
                       {sourceId, sourceId, QStringLiteral("\n\n"), sourceId, targetId});
        if (!memo.ok())
            return d.failure(what, memo);
    }
    Statement remove(d.db, QStringLiteral("DELETE FROM codes WHERE id = ?"), {sourceId});
    if (!remove.ok())
        return d.failure(what, remove);
    return success();
}

} // namespace

QList<Code> Project::codes() const
{
    // Parents before children: walk the tree breadth-first in SQL, siblings by position.
    QList<Code> result;
    Statement rows(
        d->db,
        QStringLiteral("WITH RECURSIVE tree(id, depth) AS ("
                       " SELECT id, 0 FROM codes WHERE parent_id IS NULL"
                       " UNION ALL SELECT codes.id, tree.depth + 1 FROM codes"
                       " JOIN tree ON codes.parent_id = tree.id) "
                       "SELECT ")
            + codeColumns
            + QStringLiteral(" FROM codes JOIN tree USING (id) ORDER BY tree.depth, parent_id, position, id"));
    while (rows.next())
        result.append(codeFrom(rows));
    return result;
}

std::optional<Code> Project::code(qint64 id) const
{
    Statement row(d->db, QStringLiteral("SELECT ") + codeColumns + QStringLiteral(" FROM codes WHERE id = ?"), {id});
    if (!row.next())
        return std::nullopt;
    return codeFrom(row);
}

Result<Code> Project::addCode(const QString &name, qint64 parentId, const QString &color, const QString &description)
{
    NewCode code;
    code.name = name;
    code.parentId = parentId;
    code.color = color;
    code.description = description;
    return addCode(code);
}

Result<Code> Project::addCode(const NewCode &newCode)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const QString trimmed = newCode.name.trimmed();
    const qint64 parentId = newCode.parentId;
    const QString &color = newCode.color;
    if (auto valid = validateCodeName(trimmed); !valid)
        return Error{valid.error()};
    if (!color.isEmpty() && !isValidColor(color))
        return Error{ProjectTr::tr("\"%1\" is not a colour; use the form #RRGGBB, e.g. #E15759.").arg(color)};
    const QString what = ProjectTr::tr("adding code \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<Code> {
        if (parentId != 0) {
            Statement parent(d->db, QStringLiteral("SELECT 1 FROM codes WHERE id = ?"), {parentId});
            if (!parent.next())
                return Error{ProjectTr::tr("There is no parent code with id %1.").arg(parentId)};
        }
        {
            Statement taken(d->db, QStringLiteral("SELECT 1 FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                            {parentId, trimmed});
            if (taken.next())
                return Error{ProjectTr::tr("There is already a code \"%1\" at that level.").arg(trimmed)};
        }
        int position = 0;
        {
            Statement next(
                d->db,
                QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM codes WHERE COALESCE(parent_id, 0) = ?"),
                {parentId});
            if (next.next())
                position = int(next.int64(0));
        }
        Code code;
        code.guid = newCode.guid.isEmpty() ? newGuid() : newCode.guid;
        code.parentId = parentId;
        code.name = trimmed;
        if (!color.isEmpty())
            code.color = color.toUpper();
        else if (newCode.pickColor)
            code.color = unusedDefaultColor(d->db);
        code.codable = newCode.codable;
        code.description = newCode.description;
        code.memo = newCode.memo;
        code.position = position;
        code.created = QDateTime::currentDateTimeUtc();
        Statement insert(d->db,
                         QStringLiteral("INSERT INTO codes (guid, parent_id, name, color, description, memo, "
                                        "position, created, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         {code.guid, parentValue(parentId), code.name, code.color, code.description, code.memo,
                          code.position, timestamp(code.created), code.codable ? 1 : 0});
        if (!insert.ok())
            return d->failure(what, insert);
        code.id = insert.next() ? insert.int64(0) : 0;
        d->notify(StoreChange{StoreChange::Codebook});
        return code;
    });
}

Result<Code> Project::ensureCodePath(const QStringList &path, const QString &color, const QString &description)
{
    if (path.isEmpty())
        return Error{ProjectTr::tr("A code path needs at least one name.")};
    for (const QString &name : path) {
        if (auto valid = validateCodeName(name); !valid)
            return Error{valid.error()};
    }
    // All levels or none: a failure at the last level must not leave its parents behind.
    const QString what = ProjectTr::tr("adding code \"%1\"").arg(path.join(u'/'));
    return d->write(what, [&]() -> Result<Code> {
        qint64 parentId = 0;
        std::optional<Code> current;
        for (qsizetype level = 0; level < path.size(); ++level) {
            const QString name = path.at(level).trimmed();
            {
                Statement row(d->db,
                              QStringLiteral("SELECT ") + codeColumns
                                  + QStringLiteral(" FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                              {parentId, name});
                if (row.next())
                    current = codeFrom(row);
                else
                    current.reset();
            }
            if (!current) {
                const bool last = level == path.size() - 1;
                auto added = addCode(name, parentId, last ? color : QString(), last ? description : QString());
                if (!added)
                    return added;
                current = *added;
            }
            parentId = current->id;
        }
        return *current;
    });
}

Status Project::renameCode(qint64 codeId, const QString &name, qint64 expectedVersion)
{
    const QString trimmed = name.trimmed();
    if (auto valid = validateCodeName(trimmed); !valid)
        return valid;
    const auto existing = code(codeId);
    if (!existing)
        return Error{ProjectTr::tr("There is no code with id %1.").arg(codeId)};
    {
        Statement taken(d->db,
                        QStringLiteral("SELECT 1 FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ? AND id <> ?"),
                        {existing->parentId, trimmed, codeId});
        if (taken.next())
            return Error{ProjectTr::tr("There is already a code \"%1\" at that level.").arg(trimmed)};
    }
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("name"), trimmed,
                                   ProjectTr::tr("renaming code \"%1\"").arg(existing->name), expectedVersion);
    if (status)
        d->notify(StoreChange{StoreChange::Codebook});
    return status;
}

Status Project::setCodeColor(qint64 codeId, const QString &color, qint64 expectedVersion)
{
    if (!color.isEmpty() && !isValidColor(color))
        return Error{ProjectTr::tr("\"%1\" is not a colour; use the form #RRGGBB, e.g. #E15759.").arg(color)};
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("color"), color.toUpper(),
                                   ProjectTr::tr("changing a code's colour"), expectedVersion);
    if (status) {
        d->notify(StoreChange{StoreChange::Codebook});
        d->notify(StoreChange{StoreChange::Codings});
    }
    return status;
}

Status Project::setCodeCodable(qint64 codeId, bool codable)
{
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("codable"), codable ? 1 : 0,
                                   codable ? ProjectTr::tr("making a code applicable")
                                           : ProjectTr::tr("making a code a folder"));
    if (status)
        d->notify(StoreChange{StoreChange::Codebook});
    return status;
}

Status Project::setCodeDescription(qint64 codeId, const QString &description, qint64 expectedVersion)
{
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("description"), description,
                                   ProjectTr::tr("changing a code's description"), expectedVersion);
    if (status)
        d->notify(StoreChange{StoreChange::Codebook});
    return status;
}

Status Project::setCodeMemo(qint64 codeId, const QString &memo, qint64 expectedVersion)
{
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("memo"), memo, ProjectTr::tr("saving a code memo"),
                                   expectedVersion);
    if (status)
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::moveCode(qint64 codeId, qint64 newParentId, int position)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const auto existing = code(codeId);
    if (!existing)
        return Error{ProjectTr::tr("There is no code with id %1.").arg(codeId)};
    if (newParentId != 0 && !code(newParentId))
        return Error{ProjectTr::tr("There is no code with id %1.").arg(newParentId)};
    if (newParentId != 0 && isInSubtree(*d, newParentId, codeId))
        return Error{ProjectTr::tr("\"%1\" cannot be moved into itself or one of its subcodes.").arg(existing->name)};
    if (newParentId != existing->parentId) {
        Statement taken(d->db, QStringLiteral("SELECT 1 FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                        {newParentId, existing->name});
        if (taken.next())
            return Error{ProjectTr::tr("There is already a code \"%1\" at that level.").arg(existing->name)};
    }
    const QString what = ProjectTr::tr("moving code \"%1\"").arg(existing->name);
    return d->write(what, [&]() -> Status {
        {
            Statement update(d->db, QStringLiteral("UPDATE codes SET parent_id = ? WHERE id = ?"),
                             {parentValue(newParentId), codeId});
            if (!update.ok())
                return d->failure(what, update);
        }
        if (auto status = renumberSiblings(*d, newParentId, codeId, position); !status)
            return status;
        if (newParentId != existing->parentId) {
            if (auto status = renumberSiblings(*d, existing->parentId, 0, -1); !status)
                return status;
        }
        d->notify(StoreChange{StoreChange::Codebook});
        return success();
    });
}

Result<MergeReport> Project::mergeCodes(qint64 sourceId, qint64 targetId)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const auto source = code(sourceId);
    const auto target = code(targetId);
    if (!source)
        return Error{ProjectTr::tr("There is no code with id %1.").arg(sourceId)};
    if (!target)
        return Error{ProjectTr::tr("There is no code with id %1.").arg(targetId)};
    if (sourceId == targetId)
        return Error{ProjectTr::tr("A code cannot be merged into itself.")};
    if (isInSubtree(*d, targetId, sourceId))
        return Error{
            ProjectTr::tr("\"%1\" cannot be merged into its own subcode \"%2\".").arg(source->name, target->name)};

    const QString what = ProjectTr::tr("merging \"%1\" into \"%2\"").arg(source->name, target->name);
    return d->write(what, [&]() -> Result<MergeReport> {
        MergeReport report;
        if (auto status = mergeInto(*d, sourceId, targetId, report); !status)
            return Error{status.error()};
        if (auto status = renumberSiblings(*d, source->parentId, 0, -1); !status)
            return Error{status.error()};
        d->notify(StoreChange{StoreChange::Codebook});
        d->notify(StoreChange{StoreChange::Codings});
        return report;
    });
}

Result<qint64> Project::deleteCode(qint64 codeId)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const auto existing = code(codeId);
    if (!existing)
        return Error{ProjectTr::tr("There is no code with id %1.").arg(codeId)};
    const QString what = ProjectTr::tr("deleting code \"%1\"").arg(existing->name);
    return d->write(what, [&]() -> Result<qint64> {
        const qint64 codings = codingCount(codeId, true);
        {
            // Subcodes and codings go with it through ON DELETE CASCADE.
            Statement remove(d->db, QStringLiteral("DELETE FROM codes WHERE id = ?"), {codeId});
            if (!remove.ok())
                return d->failure(what, remove);
        }
        if (auto status = renumberSiblings(*d, existing->parentId, 0, -1); !status)
            return Error{status.error()};
        d->notify(StoreChange{StoreChange::Codebook});
        d->notify(StoreChange{StoreChange::Codings});
        return codings;
    });
}

CodebookSnapshot Project::snapshotCodes(const QList<qint64> &codeIds) const
{
    CodebookSnapshot snapshot;
    QSet<qint64> affected;
    QSet<qint64> parents;
    for (qint64 codeId : codeIds) {
        Statement rows(d->db, subtreeCte + QStringLiteral("SELECT id FROM subtree"), {codeId});
        while (rows.next())
            affected.insert(rows.int64(0));
        if (auto code = this->code(codeId))
            parents.insert(code->parentId);
    }
    QSet<qint64> withSiblings = affected;
    for (qint64 parentId : std::as_const(parents)) {
        Statement rows(d->db, QStringLiteral("SELECT id FROM codes WHERE COALESCE(parent_id, 0) = ?"), {parentId});
        while (rows.next())
            withSiblings.insert(rows.int64(0));
    }
    // Parents before children, as codes() orders them, so that a restore can insert in this order.
    for (const Code &code : codes()) {
        if (withSiblings.contains(code.id))
            snapshot.codes.append(code);
    }
    for (qint64 codeId : std::as_const(affected)) {
        CodingFilter filter;
        filter.codeId = codeId;
        snapshot.codings += codings(filter);
    }
    for (const Code &code : std::as_const(snapshot.codes)) {
        Statement sets(d->db, QStringLiteral("SELECT set_id FROM code_set_members WHERE code_id = ?"), {code.id});
        while (sets.next())
            snapshot.codeSetMembers.append({sets.int64(0), code.id});
    }
    return snapshot;
}

Status Project::restoreSnapshot(const CodebookSnapshot &snapshot)
{
    const QString what = ProjectTr::tr("restoring codes");
    return d->write(what, [&]() -> Status {
        for (const Coder &coder : snapshot.coders) {
            Statement insert(d->db,
                             QStringLiteral("INSERT INTO coders (id, guid, name, created) VALUES (?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO NOTHING"),
                             {coder.id, coder.guid, coder.name, timestamp(coder.created)});
            if (!insert.ok())
                return d->failure(what, insert);
        }
        // Names first out of the way: a restored code may take back a name that a sibling holds only
        // because of the change being undone (e.g. after a rename and merge). Temporary names are unique.
        for (const Code &code : snapshot.codes) {
            Statement park(d->db, QStringLiteral("UPDATE codes SET name = guid || '.restoring' WHERE id = ?"),
                           {code.id});
            if (!park.ok())
                return d->failure(what, park);
        }
        for (const Code &code : snapshot.codes) {
            Statement upsert(d->db,
                             QStringLiteral("INSERT INTO codes (id, guid, parent_id, name, color, description, memo, "
                                            "position, created, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, "
                                            "name = excluded.name, color = excluded.color, "
                                            "description = excluded.description, memo = excluded.memo, "
                                            "position = excluded.position, codable = excluded.codable"),
                             {code.id, code.guid, parentValue(code.parentId), code.name, code.color, code.description,
                              code.memo, code.position, timestamp(code.created), code.codable ? 1 : 0});
            if (!upsert.ok())
                return d->failure(what, upsert);
        }
        for (const Coding &coding : snapshot.codings) {
            Statement upsert(d->db,
                             QStringLiteral("INSERT INTO codings (id, guid, document_id, code_id, coder_id, start_pos, "
                                            "end_pos, memo, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO UPDATE SET code_id = excluded.code_id, "
                                            "start_pos = excluded.start_pos, end_pos = excluded.end_pos, "
                                            "memo = excluded.memo"),
                             {coding.id, coding.guid, coding.documentId, coding.codeId, coding.coderId, coding.start,
                              coding.end, coding.memo, timestamp(coding.created)});
            if (!upsert.ok())
                return d->failure(what, upsert);
        }
        // The snapshot's codes are in exactly the sets they were in (a merge put its target in the
        // source's sets).
        for (const Code &code : snapshot.codes) {
            Statement clear(d->db, QStringLiteral("DELETE FROM code_set_members WHERE code_id = ?"), {code.id});
            if (!clear.ok())
                return d->failure(what, clear);
        }
        for (const auto &[setId, codeId] : snapshot.codeSetMembers) {
            Statement member(d->db,
                             QStringLiteral("INSERT INTO code_set_members (set_id, code_id)"
                                            " SELECT id, CAST(? AS BIGINT) FROM code_sets WHERE id = ?"
                                            " ON CONFLICT DO NOTHING"),
                             {codeId, setId});
            if (!member.ok())
                return d->failure(what, member);
        }
        d->notify(StoreChange{StoreChange::Attributes});
        d->notify(StoreChange{StoreChange::Codebook});
        d->notify(StoreChange{StoreChange::Codings});
        return success();
    });
}

} // namespace Marginalia::Core
