#pragma once

#include "model/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/// A document read from a file, ready to be added to a project: what every format's reader returns
/// (PdfReader, DocxReader, OdtReader, HtmlReader, the plain-text formats) and DocumentReader completes.
struct ImportedDocument
{
    QString name; ///< suggested document name: the file name without its extension
    QString originalFileName; ///< the file name as it was on disk
    QString format; ///< "text" or "markdown": the markup of the stored text, whatever the source
    QString text; ///< normalised text (see TextDecoder and docs/schema.md)
    QString encoding; ///< the encoding the text was read in; empty for PDF, which has none
    qint64 fileSize = 0; ///< bytes
    QString fileSha256; ///< hex SHA-256 of the file's bytes
    QString fileType = QStringLiteral("text/plain"); ///< MIME type of the original file
    /// Code point offsets where pages 2, 3... begin (as NewDocument::pageStarts); empty for unpaged sources.
    QList<qint64> pageStarts;
    int pageCount = 0; ///< pages of a paged source (PDF), else 0
    QStringList warnings; ///< what the user should know about the import (pages without text...)
    /// The headings of a Word or OpenDocument source (as NewDocument::headings); empty for other formats.
    QList<Heading> headings;

    /// The document to add to a project.
    NewDocument toNewDocument() const;
};

} // namespace Marginalia::Core
