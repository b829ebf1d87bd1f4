#include "import/documentreader.h"

#include "import/documentformat.h"
#include "import/documentformats.h"
#include "import/importtr_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Marginalia::Core {

using ImportText::ImportTr;

QStringList DocumentReader::supportedSuffixes()
{
    QStringList suffixes;
    for (const DocumentFormat *format : DocumentFormats::all())
        suffixes += format->suffixes();
    return suffixes;
}

Result<QString> DocumentReader::sniffFormat(const QByteArray &head, const QString &fileName)
{
    return DocumentFormats::sniff(head, fileName);
}

QString DocumentReader::typeLabel(const QString &fileType)
{
    return DocumentFormats::forFileType(fileType).label();
}

QString DocumentReader::sourceFormat(const QString &fileType, const QString &format)
{
    return DocumentFormats::forDocument(fileType, format).key();
}

Result<ImportedDocument> DocumentReader::read(const QString &path, qint64 maxFileSize)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        return Error{ImportTr::tr("%1: no such file.").arg(path)};
    if (info.isDir())
        return Error{ImportTr::tr("%1: is a folder, not a file.").arg(path)};
    if (info.size() > maxFileSize) {
        return Error{ImportTr::tr("%1: the file is %2 MB, larger than the import limit of %3 MB.")
                         .arg(path, QString::number(double(info.size()) / 1e6, 'f', 1),
                              QString::number(double(maxFileSize) / 1e6, 'f', 1))};
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportTr::tr("%1: cannot be read: %2").arg(path, file.errorString())};
    // Read one byte past the limit: a file that grew since stat() (or a pipe) is still caught.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return Error{ImportTr::tr("%1: the file is larger than the import limit.").arg(path)};
    if (file.error() != QFileDevice::NoError)
        return Error{ImportTr::tr("%1: cannot be read: %2").arg(path, file.errorString())};

    auto extracted = DocumentFormats::read(bytes, path);
    if (!extracted)
        return Error{extracted.error()};
    ImportedDocument document = std::move(*extracted);
    if (document.text.trimmed().isEmpty())
        return Error{ImportTr::tr("%1: the file has no text.").arg(path)};

    document.name = info.completeBaseName().isEmpty() ? fileName : info.completeBaseName();
    document.originalFileName = fileName;
    document.fileSize = bytes.size();
    document.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return document;
}

} // namespace Marginalia::Core
