// A project on a PostgreSQL server: the catalog, a project's schema and roles, opening it, and telling
// the other programs on it what changed (docs/server.md).

#include "store/postgresstore_p.h"

#include "store/clientfulltext_p.h"
#include "store/serverlocation.h"

#include <QAtomicInt>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

#include <sqlite3.h>

namespace Marginalia::Core::PostgresStore {

using namespace ProjectStore;

namespace {

/// The catalog of projects on a database, made by initializeServer().
constexpr auto catalogSchema = "marginalia";
/// Identifies the catalog's layout: a later version of Marginalia that changes it will know.
constexpr int catalogVersion = 1;

/// The schema (and notification channel, and the roles' prefix) of the project with this GUID: ASCII, as
/// channel names are read as Latin-1, and short enough for PostgreSQL's 63-byte names with a suffix.
QString schemaFor(const QString &guid)
{
    QString hex = guid;
    hex.remove(u'-');
    return QStringLiteral("mrg_") + hex.left(16).toLower();
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Result<std::unique_ptr<PostgresConnection>> connect(const ServerLocation &location, bool *passwordNeeded = nullptr)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("marginalia-server-%1").arg(counter.fetchAndAddRelaxed(1));
    auto connection = std::make_unique<PostgresConnection>();
    Status opened = success();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database.isValid()) {
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{
                ProjectTr::tr("%1: this installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL, "
                              "Debian's libqt6sql6-psql) is not installed.")
                    .arg(location.displayText())};
        }
        location.applyTo(database);
        opened = connection->open(std::move(database));
    }
    if (!opened) {
        // Closed (and its name removed) only now that no handle of it is left in this function.
        connection->close();
        {
            if (isPasswordFailure(opened.error())) {
                if (passwordNeeded)
                    *passwordNeeded = true;
                return Error{
                    ProjectTr::tr("%1: the server wants a password for %2: %3 Put it in ~/.pgpass (or the file "
                                  "PGPASSFILE names, or a service file), or type it when Marginalia asks.")
                        .arg(location.displayText(),
                             location.user().isEmpty() ? ProjectTr::tr("this user") : location.user(), opened.error())};
            }
            return Error{
                ProjectTr::tr("%1: could not connect to the server: %2").arg(location.displayText(), opened.error())};
        }
    }
    // No NOTICEs or WARNINGs on stderr ("schema already exists, skipping", "role is not a member"): what
    // goes wrong comes back as errors.
    connection->exec(QStringLiteral("SET client_min_messages TO error"));
    return connection;
}

/// Runs @p statements in order; the first failure, with what was being done.
Status execAll(PostgresConnection &db, const QStringList &statements, const QString &what)
{
    for (const QString &sql : statements) {
        if (!db.exec(sql))
            return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    }
    return success();
}

/// Reads one text value; a null QString when there is no row (or it failed: then the connection's error).
QString scalar(PostgresConnection &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.database());
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        db.fail(query.lastError());
        return QString();
    }
    return query.next() ? query.value(0).toString() : QString();
}

/// Format 9's table of headings (projectschema.cpp): in a new project's schema, and added to one of format 8.
QString headingsTable()
{
    return QStringLiteral(
        "CREATE TABLE headings (document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        " start_pos BIGINT NOT NULL CHECK (start_pos >= 0),"
        " end_pos BIGINT NOT NULL CHECK (end_pos > start_pos),"
        " level BIGINT NOT NULL CHECK (level BETWEEN 1 AND 9),"
        " PRIMARY KEY (document_id, start_pos))");
}

/// The project schema in PostgreSQL's dialect: the same tables, columns and constraints as the file's
/// schema version 9 (projectschema.cpp), with what only the server needs. Every text column compares bytes
/// (COLLATE "C"), as SQLite's BINARY does, so that names sort alike on both; the names SQLite compares
/// with NOCASE are unique by ascii_lower(), which folds exactly what NOCASE folds.
QStringList schemaStatements()
{
    const QString text = QStringLiteral("TEXT COLLATE \"C\"");
    const QString id = QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    QStringList statements{
        QStringLiteral("CREATE FUNCTION ascii_lower(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE"
                       " AS $$ SELECT translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') $$"),
        QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL, application_id INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE project (id BIGINT PRIMARY KEY CHECK (id = 1), guid %1 NOT NULL,"
                       " name %1 NOT NULL, created %1 NOT NULL, memo %1 NOT NULL DEFAULT '',"
                       " creating_user %1 NOT NULL DEFAULT '', version BIGINT NOT NULL DEFAULT 1)")
            .arg(text),
        // db_role: the login that registered the coder, whose codings only that login may change.
        QStringLiteral("CREATE TABLE coders (%2, guid %1 NOT NULL UNIQUE, name %1 NOT NULL UNIQUE CHECK (name <> ''),"
                       " created %1 NOT NULL, db_role %1 NOT NULL DEFAULT current_user)")
            .arg(text, id),
        QStringLiteral(
            "CREATE TABLE documents (%2, guid %1 NOT NULL UNIQUE, name %1 NOT NULL UNIQUE CHECK (name <> ''),"
            " original_file_name %1 NOT NULL, format %1 NOT NULL, encoding %1 NOT NULL,"
            " imported %1 NOT NULL, text %1 NOT NULL, length BIGINT NOT NULL CHECK (length >= 0),"
            " text_sha256 %1 NOT NULL, file_size BIGINT NOT NULL, file_sha256 %1 NOT NULL,"
            " memo %1 NOT NULL DEFAULT '', file_type %1 NOT NULL DEFAULT 'text/plain',"
            " version BIGINT NOT NULL DEFAULT 1)")
            .arg(text, id),
        QStringLiteral(
            "CREATE TABLE codes (%2, guid %1 NOT NULL UNIQUE,"
            " parent_id BIGINT REFERENCES codes(id) ON DELETE CASCADE, name %1 NOT NULL CHECK (name <> ''),"
            " color %1 NOT NULL, description %1 NOT NULL DEFAULT '', position BIGINT NOT NULL DEFAULT 0,"
            " created %1 NOT NULL, memo %1 NOT NULL DEFAULT '',"
            " codable BIGINT NOT NULL DEFAULT 1 CHECK (codable IN (0, 1)), version BIGINT NOT NULL DEFAULT 1)")
            .arg(text, id),
        QStringLiteral("CREATE UNIQUE INDEX codes_sibling_names ON codes (COALESCE(parent_id, 0), name)"),
        QStringLiteral(
            "CREATE TABLE codings (%2, guid %1 NOT NULL UNIQUE,"
            " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
            " code_id BIGINT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
            " coder_id BIGINT NOT NULL REFERENCES coders(id),"
            " start_pos BIGINT NOT NULL CHECK (start_pos >= 0), end_pos BIGINT NOT NULL CHECK (end_pos > start_pos),"
            " memo %1 NOT NULL DEFAULT '', created %1 NOT NULL, version BIGINT NOT NULL DEFAULT 1,"
            " UNIQUE (document_id, start_pos, end_pos, code_id, coder_id))")
            .arg(text, id),
        QStringLiteral("CREATE INDEX codings_by_coder ON codings (coder_id)"),
        QStringLiteral("CREATE INDEX codings_by_code ON codings (code_id, document_id, start_pos, end_pos, coder_id)"),
        QStringLiteral("CREATE TABLE pages (document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " number BIGINT NOT NULL CHECK (number >= 1), start_pos BIGINT NOT NULL CHECK (start_pos >= 0),"
                       " PRIMARY KEY (document_id, number))"),
        headingsTable(),
        QStringLiteral("CREATE INDEX documents_by_file_sha256 ON documents (file_sha256)"),
        QStringLiteral("CREATE INDEX documents_lengths ON documents (id, length)"),
        QStringLiteral("CREATE TABLE reviews (%2, guid %1 NOT NULL UNIQUE,"
                       " code_id BIGINT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
                       " include_subcodes BIGINT NOT NULL DEFAULT 0 CHECK (include_subcodes IN (0, 1)),"
                       " first_coder_id BIGINT NOT NULL REFERENCES coders(id),"
                       " second_coder_id BIGINT NOT NULL REFERENCES coders(id),"
                       " consensus_coder_id BIGINT NOT NULL REFERENCES coders(id), created %1 NOT NULL,"
                       " UNIQUE (code_id, include_subcodes, first_coder_id, second_coder_id, consensus_coder_id))")
            .arg(text, id),
        QStringLiteral(
            "CREATE TABLE review_decisions (review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
            " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
            " start_pos BIGINT NOT NULL CHECK (start_pos >= 0), end_pos BIGINT NOT NULL CHECK (end_pos > start_pos),"
            " decision %1 NOT NULL CHECK (decision IN"
            " ('first', 'second', 'union', 'intersection', 'none', 'adjusted')),"
            " adjusted_start BIGINT NOT NULL DEFAULT 0, adjusted_end BIGINT NOT NULL DEFAULT 0,"
            " decided %1 NOT NULL, PRIMARY KEY (review_id, document_id, start_pos, end_pos))")
            .arg(text),
        QStringLiteral("CREATE TABLE attributes (%2, guid %1 NOT NULL UNIQUE,"
                       " applies_to %1 NOT NULL CHECK (applies_to IN ('document', 'case')),"
                       " name %1 NOT NULL CHECK (name <> ''),"
                       " type %1 NOT NULL CHECK (type IN ('text', 'number', 'date', 'yes/no', 'list')),"
                       " allowed_values %1 NOT NULL DEFAULT '', position BIGINT NOT NULL DEFAULT 0)")
            .arg(text, id),
        QStringLiteral("CREATE UNIQUE INDEX attributes_names ON attributes (applies_to, ascii_lower(name))"),
        QStringLiteral("CREATE TABLE document_attributes ("
                       " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " attribute_id BIGINT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,"
                       " value %1 NOT NULL CHECK (value <> ''), PRIMARY KEY (document_id, attribute_id))")
            .arg(text),
        QStringLiteral("CREATE INDEX document_attributes_by_attribute ON document_attributes (attribute_id, value)"),
        QStringLiteral("CREATE TABLE cases (%2, guid %1 NOT NULL UNIQUE, name %1 NOT NULL UNIQUE CHECK (name <> ''),"
                       " memo %1 NOT NULL DEFAULT '', created %1 NOT NULL)")
            .arg(text, id),
        QStringLiteral("CREATE TABLE case_attributes (case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " attribute_id BIGINT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,"
                       " value %1 NOT NULL CHECK (value <> ''), PRIMARY KEY (case_id, attribute_id))")
            .arg(text),
        QStringLiteral("CREATE TABLE case_members (%1, case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " start_pos BIGINT NOT NULL DEFAULT 0 CHECK (start_pos >= 0),"
                       " end_pos BIGINT CHECK (end_pos IS NULL OR end_pos > start_pos),"
                       " UNIQUE (case_id, document_id, start_pos, end_pos))")
            .arg(id),
        QStringLiteral("CREATE INDEX case_members_by_document ON case_members (document_id)"),
        QStringLiteral("CREATE TABLE document_sets (%2, guid %1 NOT NULL UNIQUE, name %1 NOT NULL CHECK (name <> ''),"
                       " condition %1 NOT NULL DEFAULT '', memo %1 NOT NULL DEFAULT '')")
            .arg(text, id),
        QStringLiteral("CREATE UNIQUE INDEX document_sets_names ON document_sets (ascii_lower(name))"),
        QStringLiteral("CREATE TABLE document_set_members ("
                       " set_id BIGINT NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,"
                       " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (set_id, document_id))"),
        QStringLiteral("CREATE INDEX document_set_members_by_document ON document_set_members (document_id)"),
        QStringLiteral("CREATE TABLE code_sets (%2, guid %1 NOT NULL UNIQUE, name %1 NOT NULL CHECK (name <> ''),"
                       " memo %1 NOT NULL DEFAULT '')")
            .arg(text, id),
        QStringLiteral("CREATE UNIQUE INDEX code_sets_names ON code_sets (ascii_lower(name))"),
        QStringLiteral(
            "CREATE TABLE code_set_members (set_id BIGINT NOT NULL REFERENCES code_sets(id) ON DELETE CASCADE,"
            " code_id BIGINT NOT NULL REFERENCES codes(id) ON DELETE CASCADE, PRIMARY KEY (set_id, code_id))"),
        QStringLiteral("CREATE INDEX code_set_members_by_code ON code_set_members (code_id)"),
        // Search (docs/server.md): the words the client's tokenizer (SQLite's) found in each document, NULL
        // when there are too many for a tsvector (then always a candidate), and the text case-folded for
        // substrings, both computed by the client so that the server's locale plays no part.
        QStringLiteral("CREATE TABLE document_search ("
                       " document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                       " terms tsvector, folded %1 NOT NULL)")
            .arg(text),
        QStringLiteral("CREATE INDEX document_search_terms ON document_search USING gin (terms)"),
    };
    return statements;
}

/// Who may do what, enforced by the database. A viewer reads. A coder also codes (their own codings only:
/// row-level security on codings, by the login that registered the coder), registers themself as a coder,
/// adds codes (in-vivo coding) and edits codes and memos. Everything else (importing, deleting or merging
/// codes, attributes, reviews) is the owner's, who owns the tables and so passes every policy.
QStringList roleStatements(const QString &schema)
{
    const QString s = quoted(schema);
    const QString viewer = quoted(schema + QStringLiteral("_viewer"));
    const QString coder = quoted(schema + QStringLiteral("_coder"));
    const QString own = QStringLiteral("coder_id IN (SELECT id FROM coders WHERE db_role = current_user)");
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, viewer),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, viewer),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, coder),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON codings TO %1").arg(coder),
        QStringLiteral("GRANT INSERT, DELETE ON coders TO %1").arg(coder),
        QStringLiteral("GRANT INSERT, UPDATE ON codes TO %1").arg(coder),
        QStringLiteral("GRANT UPDATE (memo) ON documents, project TO %1").arg(coder),
        QStringLiteral("ALTER TABLE codings ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY codings_read ON codings FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY codings_insert ON codings FOR INSERT TO %1 WITH CHECK (%2)").arg(coder, own),
        QStringLiteral("CREATE POLICY codings_update ON codings FOR UPDATE TO %1 USING (%2) WITH CHECK (%2)")
            .arg(coder, own),
        QStringLiteral("CREATE POLICY codings_delete ON codings FOR DELETE TO %1 USING (%2)").arg(coder, own),
        QStringLiteral("ALTER TABLE coders ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY coders_read ON coders FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY coders_self ON coders FOR INSERT TO %1 WITH CHECK (db_role = current_user)")
            .arg(coder),
        // Undoing one's first coding removes the coder it registered (the foreign key keeps a coder with
        // codings).
        QStringLiteral("CREATE POLICY coders_self_remove ON coders FOR DELETE TO %1 USING (db_role = current_user)")
            .arg(coder),
    };
}

Status requireCatalog(PostgresConnection &db, const ServerLocation &location)
{
    const QString catalog = scalar(db, QStringLiteral("SELECT CAST(to_regclass('marginalia.projects') AS TEXT)"));
    if (catalog.isEmpty()) {
        return Error{ProjectTr::tr("%1: this database holds no Marginalia projects yet. Prepare it once with "
                                   "\"marginalia-cli server-init %1\" (as a user who may create schemas and roles).")
                         .arg(location.displayText())};
    }
    return success();
}

QStringList projectNames(PostgresConnection &db)
{
    QSqlQuery query(db.database());
    QStringList names;
    if (query.exec(QStringLiteral("SELECT name FROM marginalia.projects ORDER BY name"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

} // namespace

Status initializeServer(const ServerLocation &location)
{
    auto connected = connect(location);
    if (!connected)
        return Error{connected.error()};
    PostgresConnection &db = **connected;
    const QString what
        = ProjectTr::tr("%1: preparing the database for Marginalia projects").arg(location.displayText());
    if (!db.begin())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    const Status made = execAll(
        db,
        {
            QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(QLatin1String(catalogSchema)),
            QStringLiteral("CREATE TABLE IF NOT EXISTS marginalia.projects ("
                           " name TEXT COLLATE \"C\" PRIMARY KEY CHECK (name <> ''),"
                           " schema_name TEXT COLLATE \"C\" NOT NULL UNIQUE,"
                           " guid TEXT COLLATE \"C\" NOT NULL UNIQUE,"
                           " created TEXT COLLATE \"C\" NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS marginalia.catalog_info (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO marginalia.catalog_info (version) SELECT %1"
                           " WHERE NOT EXISTS (SELECT 1 FROM marginalia.catalog_info)")
                .arg(catalogVersion),
            QStringLiteral("GRANT USAGE ON SCHEMA marginalia TO PUBLIC"),
            QStringLiteral("GRANT SELECT ON marginalia.projects, marginalia.catalog_info TO PUBLIC"),
            // Anyone who made a project's schema (and so may create schemas and roles here) lists it
            // in the catalog; nobody else writes the catalog.
            QStringLiteral("CREATE OR REPLACE FUNCTION marginalia.register_project(p_name TEXT, p_schema TEXT,"
                           " p_guid TEXT, p_created TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
                           " SET search_path = marginalia, pg_temp AS $$ BEGIN"
                           " IF NOT EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = p_schema"
                           " AND pg_has_role(session_user, n.nspowner, 'MEMBER')) THEN"
                           " RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'only the owner of"
                           " a project''s schema may list it in the catalog'; END IF;"
                           " INSERT INTO marginalia.projects (name, schema_name, guid, created)"
                           " VALUES (p_name, p_schema, p_guid, p_created); END $$"),
            QStringLiteral("CREATE OR REPLACE FUNCTION marginalia.unregister_project(p_name TEXT) RETURNS void"
                           " LANGUAGE plpgsql SECURITY DEFINER SET search_path = marginalia, pg_temp AS $$ BEGIN"
                           " IF NOT EXISTS (SELECT 1 FROM marginalia.projects p WHERE p.name = p_name"
                           " AND pg_has_role(session_user, p.schema_name || '_owner', 'MEMBER')) THEN"
                           " RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'only an owner of"
                           " the project may remove it'; END IF;"
                           " DELETE FROM marginalia.projects WHERE name = p_name; END $$"),
            QStringLiteral("REVOKE ALL ON FUNCTION marginalia.unregister_project(TEXT) FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION marginalia.unregister_project(TEXT) TO PUBLIC"),
            QStringLiteral("REVOKE ALL ON FUNCTION marginalia.register_project(TEXT, TEXT, TEXT, TEXT)"
                           " FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION marginalia.register_project(TEXT, TEXT, TEXT, TEXT)"
                           " TO PUBLIC"),
        },
        what);
    if (!made) {
        db.rollback();
        if (db.lastErrorCode() == SQLITE_PERM)
            return Error{
                ProjectTr::tr("%1 The user needs the right to create schemas in this database.").arg(made.error())};
        return made;
    }
    if (!db.commit())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    // pg_trgm lets substring searches use an index; a "trusted" extension since PostgreSQL 13, so whoever may
    // create in this database may add it. Without it (a server without contrib), substrings are found by
    // reading the candidates' folded text, which is slower but the same.
    db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA marginalia"));
    return success();
}

/// The schema where pg_trgm's operator classes are, or empty where it is not installed.
QString trigramSchema(PostgresConnection &db)
{
    return scalar(db,
                  QStringLiteral("SELECT CAST(n.nspname AS TEXT) FROM pg_extension e"
                                 " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"));
}

Result<std::unique_ptr<Project::Private>> create(const ServerLocation &location)
{
    auto connected = connect(location);
    if (!connected)
        return Error{connected.error()};
    PostgresConnection &db = **connected;
    if (auto catalog = requireCatalog(db, location); !catalog)
        return Error{catalog.error()};
    const QString name = location.projectName();
    if (!scalar(db, QStringLiteral("SELECT name FROM marginalia.projects WHERE name = ?"), {name}).isNull()) {
        return Error{ProjectTr::tr("%1: the server has a project named \"%2\" already; a new project needs a new name.")
                         .arg(location.displayText(), name)};
    }
    const QString guid = newGuid();
    const QString schema = schemaFor(guid);
    const QString owner = quoted(schema + QStringLiteral("_owner"));
    const QString coder = quoted(schema + QStringLiteral("_coder"));
    const QString viewer = quoted(schema + QStringLiteral("_viewer"));
    const QString what = ProjectTr::tr("%1: creating the project").arg(location.displayText());

    // One transaction: PostgreSQL's DDL and roles are transactional, so a project is made whole or not at
    // all. The tables belong to the owner role, so that every owner may change them and passes the policies.
    if (!db.begin())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    QStringList statements{
        QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(viewer),
        QStringLiteral("CREATE ROLE %1 NOLOGIN IN ROLE %2").arg(coder, viewer),
        QStringLiteral("CREATE ROLE %1 NOLOGIN IN ROLE %2").arg(owner, coder),
        QStringLiteral("GRANT %1 TO CURRENT_USER").arg(owner),
        QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(quoted(schema), owner),
        QStringLiteral("SET LOCAL ROLE %1").arg(owner),
        QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(schema)),
    };
    statements += schemaStatements();
    if (const QString trigrams = trigramSchema(db); !trigrams.isEmpty()) {
        statements.append(QStringLiteral("CREATE INDEX document_search_folded ON document_search"
                                         " USING gin (folded %1.gin_trgm_ops)")
                              .arg(quoted(trigrams)));
    }
    statements += roleStatements(schema);
    Status made = execAll(db, statements, what);
    if (made) {
        QSqlQuery insert(db.database());
        insert.prepare(QStringLiteral("INSERT INTO project (id, guid, name, created) VALUES (1, ?, ?, ?)"));
        insert.addBindValue(guid);
        insert.addBindValue(name);
        insert.addBindValue(timestamp());
        QSqlQuery info(db.database());
        info.prepare(QStringLiteral("INSERT INTO schema_info (version, application_id) VALUES (?, ?)"));
        info.addBindValue(Project::SchemaVersion);
        info.addBindValue(Project::ApplicationId);
        made = execAll(db, {QStringLiteral("RESET ROLE")}, what);
        QSqlQuery catalog(db.database());
        catalog.prepare(QStringLiteral("SELECT marginalia.register_project(?, ?, ?, ?)"));
        catalog.addBindValue(name);
        catalog.addBindValue(schema);
        catalog.addBindValue(guid);
        catalog.addBindValue(timestamp());
        for (QSqlQuery *query : {&insert, &info, &catalog}) {
            if (made && !query->exec()) {
                db.fail(query->lastError());
                made = Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
            }
        }
    }
    if (!made) {
        const int code = db.lastErrorCode();
        db.rollback();
        if (code == SQLITE_PERM) {
            return Error{
                ProjectTr::tr("%1 Creating a project needs a user who may create roles (CREATEROLE) and schemas "
                              "in this database.")
                    .arg(made.error())};
        }
        return Error{made.error()};
    }
    if (!db.commit())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    db.close();
    return open(location, Project::Access::ReadWrite);
}

Status remove(const ServerLocation &location)
{
    auto connected = connect(location);
    if (!connected)
        return Error{connected.error()};
    PostgresConnection &db = **connected;
    const QString where = location.displayText();
    if (auto catalog = requireCatalog(db, location); !catalog)
        return catalog;
    const QString name = location.projectName();
    const QString schema
        = scalar(db, QStringLiteral("SELECT schema_name FROM marginalia.projects WHERE name = ?"), {name});
    if (schema.isEmpty())
        return Error{
            ProjectTr::tr("%1: the server has no project named \"%2\"; nothing was removed.").arg(where, name)};
    const QString what = ProjectTr::tr("%1: removing the project").arg(where);
    if (!db.begin())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    // The catalog's function checks that the caller is an owner, before anything is dropped.
    QSqlQuery unregister(db.database());
    unregister.prepare(QStringLiteral("SELECT marginalia.unregister_project(?)"));
    unregister.addBindValue(name);
    Status removed = success();
    if (!unregister.exec()) {
        db.fail(unregister.lastError());
        removed = Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    }
    unregister.finish();
    if (removed) {
        removed
            = execAll(db,
                      {QStringLiteral("DROP SCHEMA %1 CASCADE").arg(quoted(schema)),
                       QStringLiteral("DROP ROLE %1, %2, %3")
                           .arg(quoted(schema + QStringLiteral("_owner")), quoted(schema + QStringLiteral("_coder")),
                                quoted(schema + QStringLiteral("_viewer")))},
                      what);
    }
    if (!removed) {
        db.rollback();
        return removed;
    }
    if (!db.commit())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    return success();
}

namespace {

/// Brings a project's schema from format 8 to this build's, in one transaction, as its owner role (which
/// owns the tables); a second owner opening it at the same time waits, then finds it done.
Status upgrade(PostgresConnection &db, const QString &schema, const QString &where)
{
    const QString what = ProjectTr::tr("%1: %2").arg(where, ProjectTr::tr("upgrading the project format"));
    if (!db.begin())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    Status upgraded = execAll(db,
                              {QStringLiteral("SET LOCAL ROLE %1").arg(quoted(schema + QStringLiteral("_owner"))),
                               QStringLiteral("LOCK TABLE schema_info IN EXCLUSIVE MODE")},
                              what);
    bool read = false;
    const int version = upgraded ? scalar(db, QStringLiteral("SELECT version FROM schema_info")).toInt(&read) : 0;
    if (upgraded && !read)
        upgraded = Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    // Format 9: the headings of Word and OpenDocument documents, which every member reads.
    if (upgraded && version < 9) {
        upgraded
            = execAll(db,
                      {headingsTable(),
                       QStringLiteral("GRANT SELECT ON headings TO %1").arg(quoted(schema + QStringLiteral("_viewer"))),
                       QStringLiteral("UPDATE schema_info SET version = 9")},
                      what);
    }
    if (upgraded)
        upgraded = execAll(db, {QStringLiteral("RESET ROLE")}, what);
    if (!upgraded) {
        db.rollback();
        return upgraded;
    }
    if (!db.commit())
        return Error{ProjectTr::tr("%1: %2").arg(what, db.lastError())};
    return success();
}

} // namespace

bool isPasswordFailure(const QString &message)
{
    // libpq's words (fe-auth.c, auth.c); translated only where its own translations are installed and the
    // locale asks for them, which Marginalia's programs do not set.
    return message.contains(QLatin1String("no password supplied"))
        || message.contains(QLatin1String("password authentication failed"));
}

Result<std::unique_ptr<Project::Private>> open(const ServerLocation &location, Project::Access access,
                                               bool *passwordNeeded)
{
    if (passwordNeeded)
        *passwordNeeded = false;
    auto connected = connect(location, passwordNeeded);
    if (!connected)
        return Error{connected.error()};
    PostgresConnection &db = **connected;
    const QString where = location.displayText();
    if (auto catalog = requireCatalog(db, location); !catalog)
        return Error{catalog.error()};
    const QString name = location.projectName();
    const QString schema
        = scalar(db, QStringLiteral("SELECT schema_name FROM marginalia.projects WHERE name = ?"), {name});
    if (schema.isEmpty()) {
        const QStringList names = projectNames(db);
        if (names.isEmpty())
            return Error{
                ProjectTr::tr("%1: the server has no project named \"%2\" (it has none yet).").arg(where, name)};
        return Error{ProjectTr::tr("%1: the server has no project named \"%2\". Its projects: %3.")
                         .arg(where, name, names.join(QStringLiteral(", ")))};
    }
    const QString role = scalar(db,
                                QStringLiteral("SELECT CASE WHEN pg_has_role(current_user, ?, 'MEMBER') THEN 'owner'"
                                               " WHEN pg_has_role(current_user, ?, 'MEMBER') THEN 'coder'"
                                               " WHEN pg_has_role(current_user, ?, 'MEMBER') THEN 'viewer'"
                                               " ELSE '' END"),
                                {QString(schema + QStringLiteral("_owner")), QString(schema + QStringLiteral("_coder")),
                                 QString(schema + QStringLiteral("_viewer"))});
    if (role.isEmpty()) {
        const QString user = scalar(db, QStringLiteral("SELECT CAST(current_user AS TEXT)"));
        return Error{ProjectTr::tr("%1: you (login \"%2\") have no role on project \"%3\". Ask its owner to add you: "
                                   "marginalia-cli member-add URL %2 coder.")
                         .arg(where, user, name)};
    }
    if (!db.exec(QStringLiteral("SET search_path TO %1").arg(quoted(schema))))
        return Error{ProjectTr::tr("%1: %2").arg(where, db.lastError())};
    bool versionRead = false;
    const int version = scalar(db, QStringLiteral("SELECT version FROM schema_info")).toInt(&versionRead);
    if (!versionRead)
        return Error{ProjectTr::tr("%1: project \"%2\" is damaged: its format version is missing.").arg(where, name)};
    if (version > Project::SchemaVersion) {
        return Error{
            ProjectTr::tr("%1: project \"%2\" was saved by a newer version of Marginalia (project format %3; this "
                          "version reads formats up to %4). Update Marginalia to open it; nothing was changed.")
                .arg(where, name, QString::number(version), QString::number(Project::SchemaVersion))};
    }
    if (version < 8) {
        return Error{
            ProjectTr::tr("%1: project \"%2\" is in an older format (%3) that this version cannot upgrade on a "
                          "server yet.")
                .arg(where, name, QString::number(version))};
    }
    if (version < Project::SchemaVersion) {
        if (role != QLatin1String("owner") || access != Project::Access::ReadWrite) {
            return Error{ProjectTr::tr("%1: project \"%2\" is in an older format (%3); one of its owners must open "
                                       "it once with this version of Marginalia, which upgrades it.")
                             .arg(where, name, QString::number(version))};
        }
        if (auto upgraded = upgrade(db, schema, where); !upgraded)
            return Error{upgraded.error()};
    }

    auto d = std::make_unique<Project::Private>();
    d->path = where;
    d->serverSchema = schema;
    d->serverRole = role;
    d->serverLogin = scalar(db, QStringLiteral("SELECT CAST(current_user AS TEXT)"));
    // A viewer's window opens read-only, so that it offers nothing the server would refuse; the server
    // refuses it anyway (the grants and policies above).
    d->readOnly = access == Project::Access::ReadOnly || role == QLatin1String("viewer");
    if (d->readOnly)
        db.exec(QStringLiteral("SET default_transaction_read_only TO on"));
    // A new session after a lost connection needs the same settings.
    PostgresConnection *session = &db;
    db.setUpSession([session, schema, readOnly = d->readOnly] {
        session->exec(QStringLiteral("SET client_min_messages TO error"));
        session->exec(QStringLiteral("SET search_path TO %1").arg(quoted(schema)));
        if (readOnly)
            session->exec(QStringLiteral("SET default_transaction_read_only TO on"));
    });
    d->db.usePostgres(std::move(*connected));
    return d;
}

void listen(Project::Private &d)
{
    PostgresConnection *db = d.db.postgres();
    if (!db)
        return;
    QSqlDriver *driver = db->database().driver();
    if (!driver->subscribeToNotification(d.serverSchema))
        return;
    Project::Private *self = &d;
    // After a lost connection: listening again, and every view reloaded once, since what others announced
    // while it was gone is not sent again.
    db->setUpSession([db, self, schema = d.serverSchema] {
        db->exec(QStringLiteral("SET client_min_messages TO error"));
        db->exec(QStringLiteral("SET search_path TO %1").arg(quoted(schema)));
        if (self->readOnly)
            db->exec(QStringLiteral("SET default_transaction_read_only TO on"));
        db->database().driver()->subscribeToNotification(schema);
        QTimer::singleShot(0, self->q, [self] {
            for (auto kind : {StoreChange::Documents, StoreChange::Codebook, StoreChange::Codings, StoreChange::Memos,
                              StoreChange::Attributes})
                self->emitChange({kind, 0});
        });
    });
    // A connection that an idle window holds can drop unnoticed (QPSQL finds out only when a statement
    // fails): a statement now and then finds out, and reconnects.
    auto *keepAlive = new QTimer(d.q);
    keepAlive->setInterval(30000);
    QObject::connect(keepAlive, &QTimer::timeout, d.q, [self] {
        if (self->transactionDepth == 0)
            Statement ping(self->db, QStringLiteral("SELECT 1"));
    });
    keepAlive->start();
    QObject::connect(driver, &QSqlDriver::notification, d.q,
                     [self](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         // Our own writes emitted their signals when they committed.
                         if (source == QSqlDriver::SelfSource || channel != self->serverSchema)
                             return;
                         const QStringList parts = payload.toString().split(u' ', Qt::SkipEmptyParts);
                         for (const QString &part : parts) {
                             if (part == QLatin1String("d"))
                                 self->remoteChanges.push_back({StoreChange::Documents, 0});
                             else if (part == QLatin1String("b"))
                                 self->remoteChanges.push_back({StoreChange::Codebook, 0});
                             else if (part == QLatin1String("m"))
                                 self->remoteChanges.push_back({StoreChange::Memos, 0});
                             else if (part == QLatin1String("a"))
                                 self->remoteChanges.push_back({StoreChange::Attributes, 0});
                             else if (part.startsWith(QLatin1String("c:"))) {
                                 const auto ids = QStringView(part).mid(2).split(u',');
                                 for (QStringView id : ids)
                                     self->remoteChanges.push_back({StoreChange::Codings, id.toLongLong()});
                             }
                         }
                         if (self->remoteFlushScheduled)
                             return;
                         self->remoteFlushScheduled = true;
                         // A burst (a colleague's import, a merge) reloads the views once.
                         QTimer::singleShot(100, self->q, [self] {
                             self->remoteFlushScheduled = false;
                             auto changes = std::move(self->remoteChanges);
                             self->remoteChanges.clear();
                             QSet<QPair<int, qint64>> seen;
                             for (const StoreChange &change : changes) {
                                 if (!seen.contains({change.kind, change.documentId})) {
                                     seen.insert({change.kind, change.documentId});
                                     self->emitChange(change);
                                 }
                             }
                         });
                     });
}

void announce(Project::Private &d, const std::vector<StoreChange> &changes)
{
    PostgresConnection *db = d.db.postgres();
    if (!db)
        return;
    QSet<int> kinds;
    QList<qint64> documents;
    bool anyDocument = false;
    for (const StoreChange &change : changes) {
        kinds.insert(change.kind);
        if (change.kind == StoreChange::Codings) {
            if (change.documentId == 0)
                anyDocument = true;
            else if (!documents.contains(change.documentId))
                documents.append(change.documentId);
        }
    }
    QStringList parts;
    if (kinds.contains(StoreChange::Documents))
        parts.append(QStringLiteral("d"));
    if (kinds.contains(StoreChange::Codebook))
        parts.append(QStringLiteral("b"));
    if (kinds.contains(StoreChange::Memos))
        parts.append(QStringLiteral("m"));
    if (kinds.contains(StoreChange::Attributes))
        parts.append(QStringLiteral("a"));
    if (kinds.contains(StoreChange::Codings)) {
        QStringList ids;
        for (qint64 id : std::as_const(documents))
            ids.append(QString::number(id));
        // A payload must stay under 8000 bytes: many documents become "any".
        if (anyDocument || ids.join(u',').size() > 7000)
            ids = QStringList{QStringLiteral("0")};
        parts.append(QStringLiteral("c:") + ids.join(u','));
    }
    // Its own transaction, after the write's: losing it (a crash right now) costs the others a refresh,
    // never data.
    Statement notify(d.db, QStringLiteral("SELECT pg_notify(?, ?)"), {d.serverSchema, parts.join(u' ')});
    Q_UNUSED(notify)
}

Status indexDocument(Project::Private &d, qint64 documentId, const QString &text)
{
    auto terms = ClientFullText::wordTerms(text);
    if (!terms)
        return Error{terms.error()};
    const QString literal = ClientFullText::tsvectorLiteral(*terms);
    Statement insert(d.db,
                     QStringLiteral("INSERT INTO document_search (document_id, terms, folded)"
                                    " VALUES (?, CAST(? AS tsvector), ?)"),
                     {documentId, literal.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(literal),
                      ClientFullText::substringFold(text)});
    if (!insert.ok())
        return Error{insert.error()};
    return success();
}

Result<QList<qint64>> documentsMatchingWords(Project::Private &d, const QString &fts5Query)
{
    auto tsquery = ClientFullText::tsquerySuperset(fts5Query);
    if (!tsquery)
        return Error{tsquery.error()};
    QList<qint64> candidates;
    {
        Statement rows(d.db,
                       tsquery->isNull() ? QStringLiteral("SELECT document_id FROM document_search")
                                         : QStringLiteral("SELECT document_id FROM document_search"
                                                          " WHERE terms IS NULL OR terms @@ CAST(? AS tsquery)"),
                       tsquery->isNull() ? QVariantList() : QVariantList{*tsquery});
        while (rows.next())
            candidates.append(rows.int64(0));
        if (!rows.ok())
            return Error{rows.error()};
    }
    if (!tsquery->isNull() && ClientFullText::isExactAtDocumentLevel(fts5Query))
        return candidates;
    // Phrases and NEAR: the server knows the words, not their order; the client's tokenizer decides.
    QList<qint64> matching;
    for (qint64 documentId : std::as_const(candidates)) {
        auto text = d.q->documentText(documentId);
        if (!text)
            return Error{text.error()};
        auto hits = ClientFullText::wordHitsInText(*text, fts5Query);
        if (!hits)
            return Error{hits.error()};
        if (!hits->isEmpty())
            matching.append(documentId);
    }
    return matching;
}

Result<QList<qint64>> documentsContaining(Project::Private &d, const QString &substring)
{
    Statement rows(d.db, QStringLiteral("SELECT document_id FROM document_search WHERE folded LIKE ? ESCAPE '\\'"),
                   {ClientFullText::likeContaining(ClientFullText::substringFold(substring))});
    QList<qint64> found;
    while (rows.next())
        found.append(rows.int64(0));
    if (!rows.ok())
        return Error{rows.error()};
    return found;
}

QString roleOf(Project::Private &d)
{
    return d.serverRole;
}

Status grantRole(Project::Private &d, const QString &login, const QString &role)
{
    static const QStringList roles{QStringLiteral("owner"), QStringLiteral("coder"), QStringLiteral("viewer")};
    if (!roles.contains(role))
        return Error{ProjectTr::tr("\"%1\" is not a role: a member is an owner, a coder or a viewer.").arg(role)};
    if (d.serverRole != QLatin1String("owner"))
        return Error{
            ProjectTr::tr("%1: only the project's owners may add members (your role: %2).").arg(d.path, d.serverRole)};
    PostgresConnection *db = d.db.postgres();
    const QString what = ProjectTr::tr("%1: giving %2 the role %3").arg(d.path, login, role);
    QStringList statements;
    // One role at a time: a member made a viewer is no longer a coder.
    for (const QString &other : roles) {
        if (other != role)
            statements.append(
                QStringLiteral("REVOKE %1 FROM %2").arg(quoted(d.serverSchema + u'_' + other), quoted(login)));
    }
    statements.append(QStringLiteral("GRANT %1 TO %2").arg(quoted(d.serverSchema + u'_' + role), quoted(login)));
    if (!db->begin())
        return Error{ProjectTr::tr("%1: %2").arg(what, db->lastError())};
    if (auto done = execAll(*db, statements, what); !done) {
        db->rollback();
        return done;
    }
    if (!db->commit())
        return Error{ProjectTr::tr("%1: %2").arg(what, db->lastError())};
    return success();
}

Result<QList<ProjectMember>> members(Project::Private &d)
{
    const QString owner = d.serverSchema + QStringLiteral("_owner");
    const QString coder = d.serverSchema + QStringLiteral("_coder");
    const QString viewer = d.serverSchema + QStringLiteral("_viewer");
    // The catalog of roles is readable by every login, so a viewer lists the members too. A member is
    // whoever was granted one of the project's roles, other than those roles themselves (a coder role is a
    // member of the viewer role, an owner role of the coder role); its role is the highest it holds, since a
    // creator granted the owner role may also hold the others (PostgreSQL 16 grants a role's creator
    // membership in it).
    Statement rows(d.db,
                   QStringLiteral("SELECT CAST(m.rolname AS TEXT),"
                                  " CASE WHEN pg_has_role(m.oid, ?, 'MEMBER') THEN 'owner'"
                                  " WHEN pg_has_role(m.oid, ?, 'MEMBER') THEN 'coder' ELSE 'viewer' END"
                                  " FROM pg_roles m WHERE m.rolname NOT IN (?, ?, ?) AND m.oid IN"
                                  " (SELECT a.member FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
                                  " WHERE g.rolname IN (?, ?, ?))"),
                   {owner, coder, owner, coder, viewer, owner, coder, viewer});
    QList<ProjectMember> found;
    while (rows.next())
        found.append(ProjectMember{rows.string(0), rows.string(1)});
    if (!rows.ok())
        return Error{ProjectTr::tr("%1: reading the project's members: %2").arg(d.path, rows.error())};
    static const QStringList rank{QStringLiteral("owner"), QStringLiteral("coder"), QStringLiteral("viewer")};
    std::sort(found.begin(), found.end(), [](const ProjectMember &a, const ProjectMember &b) {
        const qsizetype aRank = rank.indexOf(a.role);
        const qsizetype bRank = rank.indexOf(b.role);
        return aRank != bRank ? aRank < bRank : a.login < b.login;
    });
    return found;
}

Status revokeRoles(Project::Private &d, const QString &login)
{
    if (d.serverRole != QLatin1String("owner"))
        return Error{ProjectTr::tr("%1: only the project's owners may remove members (your role: %2).")
                         .arg(d.path, d.serverRole)};
    PostgresConnection *db = d.db.postgres();
    const QString what = ProjectTr::tr("%1: removing %2 from the project").arg(d.path, login);
    if (!db->begin())
        return Error{ProjectTr::tr("%1: %2").arg(what, db->lastError())};
    // Two owners removing each other at once: one waits for the other, then counts the owners left.
    if (!db->exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('%1'))").arg(d.serverSchema))) {
        const QString error = db->lastError();
        db->rollback();
        return Error{ProjectTr::tr("%1: %2").arg(what, error)};
    }
    auto current = members(d);
    if (!current) {
        db->rollback();
        return Error{current.error()};
    }
    const auto member = std::find_if(current->cbegin(), current->cend(),
                                     [&](const ProjectMember &candidate) { return candidate.login == login; });
    if (member == current->cend()) {
        db->rollback();
        return Error{ProjectTr::tr("%1: %2 has no role on this project (\"marginalia-cli members\" lists its members).")
                         .arg(d.path, login)};
    }
    const auto owners = std::count_if(current->cbegin(), current->cend(), [](const ProjectMember &candidate) {
        return candidate.role == QLatin1String("owner");
    });
    if (member->role == QLatin1String("owner") && owners == 1) {
        db->rollback();
        return Error{ProjectTr::tr("%1: %2 is the project's only owner, who alone can add members; make another "
                                   "member an owner first (marginalia-cli member-add URL LOGIN owner).")
                         .arg(d.path, login)};
    }
    QStringList statements;
    for (const char *role : {"owner", "coder", "viewer"}) {
        statements.append(QStringLiteral("REVOKE %1 FROM %2")
                              .arg(quoted(d.serverSchema + u'_' + QLatin1String(role)), quoted(login)));
    }
    if (auto done = execAll(*db, statements, what); !done) {
        db->rollback();
        return done;
    }
    if (!db->commit())
        return Error{ProjectTr::tr("%1: %2").arg(what, db->lastError())};
    return success();
}

QString ownCoderName(Project::Private &d)
{
    // The row-level security on codings (roleStatements()): a coder's own codings are those of the coders
    // whose db_role is their login. Owners pass every policy, but their default follows the same rule.
    Statement registered(d.db,
                         QStringLiteral("SELECT name FROM coders WHERE db_role = CAST(current_user AS TEXT)"
                                        " ORDER BY id LIMIT 1"));
    if (registered.next())
        return registered.string(0);
    if (!registered.ok())
        return {};
    Statement login(d.db, QStringLiteral("SELECT CAST(current_user AS TEXT)"));
    if (!login.next())
        return {};
    const QString name = login.string(0);
    // ensureCoder() would find another login's coder of that name, whose codings this login may not add.
    Statement taken(d.db, QStringLiteral("SELECT 1 FROM coders WHERE name = ?"), {name});
    if (taken.next() || !taken.ok())
        return {};
    return name;
}

} // namespace Marginalia::Core::PostgresStore
