#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/**
 * Reads a document file for import: plain text and Markdown (TextDecoder), HTML (HtmlReader), PDF
 * (PdfReader), Word (DocxReader) and OpenDocument text (OdtReader). The format is chosen by content first
 * and by extension second, so a PDF named ".txt" is recognised as a PDF, a file with no extension that
 * holds text is read as text, and a ".docx" that is not a ZIP container is refused.
 *
 * The entry point for callers: the formats themselves, and the decisions between them, are in
 * DocumentFormats; this adds what concerns the file (its size limit, its name, size and hash).
 *
 * Reading touches no project and holds no global state, so files can be read on worker threads; every
 * refusal is an Error naming the file and the problem.
 */
class DocumentReader final
{
public:
    /// Files larger than this are refused; the huge-document workload of PRODUCT.md is 10 MB.
    static constexpr qint64 DefaultMaxFileSize = 64 * 1024 * 1024;

    /// Reads the file at @p path in the format its content, then its name, says (see sniffFormat()); a
    /// file larger than @p maxFileSize bytes, or without text, is refused.
    static Result<ImportedDocument> read(const QString &path, qint64 maxFileSize = DefaultMaxFileSize);

    /// The kind of a file, from its first bytes (up to 4096) and its name: "pdf", "zip" (Word or
    /// OpenDocument: read() looks inside), "html", "markdown" or "text"; an error naming the file and what
    /// it is when it cannot be imported (images, programs, legacy Office, a ".pdf" that is not a PDF...).
    static Result<QString> sniffFormat(const QByteArray &head, const QString &fileName);

    /// The file name suffixes (lower case, no dot) of the formats read() imports; folders are scanned for these.
    static QStringList supportedSuffixes();

    /// What a user calls the format of an original file, from its MIME type (Document::fileType):
    /// "PDF", "Word", "OpenDocument", "HTML", "Markdown", "plain text".
    static QString typeLabel(const QString &fileType);

    /// The format of the source a document was read from, as a stable key for listings and CSV: "pdf",
    /// "docx", "odt", "html", "markdown" or "text". Document::format says how the text is stored (always
    /// "text" or "markdown"); this says what the file was, from Document::fileType.
    static QString sourceFormat(const QString &fileType, const QString &format);
};

} // namespace Marginalia::Core
