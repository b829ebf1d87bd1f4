#pragma once

#include "import/documentformat.h"

namespace Marginalia::Core {

/**
 * Plain text (.txt, .text), decoded by TextDecoder: any common encoding, detected (docs/schema.md).
 *
 * The fallback of DocumentFormats: a file that no other format claims is read as text (a file without a
 * suffix, an .xml, a .csv), and a document whose type no other format claims was plain text.
 */
class TextFormat final : public DocumentFormat
{
public:
    QString key() const override;
    QString label() const override;
    QString mimeType() const override;
    QStringList suffixes() const override;
    /// Evidence::Fallback for every file: text is what nothing stronger says otherwise.
    Sniff sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const override;

    /// @p bytes decoded as text, stored as @p format with file type @p fileType: what plain text and the
    /// formats that are plain text with markup kept as it is (Markdown) share.
    static Result<ImportedDocument> decode(const QByteArray &bytes, const QString &fileName, const QString &format,
                                           const QString &fileType);
};

} // namespace Marginalia::Core
