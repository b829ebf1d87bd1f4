#pragma once

#include "import/documentformat.h"

namespace Marginalia::Core {

/// PDF (.pdf), read by PdfReader: each page's text in reading order, with where each page begins.
class PdfFormat final : public DocumentFormat
{
public:
    QString key() const override;
    QString label() const override;
    QString mimeType() const override;
    QStringList suffixes() const override;
    /// Evidence::Signature when "%PDF-" is in the first 1024 bytes, whatever the name; a file named ".pdf"
    /// without it is refused (by Evidence::Name, so that content another format recognises still wins).
    Sniff sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Marginalia::Core
