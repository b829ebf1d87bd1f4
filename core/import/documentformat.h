#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Marginalia::Core {

/**
 * One kind of file Marginalia imports (PDF, Word, plain text...): what it is called, how it is recognised,
 * and how its text is read. DocumentFormats lists every format; DocumentReader, the entry point for
 * callers, asks it which format a file is and has that format read it.
 *
 * A format is recognised by content first and by name second: sniff() says how strong the evidence is,
 * and the strongest answer among all formats wins (see Evidence). Formats hold no state: one instance
 * serves every thread.
 */
class DocumentFormat
{
public:
    /// How strongly a file's first bytes and name say it is in a format, weakest first. DocumentFormats
    /// takes the strongest answer; between equal answers, the format it lists first.
    enum class Evidence {
        None, ///< not this format
        Fallback, ///< nothing against it: what a file no other format claims is read as (plain text)
        Name, ///< the file name's suffix is one of suffixes(), and the content says nothing else
        Markup, ///< the content looks like this format's markup (HTML's <!DOCTYPE html>...)
        Signature, ///< the content carries this format's signature ("%PDF-", a ZIP header)
    };

    /// A format's answer to sniff().
    struct Sniff
    {
        Evidence evidence = Evidence::None;
        /// Set when the evidence says the file must not be imported, with why and naming the file: a file
        /// named as this format whose content is not this format (a ".pdf" that is not a PDF).
        QString refusal;
    };

    DocumentFormat() = default;
    virtual ~DocumentFormat();
    Q_DISABLE_COPY_MOVE(DocumentFormat)

    /// The stable key of the format, for listings and CSV: "pdf", "docx", "odt", "html", "markdown",
    /// "text" (DocumentReader::sourceFormat()). Never translated, never changed.
    virtual QString key() const = 0;
    /// What a user calls the format, translated: "PDF", "Word", "OpenDocument", "HTML", "Markdown",
    /// "plain text" (DocumentReader::typeLabel()).
    virtual QString label() const = 0;
    /// The MIME type read() records as ImportedDocument::fileType, which a project keeps as Document::fileType.
    virtual QString mimeType() const = 0;
    /// The file name suffixes of the format, lower case, without the dot; folders are scanned for these.
    virtual QStringList suffixes() const = 0;

    /// Whether a document whose original file had MIME type @p fileType (Document::fileType) was in this
    /// format. By default the type is mimeType().
    virtual bool isFileType(const QString &fileType) const;

    /// Whether the way a document's text is stored, @p format (Document::format: "text" or "markdown"),
    /// says that it came from this format when no format claims its file type: projects from before
    /// version 3 recorded every document's type as "text/plain", Markdown ones too. By default false.
    virtual bool isStoredFormat(const QString &format) const;

    /// How strongly @p head, a file's first bytes (up to 4096), and @p fileName, its name or path, say the
    /// file is in this format; with a refusal when they say it must not be imported.
    virtual Sniff sniff(QByteArrayView head, const QString &fileName) const = 0;

    /// Reads the text of @p bytes, a whole file in this format; @p fileName names it in messages. Fills in
    /// the text, format, fileType, encoding, pages and warnings of the document; DocumentReader adds the
    /// name, size and hash. An error naming the file when the file cannot be read as this format.
    virtual Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const = 0;

    /// Whether the suffix of @p fileName (a name or a path), in any case, is one of suffixes().
    bool hasSuffixOf(const QString &fileName) const;
};

} // namespace Marginalia::Core
