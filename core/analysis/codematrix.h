#pragma once

#include "base/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Marginalia::Core {

class Project;

/// A stretch of one document, [start, end) in code points; a whole document is {id, 0, length}.
struct MatrixRegion
{
    qint64 documentId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// A column of a CodeMatrix made of regions: a case (whole documents or passages), the documents with an
/// attribute value, a document set. Its regions may overlap; they count as their union.
struct MatrixGroup
{
    QString name;
    QList<MatrixRegion> regions;
};

/**
 * A code matrix (docs/matrices.md): one row per code, in codebook order, and one column per document, per
 * group of regions, or per code (co-occurrence). Every code and every column is there, zeros included.
 *
 * A row counts the codings of its code, or with Spec::includeSubcodes those of its whole subtree (a coding
 * of a subcode then counts in its own row and in each ancestor's).
 *
 * Cells, codes x documents or groups: a coding is in a column when it overlaps one of the column's regions
 * (a document column is the whole document).
 *   - Codings: the row's codings in the column;
 *   - Documents: the documents in which the row has a coding in the column (0 or 1 for a document column);
 *   - Characters: the distinct characters the row's codings cover inside the column's regions (overlapping
 *     codings count each character once; with subcodes, the union over the subtree);
 *   - Presence: 1 when the row has a coding in the column, else 0.
 *
 * Cells, co-occurrence (codes x codes): two distinct codings are related when they overlap (share at least
 * one character), lie within Spec::distance characters of each other (the gap between them is at most
 * that; overlapping and touching codings are within any distance), or touch a common paragraph
 * (TextUnits::paragraphAround over the document's text). Cell (r, c) looks at the related pairs {a, b} in
 * which one coding is of r and the other of c; a coding is never paired with itself.
 *   - Codings: the number of such pairs, each pair counted once;
 *   - Documents: the documents with at least one such pair;
 *   - Characters (Overlap only): the distinct characters where such pairs overlap;
 *   - Presence: 1 when there is such a pair.
 * The matrix is symmetric. Its diagonal follows the same rule: pairs of two different codings of the same
 * code (with subcodes, of the same subtree) that are related, e.g. two coders' codings of one passage. It
 * is not the code's own frequency (Frequencies gives that); without double coding it is mostly 0.
 *
 * Totals: a row total is what the row's cell would be for one column that is the union of all columns, a
 * column total what the column's cell would be for one row that is the union of all rows, and the grand
 * total the cell of both unions. So nothing is counted twice, as a researcher reading "total" expects:
 * the Documents total of a row is the number of distinct documents (not the sum of its cells), with
 * subcodes a column total counts a subcode's coding once (not once per ancestor), a coding inside two
 * overlapping groups counts once, and a co-occurrence row total counts each of the code's related pairs
 * once. Where the columns (or rows) do not overlap, which is the usual case (documents, codes without
 * subcodes), the totals are the sums of the cells. Presence is the exception: a union would nearly always
 * be present and say nothing, so its totals count the cells with 1 (the documents or codes where a row
 * occurs). Co-occurrence column totals equal the row totals.
 */
class CodeMatrix final
{
public:
    enum class ColumnKind {
        Documents, ///< one column per document, in the project's document order (name order)
        Groups, ///< the columns Spec::groups gives, in that order
        Codes, ///< code co-occurrence: the codes again, in codebook order
    };
    enum class Measure { Codings, Documents, Characters, Presence };
    enum class Cooccurrence {
        Overlap, ///< the codings share at least one character
        Within, ///< the gap between the codings is at most Spec::distance characters
        SameParagraph, ///< the codings touch a common paragraph
    };

    struct Spec
    {
        ColumnKind columns = ColumnKind::Documents;
        Measure measure = Measure::Codings;
        /// A row counts its code's whole subtree (for ColumnKind::Codes, the columns too).
        bool includeSubcodes = false;
        /// ColumnKind::Groups: the columns.
        QList<MatrixGroup> groups;
        /// ColumnKind::Codes: when two codings co-occur.
        Cooccurrence cooccurrence = Cooccurrence::Overlap;
        /// Cooccurrence::Within: the largest gap in characters, >= 0 (0: overlapping or touching).
        qint64 distance = 0;
        /// Only codings in these documents (and, for ColumnKind::Documents, only their columns);
        /// std::nullopt: every document.
        std::optional<QSet<qint64>> documents;
        /// Only this coder's codings; 0: every coder's.
        qint64 coderId = 0;
        /// Only these codes as rows (and, for ColumnKind::Codes, as columns), in codebook order, e.g. a
        /// code set's; totals are then those of these codes. std::nullopt: every code.
        std::optional<QSet<qint64>> codes = std::nullopt;
    };

    struct RowLabel
    {
        qint64 codeId = 0;
        QString codePath;
        int depth = 0;
    };
    struct ColumnLabel
    {
        /// The document id, the group's index in Spec::groups, or the code id.
        qint64 id = 0;
        /// The document's name, the group's name, or the code path.
        QString name;
    };

    /**
     * Computes the matrix in one pass over the codings: in (code, document) order for documents and groups
     * (the covering index, as Frequencies), in text order per document for co-occurrence (each document's
     * codings swept once, so the cost grows with the codings and the related pairs, not with codes
     * squared). Fails on a read error, or a spec that does not make sense (a negative distance, Characters
     * for codings near each other or in the same paragraph, a region that ends before it starts).
     */
    static Result<CodeMatrix> compute(const Project &project, const Spec &spec);

    qint64 cell(qsizetype row, qsizetype column) const { return cells.at(row * columns.size() + column); }

    ColumnKind columnKind = ColumnKind::Documents;
    Measure measure = Measure::Codings;
    QList<RowLabel> rows;
    QList<ColumnLabel> columns;
    /// Row by row: cells[row * columns.size() + column].
    QList<qint64> cells;
    QList<qint64> rowTotals;
    QList<qint64> columnTotals;
    qint64 total = 0;
};

} // namespace Marginalia::Core
