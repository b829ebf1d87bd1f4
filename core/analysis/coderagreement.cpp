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

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Core::CoderAgreement", text);
}

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
    std::vector<Event> events;
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

Core::Result<Scan> scan(const Project &project, const QHash<qint64, int> &slotOfCoder, qint64 documentId)
{
    Scan result;
    CodingFilter filter;
    filter.documentId = documentId;
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

/// Codebook order, depth first: the order the codebook and the frequencies show.
QList<qint64> codebookOrder(const CodeTree &tree)
{
    QList<qint64> order;
    QList<qint64> stack = tree.children(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        order.append(id);
        const QList<qint64> children = tree.children(id);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return order;
}

/// The coders to compare, by name: the ones asked for, or everyone with a coding in the documents.
Core::Result<QList<Coder>> codersToCompare(const Project &project, const QList<qint64> &asked, qint64 documentId)
{
    const QList<Coder> all = project.coders();
    QList<Coder> chosen;
    if (asked.isEmpty()) {
        QSet<qint64> coded;
        CodingFilter filter;
        filter.documentId = documentId;
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
            return Error{tr("%1: one of the coders to compare is not in the project.").arg(project.filePath())};
    }
    if (chosen.size() < 2) {
        return Error{tr("%1: agreement needs two or more coders who coded, and there %2.")
                         .arg(project.filePath(),
                              chosen.isEmpty() ? tr("are none") : tr("is only %1").arg(chosen.first().name))};
    }
    if (chosen.size() > 64)
        return Error{tr("%1: agreement compares at most 64 coders at a time.").arg(project.filePath())};
    return chosen;
}

} // namespace

Core::Result<CoderAgreement::Result> CoderAgreement::compute(const Project &project, const AgreementRequest &request)
{
    auto coders = codersToCompare(project, request.coderIds, request.documentId);
    if (!coders)
        return Error{coders.error()};
    Result result;
    result.coders = *coders;
    const int m = int(result.coders.size());
    QHash<qint64, int> slotOfCoder;
    for (int i = 0; i < m; ++i)
        slotOfCoder.insert(result.coders.at(i).id, i);

    const CodeTree tree(project.codes());
    if (request.codeId != 0 && !tree.find(request.codeId))
        return Error{tr("%1: there is no code with id %2.").arg(project.filePath()).arg(request.codeId)};
    auto scanned = scan(project, slotOfCoder, request.documentId);
    if (!scanned)
        return Error{scanned.error()};

    QHash<qint64, qint64> lengthOf;
    QHash<qint64, QString> nameOf;
    for (const Document &document : project.documents()) {
        lengthOf.insert(document.id, document.length);
        nameOf.insert(document.id, document.name);
    }
    // The compared documents, in name order.
    QList<qint64> compared;
    for (const DocumentName &document : project.documentNames()) {
        if (request.documentId != 0 ? document.id == request.documentId : scanned->documentsCoded.contains(document.id))
            compared.append(document.id);
    }
    qint64 comparedLength = 0;
    for (qint64 id : std::as_const(compared))
        comparedLength += lengthOf.value(id);

    const QList<qint64> codes = request.codeId != 0 ? QList<qint64>{request.codeId} : codebookOrder(tree);
    for (qint64 code : codes) {
        const QList<qint64> members = request.includeSubcodes ? tree.subtree(code) : QList<qint64>{code};
        auto byDocument = spansByDocument(*scanned, members, m);
        Tally pooled(m);
        UnitizingAlpha pooledUnits(m);
        for (qint64 documentId : std::as_const(compared)) {
            const qint64 length = lengthOf.value(documentId);
            const auto raw = byDocument.constFind(documentId);
            if (raw == byDocument.constEnd()) {
                pooled.addUnmarked(length);
                if (const Status added = pooledUnits.addContinuum(length, Coverage(m)); !added)
                    return Error{added.error()};
                continue;
            }
            Coverage coverage = coverageOf(*raw, length);
            Tally tally(m);
            sweep(coverage, length, tally, [](qint64, qint64, int) {});
            pooled.add(tally);
            AgreementRow row;
            row.codeId = code;
            row.codePath = tree.path(code);
            row.documentId = documentId;
            row.document = nameOf.value(documentId);
            row.documents = 1;
            row.characters = length;
            const Statistics statistics = statisticsOf(tally);
            row.percentAgreement = statistics.percentAgreement;
            row.cohenKappa = statistics.cohenKappa;
            row.fleissKappa = statistics.fleissKappa;
            row.krippendorffAlpha = statistics.krippendorffAlpha;
            UnitizingAlpha units(m);
            // The coverage is sorted, merged and clipped, so the only refusal left would be a bug here;
            // it is reported rather than turned into a wrong number.
            if (const Status added = units.addContinuum(length, coverage); !added)
                return Error{added.error()};
            row.unitizingAlpha = units.alpha();
            if (const Status added = pooledUnits.add(units); !added)
                return Error{added.error()};
            result.byDocument.append(row);
        }
        AgreementRow row;
        row.codeId = code;
        row.codePath = tree.path(code);
        row.documents = compared.size();
        row.characters = comparedLength;
        const Statistics statistics = statisticsOf(pooled);
        row.percentAgreement = statistics.percentAgreement;
        row.cohenKappa = statistics.cohenKappa;
        row.fleissKappa = statistics.fleissKappa;
        row.krippendorffAlpha = statistics.krippendorffAlpha;
        row.unitizingAlpha = pooledUnits.alpha();
        result.byCode.append(row);
    }
    // By document: document name order, then codebook order (the frequencies' order).
    QHash<qint64, int> documentOrder;
    for (qsizetype i = 0; i < compared.size(); ++i)
        documentOrder.insert(compared.at(i), int(i));
    std::stable_sort(result.byDocument.begin(), result.byDocument.end(),
                     [&](const AgreementRow &a, const AgreementRow &b) {
                         return documentOrder.value(a.documentId) < documentOrder.value(b.documentId);
                     });
    return result;
}

Core::Result<QList<Disagreement>> CoderAgreement::disagreements(const Project &project, qint64 firstCoderId,
                                                                qint64 secondCoderId, qint64 codeId,
                                                                bool includeSubcodes, qint64 documentId)
{
    if (firstCoderId == secondCoderId)
        return Error{tr("%1: disagreements are between two different coders.").arg(project.filePath())};
    auto coders = codersToCompare(project, {firstCoderId, secondCoderId}, documentId);
    if (!coders)
        return Error{coders.error()};
    // In the order asked for: the first coder is coder 0 of the sweep.
    const QList<Coder> pair = coders->first().id == firstCoderId ? *coders : QList<Coder>{coders->at(1), coders->at(0)};
    QHash<qint64, int> slotOfCoder{{pair.at(0).id, 0}, {pair.at(1).id, 1}};

    const CodeTree tree(project.codes());
    if (codeId != 0 && !tree.find(codeId))
        return Error{tr("%1: there is no code with id %2.").arg(project.filePath()).arg(codeId)};
    auto scanned = scan(project, slotOfCoder, documentId);
    if (!scanned)
        return Error{scanned.error()};
    QHash<qint64, qint64> lengthOf;
    for (const Document &document : project.documents())
        lengthOf.insert(document.id, document.length);

    QList<Disagreement> result;
    const QList<qint64> codes = codeId != 0 ? QList<qint64>{codeId} : codebookOrder(tree);
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
