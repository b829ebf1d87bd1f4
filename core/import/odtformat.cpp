#include "import/odtformat.h"

#include "import/importtr_p.h"
#include "import/odtreader.h"

namespace Marginalia::Core {

using ImportText::ImportTr;

QString OdtFormat::key() const
{
    return QStringLiteral("odt");
}

QString OdtFormat::label() const
{
    return ImportTr::tr("OpenDocument");
}

QString OdtFormat::mimeType() const
{
    return QStringLiteral("application/vnd.oasis.opendocument.text");
}

QStringList OdtFormat::suffixes() const
{
    return {QStringLiteral("odt"), QStringLiteral("ott")};
}

bool OdtFormat::isFileType(const QString &fileType) const
{
    return fileType.contains(QLatin1String("opendocument"));
}

Result<ImportedDocument> OdtFormat::read(const QByteArray &bytes, const QString &fileName) const
{
    return OdtReader::read(bytes, fileName);
}

bool OdtFormat::recognises(ZipArchive &archive) const
{
    return OdtReader::mimeType(archive).startsWith(QLatin1String("application/vnd.oasis.opendocument.text"));
}

Result<ImportedDocument> OdtFormat::readArchive(ZipArchive &archive, const QString &fileName) const
{
    return OdtReader::read(archive, fileName);
}

} // namespace Marginalia::Core
