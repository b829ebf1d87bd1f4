#include "store/projectschema_p.h"

#include "store/sqliteconnection_p.h"

#include <QCoreApplication>
#include <QStringList>

namespace Marginalia::Core::ProjectSchema {

namespace {

Status execAll(SqliteConnection &db, const QStringList &statements, int version)
{
    for (const QString &sql : statements) {
        if (!db.exec(sql)) {
            return Error{QCoreApplication::translate("Marginalia::Core::Project",
                                                     "Could not upgrade the project to format %1: %2")
                             .arg(QString::number(version), db.lastError())};
        }
    }
    return success();
}

} // namespace

// Column names avoid SQL keywords (start_pos, end_pos rather than start, end) so that the file can be
// queried from any SQLite tool, and a future PostgreSQL store, without quoting.
QStringList version1Statements()
{
    return {
        QStringLiteral("CREATE TABLE project ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " guid TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE coders ("
                       " id INTEGER PRIMARY KEY,"
                       " guid TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
                       " created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE documents ("
                       " id INTEGER PRIMARY KEY,"
                       " guid TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
                       " original_file_name TEXT NOT NULL,"
                       " format TEXT NOT NULL,"
                       " encoding TEXT NOT NULL,"
                       " imported TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " length INTEGER NOT NULL CHECK (length >= 0),"
                       " text_sha256 TEXT NOT NULL,"
                       " file_size INTEGER NOT NULL,"
                       " file_sha256 TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE codes ("
                       " id INTEGER PRIMARY KEY,"
                       " guid TEXT NOT NULL UNIQUE,"
                       " parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " color TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " created TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX codes_sibling_names ON codes (COALESCE(parent_id, 0), name)"),
        QStringLiteral("CREATE TABLE codings ("
                       " id INTEGER PRIMARY KEY,"
                       " guid TEXT NOT NULL UNIQUE,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
                       " coder_id INTEGER NOT NULL REFERENCES coders(id),"
                       " start_pos INTEGER NOT NULL CHECK (start_pos >= 0),"
                       " end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),"
                       " memo TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL,"
                       // Also the index for a document's codings in text order.
                       " UNIQUE (document_id, start_pos, end_pos, code_id, coder_id))"),
        QStringLiteral("CREATE INDEX codings_by_coder ON codings (coder_id)"),
    };
}

Status createVersion1(SqliteConnection &db)
{
    return execAll(db, version1Statements(), 1);
}

namespace {

// Version 2: memos on the project, documents and codes; a covering index so that frequencies read the
// codings in (code, document, start) order without sorting or touching the table.
Status upgradeToVersion2(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE project ADD COLUMN memo TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("ALTER TABLE documents ADD COLUMN memo TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("ALTER TABLE codes ADD COLUMN memo TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("CREATE INDEX codings_by_code ON codings"
                                      " (code_id, document_id, start_pos, end_pos, coder_id)"),
                   },
                   2);
}

// Version 3: page boundaries of paged sources (PDF), so that an excerpt can say which pages it spans; the
// original file's MIME type; a lookup of documents by the original file's hash, to catch re-imports.
Status upgradeToVersion3(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE pages ("
                                      " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                                      " number INTEGER NOT NULL CHECK (number >= 1),"
                                      " start_pos INTEGER NOT NULL CHECK (start_pos >= 0),"
                                      " PRIMARY KEY (document_id, number))"),
                       QStringLiteral("ALTER TABLE documents ADD COLUMN file_type TEXT NOT NULL DEFAULT 'text/plain'"),
                       QStringLiteral("CREATE INDEX documents_by_file_sha256 ON documents (file_sha256)"),
                   },
                   3);
}

// Version 4: what a REFI-QDA project says that Marginalia used to drop. A code may be a folder that groups
// codes but is not applied to text (isCodable="false"); every earlier code was applicable. The project
// keeps the GUID of the user who created it in the tool it came from (empty when it was made here). A
// code's colour may be empty ("no colour", as the standard allows), which needs no change to the table.
Status upgradeToVersion4(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE codes ADD COLUMN codable INTEGER NOT NULL DEFAULT 1"
                                      " CHECK (codable IN (0, 1))"),
                       QStringLiteral("ALTER TABLE project ADD COLUMN creating_user TEXT NOT NULL DEFAULT ''"),
                   },
                   4);
}

// Version 5: the disagreement review. A review adjudicates two coders' codings of a code into a consensus
// coder's; its decisions are kept, one per region where the coders differed, so that a review can stop and
// resume ("12 of 40 reviewed"). A decision's codings are ordinary codings of the consensus coder.
// And an index of the documents' lengths: the length column comes after the text, so reading it from the
// table walks each text's overflow pages (50 MB for the large project); the agreement needs every length.
Status upgradeToVersion5(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE reviews ("
                                      " id INTEGER PRIMARY KEY,"
                                      " guid TEXT NOT NULL UNIQUE,"
                                      " code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
                                      " include_subcodes INTEGER NOT NULL DEFAULT 0 CHECK (include_subcodes IN (0, 1)),"
                                      " first_coder_id INTEGER NOT NULL REFERENCES coders(id),"
                                      " second_coder_id INTEGER NOT NULL REFERENCES coders(id),"
                                      " consensus_coder_id INTEGER NOT NULL REFERENCES coders(id),"
                                      " created TEXT NOT NULL,"
                                      " UNIQUE (code_id, include_subcodes, first_coder_id, second_coder_id,"
                                      " consensus_coder_id))"),
                       QStringLiteral("CREATE TABLE review_decisions ("
                                      " review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
                                      " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                                      " start_pos INTEGER NOT NULL CHECK (start_pos >= 0),"
                                      " end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),"
                                      " decision TEXT NOT NULL CHECK (decision IN"
                                      " ('first', 'second', 'union', 'intersection', 'none', 'adjusted')),"
                                      " adjusted_start INTEGER NOT NULL DEFAULT 0,"
                                      " adjusted_end INTEGER NOT NULL DEFAULT 0,"
                                      " decided TEXT NOT NULL,"
                                      " PRIMARY KEY (review_id, document_id, start_pos, end_pos))"),
                       QStringLiteral("CREATE INDEX documents_lengths ON documents (id, length)"),
                   },
                   5);
}

// Version 6: full-text search (docs/search.md). Two FTS5 indexes over the documents' text, reading the
// text from the documents table (external content, so the text is stored once): words, case and
// diacritics folded ("Refoulement" finds "réfoulement"), with positions for phrases and NEAR; and trigrams
// for substrings and scripts written without spaces, as document lists only (detail=none: a tenth of the
// size; the hits are then found in the candidates' text). Triggers keep both in the transaction that
// imports or removes a document; a document's text never changes, but an update would be followed too.
Status upgradeToVersion6(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE VIRTUAL TABLE document_words USING fts5(text, content='documents',"
                                      " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
                       QStringLiteral("CREATE VIRTUAL TABLE document_trigrams USING fts5(text, content='documents',"
                                      " content_rowid='id', tokenize='trigram', detail='none')"),
                       QStringLiteral("CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN"
                                      " INSERT INTO document_words(rowid, text) VALUES (new.id, new.text);"
                                      " INSERT INTO document_trigrams(rowid, text) VALUES (new.id, new.text);"
                                      " END"),
                       QStringLiteral("CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN"
                                      " INSERT INTO document_words(document_words, rowid, text)"
                                      " VALUES ('delete', old.id, old.text);"
                                      " INSERT INTO document_trigrams(document_trigrams, rowid, text)"
                                      " VALUES ('delete', old.id, old.text);"
                                      " END"),
                       QStringLiteral("CREATE TRIGGER documents_search_update AFTER UPDATE OF text ON documents BEGIN"
                                      " INSERT INTO document_words(document_words, rowid, text)"
                                      " VALUES ('delete', old.id, old.text);"
                                      " INSERT INTO document_trigrams(document_trigrams, rowid, text)"
                                      " VALUES ('delete', old.id, old.text);"
                                      " INSERT INTO document_words(rowid, text) VALUES (new.id, new.text);"
                                      " INSERT INTO document_trigrams(rowid, text) VALUES (new.id, new.text);"
                                      " END"),
                       // The documents already there: an existing project gets its index on upgrade.
                       QStringLiteral("INSERT INTO document_words(document_words) VALUES ('rebuild')"),
                       QStringLiteral("INSERT INTO document_trigrams(document_trigrams) VALUES ('rebuild')"),
                   },
                   6);
}

// Version 7: attributes of documents and cases, cases, and sets (docs/attributes.md). A value is stored
// in its type's canonical spelling (model/attributes.h), one row per document and attribute that has
// one; removing a document, case or attribute removes its values (and memberships) with it. Cases and
// their members are in the format from here on, though only their tables exist yet; a member with a
// NULL end runs to the end of its document.
Status upgradeToVersion7(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE attributes ("
                                      " id INTEGER PRIMARY KEY,"
                                      " guid TEXT NOT NULL UNIQUE,"
                                      " applies_to TEXT NOT NULL CHECK (applies_to IN ('document', 'case')),"
                                      " name TEXT NOT NULL CHECK (name <> ''),"
                                      " type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'yes/no',"
                                      " 'list')),"
                                      " allowed_values TEXT NOT NULL DEFAULT '',"
                                      " position INTEGER NOT NULL DEFAULT 0)"),
                       QStringLiteral("CREATE UNIQUE INDEX attributes_names ON attributes (applies_to, name"
                                      " COLLATE NOCASE)"),
                       QStringLiteral("CREATE TABLE document_attributes ("
                                      " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                                      " attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,"
                                      " value TEXT NOT NULL CHECK (value <> ''),"
                                      " PRIMARY KEY (document_id, attribute_id)) WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX document_attributes_by_attribute ON document_attributes"
                                      " (attribute_id, value)"),
                       QStringLiteral("CREATE TABLE cases ("
                                      " id INTEGER PRIMARY KEY,"
                                      " guid TEXT NOT NULL UNIQUE,"
                                      " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
                                      " memo TEXT NOT NULL DEFAULT '',"
                                      " created TEXT NOT NULL)"),
                       QStringLiteral("CREATE TABLE case_attributes ("
                                      " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                                      " attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,"
                                      " value TEXT NOT NULL CHECK (value <> ''),"
                                      " PRIMARY KEY (case_id, attribute_id)) WITHOUT ROWID"),
                       QStringLiteral("CREATE TABLE case_members ("
                                      " id INTEGER PRIMARY KEY,"
                                      " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                                      " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                                      " start_pos INTEGER NOT NULL DEFAULT 0 CHECK (start_pos >= 0),"
                                      " end_pos INTEGER CHECK (end_pos IS NULL OR end_pos > start_pos),"
                                      " UNIQUE (case_id, document_id, start_pos, end_pos))"),
                       QStringLiteral("CREATE INDEX case_members_by_document ON case_members (document_id)"),
                       QStringLiteral("CREATE TABLE document_sets ("
                                      " id INTEGER PRIMARY KEY,"
                                      " guid TEXT NOT NULL UNIQUE,"
                                      " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),"
                                      " condition TEXT NOT NULL DEFAULT '',"
                                      " memo TEXT NOT NULL DEFAULT '')"),
                       QStringLiteral("CREATE TABLE document_set_members ("
                                      " set_id INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,"
                                      " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                                      " PRIMARY KEY (set_id, document_id)) WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX document_set_members_by_document ON document_set_members"
                                      " (document_id)"),
                       QStringLiteral("CREATE TABLE code_sets ("
                                      " id INTEGER PRIMARY KEY,"
                                      " guid TEXT NOT NULL UNIQUE,"
                                      " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),"
                                      " memo TEXT NOT NULL DEFAULT '')"),
                       QStringLiteral("CREATE TABLE code_set_members ("
                                      " set_id INTEGER NOT NULL REFERENCES code_sets(id) ON DELETE CASCADE,"
                                      " code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
                                      " PRIMARY KEY (set_id, code_id)) WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX code_set_members_by_code ON code_set_members (code_id)"),
                   },
                   7);
}

// Version 8: a version on the rows people edit together on a server (the project, documents, codes and
// codings, with their memos): each change counts it up, and an editor that saves what it began editing
// at version n changes the row only if it is still at n (Project::version()), so that two people's
// edits never silently overwrite each other. A file gets the column too: one format for both stores.
Status upgradeToVersion8(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE project ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
                       QStringLiteral("ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
                       QStringLiteral("ALTER TABLE codes ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
                       QStringLiteral("ALTER TABLE codings ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
                   },
                   8);
}

// Version 9: the headings of documents converted from Word and OpenDocument, so that the view can show
// them as headings. The text stays as it was converted (no "# " added): REFI-QDA exports it, and other
// tools' offsets count its code points. Ranges in code points, as codings'; documents imported before
// have none (importing the file again gives them).
Status upgradeToVersion9(SqliteConnection &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE headings ("
                                      " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                                      " start_pos INTEGER NOT NULL CHECK (start_pos >= 0),"
                                      " end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),"
                                      " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),"
                                      " PRIMARY KEY (document_id, start_pos))"),
                   },
                   9);
}

} // namespace

Status migrate(SqliteConnection &db, int fromVersion)
{
    if (fromVersion < 1) {
        if (auto status = createVersion1(db); !status)
            return status;
    }
    if (fromVersion < 2) {
        if (auto status = upgradeToVersion2(db); !status)
            return status;
    }
    if (fromVersion < 3) {
        if (auto status = upgradeToVersion3(db); !status)
            return status;
    }
    if (fromVersion < 4) {
        if (auto status = upgradeToVersion4(db); !status)
            return status;
    }
    if (fromVersion < 5) {
        if (auto status = upgradeToVersion5(db); !status)
            return status;
    }
    if (fromVersion < 6) {
        if (auto status = upgradeToVersion6(db); !status)
            return status;
    }
    if (fromVersion < 7) {
        if (auto status = upgradeToVersion7(db); !status)
            return status;
    }
    if (fromVersion < 8) {
        if (auto status = upgradeToVersion8(db); !status)
            return status;
    }
    if (fromVersion < 9) {
        if (auto status = upgradeToVersion9(db); !status)
            return status;
    }
    return success();
}

} // namespace Marginalia::Core::ProjectSchema
