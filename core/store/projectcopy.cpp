// Copying a whole project into a new one, row by row through the portable SQL both backends speak: a
// file onto a server (push) and a server project into a file (pull). Ids and GUIDs are kept, so that a
// pulled copy and its server project name the same documents, codes and codings alike.

#include "store/postgresstore_p.h"
#include "store/project_p.h"
#include "store/serverlocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace Marginalia::Core {

using namespace ProjectStore;

namespace {

struct TableCopy
{
    const char *table;
    const char *columns;
    /// Orders the rows so that every row's references are inserted before it.
    const char *order;
    bool hasIdentity;
};

// In the order of their references. Codes come by depth, parents first, from a recursive query.
constexpr TableCopy tables[] = {
    {"coders", "id, guid, name, created", "id", true},
    {"documents",
     "id, guid, name, original_file_name, format, encoding, imported, text, length, text_sha256, file_size, "
     "file_sha256, memo, file_type",
     "id", true},
    {"pages", "document_id, number, start_pos", "document_id, number", false},
    {"headings", "document_id, start_pos, end_pos, level", "document_id, start_pos", false},
    {"codes", "id, guid, parent_id, name, color, description, position, created, memo, codable", nullptr, true},
    {"codings", "id, guid, document_id, code_id, coder_id, start_pos, end_pos, memo, created", "id", true},
    {"reviews", "id, guid, code_id, include_subcodes, first_coder_id, second_coder_id, consensus_coder_id, created",
     "id", true},
    {"review_decisions", "review_id, document_id, start_pos, end_pos, decision, adjusted_start, adjusted_end, decided",
     "review_id, document_id, start_pos, end_pos", false},
    {"attributes", "id, guid, applies_to, name, type, allowed_values, position", "id", true},
    {"document_attributes", "document_id, attribute_id, value", "document_id, attribute_id", false},
    {"cases", "id, guid, name, memo, created", "id", true},
    {"case_attributes", "case_id, attribute_id, value", "case_id, attribute_id", false},
    {"case_members", "id, case_id, document_id, start_pos, end_pos", "id", true},
    {"document_sets", "id, guid, name, condition, memo", "id", true},
    {"document_set_members", "set_id, document_id", "set_id, document_id", false},
    {"code_sets", "id, guid, name, memo", "id", true},
    {"code_set_members", "set_id, code_id", "set_id, code_id", false},
};

QString selectFor(const TableCopy &table)
{
    const QString columns = QLatin1String(table.columns);
    if (table.order)
        return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(columns, QLatin1String(table.table), QLatin1String(table.order));
    QStringList qualified;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        qualified.append(QStringLiteral("codes.") + column);
    return QStringLiteral(
               "WITH RECURSIVE tree(id, depth) AS (SELECT id, 0 FROM codes WHERE parent_id IS NULL"
               " UNION ALL SELECT codes.id, tree.depth + 1 FROM codes JOIN tree ON codes.parent_id = tree.id)"
               " SELECT %1 FROM codes JOIN tree ON tree.id = codes.id ORDER BY tree.depth, codes.id")
        .arg(qualified.join(QStringLiteral(", ")));
}

} // namespace

Status Project::copyInto(Project &target) const
{
    const QString what = ProjectTr::tr("copying %1 into %2").arg(d->path, target.d->path);
    {
        Statement used(target.d->db,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM codes)"
                                      " + (SELECT COUNT(*) FROM coders)"));
        if (!used.next() || used.int64(0) != 0)
            return Error{
                ProjectTr::tr("%1: is not empty; a project is copied only into a new one.").arg(target.d->path)};
    }
    Project::Private &t = *target.d;
    return t.write(what, [&]() -> Status {
        {
            Statement source(d->db, QStringLiteral("SELECT guid, name, created, memo, creating_user FROM project"));
            if (!source.next())
                return Error{ProjectTr::tr("%1: its project record is missing.").arg(d->path)};
            Statement update(t.db,
                             QStringLiteral("UPDATE project SET guid = ?, name = ?, created = ?, memo = ?,"
                                            " creating_user = ? WHERE id = 1"),
                             {source.value(0), source.value(1), source.value(2), source.value(3), source.value(4)});
            if (!update.ok())
                return t.failure(what, update);
        }
        for (const TableCopy &table : tables) {
            const QString name = QLatin1String(table.table);
            const int columnCount = int(QLatin1String(table.columns).count(u',')) + 1;
            QStringList placeholders;
            for (int i = 0; i < columnCount; ++i)
                placeholders.append(QStringLiteral("?"));
            const QString insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(name, QLatin1String(table.columns), placeholders.join(u','));
            Statement rows(d->db, selectFor(table));
            QVariantList values;
            while (rows.next()) {
                values.clear();
                for (int i = 0; i < columnCount; ++i)
                    values.append(rows.value(i));
                Statement insert(t.db, insertSql, values);
                if (!insert.ok())
                    return t.failure(ProjectTr::tr("%1 (%2)").arg(what, name), insert);
                if (name == QLatin1String("documents") && t.db.isServer()) {
                    if (auto indexed
                        = PostgresStore::indexDocument(t, values.at(0).toLongLong(), values.at(7).toString());
                        !indexed)
                        return t.failure(what, indexed.error(), 0);
                }
            }
            if (!rows.ok())
                return d->failure(ProjectTr::tr("%1 (%2)").arg(what, name), rows);
            // Ids given explicitly leave a server's counters behind: the next new row would collide.
            if (table.hasIdentity && t.db.isServer()) {
                Statement advance(t.db,
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                                 " COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                      .arg(name));
                if (!advance.ok())
                    return t.failure(what, advance);
            }
        }
        t.documentLengths.clear();
        t.notify(StoreChange{StoreChange::Documents});
        t.notify(StoreChange{StoreChange::Codebook});
        t.notify(StoreChange{StoreChange::Codings});
        t.notify(StoreChange{StoreChange::Memos});
        t.notify(StoreChange{StoreChange::Attributes});
        return success();
    });
}

Status Project::initializeServer(const QString &location)
{
    // A database, not a project: a URL without ?project= is what this takes (a project named is ignored).
    QString withProject = location;
    if (location.contains(QLatin1String("://")) && !location.contains(QLatin1String("project="))) {
        QUrl url(location);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("project"), QStringLiteral("-"));
        url.setQuery(query);
        withProject = url.toString();
    }
    auto parsed = ServerLocation::parse(withProject);
    if (!parsed)
        return Error{parsed.error()};
    return PostgresStore::initializeServer(*parsed);
}

Status Project::removeFromServer(const QString &location)
{
    if (!ServerLocation::isServerLocation(location))
        return Error{
            ProjectTr::tr("%1: is not a server project; a project file is removed as any file is.").arg(location)};
    auto parsed = ServerLocation::parse(location);
    if (!parsed)
        return Error{parsed.error()};
    return PostgresStore::remove(*parsed);
}

Status Project::setMemberRole(const QString &login, const QString &role)
{
    if (!d->db.isServer())
        return Error{ProjectTr::tr("%1: a project file has no members; put it on a server first (marginalia-cli push).")
                         .arg(d->path)};
    return PostgresStore::grantRole(*d, login, role);
}

Result<QList<ProjectMember>> Project::members() const
{
    if (!d->db.isServer())
        return Error{ProjectTr::tr("%1: a project file has no members; put it on a server first (marginalia-cli push).")
                         .arg(d->path)};
    return PostgresStore::members(*d);
}

Status Project::removeMember(const QString &login)
{
    if (!d->db.isServer())
        return Error{ProjectTr::tr("%1: a project file has no members; put it on a server first (marginalia-cli push).")
                         .arg(d->path)};
    return PostgresStore::revokeRoles(*d, login);
}

QString Project::serverCoderName() const
{
    if (!d->db.isServer())
        return {};
    return PostgresStore::ownCoderName(*d);
}

} // namespace Marginalia::Core
