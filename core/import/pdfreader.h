#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace Marginalia::Core {

/**
 * Extracts the text of a PDF through Poppler, page by page in reading order, and records where each page
 * begins. The words, lines and columns are Poppler's own layout analysis (`Poppler::Page::textList()`, the
 * order `pdftotext` gives without `-layout`): a column is read to its end before the next one.
 *
 * Normalisation (docs/schema.md): one line per line of the page, trimmed, right-to-left runs in logical
 * order; a blank line between paragraphs (a gap clearly wider than the document's line spacing, or the
 * next column or block, unless a hyphenated or lower-case word runs on into it); control characters
 * removed; running headers and footers (lines at a page's top or bottom edge that repeat, digits aside,
 * on three or more pages) and lone page numbers at the edges ("3", "- 3 -", "Page 3", "3/12", "iv", on
 * two or more pages) left out, only from the edge inwards and never in a one-page document; words
 * hyphenated at line ends joined where that is safe (see joinHyphenation()); pages joined with one blank
 * line, and a page without text adds nothing.
 *
 * Refused with a message naming the file: a truncated or damaged file, a file that needs a password, a
 * file without a text layer (a scan: the message suggests OCR). Pages without text in an otherwise
 * textual file, and a text layer that looks garbled, are reported as warnings.
 */
class PdfReader final
{
public:
    /// @p fileName names the file in messages.
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName);

    /**
     * Joins words hyphenated at line ends in @p page (lines separated by "\n"):
     * - a soft hyphen (U+00AD) at a line end is always a hyphenation point: dropped, the word joined;
     * - a letter, "-", line end, then a lower-case letter: the hyphen is dropped and the word joined
     *   ("protec-" / "tion" -> "protection"), unless @p vocabulary (lower-case words of the whole document)
     *   has the hyphenated form and not the joined one ("self-" / "identification" -> "self-identification");
     * - a letter or digit, "-", line end, then an upper-case letter or a digit: a real hyphen in a compound
     *   ("Non-" / "Governmental", "COVID-" / "19"): kept, the word joined;
     * - anything else (a dash after a space, a hyphen before an empty line) stays as it is.
     * The rest of the word moves up to the end of the first line; the line break follows it.
     */
    static QString joinHyphenation(const QString &page, const QSet<QString> &vocabulary);

    /// The lower-case words of @p text, hyphenated compounds included, for joinHyphenation().
    static QSet<QString> vocabulary(const QString &text);
};

} // namespace Marginalia::Core
