// The coders of a project.

#include "store/project_p.h"

namespace Marginalia::Core {

using namespace ProjectStore;

QList<Coder> Project::coders() const
{
    QList<Coder> result;
    Statement rows(d->db, QStringLiteral("SELECT ") + coderColumns + QStringLiteral(" FROM coders ORDER BY name"));
    while (rows.next())
        result.append(coderFrom(rows));
    return result;
}

std::optional<Coder> Project::coderByName(const QString &name) const
{
    Statement row(d->db, QStringLiteral("SELECT ") + coderColumns + QStringLiteral(" FROM coders WHERE name = ?"),
                  {name});
    if (!row.next())
        return std::nullopt;
    return coderFrom(row);
}

Status Project::removeCoder(qint64 coderId)
{
    const QString what = ProjectTr::tr("removing a coder");
    return d->write(what, [&]() -> Status {
        {
            Statement used(d->db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM codings WHERE coder_id = ?)"),
                           {coderId});
            if (used.next() && used.int64(0) != 0)
                return Error{ProjectTr::tr("%1: the coder has codings and cannot be removed.").arg(d->path)};
        }
        Statement remove(d->db, QStringLiteral("DELETE FROM coders WHERE id = ?"), {coderId});
        if (!remove.ok())
            return d->failure(what, remove);
        if (remove.rowsAffected() == 0)
            return Error{ProjectTr::tr("There is no coder with id %1.").arg(coderId)};
        return success();
    });
}

Result<qint64> Project::removeCoderAndCodings(qint64 coderId)
{
    const QString what = ProjectTr::tr("removing a coder and their codings");
    return d->write(what, [&]() -> Result<qint64> {
        // Reviews name their coders; a review of a coder who is gone means nothing.
        Statement reviews(d->db,
                          QStringLiteral("DELETE FROM reviews WHERE first_coder_id = ? OR second_coder_id = ? OR "
                                         "consensus_coder_id = ?"),
                          {coderId, coderId, coderId});
        if (!reviews.ok())
            return d->failure(what, reviews);
        Statement codings(d->db, QStringLiteral("DELETE FROM codings WHERE coder_id = ?"), {coderId});
        if (!codings.ok())
            return d->failure(what, codings);
        const qint64 removed = codings.rowsAffected();
        Statement coder(d->db, QStringLiteral("DELETE FROM coders WHERE id = ?"), {coderId});
        if (!coder.ok())
            return d->failure(what, coder);
        if (coder.rowsAffected() == 0)
            return Error{ProjectTr::tr("There is no coder with id %1.").arg(coderId)};
        d->notify(StoreChange{StoreChange::Codings});
        return removed;
    });
}

Result<Coder> Project::ensureCoder(const QString &name, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ProjectTr::tr("A coder needs a name.")};
    if (auto existing = coderByName(trimmed))
        return *existing;
    const QString what = ProjectTr::tr("adding coder \"%1\"").arg(trimmed);
    return d->write(what, [&]() -> Result<Coder> {
        Coder coder{0, guid.isEmpty() ? newGuid() : guid, trimmed, QDateTime::currentDateTimeUtc()};
        // Another program on the same server may register the same coder meanwhile: then theirs is the one.
        Statement insert(d->db,
                         QStringLiteral("INSERT INTO coders (guid, name, created) VALUES (?, ?, ?)"
                                        " ON CONFLICT (name) DO NOTHING RETURNING id"),
                         {coder.guid, coder.name, timestamp(coder.created)});
        if (!insert.ok())
            return d->failure(what, insert);
        if (insert.next()) {
            coder.id = insert.int64(0);
            return coder;
        }
        if (auto existing = coderByName(trimmed))
            return *existing;
        return Error{ProjectTr::tr("Could not add the coder \"%1\".").arg(trimmed)};
    });
}

} // namespace Marginalia::Core
