// The integrity check: SQLite's own (integrity, foreign keys) and Marginalia's invariants of the data.

#include "store/project_p.h"

#include "text/textoffsets.h"

namespace Marginalia::Core {

using namespace ProjectStore;

QStringList Project::check() const
{
    QStringList problems = d->db.integrityProblems();
    {
        Statement rows(d->db, QStringLiteral("SELECT id, name, text, length, text_sha256 FROM documents ORDER BY id"));
        while (rows.next()) {
            const QString text = rows.string(2);
            const QString name = rows.string(1);
            if (TextOffsets::codePointLength(text) != rows.int64(3))
                problems.append(tr("Document \"%1\": its stored length does not match its text.").arg(name));
            if (sha256Hex(text) != rows.string(4))
                problems.append(tr("Document \"%1\": its text has changed since import (SHA-256 differs).").arg(name));
        }
    }
    {
        Statement rows(d->db,
                       QStringLiteral("SELECT c.id, d.name, c.start_pos, c.end_pos, d.length FROM codings c "
                                      "JOIN documents d ON d.id = c.document_id WHERE c.end_pos > d.length"));
        while (rows.next()) {
            problems.append(tr("Coding %1 in \"%2\": range %3:%4 lies outside the text (%5 characters).")
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
            problems.append(
                tr("Code \"%1\" is not reachable from the top of the codebook (a cycle?).").arg(rows.string(0)));
    }
    {
        Statement rows(d->db, QStringLiteral("SELECT name, color FROM codes"));
        while (rows.next()) {
            // Empty: no colour, as a code from another tool may have.
            if (!rows.string(1).isEmpty() && !isValidColor(rows.string(1)))
                problems.append(tr("Code \"%1\": \"%2\" is not a colour.").arg(rows.string(0), rows.string(1)));
        }
    }
    return problems;
}

} // namespace Marginalia::Core
