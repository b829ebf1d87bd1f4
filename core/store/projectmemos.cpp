// Memos on the project, documents and codings (a code's memo is with the codebook).

#include "store/project_p.h"

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

Status updateMemo(Project::Private &d, const QString &sql, std::initializer_list<QVariant> values, const QString &missing)
{
    const QString what = tr("saving a memo");
    return d.write(what, [&]() -> Status {
        Statement update(d.db, sql, values);
        if (!update.ok())
            return d.failure(what, update);
        if (update.rowsAffected() != 1)
            return Error{missing};
        return success();
    });
}

} // namespace

QString Project::projectMemo() const
{
    Statement row(d->db, QStringLiteral("SELECT memo FROM project WHERE id = 1"));
    return row.next() ? row.string(0) : QString();
}

Status Project::setProjectMemo(const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE project SET memo = ? WHERE id = 1"), {memo},
                             tr("The project record is missing."));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

Status Project::setDocumentMemo(qint64 documentId, const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE documents SET memo = ? WHERE id = ?"), {memo, documentId},
                             tr("There is no document with id %1.").arg(documentId));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

Status Project::setCodingMemo(qint64 codingId, const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE codings SET memo = ? WHERE id = ?"), {memo, codingId},
                             tr("There is no coding with id %1.").arg(codingId));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

} // namespace Marginalia::Core
