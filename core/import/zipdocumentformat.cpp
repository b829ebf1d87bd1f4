#include "import/zipdocumentformat.h"

#include "archive/ziparchive.h"
#include "import/importtr_p.h"
#include "import/odtreader.h"

namespace Marginalia::Core {

using ImportText::ImportTr;

namespace {

/// What a ZIP archive is, when it is not a document we read: "an Excel workbook"...
QString describeArchive(ZipArchive &archive)
{
    const QString odf = OdtReader::mimeType(archive);
    if (odf.startsWith(QLatin1String("application/vnd.oasis.opendocument.spreadsheet")))
        return ImportTr::tr("an OpenDocument spreadsheet");
    if (odf.startsWith(QLatin1String("application/vnd.oasis.opendocument.presentation")))
        return ImportTr::tr("an OpenDocument presentation");
    if (odf == QLatin1String("application/epub+zip"))
        return ImportTr::tr("an EPUB e-book");
    if (odf.startsWith(QLatin1String("application/vnd.oasis.opendocument.")))
        return ImportTr::tr("an OpenDocument file that is not a text document");
    if (archive.findEntry(QStringLiteral("project.qde")))
        return ImportTr::tr("a REFI-QDA project (import it as a project: \"Import REFI-QDA Project\", marginalia-cli "
                            "import-qdpx)");
    if (archive.findEntry(QStringLiteral("xl/workbook.xml")))
        return ImportTr::tr("an Excel workbook");
    if (archive.findEntry(QStringLiteral("ppt/presentation.xml")))
        return ImportTr::tr("a PowerPoint presentation");
    return ImportTr::tr("a ZIP archive that is neither a Word nor an OpenDocument text");
}

} // namespace

QString ZipDocumentFormat::containerKey()
{
    return QStringLiteral("zip");
}

DocumentFormat::Sniff ZipDocumentFormat::sniff(QByteArrayView head, const QString &fileName) const
{
    if (head.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return {Evidence::Signature, {}};
    // A document that is not what its name says: a ".docx" that is not a ZIP container cannot be read as one.
    if (hasSuffixOf(fileName)) {
        return {Evidence::Name,
                ImportTr::tr("%1: the file is named as a Word or OpenDocument file but is not one (it is not a ZIP "
                             "container).")
                    .arg(fileName)};
    }
    return {};
}

Result<ImportedDocument> ZipDocumentFormat::readContainer(const QByteArray &bytes, const QString &fileName,
                                                          const QList<const DocumentFormat *> &formats)
{
    auto archive = ZipArchive::fromBytes(bytes, fileName);
    if (!archive)
        return Error{archive.error()};
    for (const DocumentFormat *format : formats) {
        const auto *zipFormat = dynamic_cast<const ZipDocumentFormat *>(format);
        if (zipFormat && zipFormat->recognises(**archive))
            return zipFormat->readArchive(**archive, fileName);
    }
    return Error{
        ImportTr::tr("%1: this is %2, which Marginalia cannot import; it imports Word (.docx) and OpenDocument (.odt) "
                     "documents, PDF, HTML, plain text and Markdown.")
            .arg(fileName, describeArchive(**archive))};
}

} // namespace Marginalia::Core
