#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QString>

namespace Marginalia::Core {

class ZipArchive;

/**
 * Extracts the text of an OpenDocument text (.odt, .ott) through ZipArchive and Qt's XML reader, laid out
 * as DocxReader does: paragraphs and headings as blocks separated by a blank line, tables with tabs and
 * line breaks, text frames after their paragraph, footnotes and endnotes at the end as "[1] text" with
 * "[1]" where they were cited (the document's own citation labels). White space is collapsed as ODF
 * says (text:s, text:tab and text:line-break are kept); tracked changes, comments and forms are left out.
 *
 * Numbering: list items get the labels LibreOffice shows, computed from the list styles (num-format 1, a,
 * A, i, I, with prefix, suffix, display-levels and start values; bullets as their bullet character, "•"
 * for symbol-font bullets); lists restart unless they continue another (text:continue-numbering,
 * text:continue-list); headings are numbered by the outline style when it numbers them. A label the file
 * spells out (text:number) is used as it is.
 */
class OdtReader final
{
public:
    /// @p fileName names the file in messages.
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName);
    /// The same from an archive already open (DocumentFormats opens it to tell a .docx from an .odt).
    static Result<ImportedDocument> read(ZipArchive &archive, const QString &fileName);

    /// The OpenDocument type an archive declares in its "mimetype" entry; empty when it has none.
    static QString mimeType(ZipArchive &archive);
};

} // namespace Marginalia::Core
