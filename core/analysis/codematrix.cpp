#include "analysis/codematrix.h"

#include "model/codetree.h"
#include "store/project.h"
#include "text/textunits.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::CodeMatrix)
};

struct Interval
{
    qint64 start;
    qint64 end;
};

/**
 * Cells and totals addressed alike as (a, b): (row, column) is a cell, (row, -1) a row total, (-1, column)
 * a column total and (-1, -1) the grand total. What a total means is decided by what is added to it.
 */
class Sums
{
public:
    Sums(qsizetype rows, qsizetype columns)
        : m_columns(columns)
        , cells(rows * columns, 0)
        , rowTotals(rows, 0)
        , columnTotals(columns, 0)
    {
    }

    qint64 &at(int a, int b)
    {
        if (a >= 0 && b >= 0)
            return cells[a * m_columns + b];
        if (a >= 0)
            return rowTotals[a];
        if (b >= 0)
            return columnTotals[b];
        return total;
    }

    /// Presence from counts: a cell is 1 where the count is not 0, and the totals count those cells.
    Sums presence() const
    {
        Sums result(rowTotals.size(), m_columns);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells.at(i) == 0)
                continue;
            const qsizetype row = i / m_columns;
            const qsizetype column = i % m_columns;
            result.cells[i] = 1;
            ++result.rowTotals[row];
            ++result.columnTotals[column];
            ++result.total;
        }
        return result;
    }

    void moveInto(CodeMatrix &matrix)
    {
        matrix.cells = std::move(cells);
        matrix.rowTotals = std::move(rowTotals);
        matrix.columnTotals = std::move(columnTotals);
        matrix.total = total;
    }

private:
    qsizetype m_columns;

public:
    QList<qint64> cells;
    QList<qint64> rowTotals;
    QList<qint64> columnTotals;
    qint64 total = 0;
};

/// A stretch of a document counted towards (a, b) as Sums addresses them.
struct Piece
{
    int a;
    int b;
    qint64 document;
    qint64 start;
    qint64 end;
};

/// Adds to each (a, b) the characters its pieces cover, each character once.
void addUnion(std::vector<Piece> &pieces, Sums &sums)
{
    std::sort(pieces.begin(), pieces.end(), [](const Piece &x, const Piece &y) {
        return std::tie(x.a, x.b, x.document, x.start) < std::tie(y.a, y.b, y.document, y.start);
    });
    for (size_t i = 0; i < pieces.size();) {
        const Piece &first = pieces[i];
        qint64 covered = 0;
        qint64 runStart = first.start;
        qint64 runEnd = first.start;
        size_t j = i;
        for (; j < pieces.size() && pieces[j].a == first.a && pieces[j].b == first.b
             && pieces[j].document == first.document;
             ++j) {
            if (pieces[j].start > runEnd) {
                covered += runEnd - runStart;
                runStart = pieces[j].start;
                runEnd = pieces[j].end;
            } else {
                runEnd = std::max(runEnd, pieces[j].end);
            }
        }
        covered += runEnd - runStart;
        sums.at(first.a, first.b) += covered;
        i = j;
    }
    pieces.clear();
}

/// (a, b) seen in a document.
struct Mark
{
    int a;
    int b;
    qint64 document;
    bool operator<(const Mark &other) const
    {
        return std::tie(a, b, document) < std::tie(other.a, other.b, other.document);
    }
    bool operator==(const Mark &other) const { return a == other.a && b == other.b && document == other.document; }
};

/// Adds to each (a, b) the number of distinct documents it was seen in.
void addDistinct(std::vector<Mark> &marks, Sums &sums)
{
    std::sort(marks.begin(), marks.end());
    marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
    for (const Mark &mark : marks)
        ++sums.at(mark.a, mark.b);
    marks.clear();
}

/// The rows: every code in codebook order (or those of a code set), and the rows each code's codings
/// count in.
struct Rows
{
    QList<CodeMatrix::RowLabel> labels;
    /// Per code: its slot in feeds.
    QHash<qint64, int> slotOf;
    /// Per slot: the code's own row (when it is one), then (with subcodes) its ancestors' rows. Empty
    /// for a code that counts in no row (not in the code set, nor under one that is).
    std::vector<std::vector<int>> feeds;

    Rows(const Project &project, bool includeSubcodes, const std::optional<QSet<qint64>> &only)
    {
        const CodeTree tree(project.codes());
        const QList<qint64> order = tree.depthFirst();
        QHash<qint64, int> rowOf;
        for (qint64 id : order) {
            if (only && !only->contains(id))
                continue;
            rowOf.insert(id, int(labels.size()));
            labels.append({id, tree.path(id), tree.depth(id)});
        }
        feeds.resize(size_t(order.size()));
        for (qsizetype slot = 0; slot < order.size(); ++slot) {
            const qint64 id = order.at(slot);
            slotOf.insert(id, int(slot));
            std::vector<int> &rows = feeds[size_t(slot)];
            if (const auto own = rowOf.constFind(id); own != rowOf.cend())
                rows.push_back(*own);
            if (includeSubcodes) {
                for (qint64 ancestor : tree.ancestors(id)) {
                    if (const auto row = rowOf.constFind(ancestor); row != rowOf.cend())
                        rows.push_back(*row);
                }
            }
        }
    }

    /// The slot of a code in feeds; -1 for a code that counts in no row, or is missing from the codebook
    /// (a damaged file): it is left out.
    int find(qint64 codeId) const
    {
        const int slot = slotOf.value(codeId, -1);
        return slot >= 0 && !feeds[size_t(slot)].empty() ? slot : -1;
    }
};

/// The document filter, with the last answer remembered: codings come in runs of one document.
class DocumentFilter
{
public:
    explicit DocumentFilter(const std::optional<QSet<qint64>> &documents)
        : m_documents(documents)
    {
    }
    bool allows(qint64 documentId)
    {
        if (!m_documents)
            return true;
        if (documentId != m_last) {
            m_last = documentId;
            m_lastAllowed = m_documents->contains(documentId);
        }
        return m_lastAllowed;
    }

private:
    const std::optional<QSet<qint64>> &m_documents;
    qint64 m_last = -1;
    bool m_lastAllowed = false;
};

CodingFilter codingFilter(const CodeMatrix::Spec &spec)
{
    CodingFilter filter;
    filter.coderId = spec.coderId;
    // One document: SQLite reads only its codings.
    if (spec.documents && spec.documents->size() == 1)
        filter.documentId = *spec.documents->cbegin();
    return filter;
}

/// A part of a coding (or of a run of overlapping codings) inside a column.
struct Portion
{
    int column;
    qint64 start;
    qint64 end;
};

/// The regions of one group in one document: sorted, merged, not empty.
struct GroupRegions
{
    int column;
    std::vector<Interval> intervals;
};

Status computeByColumns(const Project &project, const CodeMatrix::Spec &spec, const Rows &rows, CodeMatrix &matrix)
{
    using Measure = CodeMatrix::Measure;
    DocumentFilter filter(spec.documents);

    // The columns, and where each document's codings can fall.
    QHash<qint64, int> columnOfDocument; // Documents
    QHash<qint64, std::vector<GroupRegions>> regionsOfDocument; // Groups
    if (spec.columns == CodeMatrix::ColumnKind::Documents) {
        for (const DocumentName &document : project.documentNames()) {
            if (!filter.allows(document.id))
                continue;
            columnOfDocument.insert(document.id, int(matrix.columns.size()));
            matrix.columns.append({document.id, document.name});
        }
    } else {
        for (qsizetype g = 0; g < spec.groups.size(); ++g) {
            const MatrixGroup &group = spec.groups.at(g);
            matrix.columns.append({g, group.name});
            QHash<qint64, std::vector<Interval>> intervals;
            for (const MatrixRegion &region : group.regions) {
                if (region.start < 0 || region.end < region.start) {
                    return Error{Tr::tr("The group \"%1\" has a region that ends before it starts (%2 to %3).")
                                     .arg(group.name)
                                     .arg(region.start)
                                     .arg(region.end)};
                }
                if (region.end > region.start && filter.allows(region.documentId))
                    intervals[region.documentId].push_back({region.start, region.end});
            }
            for (auto it = intervals.begin(); it != intervals.end(); ++it) {
                std::vector<Interval> &list = it.value();
                std::sort(list.begin(), list.end(),
                          [](const Interval &x, const Interval &y) { return x.start < y.start; });
                std::vector<Interval> merged;
                for (const Interval &interval : list) {
                    if (!merged.empty() && interval.start <= merged.back().end)
                        merged.back().end = std::max(merged.back().end, interval.end);
                    else
                        merged.push_back(interval);
                }
                regionsOfDocument[it.key()].push_back({int(g), std::move(merged)});
            }
        }
    }
    const qsizetype columnCount = matrix.columns.size();

    Sums codings(rows.labels.size(), columnCount);
    std::vector<Piece> pieces; // Characters
    std::vector<Mark> marks; // Documents

    // The current run of codings of one code in one document (the order delivers them so, by start).
    qint64 runCode = -1;
    qint64 runDocument = -1;
    int codeRow = -1; // of runCode
    int runRow = -1; // -1: the run counts nowhere
    int runColumn = -1; // Documents
    const std::vector<GroupRegions> *runRegions = nullptr; // Groups
    std::vector<int> runHit; // the columns the run's codings fell in (Documents)
    std::vector<int> hitSerial(size_t(columnCount), 0);
    int serial = 0;
    std::vector<Interval> runCoverage; // the run's codings, united (Characters)

    std::vector<Portion> portions;
    auto portionsOf = [&](qint64 start, qint64 end) {
        portions.clear();
        if (runRegions == nullptr) {
            if (runColumn >= 0)
                portions.push_back({runColumn, start, end});
            return;
        }
        for (const GroupRegions &group : *runRegions) {
            const auto &list = group.intervals;
            auto it
                = std::upper_bound(list.cbegin(), list.cend(), start,
                                   [](qint64 position, const Interval &interval) { return position < interval.end; });
            for (; it != list.cend() && it->start < end; ++it) {
                const qint64 from = std::max(start, it->start);
                const qint64 to = std::min(end, it->end);
                if (from < to)
                    portions.push_back({group.column, from, to});
            }
        }
    };

    auto flushRun = [&] {
        if (runRow < 0)
            return;
        const std::vector<int> &feeds = rows.feeds[size_t(runRow)];
        if (spec.measure == Measure::Documents && !runHit.empty()) {
            for (int column : runHit) {
                for (int row : feeds)
                    marks.push_back({row, column, runDocument});
                marks.push_back({-1, column, runDocument});
            }
            for (int row : feeds)
                marks.push_back({row, -1, runDocument});
            marks.push_back({-1, -1, runDocument});
        }
        if (spec.measure == Measure::Characters) {
            // The characters of the union of the codings inside the regions are those of the union of the
            // codings' parts inside them: the run is cut into portions once, not each coding.
            for (const Interval &covered : runCoverage) {
                portionsOf(covered.start, covered.end);
                for (const Portion &portion : portions) {
                    for (int row : feeds)
                        pieces.push_back({row, portion.column, runDocument, portion.start, portion.end});
                    pieces.push_back({-1, portion.column, runDocument, portion.start, portion.end});
                    for (int row : feeds)
                        pieces.push_back({row, -1, runDocument, portion.start, portion.end});
                    pieces.push_back({-1, -1, runDocument, portion.start, portion.end});
                }
            }
        }
        runRow = -1;
    };

    const Status read
        = project.forEachCoding(codingFilter(spec), Project::CodingOrder::ByCode, Project::CodingDetail::Spans,
                                [&](const Project::CodingRow &coding) {
                                    if (coding.codeId != runCode || coding.documentId != runDocument) {
                                        flushRun();
                                        if (coding.codeId != runCode)
                                            codeRow = rows.find(coding.codeId);
                                        runRow = codeRow;
                                        runCode = coding.codeId;
                                        runDocument = coding.documentId;
                                        if (!filter.allows(coding.documentId)) {
                                            runRow = -1;
                                        } else if (spec.columns == CodeMatrix::ColumnKind::Documents) {
                                            runColumn = columnOfDocument.value(coding.documentId, -1);
                                            if (runColumn < 0)
                                                runRow = -1; // a document missing from the table (a damaged file)
                                        } else {
                                            const auto it = regionsOfDocument.constFind(coding.documentId);
                                            runRegions = it == regionsOfDocument.constEnd() ? nullptr : &*it;
                                            if (runRegions == nullptr)
                                                runRow = -1; // in no group
                                        }
                                        runHit.clear();
                                        runCoverage.clear();
                                        ++serial;
                                    }
                                    if (runRow < 0)
                                        return true;
                                    if (spec.measure == Measure::Characters) {
                                        if (!runCoverage.empty() && coding.start <= runCoverage.back().end)
                                            runCoverage.back().end = std::max(runCoverage.back().end, coding.end);
                                        else
                                            runCoverage.push_back({coding.start, coding.end});
                                    }
                                    portionsOf(coding.start, coding.end);
                                    if (portions.empty())
                                        return true;
                                    const std::vector<int> &feeds = rows.feeds[size_t(runRow)];
                                    int previous = -1;
                                    for (const Portion &portion : portions) {
                                        // One coding may meet several regions of a group: it counts once in its column.
                                        if (portion.column == previous)
                                            continue;
                                        previous = portion.column;
                                        for (int row : feeds)
                                            ++codings.at(row, portion.column);
                                        ++codings.at(-1, portion.column);
                                        if (hitSerial[size_t(portion.column)] != serial) {
                                            hitSerial[size_t(portion.column)] = serial;
                                            runHit.push_back(portion.column);
                                        }
                                    }
                                    for (int row : feeds)
                                        ++codings.at(row, -1);
                                    ++codings.at(-1, -1);
                                    return true;
                                });
    if (!read)
        return read;
    flushRun();

    switch (spec.measure) {
    case Measure::Codings:
        codings.moveInto(matrix);
        break;
    case Measure::Presence:
        codings.presence().moveInto(matrix);
        break;
    case Measure::Documents: {
        Sums documents(rows.labels.size(), columnCount);
        addDistinct(marks, documents);
        documents.moveInto(matrix);
        break;
    }
    case Measure::Characters: {
        Sums characters(rows.labels.size(), columnCount);
        addUnion(pieces, characters);
        characters.moveInto(matrix);
        break;
    }
    }
    return success();
}

/// A coding of the current document, for the co-occurrence sweep.
struct Item
{
    int row;
    qint64 start;
    qint64 end;
    Interval extent; ///< what is compared: the coding, or the paragraphs it touches
};

Status computeCooccurrence(const Project &project, const CodeMatrix::Spec &spec, const Rows &rows, CodeMatrix &matrix)
{
    using Measure = CodeMatrix::Measure;
    using Cooccurrence = CodeMatrix::Cooccurrence;
    const qsizetype n = rows.labels.size();
    for (const CodeMatrix::RowLabel &row : rows.labels)
        matrix.columns.append({row.codeId, row.codePath});

    DocumentFilter filter(spec.documents);
    Sums pairs(n, n);
    Sums documents(n, n);
    Sums characters(n, n);
    // The document each cell, row total and the grand total last counted in (Documents): the sweep goes
    // document by document, so a mark is enough to count each document once.
    std::vector<int> cellMark(spec.measure == Measure::Documents ? size_t(n * n) : 0, -1);
    std::vector<int> rowMark(size_t(n), -1);
    int grandMark = -1;
    int documentSerial = 0;
    std::vector<Piece> pieces;

    std::vector<Item> items;
    std::vector<int> active;
    std::vector<int> cellsHit;
    std::vector<int> rowsHit;

    auto pair = [&](const Item &x, const Item &y, qint64 document) {
        const std::vector<int> &first = rows.feeds[size_t(x.row)];
        const std::vector<int> &second = rows.feeds[size_t(y.row)];
        cellsHit.clear();
        for (int r : first) {
            for (int c : second) {
                cellsHit.push_back(int(r * n + c));
                cellsHit.push_back(int(c * n + r));
            }
        }
        std::sort(cellsHit.begin(), cellsHit.end());
        cellsHit.erase(std::unique(cellsHit.begin(), cellsHit.end()), cellsHit.end());
        rowsHit.assign(first.cbegin(), first.cend());
        rowsHit.insert(rowsHit.end(), second.cbegin(), second.cend());
        std::sort(rowsHit.begin(), rowsHit.end());
        rowsHit.erase(std::unique(rowsHit.begin(), rowsHit.end()), rowsHit.end());

        switch (spec.measure) {
        case Measure::Codings:
        case Measure::Presence:
            for (int cell : cellsHit)
                ++pairs.cells[cell];
            for (int row : rowsHit)
                ++pairs.rowTotals[row];
            ++pairs.total;
            break;
        case Measure::Documents:
            for (int cell : cellsHit) {
                if (cellMark[size_t(cell)] != documentSerial) {
                    cellMark[size_t(cell)] = documentSerial;
                    ++documents.cells[cell];
                }
            }
            for (int row : rowsHit) {
                if (rowMark[size_t(row)] != documentSerial) {
                    rowMark[size_t(row)] = documentSerial;
                    ++documents.rowTotals[row];
                }
            }
            if (grandMark != documentSerial) {
                grandMark = documentSerial;
                ++documents.total;
            }
            break;
        case Measure::Characters: {
            const qint64 start = std::max(x.start, y.start);
            const qint64 end = std::min(x.end, y.end);
            for (int cell : cellsHit)
                pieces.push_back({int(cell / n), int(cell % n), document, start, end});
            for (int row : rowsHit)
                pieces.push_back({row, -1, document, start, end});
            pieces.push_back({-1, -1, document, start, end});
            break;
        }
        }
    };

    auto sweep = [&](qint64 document) -> Status {
        if (items.size() < 2)
            return success();
        ++documentSerial;
        if (spec.cooccurrence == Cooccurrence::SameParagraph) {
            auto text = project.documentText(document);
            if (!text)
                return Error{text.error()};
            const TextUnits units(*text);
            for (Item &item : items) {
                const TextRange paragraphs = units.paragraphAround({item.start, item.end});
                // Paragraphs are separated by at least a line break, so an empty one still has a place.
                item.extent = {paragraphs.start, std::max(paragraphs.end, paragraphs.start + 1)};
            }
            std::stable_sort(items.begin(), items.end(),
                             [](const Item &x, const Item &y) { return x.extent.start < y.extent.start; });
        }
        const bool within = spec.cooccurrence == Cooccurrence::Within;
        active.clear();
        for (int i = 0; i < int(items.size()); ++i) {
            const Interval here = items[size_t(i)].extent;
            // The earlier codings that can still meet this one or a later one (they all start later).
            active.erase(std::remove_if(active.begin(), active.end(),
                                        [&](int j) {
                                            const qint64 end = items[size_t(j)].extent.end;
                                            return within ? end < here.start - spec.distance : end <= here.start;
                                        }),
                         active.end());
            for (int j : active) {
                // An empty coding overlaps nothing (an earlier one that is still active ends after it starts).
                if (!within && std::min(here.end, items[size_t(j)].extent.end) <= here.start)
                    continue;
                pair(items[size_t(j)], items[size_t(i)], document);
            }
            active.push_back(i);
        }
        if (!pieces.empty())
            addUnion(pieces, characters);
        return success();
    };

    qint64 currentDocument = -1;
    bool currentAllowed = false;
    int lastRow = -1;
    qint64 lastCode = -1;
    Status swept = success();
    const Status read = project.forEachCoding(
        codingFilter(spec), Project::CodingOrder::ByDocument, Project::CodingDetail::Spans,
        [&](const Project::CodingRow &coding) {
            if (coding.documentId != currentDocument) {
                swept = sweep(currentDocument);
                if (!swept)
                    return false;
                items.clear();
                currentDocument = coding.documentId;
                currentAllowed = filter.allows(coding.documentId);
            }
            if (!currentAllowed)
                return true;
            if (coding.codeId != lastCode) {
                lastCode = coding.codeId;
                lastRow = rows.find(coding.codeId);
            }
            if (lastRow >= 0)
                items.push_back({lastRow, coding.start, coding.end, {coding.start, coding.end}});
            return true;
        });
    if (!read)
        return read;
    if (!swept)
        return swept;
    if (auto last = sweep(currentDocument); !last)
        return last;

    // Symmetric: the union of the rows against a column is the union of the columns against that row.
    Sums *result = nullptr;
    Sums presence(0, 0);
    switch (spec.measure) {
    case Measure::Codings:
        result = &pairs;
        break;
    case Measure::Presence:
        presence = pairs.presence();
        result = &presence;
        break;
    case Measure::Documents:
        result = &documents;
        break;
    case Measure::Characters:
        result = &characters;
        break;
    }
    result->columnTotals = result->rowTotals;
    result->moveInto(matrix);
    return success();
}

} // namespace

Result<CodeMatrix> CodeMatrix::compute(const Project &project, const Spec &spec)
{
    if (spec.columns == ColumnKind::Codes) {
        if (spec.cooccurrence == Cooccurrence::Within && spec.distance < 0)
            return Error{Tr::tr("The distance between codings cannot be negative (%1).").arg(spec.distance)};
        if (spec.measure == Measure::Characters && spec.cooccurrence != Cooccurrence::Overlap) {
            return Error{Tr::tr("Characters are counted only for codings that overlap: count codings, documents or "
                                "presence for codings near each other or in the same paragraph.")};
        }
    }

    CodeMatrix matrix;
    matrix.columnKind = spec.columns;
    matrix.measure = spec.measure;
    const Rows rows(project, spec.includeSubcodes, spec.codes);
    matrix.rows = rows.labels;
    const Status computed = spec.columns == ColumnKind::Codes ? computeCooccurrence(project, spec, rows, matrix)
                                                              : computeByColumns(project, spec, rows, matrix);
    if (!computed)
        return Error{computed.error()};
    return matrix;
}

} // namespace Marginalia::Core
