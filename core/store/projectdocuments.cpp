// The documents of a project: their rows, texts and pages; import, rename, removal, and what undoing a
// removal or an import puts back.

#include "store/postgresstore_p.h"
#include "store/project_p.h"

#include "text/textoffsets.h"

namespace Marginalia::Core {

using namespace ProjectStore;

QList<Document> Project::documents() const
{
    QList<Document> result;
    Statement rows(d->db,
                   QStringLiteral("SELECT ") + documentColumns + QStringLiteral(" FROM documents d ORDER BY d.name"));
    while (rows.next())
        result.append(documentFrom(rows));
    return result;
}

QList<DocumentName> Project::documentNames() const
{
    QList<DocumentName> result;
    Statement rows(d->db, QStringLiteral("SELECT id, name FROM documents ORDER BY name, id"));
    while (rows.next())
        result.append({rows.int64(0), rows.string(1)});
    return result;
}

QHash<qint64, qint64> Project::documentLengths() const
{
    QHash<qint64, qint64> result;
    // documents_lengths covers this query: SQLite reads the index, not the rows and their texts.
    Statement rows(d->db, QStringLiteral("SELECT id, length FROM documents"));
    while (rows.next())
        result.insert(rows.int64(0), rows.int64(1));
    return result;
}

std::optional<Document> Project::document(qint64 id) const
{
    Statement row(
        d->db, QStringLiteral("SELECT ") + documentColumns + QStringLiteral(" FROM documents d WHERE d.id = ?"), {id});
    if (!row.next())
        return std::nullopt;
    return documentFrom(row);
}

std::optional<Document> Project::documentByName(const QString &name) const
{
    Statement row(d->db,
                  QStringLiteral("SELECT ") + documentColumns + QStringLiteral(" FROM documents d WHERE d.name = ?"),
                  {name});
    if (!row.next())
        return std::nullopt;
    return documentFrom(row);
}

std::optional<Document> Project::documentByFileSha256(const QString &fileSha256) const
{
    Statement row(d->db,
                  QStringLiteral("SELECT ") + documentColumns
                      + QStringLiteral(" FROM documents d WHERE d.file_sha256 = ? ORDER BY d.id LIMIT 1"),
                  {fileSha256.toLower()});
    if (!row.next())
        return std::nullopt;
    return documentFrom(row);
}

QList<qint64> Project::pageStarts(qint64 documentId) const
{
    QList<qint64> starts;
    Statement rows(d->db, QStringLiteral("SELECT start_pos FROM pages WHERE document_id = ? ORDER BY number"),
                   {documentId});
    while (rows.next())
        starts.append(rows.int64(0));
    return starts;
}

QList<Heading> Project::headings(qint64 documentId) const
{
    QList<Heading> result;
    Statement rows(d->db,
                   QStringLiteral("SELECT start_pos, end_pos, level FROM headings WHERE document_id = ?"
                                  " ORDER BY start_pos"),
                   {documentId});
    while (rows.next())
        result.append(Heading{rows.int64(0), rows.int64(1), int(rows.int64(2))});
    return result;
}

Result<QString> Project::documentText(qint64 documentId) const
{
    Statement row(d->db, QStringLiteral("SELECT text FROM documents WHERE id = ?"), {documentId});
    if (!row.next())
        return Error{ProjectTr::tr("%1: there is no document with id %2.").arg(d->path, QString::number(documentId))};
    return row.string(0);
}

Result<DocumentSnapshot> Project::snapshotDocument(qint64 documentId) const
{
    const auto stored = document(documentId);
    if (!stored)
        return Error{ProjectTr::tr("%1: there is no document with id %2.").arg(d->path, QString::number(documentId))};
    auto text = documentText(documentId);
    if (!text)
        return Error{text.error()};
    DocumentSnapshot snapshot;
    NewDocument &restore = snapshot.document;
    restore.id = stored->id;
    restore.guid = stored->guid;
    restore.name = stored->name;
    restore.originalFileName = stored->originalFileName;
    restore.format = stored->format;
    restore.encoding = stored->encoding;
    restore.text = std::move(*text);
    restore.fileSize = stored->fileSize;
    restore.fileSha256 = stored->fileSha256;
    restore.fileType = stored->fileType;
    restore.imported = stored->imported;
    restore.memo = stored->memo;
    restore.pageCount = stored->pageCount;
    restore.pageStarts = pageStarts(documentId);
    if (!restore.pageStarts.isEmpty())
        restore.pageStarts.removeFirst(); // page 1 begins at 0; NewDocument lists pages 2, 3...
    restore.headings = headings(documentId);
    CodingFilter filter;
    filter.documentId = documentId;
    snapshot.codings = codings(filter);
    Statement values(d->db, QStringLiteral("SELECT attribute_id, value FROM document_attributes WHERE document_id = ?"),
                     {documentId});
    while (values.next())
        snapshot.attributeValues.append({values.int64(0), values.string(1)});
    Statement sets(d->db, QStringLiteral("SELECT set_id FROM document_set_members WHERE document_id = ?"),
                   {documentId});
    while (sets.next())
        snapshot.setIds.append(sets.int64(0));
    Statement members(d->db,
                      QStringLiteral("SELECT case_id, start_pos, COALESCE(end_pos, 0) FROM case_members"
                                     " WHERE document_id = ?"),
                      {documentId});
    while (members.next())
        snapshot.caseMembers.append({members.int64(0), members.int64(1), members.int64(2)});
    return snapshot;
}

Status Project::restoreDocument(const DocumentSnapshot &snapshot)
{
    return transact(ProjectTr::tr("restoring \"%1\"").arg(snapshot.document.name), [&]() -> Status {
        auto added = addDocument(snapshot.document);
        if (!added)
            return Error{added.error()};
        const QString what = ProjectTr::tr("restoring \"%1\"").arg(snapshot.document.name);
        // Values and memberships as they were (the attribute or set may have gone since: then not).
        for (const auto &[attributeId, value] : snapshot.attributeValues) {
            Statement restore(
                d->db,
                QStringLiteral("INSERT INTO document_attributes (document_id, attribute_id, value)"
                               " SELECT CAST(? AS BIGINT), id, CAST(? AS TEXT) FROM attributes WHERE id = ?"),
                {added->id, value, attributeId});
            if (!restore.ok())
                return d->failure(what, restore);
        }
        for (qint64 setId : snapshot.setIds) {
            Statement restore(d->db,
                              QStringLiteral("INSERT INTO document_set_members (set_id, document_id)"
                                             " SELECT id, CAST(? AS BIGINT) FROM document_sets WHERE id = ?"),
                              {added->id, setId});
            if (!restore.ok())
                return d->failure(what, restore);
        }
        for (const auto &[caseId, start, end] : snapshot.caseMembers) {
            Statement restore(d->db,
                              QStringLiteral("INSERT INTO case_members (case_id, document_id, start_pos, end_pos)"
                                             " SELECT id, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)"
                                             " FROM cases WHERE id = ?"),
                              {added->id, start, end == 0 ? QVariant() : QVariant(end), caseId});
            if (!restore.ok())
                return d->failure(what, restore);
        }
        if (!snapshot.attributeValues.isEmpty() || !snapshot.setIds.isEmpty() || !snapshot.caseMembers.isEmpty())
            d->notify(StoreChange{StoreChange::Attributes});
        if (snapshot.codings.isEmpty())
            return success();
        CodebookSnapshot codings;
        codings.codings = snapshot.codings;
        return restoreSnapshot(codings);
    });
}

Result<Document> Project::addDocument(const NewDocument &newDocument)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const QString baseName = newDocument.name.trimmed();
    if (baseName.isEmpty())
        return Error{ProjectTr::tr("A document needs a name.")};
    const QString what = ProjectTr::tr("importing \"%1\"").arg(baseName);

    const auto id = d->write(what, [&]() -> Result<qint64> {
        QString name = baseName;
        for (int n = 2;; ++n) {
            Statement taken(d->db, QStringLiteral("SELECT 1 FROM documents WHERE name = ?"), {name});
            if (!taken.next())
                break;
            name = QStringLiteral("%1 (%2)").arg(baseName).arg(n);
        }

        const QString guid = newDocument.guid.isEmpty() ? newGuid() : newDocument.guid;
        const qint64 length = TextOffsets::codePointLength(newDocument.text);
        qint64 id = 0;
        {
            // A new document's id is given by the database (an explicit NULL is not "give one" on a server).
            QVariantList values{
                guid,
                name,
                newDocument.originalFileName,
                newDocument.format,
                newDocument.encoding,
                timestamp(newDocument.imported.isValid() ? newDocument.imported : QDateTime::currentDateTimeUtc()),
                newDocument.text,
                length,
                sha256Hex(newDocument.text),
                newDocument.fileSize,
                newDocument.fileSha256.toLower(),
                newDocument.fileType,
                newDocument.memo};
            QString columns
                = QStringLiteral("guid, name, original_file_name, format, encoding, imported, text, length, "
                                 "text_sha256, file_size, file_sha256, file_type, memo");
            QString placeholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
            if (newDocument.id > 0) {
                values.prepend(newDocument.id);
                columns.prepend(QStringLiteral("id, "));
                placeholders.prepend(QStringLiteral("?, "));
            }
            Statement insert(
                d->db, QStringLiteral("INSERT INTO documents (%1) VALUES (%2) RETURNING id").arg(columns, placeholders),
                values);
            if (!insert.ok())
                return d->failure(what, insert);
            id = insert.next() ? insert.int64(0) : 0;
            if (d->db.isServer()) {
                if (auto indexed = PostgresStore::indexDocument(*d, id, newDocument.text); !indexed)
                    return d->failure(what, indexed.error(), 0);
            }
            // Row ids can be reused after a delete: the cache must not keep the old document's length.
            d->documentLengths.insert(id, length);
        }
        if (newDocument.pageCount > 0 && newDocument.pageStarts.size() != newDocument.pageCount - 1) {
            return Error{ProjectTr::tr("%1: a document of %2 pages needs %3 page boundaries, not %4.")
                             .arg(baseName)
                             .arg(newDocument.pageCount)
                             .arg(newDocument.pageCount - 1)
                             .arg(newDocument.pageStarts.size())};
        }
        if (newDocument.pageCount > 0 || !newDocument.pageStarts.isEmpty()) {
            qint64 previous = 0;
            QList<qint64> starts{0};
            for (qint64 start : newDocument.pageStarts) {
                if (start < previous || start > length)
                    return Error{
                        ProjectTr::tr("%1: page boundaries must be ascending offsets inside the text.").arg(baseName)};
                previous = start;
                starts.append(start);
            }
            for (qsizetype page = 0; page < starts.size(); ++page) {
                Statement insert(d->db,
                                 QStringLiteral("INSERT INTO pages (document_id, number, start_pos) VALUES (?, ?, ?)"),
                                 {id, int(page + 1), starts.at(page)});
                if (!insert.ok())
                    return d->failure(what, insert);
            }
        }
        qint64 headingsEnd = 0;
        for (const Heading &heading : newDocument.headings) {
            if (heading.start < headingsEnd || heading.end <= heading.start || heading.end > length || heading.level < 1
                || heading.level > 9)
                return Error{ProjectTr::tr("%1: headings must be ranges inside the text, in order and not "
                                           "overlapping, of levels 1 to 9.")
                                 .arg(baseName)};
            headingsEnd = heading.end;
            Statement insert(
                d->db,
                QStringLiteral("INSERT INTO headings (document_id, start_pos, end_pos, level) VALUES (?, ?, ?, ?)"),
                {id, heading.start, heading.end, heading.level});
            if (!insert.ok())
                return d->failure(what, insert);
        }
        d->notify(StoreChange{StoreChange::Documents});
        return id;
    });
    if (!id)
        return Error{id.error()};
    return *document(*id);
}

Status Project::renameDocument(qint64 documentId, const QString &name)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("A document needs a name.")};
    const QString what = ProjectTr::tr("renaming a document to \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Status {
        {
            Statement taken(d->db, QStringLiteral("SELECT 1 FROM documents WHERE name = ? AND id <> ?"),
                            {trimmed, documentId});
            if (taken.next())
                return Error{ProjectTr::tr("There is already a document named \"%1\".").arg(trimmed)};
        }
        Statement update(d->db, QStringLiteral("UPDATE documents SET name = ?, version = version + 1 WHERE id = ?"),
                         {trimmed, documentId});
        if (!update.ok())
            return d->failure(what, update);
        if (update.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no document with id %1.").arg(documentId)};
        d->notify(StoreChange{StoreChange::Documents});
        return success();
    });
}

Status Project::removeDocument(qint64 documentId)
{
    const QString what = ProjectTr::tr("removing a document");
    return d->write(what, [&]() -> Status {
        d->documentLengths.remove(documentId);
        Statement remove(d->db, QStringLiteral("DELETE FROM documents WHERE id = ?"), {documentId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() != 1)
            return Error{ProjectTr::tr("There is no document with id %1.").arg(documentId)};
        d->notify(StoreChange{StoreChange::Documents});
        d->notify(StoreChange{StoreChange::Codings, documentId});
        return success();
    });
}

} // namespace Marginalia::Core
