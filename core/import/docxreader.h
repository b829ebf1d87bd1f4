#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QString>

namespace Marginalia::Core {

class ZipArchive;

/**
 * Extracts the text of a Word document (.docx, .docm, .dotx) through ZipArchive and Qt's XML reader.
 *
 * What comes out, in document order: every paragraph (headings and list items included) as a block, blocks
 * separated by one blank line; tables as text, cells separated by tabs and rows by line breaks; text boxes
 * after the paragraph that anchors them; footnotes and then endnotes at the end, as "[1] text" and
 * "[i] text", their places in the text marked "[1]" and "[i]". Tracked changes are read as if accepted
 * (deleted and moved-away text left out); comments, headers, footers and field codes are left out.
 *
 * Automatic numbering (numbering.xml) is generated, so numbered paragraphs keep the numbers Word shows
 * ("23. ", "(a) ", "1.2. "): formats decimal, decimalZero, lowerLetter, upperLetter, lowerRoman,
 * upperRoman, bullet (as "•") and none; other formats (ordinal, cardinalText, East Asian counting...) are
 * written as decimal. Numbering from paragraph styles, start overrides, level restarts and legal
 * numbering are followed; the separator after the number is one space (or none when Word puts none).
 */
class DocxReader final
{
public:
    /// @p fileName names the file in messages.
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName);
    /// The same from an archive already open (DocumentFormats opens it to tell a .docx from an .odt).
    static Result<ImportedDocument> read(ZipArchive &archive, const QString &fileName);

    /// True when @p archive looks like a Word document (a [Content_Types].xml and a word/ main part).
    static bool isDocx(const ZipArchive &archive);
};

} // namespace Marginalia::Core
