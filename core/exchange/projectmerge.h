#pragma once

#include "base/result.h"
#include "model/memotarget.h"

#include <QString>
#include <QStringList>

namespace Marginalia::Core {

class Project;

/// What a merge did: counts of what was added and what was already there, and every conflict by name.
struct MergeSummary
{
    QString source; ///< the source's file name, as the report names it
    qint64 documentsAdded = 0;
    qint64 documentsMatched = 0; ///< the same text was there already
    qint64 codesAdded = 0;
    qint64 codesMatched = 0;
    qint64 codersAdded = 0;
    qint64 codersMatched = 0;
    qint64 codingsAdded = 0;
    qint64 codingsAlreadyThere = 0;
    qint64 memosAdded = 0;
    /// Memos where both sides had a different text: both are kept, the source's marked with its file.
    qint64 memosMerged = 0;
    /// Conflicts, each a sentence naming what and how it was resolved (never silently).
    QStringList conflicts;

    // What the merge wrote, for undo: the rows it added (in the order added) and the memos it changed.
    QList<qint64> addedCoderIds;
    QList<qint64> addedCodeIds;
    QList<qint64> addedDocumentIds;
    QList<qint64> addedCodingIds;
    struct MemoChange
    {
        MemoTarget target;
        QString before;
        QString after;
    };
    QList<MemoChange> memoChanges;

    bool addedNothing() const
    {
        return documentsAdded == 0 && codesAdded == 0 && codersAdded == 0 && codingsAdded == 0 && memosAdded == 0
            && memosMerged == 0;
    }
};

/**
 * Merges one project into another: the seminar's "collect the class's copies" (docs/seminar.md).
 *
 * - Documents are matched by the SHA-256 of their text (the same text is one document). A document of the
 *   source whose name is taken in the target by a different text is added as "name (source file)".
 * - Codes by GUID, then by path; new codes come with their GUID, colour and description under their
 *   matched parent. A code whose GUID is in the target under a different path is matched by GUID, and
 *   reported.
 * - Coders by GUID, then by name. A coder whose name is taken in the target by a coder with another GUID is
 *   a different person: added as "name (source file)", and reported.
 * - Codings with the GUID of one in the target, or the same document, code, range and coder, are there
 *   already; every other coding of the source is added with its GUID, memo and creation time. No coding
 *   of the source is lost.
 * - Memos: an empty one takes the source's; a different one keeps both texts, the source's after a line
 *   naming its file (and not again if the target already holds it).
 *
 * The whole merge is one transaction of the target: all or nothing. Merging the same source again adds
 * nothing.
 */
class ProjectMerge final
{
public:
    /// Merges @p source into @p target. @p sourceName names the source in renamed items and the report.
    static Result<MergeSummary> merge(Project &target, const Project &source, const QString &sourceName);

    /// Merges the project file @p sourcePath (.marginalia, or a REFI-QDA .qdpx read through a temporary
    /// project) into @p target.
    static Result<MergeSummary> mergeFile(Project &target, const QString &sourcePath);

    /// The report as lines for a person: one line of counts, then one per conflict.
    static QStringList describe(const MergeSummary &summary);
};

} // namespace Marginalia::Core
