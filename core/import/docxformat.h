#pragma once

#include "import/zipdocumentformat.h"

namespace Marginalia::Core {

/// Word (.docx, .docm, .dotx), read by DocxReader: paragraphs, tables, numbering and notes as Word shows them.
class DocxFormat final : public ZipDocumentFormat
{
public:
    QString key() const override;
    QString label() const override;
    QString mimeType() const override;
    QStringList suffixes() const override;
    /// Any WordprocessingML type (documents, macro-enabled documents, templates).
    bool isFileType(const QString &fileType) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const override;
    /// A [Content_Types].xml and a word/ main part (DocxReader::isDocx()).
    bool recognises(ZipArchive &archive) const override;
    Result<ImportedDocument> readArchive(ZipArchive &archive, const QString &fileName) const override;
};

} // namespace Marginalia::Core
