#include "import/pdfformat.h"

#include "import/importtr_p.h"
#include "import/pdfreader.h"

#include <algorithm>

namespace Marginalia::Core {

using ImportText::ImportTr;

QString PdfFormat::key() const
{
    return QStringLiteral("pdf");
}

QString PdfFormat::label() const
{
    return ImportTr::tr("PDF");
}

QString PdfFormat::mimeType() const
{
    return QStringLiteral("application/pdf");
}

QStringList PdfFormat::suffixes() const
{
    return {QStringLiteral("pdf")};
}

DocumentFormat::Sniff PdfFormat::sniff(QByteArrayView head, const QString &fileName) const
{
    // Readers accept the header anywhere in the first 1024 bytes (some servers prepend junk).
    if (head.first(std::min<qsizetype>(head.size(), 1024)).contains("%PDF-"))
        return {Evidence::Signature, {}};
    if (hasSuffixOf(fileName)) {
        return {Evidence::Name,
                ImportTr::tr("%1: the file is named as a PDF but is not one (it does not begin with \"%PDF-\").")
                    .arg(fileName)};
    }
    return {};
}

Result<ImportedDocument> PdfFormat::read(const QByteArray &bytes, const QString &fileName) const
{
    return PdfReader::read(bytes, fileName);
}

} // namespace Marginalia::Core
