#include "import/markdownformat.h"

#include "import/importtr_p.h"
#include "import/textformat.h"

namespace Marginalia::Core {

using ImportText::ImportTr;

QString MarkdownFormat::key() const
{
    return QStringLiteral("markdown");
}

QString MarkdownFormat::label() const
{
    return ImportTr::tr("Markdown");
}

QString MarkdownFormat::mimeType() const
{
    return QStringLiteral("text/markdown");
}

QStringList MarkdownFormat::suffixes() const
{
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown")};
}

bool MarkdownFormat::isStoredFormat(const QString &format) const
{
    return format == QLatin1String("markdown");
}

DocumentFormat::Sniff MarkdownFormat::sniff(QByteArrayView, const QString &fileName) const
{
    return {hasSuffixOf(fileName) ? Evidence::Name : Evidence::None, {}};
}

Result<ImportedDocument> MarkdownFormat::read(const QByteArray &bytes, const QString &fileName) const
{
    return TextFormat::decode(bytes, fileName, key(), mimeType());
}

} // namespace Marginalia::Core
