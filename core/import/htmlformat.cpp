#include "import/htmlformat.h"

#include "import/htmlreader.h"
#include "import/importtr_p.h"

namespace Marginalia::Core {

using ImportText::ImportTr;

QString HtmlFormat::key() const
{
    return QStringLiteral("html");
}

QString HtmlFormat::label() const
{
    return ImportTr::tr("HTML");
}

QString HtmlFormat::mimeType() const
{
    return QStringLiteral("text/html");
}

QStringList HtmlFormat::suffixes() const
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
}

DocumentFormat::Sniff HtmlFormat::sniff(QByteArrayView head, const QString &fileName) const
{
    if (HtmlReader::looksLikeHtml(head))
        return {Evidence::Markup, {}};
    return {hasSuffixOf(fileName) ? Evidence::Name : Evidence::None, {}};
}

Result<ImportedDocument> HtmlFormat::read(const QByteArray &bytes, const QString &fileName) const
{
    return HtmlReader::read(bytes, fileName);
}

} // namespace Marginalia::Core
