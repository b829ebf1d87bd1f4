#pragma once

#include "model/entities.h"
#include "base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/// A document read from a file, ready to be added to a project.
struct ImportedDocument
{
    QString name;             ///< suggested document name: the file name without its extension
    QString originalFileName; ///< the file name as it was on disk
    QString format;           ///< "text" or "markdown": the markup of the stored text, whatever the source
    QString text;             ///< normalised text (see TextDecoder and docs/schema.md)
    QString encoding;         ///< the encoding the text was read in; empty for PDF, which has none
    qint64 fileSize = 0;      ///< bytes
    QString fileSha256;       ///< hex SHA-256 of the file's bytes
    QString fileType = QStringLiteral("text/plain"); ///< MIME type of the original file
    /// Code point offsets where pages 2, 3... begin (as NewDocument::pageStarts); empty for unpaged sources.
    QList<qint64> pageStarts;
    int pageCount = 0;        ///< pages of a paged source (PDF), else 0
    QStringList warnings;     ///< what the user should know about the import (pages without text...)

    /// The document to add to a project.
    NewDocument toNewDocument() const;
};

/**
 * Reads a document file for import: plain text and Markdown (TextDecoder), HTML (HtmlReader), PDF
 * (PdfReader), Word (DocxReader) and OpenDocument text (OdtReader). The format is chosen by content first
 * and by extension second, so a PDF named ".txt" is recognised as a PDF, a file with no extension that
 * holds text is read as text, and a ".docx" that is not a ZIP container is refused.
 *
 * Reading touches no project and holds no global state, so files can be read on worker threads; every
 * refusal is an Error naming the file and the problem.
 */
class DocumentReader final
{
public:
    /// Files larger than this are refused; the huge-document workload of PRODUCT.md is 10 MB.
    static constexpr qint64 DefaultMaxFileSize = 64 * 1024 * 1024;

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
