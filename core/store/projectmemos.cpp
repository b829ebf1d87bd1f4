// Memos on the project, documents and codings (a code's memo is with the codebook).

#include "store/project_p.h"

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

Status updateMemo(Project::Private &d, const QString &sql, std::initializer_list<QVariant> values,
                  const QString &missing)
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

Status Project::setMemo(const MemoTarget &target, const QString &memo)
{
    switch (target.kind) {
    case MemoTarget::Kind::Project:
        return setProjectMemo(memo);
    case MemoTarget::Kind::Document:
        return setDocumentMemo(target.id, memo);
    case MemoTarget::Kind::Code:
        return setCodeMemo(target.id, memo);
    case MemoTarget::Kind::Coding:
        return setCodingMemo(target.id, memo);
    case MemoTarget::Kind::None:
        break;
    }
    return success();
}

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
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::setDocumentMemo(qint64 documentId, const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE documents SET memo = ? WHERE id = ?"), {memo, documentId},
                             tr("There is no document with id %1.").arg(documentId));
    if (status)
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::setCodingMemo(qint64 codingId, const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE codings SET memo = ? WHERE id = ?"), {memo, codingId},
                             tr("There is no coding with id %1.").arg(codingId));
    if (status)
        d->notify(StoreChange{StoreChange::Memos});
    return status;
}

Status Project::clearMemos()
{
    const QString what = tr("clearing the memos");
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
