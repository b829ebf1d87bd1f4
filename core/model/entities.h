#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <tuple>
#include <utility>

namespace Marginalia::Core {

// The rows of a project, as the store hands them out. Ids are the store's row ids (stable for the life of
// the file); GUIDs are for exchange with other tools. Offsets are Unicode code points, [start, end).

struct Coder
{
    qint64 id = 0;
    QString guid;
    QString name;
    QDateTime created;
};

/// A document's id and name, what a listing or a bulk read needs without the rest of its row.
struct DocumentName
{
    qint64 id = 0;
    QString name;
};

struct Document
{
    qint64 id = 0;
    QString guid;
    QString name;
    QString originalFileName;
    QString format; ///< "text" or "markdown"
    QString encoding; ///< the encoding the original file was read in
    QDateTime imported;
    qint64 length = 0; ///< code points
    QString textSha256;
    qint64 fileSize = 0;
    QString fileSha256;
    QString fileType; ///< MIME type of the original file, e.g. "application/pdf"
    QString memo;
    qint64 codingCount = 0;
    int pageCount = 0; ///< 0 when the source has no pages (plain text)
};

/// A heading of a document converted from Word or OpenDocument: where it is in the stored text, which stays
/// plain (no "# " is added, so that exports and offsets are those of the text), and its outline level.
struct Heading
{
    qint64 start = 0; ///< code points, inclusive
    qint64 end = 0; ///< code points, exclusive
    int level = 1; ///< 1 (a title or top-level heading) to 9

    bool operator==(const Heading &other) const
    {
        return start == other.start && end == other.end && level == other.level;
    }
};

/// What is needed to add a document; the store computes length and hash. guid, imported and memo may be
/// set when a document comes from another project (REFI-QDA import).
struct NewDocument
{
    QString name;
    QString originalFileName;
    QString format = QStringLiteral("text");
    QString encoding = QStringLiteral("UTF-8");
    QString text;
    qint64 fileSize = 0;
    QString fileSha256;
    QString fileType = QStringLiteral("text/plain");
    /// Code point offsets where pages 2, 3... begin (page 1 begins at 0); empty for unpaged text.
    QList<qint64> pageStarts;
    /// Pages of a paged source (PDF): pageStarts then holds pageCount - 1 offsets. 0: as many pages as
    /// pageStarts says, or none when it is empty. A one-page PDF needs it to keep its one page.
    int pageCount = 0;
    QString guid;
    QDateTime imported;
    QString memo;
    /// 0: the store picks; else this row id (undo re-creating a removed document keeps its id).
    qint64 id = 0;
    /// The headings of a Word or OpenDocument source, in text order, not overlapping; empty for the rest.
    QList<Heading> headings;
};

struct Code
{
    qint64 id = 0;
    QString guid;
    qint64 parentId = 0; ///< 0 for a top-level code
    QString name;
    /// "#RRGGBB", or empty: no colour (a code from another tool that had none; views show a neutral one).
    QString color;
    QString description;
    QString memo;
    int position = 0; ///< order among its siblings
    QDateTime created;
    /// False for a folder that groups codes but is not applied to text (REFI-QDA isCodable="false").
    bool codable = true;
    /// Changes so far to the code's row (Project::version()): for optimistic concurrency on a server.
    qint64 version = 1;
};

/// What is needed to add a code. An empty colour picks one unless pickColor is false; guid may be set by an
/// import.
struct NewCode
{
    QString name;
    qint64 parentId = 0;
    QString color;
    QString description;
    QString memo;
    QString guid;
    /// With an empty colour: true takes the next colour of the palette, false leaves the code without one
    /// (an import keeps "no colour" as the other tool had it).
    bool pickColor = true;
    bool codable = true;
};

struct Coding
{
    qint64 id = 0;
    QString guid;
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString memo;
    QDateTime created;
};

/// The part of a coding that a document view draws: loaded for every coding of a document at once.
struct CodingSpan
{
    qint64 id = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// What is needed to add a coding. guid and created may be set to restore a removed coding (undo).
struct NewCoding
{
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString memo;
    QString guid;
    QDateTime created;
};

/// Which codings to list; a zero id means "any".
struct CodingFilter
{
    qint64 documentId = 0;
    qint64 codeId = 0;
    bool includeSubcodes = false;
    qint64 coderId = 0;
    /// When set, only codings in these documents (a set, or the documents meeting a condition).
    std::optional<QSet<qint64>> documentIds = std::nullopt;
};

/// What a batch of codings made: the codings that were new, and the coder added for them, if one was.
struct AddedCodings
{
    QList<Coding> codings;
    std::optional<Coder> newCoder;
};

/// The rows of some codes (with their subcodes and siblings) and of their codings, as they were: what
/// undoing a delete or merge needs to put back (see Project::snapshotCodes()).
struct CodebookSnapshot
{
    QList<Code> codes; ///< parents before children
    QList<Coding> codings;
    /// Coders to put back before the codings (undoing a coder's first coding removed the coder too).
    QList<Coder> coders;
    /// The code sets the codes were in: (set id, code id); a restore puts the codes in exactly these (of
    /// the sets that still exist).
    QList<std::pair<qint64, qint64>> codeSetMembers;
};

/// A document with its codings, as it was: what undoing its removal (or an import) puts back (see
/// Project::snapshotDocument()).
struct DocumentSnapshot
{
    NewDocument document; ///< id, GUID, name, text, pages, memo and file details as stored
    QList<Coding> codings;
    /// Its attribute values (attribute id, value) and the listed sets it is in: put back with it.
    QList<std::pair<qint64, QString>> attributeValues;
    QList<qint64> setIds;
    /// The cases it or its passages were assigned to: (case id, start, end; end 0: to its end).
    QList<std::tuple<qint64, qint64, qint64>> caseMembers;
};

/// An adjudication of two coders' disagreements on a code into a consensus coder's codings (the
/// disagreement review): stopped and resumed at will, since its decisions are kept in the project.
struct Review
{
    qint64 id = 0;
    QString guid;
    qint64 codeId = 0;
    bool includeSubcodes = false;
    qint64 firstCoderId = 0;
    qint64 secondCoderId = 0;
    qint64 consensusCoderId = 0;
    QDateTime created;
};

/// What the reviewer decided for one region where the two coders differ.
struct ReviewDecision
{
    enum class Kind { First, Second, Union, Intersection, None, Adjusted };
    qint64 reviewId = 0;
    qint64 documentId = 0;
    qint64 start = 0; ///< the region as it was when decided (code points)
    qint64 end = 0;
    Kind kind = Kind::None;
    qint64 adjustedStart = 0; ///< Adjusted: the range the reviewer set
    qint64 adjustedEnd = 0;
    QDateTime decided;
};

/// What the review wrote for one decision: the decision and the consensus coder's codings it made, all
/// of which undoing the decision takes back (and redoing it puts back, with the same ids and GUIDs).
struct ReviewStep
{
    ReviewDecision decision;
    QList<Coding> codings;
};

/// What a merge did, for the user and for undo.
struct MergeReport
{
    qint64 codingsMoved = 0;
    qint64 duplicatesDropped = 0;
    qint64 subcodesMoved = 0;
};

} // namespace Marginalia::Core
