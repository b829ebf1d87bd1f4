#include "import/docxformat.h"

#include "import/docxreader.h"
#include "import/importtr_p.h"

namespace Marginalia::Core {

using ImportText::ImportTr;

QString DocxFormat::key() const
{
    return QStringLiteral("docx");
}

QString DocxFormat::label() const
{
    return ImportTr::tr("Word");
}

QString DocxFormat::mimeType() const
{
    return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

QStringList DocxFormat::suffixes() const
{
    return {QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("dotx")};
}

bool DocxFormat::isFileType(const QString &fileType) const
{
    return fileType.contains(QLatin1String("wordprocessingml"));
}

Result<ImportedDocument> DocxFormat::read(const QByteArray &bytes, const QString &fileName) const
{
    return DocxReader::read(bytes, fileName);
}

bool DocxFormat::recognises(ZipArchive &archive) const
{
    return DocxReader::isDocx(archive);
}

Result<ImportedDocument> DocxFormat::readArchive(ZipArchive &archive, const QString &fileName) const
{
    return DocxReader::read(archive, fileName);
}

} // namespace Marginalia::Core
