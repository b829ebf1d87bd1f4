#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace Marginalia::Core {

/**
 * Extracts the text of a PDF through Poppler, page by page in reading order (Poppler's own layout analysis,
 * the same as `pdftotext` without `-layout`), and records where each page begins.
 *
 * Normalisation (docs/schema.md): every line is trimmed; the direction marks Poppler adds around
 * right-to-left runs (U+202A-U+202C) and control characters are removed; words hyphenated at line ends
 * are joined where that is safe (see joinHyphenation()); pages are joined with one blank line, and a page
 * without text adds nothing. Headers, footers and page numbers stay as they are printed.
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
