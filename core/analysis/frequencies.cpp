#include "analysis/frequencies.h"

#include "model/codetree.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
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
    int coderSlot = 0;
    qint64 codings = 0;
    Coverage coverage;
};

struct Totals
{
    qint64 codings = 0;
    qint64 documents = 0;
    qint64 characters = 0;
};

/// One (document, code) group, small and trivially copyable: ordered, then turned into the public rows once.
struct GroupRow
{
    qint32 document; ///< ordinal in name order; -(k + 1) for the k-th id not in the documents table
    qint32 codeSlot;
    qint64 codings;
    qint64 characters;
};

} // namespace

Result<Frequencies> Frequencies::compute(const Project &project, qint64 coderId,
                                         const std::optional<QSet<qint64>> &scope)
{
    const CodeTree tree(project.codes());

    const QList<qint64> order = tree.depthFirst();
    QHash<qint64, int> codeOrder;
    for (qsizetype i = 0; i < order.size(); ++i)
        codeOrder.insert(order.at(i), int(i));

    // Per code, once, in a dense slot: path, order, and the slots its "incl. subcodes" counts feed.
    QHash<qint64, int> slotOf;
    std::vector<qint64> idOfSlot;
    std::vector<QString> pathOfSlot;
    std::vector<int> orderOfSlot;
    std::vector<std::vector<int>> feedsOfSlot;
    auto addSlot = [&](qint64 id, QString path) {
        const int slot = int(idOfSlot.size());
        slotOf.insert(id, slot);
        idOfSlot.push_back(id);
        pathOfSlot.push_back(std::move(path));
        orderOfSlot.push_back(codeOrder.value(id));
        feedsOfSlot.emplace_back();
        return slot;
    };
    for (const Code &code : tree.codes())
        addSlot(code.id, tree.path(code.id));
    for (size_t slot = 0; slot < idOfSlot.size(); ++slot) {
        feedsOfSlot[slot].push_back(int(slot));
        for (qint64 ancestor : tree.ancestors(idOfSlot[slot]))
            feedsOfSlot[slot].push_back(slotOf.value(ancestor));
    }

    // Documents in name order; their ordinal by id through a dense table when the ids are dense.
    std::vector<QString> documentNames;
    std::vector<qint64> documentIds; // by ordinal
    std::vector<qint64> unknownDocuments; // ids of codings' documents missing from the table (a damaged file)
    QHash<qint64, int> documentOrdinalHash;
    std::vector<int> documentOrdinalDense;
    {
        std::vector<qint64> &ids = documentIds;
        for (const DocumentName &document : project.documentNames()) {
            ids.push_back(document.id);
            documentNames.push_back(document.name);
        }
        const qint64 maxId = ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end());
        const bool dense = maxId <= 4 * qint64(ids.size()) + 1024;
        if (dense)
            documentOrdinalDense.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < ids.size(); ++i) {
            if (dense && ids[i] >= 0)
                documentOrdinalDense[size_t(ids[i])] = int(i);
            else
                documentOrdinalHash.insert(ids[i], int(i));
        }
    }
    auto documentOrdinal = [&](qint64 id) {
        if (id >= 0 && size_t(id) < documentOrdinalDense.size() && documentOrdinalDense[size_t(id)] >= 0)
            return documentOrdinalDense[size_t(id)];
        return documentOrdinalHash.value(id, -1);
    };

    // Coders in a dense slot too.
    QHash<qint64, QString> coderNames;
    for (const Coder &coder : project.coders())
        coderNames.insert(coder.id, coder.name);
    std::vector<qint64> coderIdOfSlot;
    QHash<qint64, int> coderSlotOf;
    auto coderSlot = [&](qint64 id) {
        const auto it = coderSlotOf.constFind(id);
        if (it != coderSlotOf.constEnd())
            return *it;
        const int slot = int(coderIdOfSlot.size());
        coderSlotOf.insert(id, slot);
        coderIdOfSlot.push_back(id);
        return slot;
    };

    std::vector<Totals> codeTotals(idOfSlot.size());
    std::vector<std::vector<Totals>> coderTotals; // [coder slot][code slot]
    const size_t words = (documentNames.size() + 63) / 64;
    std::vector<std::vector<quint64>> documentsBelow(idOfSlot.size());
    std::vector<GroupRow> groups;

    qint64 groupCode = -1;
    int groupSlot = -1;
    qint64 groupDocument = -1;
    qint64 groupCodings = 0;
    Coverage groupCoverage;
    std::vector<CoderGroup> groupCoders;
    qint64 lastCoder = -1;
    int lastCoderSlot = -1;

    auto flush = [&] {
        if (groupCode < 0)
            return;
        const qint64 characters = groupCoverage.total();
        const int ordinal = documentOrdinal(groupDocument);
        int document = ordinal;
        if (ordinal < 0) {
            unknownDocuments.push_back(groupDocument);
            document = -int(unknownDocuments.size());
        }
        groups.push_back({document, groupSlot, groupCodings, characters});
        Totals &totals = codeTotals[size_t(groupSlot)];
        totals.codings += groupCodings;
        totals.documents += 1;
        totals.characters += characters;
        for (const CoderGroup &coder : groupCoders) {
            auto &perCode = coderTotals[size_t(coder.coderSlot)];
            if (perCode.size() < idOfSlot.size())
                perCode.resize(idOfSlot.size());
            Totals &perCoder = perCode[size_t(groupSlot)];
            perCoder.codings += coder.codings;
            perCoder.documents += 1;
            perCoder.characters += coder.coverage.total();
        }
        if (ordinal >= 0) {
            for (int slot : feedsOfSlot[size_t(groupSlot)]) {
                auto &bits = documentsBelow[size_t(slot)];
                if (bits.empty())
                    bits.assign(words, 0);
                bits[size_t(ordinal) / 64] |= quint64(1) << (ordinal % 64);
            }
        }
    };

    CodingFilter filter;
    filter.coderId = coderId;
    filter.documentIds = scope;
    const Status read = project.forEachCoding(
        filter, Project::CodingOrder::ByCode, Project::CodingDetail::Spans, [&](const Project::CodingRow &row) {
            const qint64 code = row.codeId;
            const qint64 document = row.documentId;
            const qint64 start = row.start;
            const qint64 end = row.end;
            const qint64 coder = row.coderId;
            if (code != groupCode || document != groupDocument) {
                flush();
                if (code != groupCode) {
                    const auto it = slotOf.constFind(code);
                    if (it != slotOf.constEnd()) {
                        groupSlot = *it;
                    } else { // not in the codebook (a damaged file): counted under an empty path, as before
                        groupSlot = addSlot(code, QString());
                        codeTotals.emplace_back();
                        documentsBelow.emplace_back();
                    }
                }
                groupCode = code;
                groupDocument = document;
                groupCodings = 0;
                groupCoverage = Coverage{0, start, start};
                groupCoders.clear();
            }
            ++groupCodings;
            groupCoverage.add(start, end);
            if (coder != lastCoder) {
                lastCoder = coder;
                lastCoderSlot = coderSlot(coder);
                if (coderTotals.size() <= size_t(lastCoderSlot))
                    coderTotals.resize(size_t(lastCoderSlot) + 1);
            }
            auto it = std::find_if(groupCoders.begin(), groupCoders.end(),
                                   [slot = lastCoderSlot](const CoderGroup &g) { return g.coderSlot == slot; });
            if (it == groupCoders.end()) {
                groupCoders.push_back({lastCoderSlot, 0, Coverage{0, start, start}});
                it = groupCoders.end() - 1;
            }
            ++it->codings;
            it->coverage.add(start, end);
            return true;
        });
    if (!read)
        return Error{read.error()};
    flush();

    Frequencies result;

    // By code, in codebook order, every code with its totals.
    result.byCode.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        const int slot = slotOf.value(id);
        CodeFrequency row;
        row.codeId = id;
        row.codePath = pathOfSlot[size_t(slot)];
        row.depth = tree.depth(id);
        const Totals totals = codeTotals[size_t(slot)];
        row.codings = totals.codings;
        row.documents = totals.documents;
        row.characters = totals.characters;
        for (qint64 member : tree.subtree(id))
            row.codingsInclSubcodes += codeTotals[size_t(slotOf.value(member))].codings;
        for (quint64 word : documentsBelow[size_t(slot)])
            row.documentsInclSubcodes += qPopulationCount(word);
        result.byCode.append(row);
    }

    // By document: document name, then codebook order. The scan delivered the groups in runs of one code;
    // taking the runs in codebook order and dealing them into one bucket per document (a stable counting
    // sort) gives that order in linear time, without comparing or moving the rows themselves.
    {
        struct Run
        {
            size_t begin;
            size_t end;
        };
        std::vector<Run> runs;
        for (size_t i = 0; i < groups.size(); ++i) {
            if (i == 0 || groups[i].codeSlot != groups[i - 1].codeSlot)
                runs.push_back({i, i});
            runs.back().end = i + 1;
        }
        std::stable_sort(runs.begin(), runs.end(), [&](const Run &a, const Run &b) {
            return orderOfSlot[size_t(groups[a.begin].codeSlot)] < orderOfSlot[size_t(groups[b.begin].codeSlot)];
        });
        // Documents missing from the table sort as the first document, as they always did.
        std::vector<size_t> bucketStart(documentNames.size() + 1, 0);
        for (const GroupRow &g : groups)
            ++bucketStart[size_t(std::max(g.document, 0)) + 1];
        for (size_t i = 1; i < bucketStart.size(); ++i)
            bucketStart[i] += bucketStart[i - 1];
        std::vector<qint32> ordered(groups.size());
        for (const Run &run : runs) {
            for (size_t i = run.begin; i < run.end; ++i)
                ordered[bucketStart[size_t(std::max(groups[i].document, 0))]++] = qint32(i);
        }
        result.byDocument.reserve(qsizetype(groups.size()));
        for (qint32 index : ordered) {
            const GroupRow &g = groups[size_t(index)];
            const bool known = g.document >= 0;
            result.byDocument.append(
                {known ? documentIds[size_t(g.document)] : unknownDocuments[size_t(-g.document - 1)],
                 known ? documentNames[size_t(g.document)] : QString(), idOfSlot[size_t(g.codeSlot)],
                 pathOfSlot[size_t(g.codeSlot)], g.codings, g.characters});
        }
    }

    // By coder: coder name (locale-aware), then codebook order; the comparison of names is made once per coder.
    struct CoderRow
    {
        qint64 coderId;
        int coderSlot;
        int codeSlot;
    };
    std::vector<CoderRow> coderRows;
    for (size_t c = 0; c < coderTotals.size(); ++c) {
        for (size_t s = 0; s < coderTotals[c].size(); ++s) {
            if (coderTotals[c][s].documents > 0)
                coderRows.push_back({coderIdOfSlot[c], int(c), int(s)});
        }
    }
    // The order the original's std::map gave: (coder id, code id).
    std::sort(coderRows.begin(), coderRows.end(), [&](const CoderRow &a, const CoderRow &b) {
        if (a.coderId != b.coderId)
            return a.coderId < b.coderId;
        return idOfSlot[size_t(a.codeSlot)] < idOfSlot[size_t(b.codeSlot)];
    });
    std::vector<int> nameRank(coderIdOfSlot.size());
    {
        std::vector<int> bySlot(coderIdOfSlot.size());
        for (size_t i = 0; i < bySlot.size(); ++i)
            bySlot[i] = int(i);
        auto nameOf = [&](int slot) {
            return coderNames.value(coderIdOfSlot[size_t(slot)]);
        };
        std::stable_sort(bySlot.begin(), bySlot.end(),
                         [&](int a, int b) { return nameOf(a).localeAwareCompare(nameOf(b)) < 0; });
        for (size_t i = 0; i < bySlot.size(); ++i) {
            const bool tie = i > 0 && nameOf(bySlot[i - 1]).localeAwareCompare(nameOf(bySlot[i])) == 0;
            nameRank[size_t(bySlot[i])] = tie ? nameRank[size_t(bySlot[i - 1])] : int(i);
        }
    }
    std::stable_sort(coderRows.begin(), coderRows.end(), [&](const CoderRow &a, const CoderRow &b) {
        if (nameRank[size_t(a.coderSlot)] != nameRank[size_t(b.coderSlot)])
            return nameRank[size_t(a.coderSlot)] < nameRank[size_t(b.coderSlot)];
        return orderOfSlot[size_t(a.codeSlot)] < orderOfSlot[size_t(b.codeSlot)];
    });
    result.byCoder.reserve(qsizetype(coderRows.size()));
    for (const CoderRow &row : coderRows) {
        const Totals &totals = coderTotals[size_t(row.coderSlot)][size_t(row.codeSlot)];
        result.byCoder.append({row.coderId, coderNames.value(row.coderId), idOfSlot[size_t(row.codeSlot)],
                               pathOfSlot[size_t(row.codeSlot)], totals.codings, totals.documents, totals.characters});
    }
    return result;
}

QList<CodeFrequency> Frequencies::chartedCodes(int maxCodes, int *others, qint64 *otherCodings) const
{
    QList<CodeFrequency> used;
    for (const CodeFrequency &code : byCode) {
        if (code.codings > 0)
            used.append(code);
    }
    std::stable_sort(used.begin(), used.end(),
                     [](const CodeFrequency &a, const CodeFrequency &b) { return a.codings > b.codings; });
    const qsizetype shown = used.size() > maxCodes ? std::max(1, maxCodes - 1) : used.size();
    qint64 rest = 0;
    for (qsizetype i = shown; i < used.size(); ++i)
        rest += used.at(i).codings;
    if (others)
        *others = int(used.size() - shown);
    if (otherCodings)
        *otherCodings = rest;
    used.resize(shown);
    return used;
}

} // namespace Marginalia::Core
