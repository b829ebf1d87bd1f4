#include "analysis/searchhits.h"

#include "model/codetree.h"
#include "store/project.h"
#include "text/textoffsets.h"
#include "text/textunits.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::SearchHits)
};

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

/// The hit's range, its text, and up to @p contextLength code points of context each side, on one line.
void setRangeAndContext(SearchHit &hit, const QString &text, const TextOffsets &offsets, const TextRange &range,
                        int contextLength)
{
    const qsizetype length = offsets.codePointCount();
    const auto slice = [&](qint64 start, qint64 end) {
        const qsizetype from = offsets.toUtf16(std::clamp<qsizetype>(start, 0, length));
        const qsizetype to = offsets.toUtf16(std::clamp<qsizetype>(end, 0, length));
        return text.mid(from, to - from);
    };
    hit.start = range.start;
    hit.end = range.end;
    hit.before = oneLine(slice(range.start - contextLength, range.start));
    hit.hit = slice(range.start, range.end);
    hit.after = oneLine(slice(range.end, range.end + contextLength));
}

/// Where a query matches in one document, and the document's text when that was read to find out: words
/// come from the index and need the text only when there is a hit; substrings and patterns are found in
/// the text, read once here for them and for the context.
struct DocumentMatches
{
    QList<TextRange> ranges;
    std::optional<QString> text;

    Result<QString> textOf(const Project &project, qint64 documentId)
    {
        if (!text) {
            auto read = project.documentText(documentId);
            if (!read)
                return Error{read.error()};
            text = std::move(*read);
        }
        return *text;
    }
};

Result<DocumentMatches> matchesOf(const Project &project, const SearchQuery &query, qint64 documentId)
{
    DocumentMatches matches;
    if (query.kind == SearchQuery::Kind::Words) {
        auto ranges = project.matchesIn(documentId, query);
        if (!ranges)
            return Error{ranges.error()};
        matches.ranges = std::move(*ranges);
        return matches;
    }
    auto text = matches.textOf(project, documentId);
    if (!text)
        return Error{text.error()};
    matches.ranges = FullTextQuery::matchesInText(*text, query);
    return matches;
}

/// The hits of one document with their context, page and paragraph.
Status hitsOfDocument(const Project &project, const SearchQuery &query, qint64 documentId, const QString &name,
                      int contextLength, const std::function<bool(const SearchHit &)> &sink, bool *stopped)
{
    auto matches = matchesOf(project, query, documentId);
    if (!matches)
        return Error{matches.error()};
    const QList<TextRange> *ranges = &matches->ranges;
    if (ranges->isEmpty())
        return success();
    auto text = matches->textOf(project, documentId);
    if (!text)
        return Error{text.error()};
    const TextUnits units(*text);
    const QList<qint64> pages = project.pageStarts(documentId);
    for (const TextRange &range : std::as_const(*ranges)) {
        SearchHit hit;
        hit.documentId = documentId;
        hit.document = name;
        if (!pages.isEmpty())
            hit.page = int(std::upper_bound(pages.cbegin(), pages.cend(), range.start) - pages.cbegin());
        hit.paragraph = units.paragraphNumberAt(range.start);
        setRangeAndContext(hit, *text, units.offsets(), range, contextLength);
        if (!sink(hit)) {
            *stopped = true;
            return success();
        }
    }
    return success();
}

} // namespace

Status SearchHits::forEach(const Project &project, const SearchQuery &asked, int contextLength,
                           const std::function<bool(const SearchHit &)> &sink)
{
    const SearchQuery query = FullTextQuery::resolved(asked);
    auto documents = project.searchCandidates(query);
    if (!documents)
        return Error{documents.error()};
    QHash<qint64, QString> names;
    for (const DocumentName &document : project.documentNames())
        names.insert(document.id, document.name);
    bool stopped = false;
    for (qint64 id : std::as_const(*documents)) {
        if (Status status = hitsOfDocument(project, query, id, names.value(id), contextLength, sink, &stopped); !status)
            return status;
        if (stopped)
            break;
    }
    return success();
}

Status SearchHits::forEach(const Project &project, const SearchQuery &query, int contextLength, MemoSearch memos,
                           const std::function<bool(const SearchHit &)> &sink)
{
    bool stopped = false;
    const auto keepGoing = [&](const SearchHit &hit) {
        stopped = !sink(hit);
        return !stopped;
    };
    if (Status status = forEach(project, query, contextLength, keepGoing); !status || stopped)
        return status;
    if (memos == MemoSearch::Excluded)
        return success();
    return forEachInMemos(project, query, contextLength, [&](const SearchHit &hit) {
        const bool outside = (query.documentId != 0 && hit.documentId != query.documentId)
            || (query.documentIds && !query.documentIds->contains(hit.documentId));
        return outside || sink(hit);
    });
}

Status SearchHits::forEachInMemos(const Project &project, const SearchQuery &asked, int contextLength,
                                  const std::function<bool(const SearchHit &)> &sink)
{
    auto memos = project.searchMemos(FullTextQuery::resolved(asked));
    if (!memos)
        return Error{memos.error()};
    if (memos->isEmpty())
        return success();
    QHash<qint64, QString> documents;
    for (const DocumentName &document : project.documentNames())
        documents.insert(document.id, document.name);
    const CodeTree codes(project.codes());
    const QString projectName = project.name();
    for (const MemoMatches &memo : std::as_const(*memos)) {
        SearchHit hit;
        hit.memo = memo.target;
        switch (memo.target.kind) {
        case MemoTarget::Kind::Document:
            hit.documentId = memo.target.id;
            hit.document = documents.value(memo.target.id);
            break;
        case MemoTarget::Kind::Coding:
            if (const auto coding = project.coding(memo.target.id)) {
                hit.documentId = coding->documentId;
                hit.document = documents.value(coding->documentId);
            }
            break;
        case MemoTarget::Kind::Code:
            hit.document = codes.path(memo.target.id);
            break;
        case MemoTarget::Kind::Project:
        case MemoTarget::Kind::None:
            hit.document = projectName;
            break;
        }
        const TextOffsets offsets(memo.text);
        for (const TextRange &range : memo.ranges) {
            setRangeAndContext(hit, memo.text, offsets, range, contextLength);
            if (!sink(hit))
                return success();
        }
    }
    return success();
}

QString SearchHits::sourceOf(const SearchHit &hit)
{
    // Not translated: a column value that scripts compare against.
    switch (hit.memo.kind) {
    case MemoTarget::Kind::None:
        return QStringLiteral("text");
    case MemoTarget::Kind::Project:
        return QStringLiteral("project memo");
    case MemoTarget::Kind::Document:
        return QStringLiteral("document memo");
    case MemoTarget::Kind::Code:
        return QStringLiteral("code memo");
    case MemoTarget::Kind::Coding:
        return QStringLiteral("coding memo");
    }
    return {};
}

Result<QList<SearchHit>> SearchHits::inDocument(const Project &project, const SearchQuery &asked, qint64 documentId,
                                                int contextLength)
{
    SearchQuery query = FullTextQuery::resolved(asked);
    query.documentId = documentId;
    if (query.text.trimmed().isEmpty())
        return QList<SearchHit>();
    // Checks the query (a syntax error, a bad pattern) the way a project-wide search would.
    auto documents = project.searchCandidates(query);
    if (!documents)
        return Error{documents.error()};
    QList<SearchHit> hits;
    if (documents->isEmpty())
        return hits;
    const auto document = project.document(documentId);
    bool stopped = false;
    const Status status = hitsOfDocument(
        project, query, documentId, document ? document->name : QString(), contextLength,
        [&hits](const SearchHit &hit) {
            hits.append(hit);
            return true;
        },
        &stopped);
    if (!status)
        return Error{status.error()};
    return hits;
}

Result<AutoCodePlan> SearchHits::autoCode(const Project &project, const SearchQuery &asked, qint64 codeId,
                                          const QString &coderName, HitExtent extent)
{
    const auto code = project.code(codeId);
    if (!code)
        return Error{Tr::tr("There is no code with id %1.").arg(codeId)};
    if (!code->codable)
        return Error{Tr::tr("\"%1\" is a folder of codes and is not applied to text; choose one of its subcodes.")
                         .arg(code->name)};
    const SearchQuery query = FullTextQuery::resolved(asked);
    auto documents = project.searchCandidates(query);
    if (!documents)
        return Error{documents.error()};
    const std::optional<Coder> coder = project.coderByName(coderName);
    AutoCodePlan plan;
    for (qint64 documentId : std::as_const(*documents)) {
        auto matches = matchesOf(project, query, documentId);
        if (!matches)
            return Error{matches.error()};
        const QList<TextRange> *ranges = &matches->ranges;
        if (ranges->isEmpty())
            continue;
        plan.hits += ranges->size();
        QList<TextRange> widened;
        if (extent == HitExtent::Hit) {
            widened = *ranges;
        } else {
            auto text = matches->textOf(project, documentId);
            if (!text)
                return Error{text.error()};
            const TextUnits units(*text);
            for (const TextRange &range : std::as_const(*ranges))
                widened.append(extent == HitExtent::Sentence ? units.sentenceAround(range)
                                                             : units.paragraphAround(range));
        }
        // Two hits in one sentence make one coding of it.
        std::sort(widened.begin(), widened.end(),
                  [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
        QList<TextRange> joined;
        for (const TextRange &range : std::as_const(widened)) {
            if (!joined.isEmpty() && range.start <= joined.last().end)
                joined.last().end = std::max(joined.last().end, range.end);
            else
                joined.append(range);
        }
        QList<CodingSpan> existing;
        if (coder) {
            for (const CodingSpan &span : project.codingSpans(documentId)) {
                if (span.codeId == codeId && span.coderId == coder->id)
                    existing.append(span);
            }
        }
        for (const TextRange &range : std::as_const(joined)) {
            const bool covered = std::any_of(existing.cbegin(), existing.cend(), [&range](const CodingSpan &span) {
                return span.start <= range.start && span.end >= range.end;
            });
            if (covered) {
                ++plan.alreadyCoded;
                continue;
            }
            NewCoding coding;
            coding.documentId = documentId;
            coding.codeId = codeId;
            coding.coderId = coder ? coder->id : 0;
            coding.start = range.start;
            coding.end = range.end;
            plan.codings.append(coding);
        }
    }
    return plan;
}

} // namespace Marginalia::Core
