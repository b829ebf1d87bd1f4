#include "import/documentreader.h"

#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/odtreader.h"
#include "import/pdfreader.h"
#include "text/textdecoder.h"
#include "archive/ziparchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Marginalia::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Core::DocumentReader", text);
}

struct Signature
{
    QByteArrayView magic;
    const char *description;
};

// Formats we recognise by their first bytes but cannot import: a clear refusal beats reading a
// compressed container as garbled "text".
constexpr Signature unsupportedSignatures[] = {
    {QByteArrayView("\xD0\xCF\x11\xE0", 4),
     QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a legacy Microsoft Office document")},
    {QByteArrayView("{\\rtf"), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "an RTF document")},
    {QByteArrayView("\x89PNG", 4), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a PNG image")},
    {QByteArrayView("\xFF\xD8\xFF", 3), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a JPEG image")},
    {QByteArrayView("GIF8"), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a GIF image")},
    {QByteArrayView("\x1F\x8B", 2), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a gzip archive")},
    {QByteArrayView("\x7F" "ELF", 4), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a program")},
    {QByteArrayView("SQLite format 3\0", 16),
     QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "an SQLite database (a project is opened, not imported)")},
};

bool isPdf(QByteArrayView head)
{
    // Readers accept the header anywhere in the first 1024 bytes (some servers prepend junk).
    return head.first(std::min<qsizetype>(head.size(), 1024)).contains("%PDF-");
}

/// What a ZIP archive is, when it is not a document we read: "an Excel workbook"...
QString describeArchive(ZipArchive &archive)
{
    const QString odf = OdtReader::mimeType(archive);
    if (odf.startsWith(QLatin1String("application/vnd.oasis.opendocument.spreadsheet")))
        return tr("an OpenDocument spreadsheet");
    if (odf.startsWith(QLatin1String("application/vnd.oasis.opendocument.presentation")))
        return tr("an OpenDocument presentation");
    if (odf == QLatin1String("application/epub+zip"))
        return tr("an EPUB e-book");
    if (odf.startsWith(QLatin1String("application/vnd.oasis.opendocument.")))
        return tr("an OpenDocument file that is not a text document");
    if (archive.findEntry(QStringLiteral("project.qde")))
        return tr("a REFI-QDA project (import it as a project: \"Import REFI-QDA Project\", marginalia-cli "
                  "import-qdpx)");
    if (archive.findEntry(QStringLiteral("xl/workbook.xml")))
        return tr("an Excel workbook");
    if (archive.findEntry(QStringLiteral("ppt/presentation.xml")))
        return tr("a PowerPoint presentation");
    return tr("a ZIP archive that is neither a Word nor an OpenDocument text");
}

Result<ImportedDocument> readContainer(const QByteArray &bytes, const QString &path)
{
    auto archive = ZipArchive::fromBytes(bytes, path);
    if (!archive)
        return Error{archive.error()};
    if (DocxReader::isDocx(**archive))
        return DocxReader::read(**archive, path);
    if (OdtReader::mimeType(**archive).startsWith(QLatin1String("application/vnd.oasis.opendocument.text")))
        return OdtReader::read(**archive, path);
    return Error{tr("%1: this is %2, which Marginalia cannot import; it imports Word (.docx) and OpenDocument (.odt) "
                    "documents, PDF, HTML, plain text and Markdown.")
                     .arg(path, describeArchive(**archive))};
}

} // namespace

QStringList DocumentReader::supportedSuffixes()
{
    return {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),   QStringLiteral("markdown"),
            QStringLiteral("mdown"), QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"),
            QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("dotx"),
            QStringLiteral("odt"),  QStringLiteral("ott")};
}

Result<QString> DocumentReader::sniffFormat(const QByteArray &head, const QString &fileName)
{
    // Content first: a PDF named ".txt" is a PDF.
    if (isPdf(head))
        return QStringLiteral("pdf");
    if (QByteArrayView(head).startsWith(QByteArrayView("PK\x03\x04", 4)))
        return QStringLiteral("zip");
    for (const Signature &signature : unsupportedSignatures) {
        if (QByteArrayView(head).startsWith(signature.magic)) {
            return Error{tr("%1: this is %2, which Marginalia cannot import; it imports PDF, Word (.docx), "
                            "OpenDocument (.odt), HTML, plain text and Markdown.")
                             .arg(fileName, tr(signature.description))};
        }
    }
    if (HtmlReader::looksLikeHtml(head))
        return QStringLiteral("html");
    // A REFI-QDA codebook is XML text and would import as a document of tags; the user meant the codes.
    if (QByteArrayView(head).contains("<CodeBook") && QByteArrayView(head).contains("urn:QDA-XML:codebook")) {
        return Error{tr("%1: this is a REFI-QDA codebook, not a document: import its codes with \"Import "
                        "REFI-QDA Codebook\" (marginalia-cli import-qdc).")
                         .arg(fileName)};
    }

    // The name second: it decides between kinds of text, and catches a document that is not what its
    // name says (a ".docx" that is not a ZIP container cannot be read as one).
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown"))
        return QStringLiteral("markdown");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("pdf"))
        return Error{tr("%1: the file is named as a PDF but is not one (it does not begin with \"%PDF-\").").arg(fileName)};
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("docm") || suffix == QLatin1String("dotx")
        || suffix == QLatin1String("odt") || suffix == QLatin1String("ott")) {
        return Error{tr("%1: the file is named as a Word or OpenDocument file but is not one (it is not a ZIP "
                        "container).")
                         .arg(fileName)};
    }
    return QStringLiteral("text");
}

QString DocumentReader::typeLabel(const QString &fileType)
{
    if (fileType == QLatin1String("application/pdf"))
        return tr("PDF");
    if (fileType.contains(QLatin1String("wordprocessingml")))
        return tr("Word");
    if (fileType.contains(QLatin1String("opendocument")))
        return tr("OpenDocument");
    if (fileType == QLatin1String("text/html"))
        return tr("HTML");
    if (fileType == QLatin1String("text/markdown"))
        return tr("Markdown");
    return tr("plain text");
}

QString DocumentReader::sourceFormat(const QString &fileType, const QString &format)
{
    if (fileType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (fileType.contains(QLatin1String("wordprocessingml")))
        return QStringLiteral("docx");
    if (fileType.contains(QLatin1String("opendocument")))
        return QStringLiteral("odt");
    if (fileType == QLatin1String("text/html"))
        return QStringLiteral("html");
    if (fileType == QLatin1String("text/markdown") || format == QLatin1String("markdown"))
        return QStringLiteral("markdown");
    return QStringLiteral("text");
}

Result<ImportedDocument> DocumentReader::read(const QString &path, qint64 maxFileSize)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        return Error{tr("%1: no such file.").arg(path)};
    if (info.isDir())
        return Error{tr("%1: is a folder, not a file.").arg(path)};
    if (info.size() > maxFileSize) {
        return Error{tr("%1: the file is %2 MB, larger than the import limit of %3 MB.")
                         .arg(path, QString::number(double(info.size()) / 1e6, 'f', 1),
                              QString::number(double(maxFileSize) / 1e6, 'f', 1))};
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};
    // Read one byte past the limit: a file that grew since stat() (or a pipe) is still caught.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return Error{tr("%1: the file is larger than the import limit.").arg(path)};
    if (file.error() != QFileDevice::NoError)
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};

    auto kind = sniffFormat(bytes.left(4096), path);
    if (!kind)
        return Error{kind.error()};

    ImportedDocument document;
    if (*kind == QLatin1String("pdf") || *kind == QLatin1String("zip") || *kind == QLatin1String("html")) {
        auto extracted = *kind == QLatin1String("pdf")   ? PdfReader::read(bytes, path)
                         : *kind == QLatin1String("zip") ? readContainer(bytes, path)
                                                         : HtmlReader::read(bytes, path);
        if (!extracted)
            return Error{extracted.error()};
        document = std::move(*extracted);
    } else {
        auto decoded = TextDecoder::decode(bytes, path);
        if (!decoded)
            return Error{decoded.error()};
        document.format = *kind;
        document.fileType = *kind == QLatin1String("markdown") ? QStringLiteral("text/markdown") : QStringLiteral("text/plain");
        document.text = std::move(decoded->text);
        document.encoding = decoded->encoding;
    }
    if (document.text.trimmed().isEmpty())
        return Error{tr("%1: the file has no text.").arg(path)};

    document.name = info.completeBaseName().isEmpty() ? fileName : info.completeBaseName();
    document.originalFileName = fileName;
    document.fileSize = bytes.size();
    document.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return document;
}

} // namespace Marginalia::Core
