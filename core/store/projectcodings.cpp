// The codings of a project: adding (one, or a batch in one transaction), reading, counting, changing and
// removing them, and the bulk reads the analyses make over all of them.

#include "store/project_p.h"

#include "store/documenttextreader.h"

#include <QSet>

#include <sqlite3.h>

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

/// Codes and coders a batch of codings has already found, so that a batch of 100,000 codings under a
/// dozen codes looks each up once, not once a coding.
struct KnownReferences
{
    QSet<qint64> codes;
    QSet<qint64> coders;
};

/// Checks a coding against its document, code and coder inside the caller's transaction.
Status validateCoding(Project::Private &d, const NewCoding &coding, KnownReferences *known = nullptr)
{
    if (coding.start < 0 || coding.end <= coding.start) {
        return Error{ProjectTr::tr("The range %1:%2 is empty or reversed; a coding needs start < end.")
                         .arg(coding.start)
                         .arg(coding.end)};
    }
    {
        auto cached = d.documentLengths.constFind(coding.documentId);
        if (cached == d.documentLengths.constEnd()) {
            Statement document(d.db, QStringLiteral("SELECT length FROM documents WHERE id = ?"), {coding.documentId});
            if (!document.next())
                return Error{ProjectTr::tr("There is no document with id %1.").arg(coding.documentId)};
            cached = d.documentLengths.insert(coding.documentId, document.int64(0));
        }
        const qint64 length = *cached;
        if (coding.end > length) {
            Statement name(d.db, QStringLiteral("SELECT name FROM documents WHERE id = ?"), {coding.documentId});
            return Error{ProjectTr::tr("The range %1:%2 lies outside \"%3\", which has %4 characters.")
                             .arg(QString::number(coding.start), QString::number(coding.end),
                                  name.next() ? name.string(0) : QString::number(coding.documentId),
                                  QString::number(length))};
        }
    }
    if (!known || !known->codes.contains(coding.codeId)) {
        Statement code(d.db, QStringLiteral("SELECT 1 FROM codes WHERE id = ?"), {coding.codeId});
        if (!code.next())
            return Error{ProjectTr::tr("There is no code with id %1.").arg(coding.codeId)};
        if (known)
            known->codes.insert(coding.codeId);
    }
    if (!known || !known->coders.contains(coding.coderId)) {
        Statement coder(d.db, QStringLiteral("SELECT 1 FROM coders WHERE id = ?"), {coding.coderId});
        if (!coder.next())
            return Error{ProjectTr::tr("There is no coder with id %1.").arg(coding.coderId)};
        if (known)
            known->coders.insert(coding.coderId);
    }
    return success();
}

/// Inserts a validated coding; returns it, or nothing when an identical coding exists.
Result<std::optional<Coding>> insertCoding(Project::Private &d, const NewCoding &coding)
{
    const QString guid = coding.guid.isEmpty() ? newGuid() : coding.guid;
    const QString created = timestamp(coding.created.isValid() ? coding.created : QDateTime::currentDateTimeUtc());
    Statement insert(
        d.db,
        QStringLiteral("INSERT INTO codings (guid, document_id, code_id, coder_id, start_pos, end_pos, "
                       "memo, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (document_id, start_pos, end_pos, code_id, coder_id) DO NOTHING RETURNING id"),
        {guid, coding.documentId, coding.codeId, coding.coderId, coding.start, coding.end, coding.memo, created});
    if (!insert.ok())
        return d.failure(ProjectTr::tr("adding a coding"), insert);
    if (!insert.next())
        return std::optional<Coding>();
    return std::optional<Coding>(Coding{insert.int64(0), guid, coding.documentId, coding.codeId, coding.coderId,
                                        coding.start, coding.end, coding.memo, parseTimestamp(created)});
}

} // namespace

Result<std::optional<Coding>> Project::addCoding(const NewCoding &newCoding)
{
    const QString what = ProjectTr::tr("adding a coding");
    return d->write(what, [&]() -> Result<std::optional<Coding>> {
        if (auto valid = validateCoding(*d, newCoding); !valid)
            return Error{valid.error()};
        auto added = insertCoding(*d, newCoding);
        if (added && added->has_value())
            d->notify(StoreChange{StoreChange::Codings, newCoding.documentId});
        return added;
    });
}

Result<qint64> Project::addCodings(const QList<NewCoding> &codings)
{
    auto added = addCodingsAs(QString(), codings);
    if (!added)
        return Error{added.error()};
    return qint64(added->codings.size());
}

Result<AddedCodings> Project::addCodingsAs(const QString &coderName, const QList<NewCoding> &codings)
{
    const QString what = ProjectTr::tr("adding codings");
    return d->write(what, [&]() -> Result<AddedCodings> {
        AddedCodings added;
        std::optional<qint64> coderId;
        if (!coderName.isEmpty()) {
            const bool isNew = !coderByName(coderName.trimmed());
            auto coder = ensureCoder(coderName);
            if (!coder)
                return Error{coder.error()};
            coderId = coder->id;
            if (isNew)
                added.newCoder = *coder;
        }
        QSet<qint64> documents;
        // Valid for this call only: inside its transaction nothing else can delete a code or coder.
        KnownReferences known;
        for (NewCoding coding : codings) {
            if (coderId)
                coding.coderId = *coderId;
            if (auto valid = validateCoding(*d, coding, &known); !valid)
                return Error{valid.error()};
            auto inserted = insertCoding(*d, coding);
            if (!inserted)
                return Error{inserted.error()};
            if (inserted->has_value()) {
                added.codings.append(**inserted);
                documents.insert(coding.documentId);
            }
        }
        if (added.newCoder && added.codings.isEmpty()) {
            // Nothing was coded after all: no coder either.
            if (auto removed = removeCoder(added.newCoder->id); !removed)
                return Error{removed.error()};
            added.newCoder.reset();
        }
        for (qint64 documentId : std::as_const(documents))
            d->notify(StoreChange{StoreChange::Codings, documentId});
        return added;
    });
}

std::optional<Coding> Project::coding(qint64 id) const
{
    Statement row(d->db, QStringLiteral("SELECT ") + codingColumns + QStringLiteral(" FROM codings c WHERE c.id = ?"),
                  {id});
    if (!row.next())
        return std::nullopt;
    return codingFrom(row);
}

std::optional<Coding> Project::codingByGuid(const QString &guid) const
{
    // Stored in lower case (docs/schema.md); asked for as written, which other tools do in upper case.
    Statement row(d->db,
                  QStringLiteral("SELECT ") + codingColumns + QStringLiteral(" FROM codings c WHERE c.guid IN (?, ?)"),
                  {guid.trimmed().toLower(), guid.trimmed()});
    if (!row.next())
        return std::nullopt;
    return codingFrom(row);
}

QList<CodingSpan> Project::codingSpans(qint64 documentId) const
{
    QList<CodingSpan> spans;
    Statement rows(d->db,
                   QStringLiteral("SELECT id, code_id, coder_id, start_pos, end_pos FROM codings WHERE document_id = ? "
                                  "ORDER BY start_pos, end_pos"),
                   {documentId});
    while (rows.next())
        spans.append({rows.int64(0), rows.int64(1), rows.int64(2), rows.int64(3), rows.int64(4)});
    return spans;
}

QList<Coding> Project::codings(const CodingFilter &filter) const
{
    QList<Coding> result;
    const Status read
        = forEachCoding(filter, CodingOrder::ByDocument, CodingDetail::Full, [&result](const CodingRow &row) {
              result.append(Coding{row.id, QString::fromUtf8(row.guid), row.documentId, row.codeId, row.coderId,
                                   row.start, row.end, QString::fromUtf8(row.memo),
                                   parseTimestamp(QString::fromUtf8(row.created))});
              return true;
          });
    Q_UNUSED(read); // an unreadable file lists what could be read, as every other listing does
    return result;
}

Status Project::forEachCoding(const CodingFilter &filter, CodingOrder order, CodingDetail detail,
                              const std::function<bool(const CodingRow &)> &visit) const
{
    // Only the filters in use go into the statement, so that SQLite can use an index for them (a term
    // like "?1 = 0 OR code_id = ?1" would make it scan). The orders follow the two indexes:
    // (document, start, end, code, coder) is the table's unique key; (code, document, start, end, coder)
    // covers the spans, so a read of spans in that order never touches the table.
    QString sql;
    QVariantList values;
    if (filter.codeId != 0 && filter.includeSubcodes) {
        sql = subtreeCte;
        values.append(filter.codeId);
    }
    sql += detail == CodingDetail::Full
        ? QStringLiteral(
            "SELECT id, document_id, code_id, coder_id, start_pos, end_pos, guid, memo, created FROM codings")
        : QStringLiteral("SELECT id, document_id, code_id, coder_id, start_pos, end_pos FROM codings");
    QStringList terms;
    if (filter.codeId != 0) {
        if (filter.includeSubcodes) {
            terms.append(QStringLiteral("code_id IN (SELECT id FROM subtree)"));
        } else {
            terms.append(QStringLiteral("code_id = ?"));
            values.append(filter.codeId);
        }
    }
    if (filter.documentId != 0) {
        terms.append(QStringLiteral("document_id = ?"));
        values.append(filter.documentId);
    }
    if (filter.coderId != 0) {
        terms.append(QStringLiteral("coder_id = ?"));
        values.append(filter.coderId);
    }
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
    sql += order == CodingOrder::ByDocument
        ? QStringLiteral(" ORDER BY document_id, start_pos, end_pos, code_id, coder_id")
        : QStringLiteral(" ORDER BY code_id, document_id, start_pos, end_pos, coder_id");
    Statement rows(d->db, sql, values);
    CodingRow row;
    const QSet<qint64> *documents = filter.documentIds ? &*filter.documentIds : nullptr;
    while (rows.next()) {
        row.documentId = rows.int64(1);
        if (documents && !documents->contains(row.documentId))
            continue;
        row.id = rows.int64(0);
        row.codeId = rows.int64(2);
        row.coderId = rows.int64(3);
        row.start = rows.int64(4);
        row.end = rows.int64(5);
        if (detail == CodingDetail::Full) {
            row.guid = rows.text(6);
            row.memo = rows.text(7);
            row.created = rows.text(8);
        }
        if (!visit(row))
            return success();
    }
    if (!rows.ok())
        return Error{ProjectTr::tr("%1: reading the codings failed: %2").arg(d->path, rows.error())};
    return success();
}

Status Project::removeCoding(qint64 codingId)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const auto existing = coding(codingId);
    if (!existing)
        return Error{ProjectTr::tr("There is no coding with id %1.").arg(codingId)};
    const QString what = ProjectTr::tr("removing a coding");
    return d->write(what, [&]() -> Status {
        Statement remove(d->db, QStringLiteral("DELETE FROM codings WHERE id = ?"), {codingId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() == 0)
            return d->codingNotChanged(*existing);
        d->notify(StoreChange{StoreChange::Codings, existing->documentId});
        return success();
    });
}

Status Project::setCodingRange(qint64 codingId, qint64 start, qint64 end)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const auto existing = coding(codingId);
    if (!existing)
        return Error{ProjectTr::tr("There is no coding with id %1.").arg(codingId)};
    NewCoding changed{existing->documentId, existing->codeId, existing->coderId, start, end, {}, {}, {}};
    const QString what = ProjectTr::tr("changing a coding's range");
    return d->write(what, [&]() -> Status {
        if (auto valid = validateCoding(*d, changed); !valid)
            return valid;
        Statement update(
            d->db, QStringLiteral("UPDATE codings SET start_pos = ?, end_pos = ?, version = version + 1 WHERE id = ?"),
            {start, end, codingId});
        if (!update.ok()) {
            if (update.extendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
                return Error{ProjectTr::tr("The same code already covers %1:%2 for this coder.").arg(start).arg(end)};
            return d->failure(what, update);
        }
        if (update.rowsAffected() == 0)
            return d->codingNotChanged(*existing);
        d->notify(StoreChange{StoreChange::Codings, existing->documentId});
        return success();
    });
}

QHash<qint64, qint64> Project::codingCounts(qint64 coderId) const
{
    QHash<qint64, qint64> counts;
    Statement rows(d->db,
                   QStringLiteral("SELECT code_id, COUNT(*) FROM codings WHERE ? = 0 OR coder_id = ? GROUP BY code_id"),
                   {coderId, coderId});
    while (rows.next())
        counts.insert(rows.int64(0), rows.int64(1));
    return counts;
}

QHash<qint64, qint64> Project::documentCodingCounts(qint64 coderId) const
{
    QHash<qint64, qint64> counts;
    Statement rows(d->db,
                   QStringLiteral("SELECT document_id, COUNT(*) FROM codings WHERE ? = 0 OR coder_id = ? "
                                  "GROUP BY document_id"),
                   {coderId, coderId});
    while (rows.next())
        counts.insert(rows.int64(0), rows.int64(1));
    return counts;
}

qint64 Project::codingCount(qint64 codeId, bool includeSubcodes) const
{
    if (includeSubcodes) {
        Statement row(d->db,
                      subtreeCte
                          + QStringLiteral("SELECT COUNT(*) FROM codings WHERE code_id IN (SELECT id FROM subtree)"),
                      {codeId});
        return row.next() ? row.int64(0) : 0;
    }
    Statement row(d->db, QStringLiteral("SELECT COUNT(*) FROM codings WHERE code_id = ?"), {codeId});
    return row.next() ? row.int64(0) : 0;
}

// --- Documents' texts, for the bulk readers ------------------------------------------------------------

struct DocumentTextReader::Private
{
    explicit Private(StoreConnection &db)
        : db(db)
    {
    }
    StoreConnection &db;
    /// Kept stepped on the current document's row, so its text stays valid without a copy.
    std::unique_ptr<Statement> text;
    qint64 documentId = -1;
};

DocumentTextReader::DocumentTextReader(const Project &project)
    : d(std::make_unique<Private>(project.d->db))
{
}

DocumentTextReader::~DocumentTextReader() = default;

std::optional<DocumentTextReader::Text> DocumentTextReader::text(qint64 documentId)
{
    d->text.reset(); // one row held at a time
    d->text = std::make_unique<Statement>(d->db, QStringLiteral("SELECT text, length FROM documents WHERE id = ?"),
                                          std::initializer_list<QVariant>{documentId});
    d->documentId = documentId;
    if (!d->text->next())
        return std::nullopt;
    return Text{d->text->text(0), d->text->int64(1)};
}

std::vector<qint64> DocumentTextReader::pageStarts(qint64 documentId)
{
    std::vector<qint64> starts;
    Statement rows(d->db, QStringLiteral("SELECT start_pos FROM pages WHERE document_id = ? ORDER BY number"),
                   {documentId});
    while (rows.next())
        starts.push_back(rows.int64(0));
    return starts;
}

} // namespace Marginalia::Core
