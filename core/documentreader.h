#pragma once

#include "result.h"

#include <QString>

namespace Marginalia::Core {

/// A document read from a file, ready to be added to a project.
struct ImportedDocument
{
    QString name;             ///< suggested document name: the file name without its extension
    QString originalFileName; ///< the file name as it was on disk
    QString format;           ///< "text" or "markdown"
    QString text;             ///< normalised text (see TextDecoder)
    QString encoding;         ///< the encoding the file was read in
    qint64 fileSize = 0;      ///< bytes
    QString fileSha256;       ///< hex SHA-256 of the file's bytes
};

/**
 * Reads a document file for import. The format is chosen by content first and by extension second, so a
 * PDF named ".txt" is recognised as a PDF, and a file with no extension that holds text is read as text.
 */
class DocumentReader final
{
public:
    /// Files larger than this are refused; the huge-document workload of PRODUCT.md is 10 MB.
    static constexpr qint64 DefaultMaxFileSize = 64 * 1024 * 1024;

    static Result<ImportedDocument> read(const QString &path, qint64 maxFileSize = DefaultMaxFileSize);

    /// The format of a file, from its content and name; empty with a reason when it cannot be imported.
    static Result<QString> sniffFormat(const QByteArray &head, const QString &fileName);
};

} // namespace Marginalia::Core
