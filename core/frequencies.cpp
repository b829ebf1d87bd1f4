#include "frequencies.h"

#include "codetree.h"
#include "project.h"
#include "sqlitestatement_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <map>
#include <vector>

namespace Marginalia::Core {

namespace {

/// Running union of ranges that arrive sorted by start.
struct Coverage
{
    qint64 covered = 0;
    qint64 runStart = -1;
    qint64 runEnd = -1;

    void add(qint64 start, qint64 end)
    {
        if (start > runEnd) {
            covered += runEnd - runStart;
            runStart = start;
            runEnd = end;
        } else if (end > runEnd) {
            runEnd = end;
        }
    }
    qint64 total() const { return covered + (runEnd - runStart); }
};

struct CoderGroup
{
    qint64 coderId = 0;
    qint64 codings = 0;
    Coverage coverage;
};

struct CoderTotals
{
    qint64 codings = 0;
    qint64 documents = 0;
    qint64 characters = 0;
};

} // namespace

Result<Frequencies> Frequencies::compute(const Project &project, qint64 coderId)
{
    const CodeTree tree(project.codes());
    const QSqlDatabase db = project.database();
    // Per code, once: its path, and the codes whose "incl. subcodes" counts it feeds (itself and ancestors).
    QHash<qint64, QString> paths;
    QHash<qint64, QList<qint64>> selfAndAncestors;
    for (const Code &code : tree.codes()) {
        paths.insert(code.id, tree.path(code.id));
        QList<qint64> marked = tree.ancestors(code.id);
        marked.prepend(code.id);
        selfAndAncestors.insert(code.id, marked);
    }

    QHash<qint64, QString> documentNames;
    QHash<qint64, int> documentIndex;
    {
        SqliteStatement rows(db, "SELECT id, name FROM documents ORDER BY name, id");
        while (rows.next()) {
            const qint64 id = rows.int64(0);
            documentIndex.insert(id, int(documentNames.size()));
            documentNames.insert(id, QString::fromUtf8(rows.text(1)));
        }
        if (!rows.errorString().isEmpty())
            return Error{rows.errorString()};
    }
    QHash<qint64, QString> coderNames;
    {
        SqliteStatement rows(db, "SELECT id, name FROM coders");
        while (rows.next())
            coderNames.insert(rows.int64(0), QString::fromUtf8(rows.text(1)));
    }

    struct CodeTotals
    {
        qint64 codings = 0;
        qint64 documents = 0;
        qint64 characters = 0;
    };
    QHash<qint64, CodeTotals> codeTotals;
    // Documents in which each code or a subcode occurs, as bit sets over document ordinals.
    const size_t words = (size_t(documentNames.size()) + 63) / 64;
    QHash<qint64, std::vector<quint64>> documentsBelow;
    std::map<std::pair<qint64, qint64>, CoderTotals> coderTotals; // (coder, code)

    Frequencies result;

    SqliteStatement rows(db, coderId == 0
                                 ? "SELECT code_id, document_id, start_pos, end_pos, coder_id FROM codings "
                                   "ORDER BY code_id, document_id, start_pos"
                                 : "SELECT code_id, document_id, start_pos, end_pos, coder_id FROM codings "
                                   "WHERE coder_id = ?1 ORDER BY code_id, document_id, start_pos");
    if (!rows.isValid())
        return Error{rows.errorString()};
    if (coderId != 0)
        rows.bind(1, coderId);

    qint64 groupCode = -1;
    qint64 groupDocument = -1;
    qint64 groupCodings = 0;
    Coverage groupCoverage;
    std::vector<CoderGroup> groupCoders;

    auto flush = [&] {
        if (groupCode < 0)
            return;
        const qint64 characters = groupCoverage.total();
        result.byDocument.append({groupDocument, documentNames.value(groupDocument), groupCode,
                                  paths.value(groupCode), groupCodings, characters});
        CodeTotals &totals = codeTotals[groupCode];
        totals.codings += groupCodings;
        totals.documents += 1;
        totals.characters += characters;
        for (const CoderGroup &coder : groupCoders) {
            CoderTotals &perCoder = coderTotals[{coder.coderId, groupCode}];
            perCoder.codings += coder.codings;
            perCoder.documents += 1;
            perCoder.characters += coder.coverage.total();
        }
        const int ordinal = documentIndex.value(groupDocument, -1);
        if (ordinal >= 0) {
            for (qint64 code : selfAndAncestors.value(groupCode)) {
                auto &bits = documentsBelow[code];
                if (bits.empty())
                    bits.assign(words, 0);
                bits[size_t(ordinal) / 64] |= quint64(1) << (ordinal % 64);
            }
        }
    };

    while (rows.next()) {
        const qint64 code = rows.int64(0);
        const qint64 document = rows.int64(1);
        const qint64 start = rows.int64(2);
        const qint64 end = rows.int64(3);
        const qint64 coder = rows.int64(4);
        if (code != groupCode || document != groupDocument) {
            flush();
            groupCode = code;
            groupDocument = document;
            groupCodings = 0;
            groupCoverage = Coverage{0, start, start};
            groupCoders.clear();
        }
        ++groupCodings;
        groupCoverage.add(start, end);
        auto it = std::find_if(groupCoders.begin(), groupCoders.end(),
                               [coder](const CoderGroup &g) { return g.coderId == coder; });
        if (it == groupCoders.end()) {
            groupCoders.push_back({coder, 0, Coverage{0, start, start}});
            it = groupCoders.end() - 1;
        }
        ++it->codings;
        it->coverage.add(start, end);
    }
    if (!rows.errorString().isEmpty())
        return Error{QCoreApplication::translate("Marginalia::Core::Frequencies", "%1: reading the codings failed: %2")
                         .arg(project.filePath(), rows.errorString())};
    flush();

    // By code, in codebook order (depth first), every code with its totals.
    QList<qint64> order;
    QList<qint64> stack = tree.children(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        order.append(id);
        QList<qint64> children = tree.children(id);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    for (qint64 id : std::as_const(order)) {
        CodeFrequency row;
        row.codeId = id;
        row.codePath = paths.value(id);
        row.depth = tree.depth(id);
        const CodeTotals totals = codeTotals.value(id);
        row.codings = totals.codings;
        row.documents = totals.documents;
        row.characters = totals.characters;
        for (qint64 member : tree.subtree(id))
            row.codingsInclSubcodes += codeTotals.value(member).codings;
        const auto bits = documentsBelow.constFind(id);
        if (bits != documentsBelow.constEnd()) {
            for (quint64 word : *bits)
                row.documentsInclSubcodes += qPopulationCount(word);
        }
        result.byCode.append(row);
    }

    // By document: document name, then codebook order.
    QHash<qint64, int> codeOrder;
    for (qsizetype i = 0; i < order.size(); ++i)
        codeOrder.insert(order.at(i), int(i));
    std::stable_sort(result.byDocument.begin(), result.byDocument.end(),
                     [&](const DocumentCodeFrequency &a, const DocumentCodeFrequency &b) {
                         const int da = documentIndex.value(a.documentId);
                         const int db = documentIndex.value(b.documentId);
                         if (da != db)
                             return da < db;
                         return codeOrder.value(a.codeId) < codeOrder.value(b.codeId);
                     });

    for (const auto &[key, totals] : coderTotals) {
        result.byCoder.append({key.first, coderNames.value(key.first), key.second, paths.value(key.second),
                               totals.codings, totals.documents, totals.characters});
    }
    std::stable_sort(result.byCoder.begin(), result.byCoder.end(),
                     [&](const CoderCodeFrequency &a, const CoderCodeFrequency &b) {
                         if (a.coder != b.coder)
                             return a.coder.localeAwareCompare(b.coder) < 0;
                         return codeOrder.value(a.codeId) < codeOrder.value(b.codeId);
                     });
    return result;
}

} // namespace Marginalia::Core
