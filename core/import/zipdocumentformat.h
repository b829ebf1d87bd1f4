#pragma once

#include "import/documentformat.h"

#include <QList>

namespace Marginalia::Core {

class ZipArchive;

/**
 * A format whose files are ZIP archives (Word, OpenDocument). The first bytes show only the container, so
 * every such format answers sniff() alike, and which one a file is, is decided by looking inside:
 * readContainer() opens the archive once and asks the formats in turn whether they recognise it.
 */
class ZipDocumentFormat : public DocumentFormat
{
public:
    /// What DocumentReader::sniffFormat() calls a file any ZIP format matched: "zip".
    static QString containerKey();

    /// Evidence::Signature for a ZIP header, whatever the name; a file named as this format that is not a
    /// ZIP container is refused (by Evidence::Name, so that content another format recognises still wins).
    Sniff sniff(QByteArrayView head, const QString &fileName) const final;

    /// Whether @p archive holds a document in this format (Word's main part, OpenDocument's mimetype...).
    virtual bool recognises(ZipArchive &archive) const = 0;
    /// Reads the document in @p archive, which recognises() accepted; @p fileName names it in messages.
    virtual Result<ImportedDocument> readArchive(ZipArchive &archive, const QString &fileName) const = 0;

    /**
     * Reads the ZIP archive @p bytes as the first of @p formats that is a ZipDocumentFormat and recognises
     * it. An archive none of them recognises is refused naming what it is, when that is known ("an Excel
     * workbook", "a REFI-QDA project" with where to import it...); a damaged one, with the archive's error.
     */
    static Result<ImportedDocument> readContainer(const QByteArray &bytes, const QString &fileName,
                                                  const QList<const DocumentFormat *> &formats);
};

} // namespace Marginalia::Core
