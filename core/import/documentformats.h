#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Marginalia::Core {

class DocumentFormat;

/**
 * The formats Marginalia imports, and the decisions that take all of them: which format a file is, which
 * format a stored document came from. DocumentReader, the entry point for callers, delegates here.
 *
 * Which format a file is: every format's sniff() answers with its evidence, and so do the kinds of file
 * that are known and refused (images, programs, legacy Office, a REFI-QDA codebook...). The strongest
 * evidence wins: content before name, so a PDF named ".txt" is a PDF and an image is refused whatever it
 * is called. Between equal evidence a format wins over a refusal, and formats win in the order listed.
 *
 * Adding a format: a class derived from DocumentFormat (or ZipDocumentFormat, for a format in a ZIP
 * container) in a file of its own, and one line in documentformats.cpp that lists it.
 */
class DocumentFormats final
{
public:
    DocumentFormats() = delete;

    /// Every format, in the order users see them listed (DocumentReader::supportedSuffixes()); in
    /// sniffing, the order only breaks ties (PDF before the ZIP formats, Word before OpenDocument).
    static const QList<const DocumentFormat *> &all();

    /// The format with key @p key ("pdf"...); nullptr when there is none.
    static const DocumentFormat *find(QStringView key);

    /// What a file or a document is when no other format claims it: plain text.
    static const DocumentFormat &fallback();

    /// The kind of a file, from @p head (its first bytes, up to 4096) and @p fileName: the key of its
    /// format, or "zip" for the formats inside a ZIP container, which only read() can tell apart; an error
    /// naming the file and what it is when it must not be imported.
    static Result<QString> sniff(QByteArrayView head, const QString &fileName);

    /// Reads @p bytes, a whole file, in the format sniff() finds; @p fileName names it in messages.
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName);

    /// The format of a file of MIME type @p fileType: the first that claims the type, else fallback().
    static const DocumentFormat &forFileType(const QString &fileType);

    /// The format a document came from: the one that claims its file type @p fileType, else the one its
    /// stored text's format @p format names (DocumentFormat::isStoredFormat()), else fallback().
    static const DocumentFormat &forDocument(const QString &fileType, const QString &format);
};

} // namespace Marginalia::Core
