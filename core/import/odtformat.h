#pragma once

#include "import/zipdocumentformat.h"

namespace Marginalia::Core {

/// OpenDocument text (.odt, .ott), read by OdtReader: laid out as Word documents are.
class OdtFormat final : public ZipDocumentFormat
{
public:
    QString key() const override;
    QString label() const override;
    QString mimeType() const override;
    QStringList suffixes() const override;
    /// Any OpenDocument type.
    bool isFileType(const QString &fileType) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const override;
    /// An archive whose mimetype entry declares an OpenDocument text (or text template).
    bool recognises(ZipArchive &archive) const override;
    Result<ImportedDocument> readArchive(ZipArchive &archive, const QString &fileName) const override;
};

} // namespace Marginalia::Core
