#include "exchange/refiqdareport.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::RefiQdaReport)
};

void add(QList<RefiQdaReport::Entry> &entries, const QString &key, const QString &description, const QString &example,
         qint64 count)
{
    auto it = std::find_if(entries.begin(), entries.end(), [&](const RefiQdaReport::Entry &e) { return e.key == key; });
    if (it == entries.end()) {
        entries.append({key, description, 0, {}});
        it = std::prev(entries.end());
    }
    it->count += count;
    if (!example.isEmpty() && it->examples.size() < RefiQdaReport::MaxExamples && !it->examples.contains(example))
        it->examples.append(example);
}

qint64 countOf(const QList<RefiQdaReport::Entry> &entries, const QString &key)
{
    for (const RefiQdaReport::Entry &entry : entries) {
        if (entry.key == key)
            return entry.count;
    }
    return 0;
}

void appendEntries(QStringList &lines, const QString &heading, const QList<RefiQdaReport::Entry> &entries)
{
    if (entries.isEmpty())
        return;
    if (!heading.isEmpty())
        lines.append(heading);
    for (const RefiQdaReport::Entry &entry : entries) {
        QString line = QStringLiteral("  %1: %2").arg(entry.description).arg(entry.count);
        if (!entry.examples.isEmpty()) {
            QStringList quoted;
            for (const QString &example : entry.examples)
                quoted.append(QStringLiteral("\"%1\"").arg(example));
            line += QStringLiteral(" (%1%2)").arg(quoted.join(QStringLiteral(", ")),
                                                  entry.count > entry.examples.size() ? QStringLiteral(", ...")
                                                                                      : QString());
        }
        lines.append(line);
    }
}

} // namespace

void RefiQdaReport::addMerged(const QString &key, const QString &description, const QString &example, qint64 count)
{
    add(merged, key, description, example, count);
}

void RefiQdaReport::addAdjusted(const QString &key, const QString &description, const QString &example, qint64 count)
{
    add(adjusted, key, description, example, count);
}

void RefiQdaReport::addNotMapped(const QString &key, const QString &description, const QString &example, qint64 count)
{
    add(notMapped, key, description, example, count);
}

void RefiQdaReport::addDroppedByTools(const QString &key, const QString &description, const QString &example,
                                      qint64 count)
{
    add(droppedByTools, key, description, example, count);
}

qint64 RefiQdaReport::droppedByToolsCount(const QString &key) const
{
    return countOf(droppedByTools, key);
}

void RefiQdaReport::addPositionReading(const QString &key, const QString &description, const QString &example)
{
    add(positionReadings, key, description, example, 1);
}

qint64 RefiQdaReport::positionReadingCount(const QString &key) const
{
    return countOf(positionReadings, key);
}

qint64 RefiQdaReport::adjustedCount(const QString &key) const
{
    return countOf(adjusted, key);
}

qint64 RefiQdaReport::notMappedCount(const QString &key) const
{
    return countOf(notMapped, key);
}

qint64 RefiQdaReport::mergedCount(const QString &key) const
{
    return countOf(merged, key);
}

QStringList RefiQdaReport::lines() const
{
    QStringList result;
    // A codebook merge, not the codes of a new project (which are all "added"): its own line says it better
    // than a bare count.
    const qint64 codesMatched = codesMatchedByGuid + codesMatchedByPath;
    const bool codebookMerge = !merged.isEmpty() || codesMatched > 0;
    QStringList counts;
    if (coders > 0)
        counts.append(Tr::tr("coders: %1").arg(coders));
    if (documents > 0)
        counts.append(Tr::tr("documents: %1").arg(documents));
    if (!codebookMerge)
        counts.append(Tr::tr("codes: %1").arg(codes));
    if (documents > 0 || codings > 0)
        counts.append(Tr::tr("codings: %1").arg(codings));
    if (memos > 0)
        counts.append(Tr::tr("memos: %1").arg(memos));
    if (attributes > 0)
        counts.append(Tr::tr("attributes: %1").arg(attributes));
    if (attributeValues > 0)
        counts.append(Tr::tr("attribute values: %1").arg(attributeValues));
    if (cases > 0)
        counts.append(Tr::tr("cases: %1").arg(cases));
    if (sets > 0)
        counts.append(Tr::tr("sets: %1").arg(sets));
    if (!counts.isEmpty())
        result.append(counts.join(QStringLiteral(", ")));
    if (codebookMerge) {
        // Plural forms need the three-argument translate(), which the file's Tr::tr() does not take; the context
        // is the same.
        QStringList parts{Tr::tr("%n code(s) added", nullptr, int(codesAdded))};
        if (codesMatched == 0) {
            parts.append(Tr::tr("none matched"));
        } else {
            parts.append(QCoreApplication::translate("Marginalia::Core::RefiQdaReport",
                                                     "%n matched (%1 by GUID, %2 by path)", nullptr, int(codesMatched))
                             .arg(codesMatchedByGuid)
                             .arg(codesMatchedByPath));
        }
        if (codesUpdated > 0) {
            parts.append(Tr::tr("%n of them updated", nullptr, int(codesUpdated)));
        }
        result.append(parts.join(QStringLiteral(", ")));
    }
    if (positions.sources > 0) {
        const QString from
            = positions.origin.isEmpty() ? QString() : Tr::tr(" (the file comes from \"%1\")").arg(positions.origin);
        if (positions.sourcesOutsideBmp == 0) {
            result.append(
                Tr::tr("Positions: no source has characters outside the Basic Multilingual Plane, so code points "
                       "and UTF-16 units agree%1.")
                    .arg(from));
        } else if (positions.selections == 0) {
            result.append(
                Tr::tr("Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where "
                       "code points and UTF-16 units differ%3, but no selections: nothing depends on the "
                       "reading.")
                    .arg(QString::number(positions.sourcesOutsideBmp), QString::number(positions.sources), from));
        } else {
            const auto percent = [this](qint64 count) {
                return QString::number(qRound(100.0 * double(count) / double(positions.selections)));
            };
            QString how;
            if (positions.requested == QLatin1String("code-points"))
                how = Tr::tr("read as code points, as asked");
            else if (positions.requested == QLatin1String("utf16"))
                how = Tr::tr("read as UTF-16 units, as asked");
            else if (positions.sourcesAsUtf16 == positions.sourcesOutsideBmp)
                how = Tr::tr("read as UTF-16 units (as NVivo counts) and converted to code points");
            else if (positions.sourcesAsUtf16 == 0)
                how = Tr::tr("read as code points (as REFI-QDA counts)");
            else
                how = Tr::tr("%1 read as UTF-16 units, the others as code points").arg(positions.sourcesAsUtf16);
            result.append(
                Tr::tr("Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where "
                       "code points and UTF-16 units differ%3; of their %4 selections, %5% fit the text read as "
                       "code points and %6% read as UTF-16 units: %7.")
                    // One arg() call: text from the file (the origin) must not be read as a placeholder.
                    .arg(QString::number(positions.sourcesOutsideBmp), QString::number(positions.sources), from,
                         QString::number(positions.selections), percent(positions.recognisedAsCodePoints),
                         percent(positions.recognisedAsUtf16), how));
            appendEntries(result, QString(), positionReadings);
        }
    }
    appendEntries(result, Tr::tr("Merged:"), merged);
    appendEntries(result, Tr::tr("Adjusted on the way:"), adjusted);
    appendEntries(result, Tr::tr("Not carried over:"), notMapped);
    appendEntries(result, Tr::tr("In the file, but known to be lost in the tool that reads it:"), droppedByTools);
    if (notMapped.isEmpty() && droppedByTools.isEmpty())
        result.append(Tr::tr("Nothing was left out."));
    else if (notMapped.isEmpty())
        result.append(Tr::tr("Nothing was left out of the file; the tools named above lose what is listed."));
    return result;
}

} // namespace Marginalia::Core
