#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Marginalia::Core {

/// Called by a long REFI-QDA import or export after each document with the work done so far out of
/// @p total: documents plus codings for an export, KiB of project.qde read for an import (the work follows
/// the XML closely). Return false to cancel; the operation then fails with a "cancelled" error and leaves
/// nothing behind.
using RefiQdaProgress = std::function<bool(int done, int total)>;

/**
 * What a REFI-QDA import or export carried over, what it changed on the way, and what it could not map.
 *
 * The standard asks tools to tell the user, in as much detail as possible, which elements were discarded
 * (REFI-QDA 1.5, section 7): nothing is dropped silently. Every entry has a stable key (the REFI-QDA
 * element name where there is one, e.g. "PictureSource"), a translated description, a count and the first
 * few names or GUIDs as examples.
 */
struct RefiQdaReport
{
    struct Entry
    {
        QString key; ///< stable identifier for programs and tests, e.g. "PictureSource"
        QString description; ///< translated, for the user: "picture sources (Marginalia codes text only)"
        qint64 count = 0;
        QStringList examples; ///< the first few names or GUIDs, at most MaxExamples
    };
    static constexpr qsizetype MaxExamples = 5;

    // What came through (written by an export, added by an import).
    qint64 coders = 0;
    qint64 documents = 0;
    qint64 codes = 0;
    qint64 codings = 0;
    qint64 memos = 0;
    qint64 attributes = 0; ///< REFI-QDA variables; an import makes one of each kind for one used by both
    qint64 attributeValues = 0;
    qint64 cases = 0;
    qint64 sets = 0; ///< an import makes a set of documents and a code set of one with both

    // A codebook import into an existing project: how the file's codes met the project's.
    qint64 codesAdded = 0;
    qint64 codesMatchedByGuid = 0;
    qint64 codesMatchedByPath = 0;
    qint64 codesUpdated = 0; ///< matched codes whose name, colour or description the file changed

    QList<Entry> merged; ///< codebook import: codes added, matched and updated, by name
    QList<Entry> adjusted; ///< carried over with a change the user should know of (CRLF offsets mapped...)
    QList<Entry> notMapped; ///< not carried over: pictures, audio, PDF regions, sets, graphs, variables...
    /// How a project import read the selections' startPosition and endPosition. REFI-QDA counts Unicode code
    /// points, NVivo UTF-16 code units; the two differ only after a character outside the Basic Multilingual
    /// Plane (emoji, rare CJK), so only sources with such characters are checked.
    struct Positions
    {
        QString requested; ///< "auto", "code-points" or "utf16"; empty for what is not a project import
        QString origin; ///< the project's origin attribute, a hint ("NVivo 14" counts UTF-16 units)
        qint64 sources = 0; ///< text sources read
        qint64 sourcesOutsideBmp = 0; ///< of them, with characters outside the BMP
        qint64 sourcesAsUtf16 = 0; ///< of those, read as UTF-16 units
        qint64 selections = 0; ///< selections (with a range) in the sources outside the BMP
        /// Of them, those that fit the text read each way: the text at the range starts with the selection's
        /// name, or the range starts and ends on word boundaries.
        qint64 recognisedAsCodePoints = 0;
        qint64 recognisedAsUtf16 = 0;
    };
    Positions positions;
    /// Project import: the reading taken for each source outside the BMP and why, keyed "code-points" or
    /// "utf16", with the source's name and the reason as examples.
    QList<Entry> positionReadings;

    /// Export: in the file, but known to be lost in a receiving tool (the key starts with the tool's name,
    /// "QualCoder:code-memo"), from what that tool's importer reads.
    QList<Entry> droppedByTools;

    void addMerged(const QString &key, const QString &description, const QString &example = {}, qint64 count = 1);
    void addAdjusted(const QString &key, const QString &description, const QString &example = {}, qint64 count = 1);
    void addNotMapped(const QString &key, const QString &description, const QString &example = {}, qint64 count = 1);
    void addPositionReading(const QString &key, const QString &description, const QString &example = {});
    void addDroppedByTools(const QString &key, const QString &description, const QString &example = {},
                           qint64 count = 1);

    /// The count of @p key in adjusted or notMapped (0 when absent).
    qint64 adjustedCount(const QString &key) const;
    qint64 notMappedCount(const QString &key) const;
    qint64 mergedCount(const QString &key) const;
    qint64 droppedByToolsCount(const QString &key) const;
    qint64 positionReadingCount(const QString &key) const;

    /// True when everything was carried over as it was (into the file, for an export: droppedByTools says
    /// what a receiving tool is known to lose of it).
    bool isComplete() const { return notMapped.isEmpty(); }

    /// The report as lines of text for the command line or a dialog: the summary first, then what was
    /// merged, adjusted, not mapped and known to be lost in receiving tools, each with its count and
    /// examples. "Nothing was left out." only when nothing was, and no receiving tool is known to drop
    /// anything.
    QStringList lines() const;
};

} // namespace Marginalia::Core
