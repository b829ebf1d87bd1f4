#include "analysis/coderagreement.h"

#include "analysis/binaryagreement.h"
#include "analysis/unitizingalpha.h"
#include "model/codetree.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::CoderAgreement)
};

/// One coding of one of the compared coders, as the scan delivers it.
struct Span
{
    qint64 codeId;
    qint64 documentId;
    int coder; ///< slot in the compared coders
    qint64 start;
    qint64 end;
};

using Segment = UnitizingAlpha::Segment;
/// Each compared coder's coverage of one code in one document: sorted, overlapping codings merged.
using Coverage = QList<QList<Segment>>;

/// How many characters of a document (or of several) were marked by how many coders, and, for two
/// coders, by which: what every character-level statistic is computed from.
struct Tally
{
    QList<qint64> markedBy; ///< [k]: characters marked by exactly k coders
    QList<qint64> markedByCoder; ///< [i]: characters coder i marked

    explicit Tally(int coders)
        : markedBy(coders + 1, 0)
        , markedByCoder(coders, 0)
    {
    }
    void add(const Tally &other)
    {
        for (qsizetype k = 0; k < markedBy.size(); ++k)
            markedBy[k] += other.markedBy[k];
        for (qsizetype i = 0; i < markedByCoder.size(); ++i)
            markedByCoder[i] += other.markedByCoder[i];
    }
    void clear()
    {
        markedBy.fill(0);
        markedByCoder.fill(0);
    }
    /// A document where none of the coders marked anything.
    void addUnmarked(qint64 length) { markedBy[0] += length; }
};

/// Every coder's segments, clipped to the document, sorted and merged.
Coverage coverageOf(Coverage raw, qint64 length)
{
    for (auto &segments : raw) {
        std::sort(segments.begin(), segments.end(),
                  [](const Segment &a, const Segment &b) { return a.start < b.start; });
        QList<Segment> merged;
        merged.reserve(segments.size());
        for (Segment s : segments) {
            s.start = std::clamp<qint64>(s.start, 0, length);
            s.end = std::clamp<qint64>(s.end, 0, length);
            if (s.end <= s.start)
                continue;
            if (!merged.empty() && s.start <= merged.back().end)
                merged.back().end = std::max(merged.back().end, s.end);
            else
                merged.push_back(s);
        }
        segments = std::move(merged);
    }
    return raw;
}

/// The sweep over the coverages' boundaries: between two boundaries the set of coders who marked the text
/// is the same, so each stretch is counted once, by its length. With two coders it also hands out the
/// stretches where exactly one of them marked the text.
template<typename Stretch> void sweep(const Coverage &coverage, qint64 length, Tally &tally, Stretch &&onDisagreement)
{
    struct Event
    {
        qint64 position;
        int coder;
        bool opens;
    };
    // Reused from call to call: a comparison sweeps once per code and document.
    static thread_local std::vector<Event> events;
    events.clear();
    for (qsizetype coder = 0; coder < coverage.size(); ++coder) {
        for (const Segment &s : coverage[coder]) {
            events.push_back({s.start, int(coder), true});
            events.push_back({s.end, int(coder), false});
            tally.markedByCoder[coder] += s.end - s.start;
        }
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.position < b.position; });
    const bool twoCoders = coverage.size() == 2;
    qint64 previous = 0;
    int marked = 0;
    quint64 mask = 0;
    auto count = [&](qint64 from, qint64 to) {
        const qint64 stretch = to - from;
        if (stretch <= 0)
            return;
        tally.markedBy[marked] += stretch;
        if (!twoCoders)
            return;
        if (mask == 1)
            onDisagreement(from, to, 0);
        else if (mask == 2)
            onDisagreement(from, to, 1);
    };
    for (size_t i = 0; i < events.size();) {
        const qint64 position = events[i].position;
        count(previous, position);
        for (; i < events.size() && events[i].position == position; ++i) {
            const quint64 bit = quint64(1) << (events[i].coder % 64);
            if (events[i].opens) {
                ++marked;
                mask |= bit;
            } else {
                --marked;
                mask &= ~bit;
            }
        }
        previous = position;
    }
    count(previous, length);
}

struct Statistics
{
    Statistic percentAgreement;
    Statistic cohenKappa;
    Statistic fleissKappa;
    Statistic krippendorffAlpha;
};

Statistics statisticsOf(const Tally &tally)
{
    const BinaryAgreement counts(tally.markedBy, tally.markedByCoder);
    return {counts.percentAgreement(), counts.cohenKappa(), counts.fleissKappa(), counts.krippendorffAlpha()};
}

/// What the scan found: the compared coders' codings, grouped by code, and the documents they coded in.
struct Scan
{
    std::vector<Span> spans; ///< in (code, document, start) order
    QHash<qint64, std::pair<size_t, size_t>> rangeOfCode;
    QSet<qint64> documentsCoded;
};

Core::Result<Scan> scan(const Project &project, const QHash<qint64, int> &slotOfCoder, const CodingFilter &documents)
{
    Scan result;
    const CodingFilter &filter = documents;
    const Status read = project.forEachCoding(
        filter, Project::CodingOrder::ByCode, Project::CodingDetail::Spans, [&](const Project::CodingRow &row) {
            const auto slot = slotOfCoder.constFind(row.coderId);
            if (slot == slotOfCoder.constEnd())
                return true;
            result.documentsCoded.insert(row.documentId);
            if (result.spans.empty() || result.spans.back().codeId != row.codeId)
                result.rangeOfCode.insert(row.codeId, {result.spans.size(), result.spans.size()});
            result.spans.push_back({row.codeId, row.documentId, *slot, row.start, row.end});
            result.rangeOfCode[row.codeId].second = result.spans.size();
            return true;
        });
    if (!read)
        return Error{read.error()};
    return result;
}

/// The spans of a code (and its subcodes, if asked), grouped by document: document id -> raw segments
/// by coder.
QHash<qint64, Coverage> spansByDocument(const Scan &scan, const QList<qint64> &codes, int coders)
{
    QHash<qint64, Coverage> byDocument;
    for (qint64 code : codes) {
        const auto range = scan.rangeOfCode.constFind(code);
        if (range == scan.rangeOfCode.constEnd())
            continue;
        for (size_t i = range->first; i < range->second; ++i) {
            const Span &span = scan.spans[i];
            auto &segments = byDocument[span.documentId];
            if (segments.empty())
                segments.resize(coders);
            segments[span.coder].append({span.start, span.end});
        }
    }
    return byDocument;
}

/// Agreement needs two coders, and a coder's slot is a bit of a 64-bit mask in the sweep.
Status checkComparable(const Project &project, const QList<Coder> &chosen)
{
    if (chosen.size() < 2) {
        return Error{Tr::tr("%1: agreement needs two or more coders who coded, and there %2.")
                         .arg(project.filePath(),
                              chosen.isEmpty() ? Tr::tr("are none") : Tr::tr("is only %1").arg(chosen.first().name))};
    }
    if (chosen.size() > 64)
        return Error{Tr::tr("%1: agreement compares at most 64 coders at a time.").arg(project.filePath())};
    return success();
}

/// The coders to compare, by name: the ones asked for, or everyone with a coding in the documents.
Core::Result<QList<Coder>> codersToCompare(const Project &project, const QList<qint64> &asked,
                                           const CodingFilter &documents)
{
    const QList<Coder> all = project.coders();
    QList<Coder> chosen;
    if (asked.isEmpty()) {
        QSet<qint64> coded;
        const CodingFilter &filter = documents;
        const Status read = project.forEachCoding(filter, Project::CodingOrder::ByCode, Project::CodingDetail::Spans,
                                                  [&coded](const Project::CodingRow &row) {
                                                      coded.insert(row.coderId);
                                                      return true;
                                                  });
        if (!read)
            return Error{read.error()};
        for (const Coder &coder : all) {
            if (coded.contains(coder.id))
                chosen.append(coder);
        }
    } else {
        for (const Coder &coder : all) {
            if (asked.contains(coder.id))
                chosen.append(coder);
        }
        if (chosen.size() != QSet<qint64>(asked.cbegin(), asked.cend()).size())
            return Error{Tr::tr("%1: one of the coders to compare is not in the project.").arg(project.filePath())};
    }
    if (const Status comparable = checkComparable(project, chosen); !comparable)
        return Error{comparable.error()};
    return chosen;
}

} // namespace

Core::Result<CoderAgreement::Result> CoderAgreement::compute(const Project &project, const AgreementRequest &request)
{
    const CodeTree tree(project.codes());
    if (request.codeId != 0 && !tree.find(request.codeId))
        return Error{Tr::tr("%1: there is no code with id %2.").arg(project.filePath()).arg(request.codeId)};

    CodingFilter documents;
    documents.documentId = request.documentId;
    documents.documentIds = request.documentIds;
    // Everyone is scanned when no coders are named (the scan also tells who coded), so one pass does.
    Result result;
    QList<Coder> candidates;
    if (request.coderIds.isEmpty()) {
        candidates = project.coders();
        if (candidates.size() > 64 * 1024)
            return Error{Tr::tr("%1: too many coders to compare.").arg(project.filePath())};
    } else {
        auto chosen = codersToCompare(project, request.coderIds, documents);
        if (!chosen)
            return Error{chosen.error()};
        candidates = *chosen;
    }
    QHash<qint64, int> slotOfCoder;
    for (int i = 0; i < int(candidates.size()); ++i)
        slotOfCoder.insert(candidates.at(i).id, i);
    auto scanned = scan(project, slotOfCoder, documents);
    if (!scanned)
        return Error{scanned.error()};
    if (request.coderIds.isEmpty()) {
        // Keep those who coded, in name order, and renumber the spans' slots to theirs.
        std::vector<bool> coded(size_t(candidates.size()), false);
        for (const Span &span : scanned->spans)
            coded[size_t(span.coder)] = true;
        std::vector<int> newSlot(size_t(candidates.size()), -1);
        QList<Coder> chosen;
        for (int i = 0; i < int(candidates.size()); ++i) {
            if (coded[size_t(i)]) {
                newSlot[size_t(i)] = int(chosen.size());
                chosen.append(candidates.at(i));
            }
        }
        if (const Status comparable = checkComparable(project, chosen); !comparable)
            return Error{comparable.error()};
        for (Span &span : scanned->spans)
            span.coder = newSlot[size_t(span.coder)];
        candidates = chosen;
    }
    result.coders = candidates;
    const int m = int(result.coders.size());

    // The compared documents, in name order, with their lengths; and the same documents by length, which
    // the pooled unitizing alpha takes the uncoded ones in.
    const QHash<qint64, qint64> lengthOf = project.documentLengths();
    struct ComparedDocument
    {
        qint64 id;
        QString name;
        qint64 length;
    };
    std::vector<ComparedDocument> compared;
    QHash<qint64, int> indexOf;
    for (const DocumentName &document : project.documentNames()) {
        if (request.documentId != 0 ? document.id == request.documentId
                                    : scanned->documentsCoded.contains(document.id)) {
            indexOf.insert(document.id, int(compared.size()));
            compared.push_back({document.id, document.name, lengthOf.value(document.id)});
        }
    }
    std::vector<int> byLength(compared.size());
    for (size_t i = 0; i < compared.size(); ++i)
        byLength[i] = int(i);
    std::stable_sort(byLength.begin(), byLength.end(),
                     [&](int a, int b) { return compared[size_t(a)].length < compared[size_t(b)].length; });
    qint64 comparedLength = 0;
    for (const ComparedDocument &document : compared)
        comparedLength += document.length;

    // The compared codes get slots in codebook order; a coding counts for its code's slot and, with
    // subcodes, for the slots of the compared codes above it.
    const QList<qint64> codes = request.codeId != 0 ? QList<qint64>{request.codeId} : tree.depthFirst();
    QHash<qint64, int> slotOfCode;
    for (int i = 0; i < int(codes.size()); ++i)
        slotOfCode.insert(codes.at(i), i);
    const auto slotsCounting = [&](qint64 code) {
        QList<int> slots;
        for (qint64 id = code; id != 0;) {
            const auto slot = slotOfCode.constFind(id);
            if (slot != slotOfCode.constEnd())
                slots.append(*slot);
            if (!request.includeSubcodes)
                break;
            const Code *found = tree.find(id);
            id = found ? found->parentId : 0;
        }
        return slots;
    };

    // Every coding as a piece of one compared document and code slot, sorted so that each document's
    // codes come in codebook order and each coder's pieces in text order: the rows by document are then
    // made in their final order, in one pass, and the pooled rows are added up as it goes.
    struct Piece
    {
        int document;
        int code;
        int coder;
        qint64 start;
        qint64 end;
    };
    std::vector<Piece> pieces;
    pieces.reserve(scanned->spans.size());
    {
        qint64 runCode = -1;
        QList<int> runSlots;
        qint64 lastDocument = -1;
        int lastIndex = -1;
        for (const Span &span : scanned->spans) {
            if (span.codeId != runCode) {
                runCode = span.codeId;
                runSlots = slotsCounting(runCode);
            }
            if (runSlots.isEmpty())
                continue;
            if (span.documentId != lastDocument) {
                lastDocument = span.documentId;
                lastIndex = indexOf.value(span.documentId, -1);
            }
            if (lastIndex < 0)
                continue;
            for (int slot : std::as_const(runSlots))
                pieces.push_back({lastIndex, slot, span.coder, span.start, span.end});
        }
    }
    // Two stable counting sorts, by code slot and then by document, give (document, code) groups in which
    // the pieces keep the scan's text order; only a code with subcodes mixes several codes' runs in one
    // group, and those groups are sorted by start on their own.
    const auto countingSort = [&pieces](std::size_t keys, auto keyOf) {
        std::vector<std::size_t> starts(keys + 1, 0);
        for (const Piece &piece : pieces)
            ++starts[std::size_t(keyOf(piece)) + 1];
        for (std::size_t k = 1; k <= keys; ++k)
            starts[k] += starts[k - 1];
        std::vector<Piece> sorted(pieces.size());
        for (const Piece &piece : pieces)
            sorted[starts[std::size_t(keyOf(piece))]++] = piece;
        pieces.swap(sorted);
    };
    countingSort(std::size_t(codes.size()), [](const Piece &piece) { return piece.code; });
    countingSort(compared.size(), [](const Piece &piece) { return piece.document; });
    if (request.includeSubcodes) {
        for (std::size_t first = 0; first < pieces.size();) {
            std::size_t next = first + 1;
            while (next < pieces.size() && pieces[next].document == pieces[first].document
                   && pieces[next].code == pieces[first].code)
                ++next;
            std::sort(pieces.begin() + std::ptrdiff_t(first), pieces.begin() + std::ptrdiff_t(next),
                      [](const Piece &a, const Piece &b) { return a.start < b.start; });
            first = next;
        }
    }

    std::vector<Tally> pooled(codes.size(), Tally(m));
    std::vector<UnitizingAlpha> pooledUnits(codes.size(), UnitizingAlpha(m));
    std::vector<qint64> touchedLength(codes.size(), 0);
    std::vector<std::vector<int>> touchedDocuments(codes.size());
    std::vector<QString> codePaths(codes.size());
    for (size_t i = 0; i < size_t(codes.size()); ++i)
        codePaths[i] = tree.path(codes.at(qsizetype(i)));

    qsizetype groups = 0;
    for (size_t i = 0; request.documentRows && i < pieces.size(); ++i) {
        if (i == 0 || pieces[i].document != pieces[i - 1].document || pieces[i].code != pieces[i - 1].code)
            ++groups;
    }
    result.byDocument.reserve(groups);

    Coverage coverage(m);
    Tally tally(m);
    UnitizingAlpha units(m);
    for (size_t first = 0; first < pieces.size();) {
        const int documentIndex = pieces[first].document;
        const int slot = pieces[first].code;
        const ComparedDocument &document = compared[size_t(documentIndex)];
        // Each coder's coverage: their pieces, clipped to the document, overlapping and adjacent ones merged.
        for (QList<Segment> &segments : coverage)
            segments.resize(0);
        size_t next = first;
        for (; next < pieces.size() && pieces[next].document == documentIndex && pieces[next].code == slot; ++next) {
            const Piece &piece = pieces[next];
            const qint64 start = std::clamp<qint64>(piece.start, 0, document.length);
            const qint64 end = std::clamp<qint64>(piece.end, 0, document.length);
            if (end <= start)
                continue;
            QList<Segment> &segments = coverage[piece.coder];
            if (!segments.isEmpty() && start <= segments.last().end)
                segments.last().end = std::max(segments.last().end, end);
            else
                segments.append({start, end});
        }
        first = next;

        tally.clear();
        sweep(coverage, document.length, tally, [](qint64, qint64, int) {});
        pooled[size_t(slot)].add(tally);
        touchedLength[size_t(slot)] += document.length;
        touchedDocuments[size_t(slot)].push_back(documentIndex);
        if (!request.documentRows) {
            // The pooled alpha-u needs only this document's continuum, not its own alpha.
            if (const Status added = pooledUnits[size_t(slot)].addContinuum(document.length, coverage); !added)
                return Error{added.error()};
            continue;
        }

        AgreementRow row;
        row.codeId = codes.at(slot);
        row.codePath = codePaths[size_t(slot)];
        row.documentId = document.id;
        row.document = document.name;
        row.documents = 1;
        row.characters = document.length;
        row.codedByAll = tally.markedBy.constLast();
        row.codedByCoder = tally.markedByCoder;
        Statistics statistics = statisticsOf(tally);
        row.percentAgreement = std::move(statistics.percentAgreement);
        row.cohenKappa = std::move(statistics.cohenKappa);
        row.fleissKappa = std::move(statistics.fleissKappa);
        row.krippendorffAlpha = std::move(statistics.krippendorffAlpha);
        units.clear();
        // The coverage is sorted, merged and clipped, so the only refusal left would be a bug here; it is
        // reported rather than turned into a wrong number.
        if (const Status added = units.addContinuum(document.length, coverage); !added)
            return Error{added.error()};
        row.unitizingAlpha = units.alpha();
        if (const Status added = pooledUnits[size_t(slot)].add(units); !added)
            return Error{added.error()};
        result.byDocument.append(std::move(row));
    }

    // The pooled rows: the documents a code was not coded in agree on "not coded" and are gaps for alpha-u.
    result.byCode.reserve(codes.size());
    std::vector<char> touched(compared.size(), 0);
    std::vector<qint64> uncodedLengths;
    uncodedLengths.reserve(compared.size());
    Tally overallTally(m);
    UnitizingAlpha overallUnits(m);
    qint64 overallCodes = 0;
    for (size_t slot = 0; slot < size_t(codes.size()); ++slot) {
        Tally &pooledTally = pooled[slot];
        pooledTally.addUnmarked(comparedLength - touchedLength[slot]);
        for (int index : touchedDocuments[slot])
            touched[size_t(index)] = 1;
        uncodedLengths.clear();
        for (int index : byLength) {
            if (!touched[size_t(index)])
                uncodedLengths.push_back(compared[size_t(index)].length);
        }
        for (int index : touchedDocuments[slot])
            touched[size_t(index)] = 0;
        if (const Status added = pooledUnits[slot].addUncodedContinua(uncodedLengths); !added)
            return Error{added.error()};

        AgreementRow row;
        row.codeId = codes.at(qsizetype(slot));
        row.codePath = codePaths[slot];
        row.documents = qint64(compared.size());
        row.characters = comparedLength;
        row.codedByAll = pooledTally.markedBy.constLast();
        row.codedByCoder = pooledTally.markedByCoder;
        Statistics statistics = statisticsOf(pooledTally);
        row.percentAgreement = std::move(statistics.percentAgreement);
        row.cohenKappa = std::move(statistics.cohenKappa);
        row.fleissKappa = std::move(statistics.fleissKappa);
        row.krippendorffAlpha = std::move(statistics.krippendorffAlpha);
        row.unitizingAlpha = pooledUnits[slot].alpha();
        result.byCode.append(std::move(row));
        // Codes none of the coders coded would only add units all agree on: the overall row leaves them out.
        const bool coded = std::any_of(pooledTally.markedByCoder.cbegin(), pooledTally.markedByCoder.cend(),
                                       [](qint64 count) { return count > 0; });
        if (request.overallRow && coded) {
            ++overallCodes;
            overallTally.add(pooledTally);
            if (const Status added = overallUnits.add(pooledUnits[slot]); !added)
                return Error{added.error()};
        }
    }
    if (!request.overallRow)
        return result;
    AgreementRow &overall = result.overall;
    overall.documents = qint64(compared.size());
    overall.characters = comparedLength * overallCodes;
    overall.codedByAll = overallTally.markedBy.constLast();
    overall.codedByCoder = overallTally.markedByCoder;
    Statistics statistics = statisticsOf(overallTally);
    overall.percentAgreement = std::move(statistics.percentAgreement);
    overall.cohenKappa = std::move(statistics.cohenKappa);
    overall.fleissKappa = std::move(statistics.fleissKappa);
    overall.krippendorffAlpha = std::move(statistics.krippendorffAlpha);
    overall.unitizingAlpha = overallUnits.alpha();
    return result;
}

Core::Result<QList<Disagreement>> CoderAgreement::disagreements(const Project &project, qint64 firstCoderId,
                                                                qint64 secondCoderId, qint64 codeId,
                                                                bool includeSubcodes, qint64 documentId)
{
    if (firstCoderId == secondCoderId)
        return Error{Tr::tr("%1: disagreements are between two different coders.").arg(project.filePath())};
    CodingFilter documents;
    documents.documentId = documentId;
    auto coders = codersToCompare(project, {firstCoderId, secondCoderId}, documents);
    if (!coders)
        return Error{coders.error()};
    // In the order asked for: the first coder is coder 0 of the sweep.
    const QList<Coder> pair = coders->first().id == firstCoderId ? *coders : QList<Coder>{coders->at(1), coders->at(0)};
    QHash<qint64, int> slotOfCoder{{pair.at(0).id, 0}, {pair.at(1).id, 1}};

    const CodeTree tree(project.codes());
    if (codeId != 0 && !tree.find(codeId))
        return Error{Tr::tr("%1: there is no code with id %2.").arg(project.filePath()).arg(codeId)};
    auto scanned = scan(project, slotOfCoder, documents);
    if (!scanned)
        return Error{scanned.error()};
    const QHash<qint64, qint64> lengthOf = project.documentLengths();

    QList<Disagreement> result;
    const QList<qint64> codes = codeId != 0 ? QList<qint64>{codeId} : tree.depthFirst();
    for (qint64 code : codes) {
        const QList<qint64> members = includeSubcodes ? tree.subtree(code) : QList<qint64>{code};
        const auto byDocument = spansByDocument(*scanned, members, 2);
        for (auto it = byDocument.cbegin(); it != byDocument.cend(); ++it) {
            const qint64 length = lengthOf.value(it.key());
            Tally tally(2);
            sweep(coverageOf(it.value(), length), length, tally, [&](qint64 start, qint64 end, int coder) {
                Disagreement row;
                row.documentId = it.key();
                row.codeId = code;
                row.codePath = tree.path(code);
                row.start = start;
                row.end = end;
                row.coderId = pair.at(coder).id;
                row.codedBy = pair.at(coder).name;
                result.append(row);
            });
        }
    }
    // Document (name) and text order; then the text of each stretch, one document's text at a time.
    QHash<qint64, int> documentOrder;
    QHash<qint64, QString> nameOf;
    int order = 0;
    for (const DocumentName &document : project.documentNames()) {
        documentOrder.insert(document.id, order++);
        nameOf.insert(document.id, document.name);
    }
    std::stable_sort(result.begin(), result.end(), [&](const Disagreement &a, const Disagreement &b) {
        const int da = documentOrder.value(a.documentId);
        const int db = documentOrder.value(b.documentId);
        if (da != db)
            return da < db;
        if (a.start != b.start)
            return a.start < b.start;
        return a.end < b.end;
    });
    qint64 textOf = -1;
    QString text;
    for (Disagreement &row : result) {
        if (row.documentId != textOf) {
            textOf = row.documentId;
            auto read = project.documentText(row.documentId);
            if (!read)
                return Error{read.error()};
            text = *read;
        }
        row.document = nameOf.value(row.documentId);
        row.text = TextOffsets::slice(text, row.start, row.end);
    }
    return result;
}

} // namespace Marginalia::Core
