// The integrity check: SQLite's own (integrity, foreign keys) and Marginalia's invariants of the data.

#include "store/project_p.h"

#include "text/textoffsets.h"

namespace Marginalia::Core {

using namespace ProjectStore;

QStringList Project::check() const
{
    // The server keeps its own storage sound (and its constraints are always on); the file's are SQLite's.
    QStringList problems = d->db.isServer() ? QStringList() : d->db.sqlite().integrityProblems();
    {
        Statement rows(d->db, QStringLiteral("SELECT id, name, text, length, text_sha256 FROM documents ORDER BY id"));
        while (rows.next()) {
            const QString text = rows.string(2);
            const QString name = rows.string(1);
            if (TextOffsets::codePointLength(text) != rows.int64(3))
                problems.append(ProjectTr::tr("Document \"%1\": its stored length does not match its text.").arg(name));
            if (sha256Hex(text) != rows.string(4))
                problems.append(
                    ProjectTr::tr("Document \"%1\": its text has changed since import (SHA-256 differs).").arg(name));
        }
    }
    {
        Statement rows(d->db,
                       QStringLiteral("SELECT c.id, d.name, c.start_pos, c.end_pos, d.length FROM codings c "
                                      "JOIN documents d ON d.id = c.document_id WHERE c.end_pos > d.length"));
        while (rows.next()) {
            problems.append(ProjectTr::tr("Coding %1 in \"%2\": range %3:%4 lies outside the text (%5 characters).")
                                .arg(rows.string(0), rows.string(1), rows.string(2), rows.string(3), rows.string(4)));
        }
    }
    {
        // A cycle in the code tree hides codes from every view; the recursive walk from the roots misses them.
        Statement rows(d->db,
                       QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM codes WHERE parent_id IS NULL "
                                      "UNION SELECT codes.id FROM codes JOIN tree ON codes.parent_id = tree.id) "
                                      "SELECT name FROM codes WHERE id NOT IN (SELECT id FROM tree)"));
        while (rows.next())
            problems.append(ProjectTr::tr("Code \"%1\" is not reachable from the top of the codebook (a cycle?).")
                                .arg(rows.string(0)));
    }
    {
        Statement rows(d->db, QStringLiteral("SELECT name, color FROM codes"));
        while (rows.next()) {
            // Empty: no colour, as a code from another tool may have.
            if (!rows.string(1).isEmpty() && !isValidColor(rows.string(1)))
                problems.append(
                    ProjectTr::tr("Code \"%1\": \"%2\" is not a colour.").arg(rows.string(0), rows.string(1)));
        }
    }
    {
        // Every value in its attribute's canonical spelling: what conditions and matrices compare. A
        // value of the wrong kind of attribute (a document's value of a case attribute) is one too.
        QHash<qint64, Attribute> byId;
        for (const Attribute &attribute : attributes(AttributeTarget::Document))
            byId.insert(attribute.id, attribute);
        for (const Attribute &attribute : attributes(AttributeTarget::Case))
            byId.insert(attribute.id, attribute);
        const struct
        {
            AttributeTarget target;
            QString query;
            QString owner;
        } tables[] = {
            {AttributeTarget::Document,
             QStringLiteral(
                 "SELECT documents.name, document_attributes.attribute_id, document_attributes.value"
                 " FROM document_attributes JOIN documents ON documents.id = document_attributes.document_id"),
             ProjectTr::tr("Document")},
            {AttributeTarget::Case,
             QStringLiteral("SELECT cases.name, case_attributes.attribute_id, case_attributes.value"
                            " FROM case_attributes JOIN cases ON cases.id = case_attributes.case_id"),
             ProjectTr::tr("Case")},
        };
        for (const auto &table : tables) {
            Statement rows(d->db, table.query);
            while (rows.next()) {
                const auto attribute = byId.constFind(rows.int64(1));
                if (attribute == byId.cend())
                    continue;
                if (attribute->target != table.target) {
                    problems.append(
                        ProjectTr::tr("%1 \"%2\" has a value of \"%3\", which is not one of its attributes.")
                            .arg(table.owner, rows.string(0), attribute->name));
                    continue;
                }
                const auto canonical = AttributeTypes::canonical(*attribute, rows.string(2));
                if (!canonical || *canonical != rows.string(2)) {
                    problems.append(ProjectTr::tr("%1 \"%2\": \"%3\" is not a value of %4 (%5).")
                                        .arg(table.owner, rows.string(0), rows.string(2), attribute->name,
                                             AttributeTypes::name(attribute->type)));
                }
            }
        }
    }
    {
        Statement rows(d->db,
                       QStringLiteral("SELECT cases.name, documents.name, case_members.end_pos, documents.length"
                                      " FROM case_members JOIN cases ON cases.id = case_members.case_id"
                                      " JOIN documents ON documents.id = case_members.document_id"
                                      " WHERE case_members.end_pos > documents.length"));
        while (rows.next())
            problems.append(
                ProjectTr::tr("Case \"%1\": its passage of \"%2\" ends at %3, past the text (%4 characters).")
                    .arg(rows.string(0), rows.string(1))
                    .arg(rows.int64(2))
                    .arg(rows.int64(3)));
    }
    return problems;
}

} // namespace Marginalia::Core
