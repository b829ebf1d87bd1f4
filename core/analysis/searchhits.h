#pragma once

#include "base/result.h"
#include "model/entities.h"
#include "model/memotarget.h"
#include "text/fulltextquery.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Marginalia::Core {

class Project;

/// One hit of a search, keyword in context.
struct SearchHit
{
    qint64 documentId = 0;
    QString document;
    qint64 start = 0; ///< code points
    qint64 end = 0;
    int page = 0; ///< 1-based page of a paged source; 0 when the document has no pages
    QString paragraph; ///< the UN-style paragraph number ("23", "23 bis"), or empty
    QString before; ///< up to the context's length of text before the hit, line breaks as spaces
    QString hit; ///< the text of the hit as stored
    QString after;
    /// Kind None: a hit in the document's text. Otherwise a hit in this memo, start and end in the memo's
    /// text, and document naming what the memo is on: the document (a document's or a coding's memo), the
    /// code's path (a code's memo) or the project.
    MemoTarget memo;
};

/// Whether a search reads the memos too (their hits come after the text's).
enum class MemoSearch { Excluded, Included };

/// How far a hit is widened when it is coded.
enum class HitExtent { Hit, Sentence, Paragraph };

/// What auto-coding the hits of a search would make, before anything is written.
struct AutoCodePlan
{
    QList<NewCoding> codings; ///< one per range to code, overlapping ranges joined
    qint64 hits = 0;
    qint64 alreadyCoded = 0; ///< ranges left out: the coder already has the code over all of them
};

/**
 * The hits of a search over a project (Project::searchCandidates, Project::matchesIn) as keyword-in-
 * context rows with their page and paragraph, and the codings that auto-coding them makes.
 */
class SearchHits final
{
public:
    /// Every hit, documents in name order, hits in text order, handed to @p sink as they are found (a
    /// search over a large project does not wait for the last document); @p sink returns false to stop.
    static Status forEach(const Project &project, const SearchQuery &query, int contextLength,
                          const std::function<bool(const SearchHit &)> &sink);
    /// forEach(), then with MemoSearch::Included the memos' hits (forEachInMemos()); a document filter
    /// keeps the memos of that document and of its codings.
    static Status forEach(const Project &project, const SearchQuery &query, int contextLength, MemoSearch memos,
                          const std::function<bool(const SearchHit &)> &sink);
    /// Every hit in the memos (Project::searchMemos), the project's memo first, then the documents',
    /// codes' and codings'.
    static Status forEachInMemos(const Project &project, const SearchQuery &query, int contextLength,
                                 const std::function<bool(const SearchHit &)> &sink);
    /// "text", "project memo", "document memo", "code memo" or "coding memo": where a hit is (the CSV's
    /// source column).
    static QString sourceOf(const SearchHit &hit);
    /// The hits of one document, the query's document filter aside: what "find in document" shows.
    static Result<QList<SearchHit>> inDocument(const Project &project, const SearchQuery &query, qint64 documentId,
                                               int contextLength);

    /// The codings that code the hits of @p query with @p codeId, each widened to @p extent, for the coder
    /// named @p coderName (who may not exist yet). A range the coder has already coded with that code in
    /// full is left out.
    static Result<AutoCodePlan> autoCode(const Project &project, const SearchQuery &query, qint64 codeId,
                                         const QString &coderName, HitExtent extent);
};

} // namespace Marginalia::Core
