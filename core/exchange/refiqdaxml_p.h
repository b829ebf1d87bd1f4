#pragma once

// Internal to the REFI-QDA codebook and project exchange (refiqdacodebook, refiqdaexporter,
// refiqdaimporter): what the .qdc and .qde formats share, in one place.

#include "base/result.h"
#include "exchange/refiqdareport.h"
#include "model/entities.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace Marginalia::Core {

class CodeTree;

namespace RefiQdaXml {

QString projectNamespace();
QString codebookNamespace();

/// Largest .qdc or .qde we read: far above any real codebook or project (the large project's .qde is about
/// 100 MB), and a bound on what a hostile file can make us hold in memory.
constexpr qint64 MaxXmlBytes = qint64(1024) * 1024 * 1024;
/// Deepest code tree we follow; a deeper one is hostile or broken, and recursion must stay bounded.
constexpr int MaxCodeDepth = 256;

/// A GUID as Marginalia stores it (lower case, no braces), or empty when @p text is not a GUID. Real
/// exports write braces and upper case ("{5215CC69-...}"); the standard allows both.
QString normalizeGuid(QStringView text);
/// normalizeGuid(), and when @p text was in braces or upper case (which the standard's GUIDType does not allow,
/// but real exports write), an "adjusted" entry in @p report: docs/refi-qda.md promises to name every
/// deviation it accepts.
QString readGuid(QStringView text, RefiQdaReport &report);
/// A GUID derived from @p kind and @p owner (UUID version 5 in Marginalia's namespace), so that elements
/// Marginalia has no row for (notes, selections) get the same GUID in every export of the same project.
QString derivedGuid(QStringView kind, QStringView owner);
/// "#RRGGBB" in upper case from "#RGB" or "#RRGGBB" in any case; empty when it is neither.
QString normalizeColor(QStringView text);
/// @p text with the characters XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF, lone surrogates)
/// replaced by U+FFFD; @p replaced, when given, is increased by their number.
QString xmlSafe(QStringView text, qint64 *replaced = nullptr);
/// xsd:dateTime in UTC with milliseconds when there are any ("2026-11-30T09:15:02.517Z").
QString formatDateTime(const QDateTime &time);
/// An xsd:dateTime with or without fraction and zone; invalid when it is none.
QDateTime parseDateTime(QStringView text);

/**
 * Refuses what REFI-QDA never needs and attacks use: a document type declaration (entity definitions for
 * "billion laughs" expansion, external entities that read local files) and entity references. Call it on
 * every token; it returns an error naming @p fileName, or success.
 */
Status checkToken(const QXmlStreamReader &reader, const QString &fileName);
/// The reader's error as a message naming @p fileName and the line.
Error readerError(const QXmlStreamReader &reader, const QString &fileName);

/// One <Code> of a codebook, read leniently; parents come before their children.
struct ParsedCode
{
    QString guid; ///< normalised; empty when the file's GUID was missing or malformed
    QString rawGuid;
    QString name;
    QString color; ///< normalised; empty when missing or malformed
    QString rawColor;
    QString description;
    bool codable = true;
    int parent = -1; ///< index in the list, -1 at the top level
    QStringList noteRefs; ///< normalised GUIDs of the code's notes (projects only)
};

/**
 * Reads the <Code> elements inside the current element (<Codes>) up to its end, into @p codes. Unknown
 * child elements are skipped and counted in @p report. Fails on malformed XML, a DTD or a tree deeper than
 * MaxCodeDepth.
 */
Status readCodes(QXmlStreamReader &reader, const QString &fileName, QList<ParsedCode> &codes, RefiQdaReport &report);

/**
 * Writes the codes below @p parentId (0: the top level) as nested <Code> elements in the writer's default
 * namespace. @p afterDescription is called inside each <Code> after its <Description>, for the project
 * format's <NoteRef>s. @p descriptionOf, when given, says what goes in <Description> (else the code's
 * description). Returns the number of codes written.
 */
qint64 writeCodes(QXmlStreamWriter &writer, const CodeTree &tree, qint64 parentId,
                  const std::function<void(const Code &)> &afterDescription, qint64 *replacedCharacters,
                  const std::function<QString(const Code &)> &descriptionOf = {});

} // namespace RefiQdaXml
} // namespace Marginalia::Core
