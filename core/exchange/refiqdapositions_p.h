#pragma once

// Internal to the REFI-QDA project import: a source's text as it is stored, and how the positions of its
// selections in the file are read onto it.
//
// REFI-QDA counts a selection's startPosition and endPosition in Unicode code points of the file's text,
// a CRLF as two. Real exports differ in two ways. Some count a CRLF as one character. NVivo counts UTF-16
// code units (its strings are .NET strings), so after every character outside the Basic Multilingual Plane
// (emoji, rare CJK) its positions run one further ahead of the code points. Both are decided per source from
// the source's own text and selections, and the choice is reported.

#include "exchange/refiqdaimporter.h"
#include "text/textoffsets.h"

#include <QList>
#include <QString>

#include <vector>

namespace Marginalia::Core::RefiQdaPositions {

/// How a file counts positions: in code points or UTF-16 units, a CRLF as two characters or one.
struct Reading
{
    bool utf16 = false;
    bool crlfAsOne = false;
};

/// A source's text as stored (BOM removed, CRLF and lone CR as LF), with what it takes to read the file's
/// positions onto it.
class SourceText
{
public:
    /// Normalises @p decoded (the file's text, a BOM still at its start if it had one) as every stored text is.
    void setFileText(const QString &decoded);

    const QString &text() const { return m_text; }
    const TextOffsets &offsets() const { return m_offsets; }
    bool hadBom() const { return m_hadBom; }
    bool hasCrlf() const { return !m_removedCrs.empty(); }
    /// Characters outside the BMP: the only texts where code points and UTF-16 units differ.
    bool outsideBmp() const { return !m_offsets.isIdentity(); }
    /// Code points of the stored text.
    qint64 length() const { return m_offsets.codePointCount(); }
    /// The length of the file's text as @p reading counts it: what a position may be at most.
    qint64 fileLength(Reading reading) const;

    enum class Place { Inside, Outside, SplitsCharacter };
    struct Mapped
    {
        qint64 position = 0; ///< code point of the stored text, when Inside
        Place place = Place::Inside;
    };
    /// The stored code point that the file's @p position names under @p reading: Outside when it is not in
    /// 0..fileLength(reading), SplitsCharacter when a UTF-16 position falls between the halves of a
    /// surrogate pair (no position in code points does that).
    Mapped map(qint64 position, Reading reading) const;

    QString encoding = QStringLiteral("UTF-8");
    qint64 fileSize = 0;
    QString fileSha256;

private:
    QString m_text;
    TextOffsets m_offsets;
    bool m_hadBom = false;
    qint64 m_fileLength = 0; ///< code points of the file's text (without a BOM)
    qint64 m_fileUtf16Length = 0;
    /// Positions, in the file's text, of the CRs removed from CRLF pairs; ascending.
    std::vector<qint64> m_removedCrs; ///< in code points
    std::vector<qint64> m_removedCrsUtf16; ///< in UTF-16 units
};

/// A selection as the file gives it.
struct Selection
{
    qint64 start = 0;
    qint64 end = 0;
    /// The start of the selection's name, when the name may quote the text (ATLAS.ti and NVivo name
    /// selections after their text); empty otherwise.
    QString name;
    bool nameCut = false; ///< the name was cut (at 60 characters): its last word may be incomplete
};

/// How well one reading fits a source's selections.
struct Fit
{
    qint64 checked = 0; ///< selections with a non-empty range
    /// Of them: the text at the range starts with the selection's name, or the range starts and ends on word
    /// boundaries (a word's start or the text's start; a word's end or the text's end).
    qint64 recognised = 0;
    /// Of them: impossible, outside the text or cutting a character in two.
    qint64 impossible = 0;
    qint64 quoted = 0; ///< of them: the text at the range starts with the selection's name
};

/// Which reading a source's positions get, and why.
struct Decision
{
    Reading reading;
    RefiQdaImportOptions::Positions requested = RefiQdaImportOptions::Positions::Auto;
    Fit asCodePoints; ///< filled when the text is outside the BMP
    Fit asUtf16;
    /// Selections whose range differs between the two readings (those after a character outside the BMP).
    qint64 differing = 0;
    QString why; ///< translated, for the report; empty when the text is inside the BMP (nothing to choose)
};

/**
 * Decides how @p text's selections are read. A CRLF counts as one character when the selections' names
 * quote the text better that way (some tools count so), else as two (the standard). The unit is @p requested
 * unless it is Auto; then, for a text with characters outside the BMP, the reading under which more
 * selections fit the text (recognised), then the one with fewer impossible selections; when both fit
 * equally, UTF-16 units for a file whose @p origin names NVivo, else code points (the standard).
 */
Decision decide(const SourceText &text, const QList<Selection> &selections, RefiQdaImportOptions::Positions requested,
                const QString &origin);

/// Whether a project's origin attribute names a tool that writes UTF-16 positions (NVivo).
bool originCountsUtf16(const QString &origin);

} // namespace Marginalia::Core::RefiQdaPositions
