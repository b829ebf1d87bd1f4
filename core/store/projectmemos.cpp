// Memos on the project, documents and codings (a code's memo is with the codebook).

#include "store/project_p.h"

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

/// Saves the memo of row @p id of @p table and counts the row's version up; with @p expectedVersion (not 0),
/// only if the row is still at that version. @p what names the row in a message.
Status updateMemo(Project::Private &d, const char *table, qint64 id, const QString &memo, qint64 expectedVersion,
                  const QString &missing, const QString &named)
{
    const QString what = ProjectTr::tr("saving a memo");
    return d.write(what, [&]() -> Status {
        Statement update(d.db,
                         QStringLiteral("UPDATE %1 SET memo = ?, version = version + 1"
                                        " WHERE id = ? AND (CAST(? AS BIGINT) = 0 OR version = ?)")
                             .arg(QLatin1String(table)),
                         {memo, id, expectedVersion, expectedVersion});
        if (!update.ok())
            return d.failure(what, update);
        if (update.rowsAffected() != 1) {
            Statement exists(d.db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
            if (exists.next())
                return d.changedMeanwhile(ProjectTr::tr("The memo of %1").arg(named));
            return Error{missing};
        }
        return success();
    });
}

} // namespace

QString Project::memo(const MemoTarget &target) const
{
    switch (target.kind) {
    case MemoTarget::Kind::Project:
        return projectMemo();
    case MemoTarget::Kind::Document:
        if (const auto document = this->document(target.id))
            return document->memo;
        break;
    case MemoTarget::Kind::Code:
        if (const auto code = this->code(target.id))
            return code->memo;
        break;
    case MemoTarget::Kind::Coding:
        if (const auto coding = this->coding(target.id))
            return coding->memo;
        break;
    case MemoTarget::Kind::None:
        break;
    }
    return QString();
}

Status Project::setMemo(const MemoTarget &target, const QString &memo, qint64 expectedVersion)
{
    switch (target.kind) {
    case MemoTarget::Kind::Project:
        return setProjectMemo(memo, expectedVersion);
    case MemoTarget::Kind::Document:
        return setDocumentMemo(target.id, memo, expectedVersion);
    case MemoTarget::Kind::Code:
        return setCodeMemo(target.id, memo, expectedVersion);
    case MemoTarget::Kind::Coding:
        return setCodingMemo(target.id, memo, expectedVersion);
    case MemoTarget::Kind::None:
        break;
    }
    return success();
}

qint64 Project::version(const MemoTarget &target) const
{
    static constexpr const char *tables[] = {nullptr, "project", "documents", "codes", "codings"};
    const int kind = int(target.kind);
    if (kind <= 0 || kind >= int(std::size(tables)))
        return 0;
    Statement row(d->db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(QLatin1String(tables[kind])),
                  {target.kind == MemoTarget::Kind::Project ? qint64(1) : target.id});
    return row.next() ? row.int64(0) : 0;
}

QString Project::projectMemo() const
{
    Statement row(d->db, QStringLiteral("SELECT memo FROM project WHERE id = 1"));
    return row.next() ? row.string(0) : QString();
}

Status Project::setProjectMemo(const QString &memo, qint64 expectedVersion)
{
    auto status = updateMemo(*d, "project", 1, memo, expectedVersion, ProjectTr::tr("The project record is missing."),
                             ProjectTr::tr("the project"));
    if (status)
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::setDocumentMemo(qint64 documentId, const QString &memo, qint64 expectedVersion)
{
    const auto stored = document(documentId);
    auto status = updateMemo(*d, "documents", documentId, memo, expectedVersion,
                             ProjectTr::tr("There is no document with id %1.").arg(documentId),
                             ProjectTr::tr("\"%1\"").arg(stored ? stored->name : QString()));
    if (status)
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::setCodingMemo(qint64 codingId, const QString &memo, qint64 expectedVersion)
{
    auto status
        = updateMemo(*d, "codings", codingId, memo, expectedVersion,
                     ProjectTr::tr("There is no coding with id %1.").arg(codingId), ProjectTr::tr("the coding"));
    if (status)
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::clearMemos()
{
    const QString what = ProjectTr::tr("clearing the memos");
    return d->write(what, [&]() -> Status {
        for (const auto *sql :
             {"UPDATE project SET memo = ''", "UPDATE documents SET memo = '' WHERE memo <> ''",
              "UPDATE codes SET memo = '' WHERE memo <> ''", "UPDATE codings SET memo = '' WHERE memo <> ''"}) {
            Statement clear(d->db, QString::fromLatin1(sql));
            if (!clear.ok())
                return d->failure(what, clear);
        }
        d->notify(StoreChange{StoreChange::Memos});
        return success();
    });
}

} // namespace Marginalia::Core
