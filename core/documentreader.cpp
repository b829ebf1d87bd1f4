#include "documentreader.h"

#include "textdecoder.h"

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

// Formats we recognise by their first bytes but cannot import (yet): a clear refusal beats reading a
// compressed container as garbled "text".
constexpr Signature unsupportedSignatures[] = {
    {QByteArrayView("%PDF-"), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a PDF document")},
    {QByteArrayView("PK\x03\x04", 4),
     QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a ZIP container (Word, OpenDocument or an archive)")},
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

} // namespace

Result<QString> DocumentReader::sniffFormat(const QByteArray &head, const QString &fileName)
{
    for (const Signature &signature : unsupportedSignatures) {
        if (QByteArrayView(head).startsWith(signature.magic)) {
            return Error{tr("%1: this is %2, which this version of Marginalia cannot import; "
                            "plain text and Markdown can be imported.")
                             .arg(fileName, tr(signature.description))};
        }
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown"))
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

    auto format = sniffFormat(bytes.left(64), fileName);
    if (!format)
        return Error{format.error()};

    auto decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded)
        return Error{decoded.error()};
    if (decoded->text.trimmed().isEmpty())
        return Error{tr("%1: the file has no text.").arg(fileName)};

    ImportedDocument document;
    document.name = info.completeBaseName().isEmpty() ? fileName : info.completeBaseName();
    document.originalFileName = fileName;
    document.format = *format;
    document.text = std::move(decoded->text);
    document.encoding = decoded->encoding;
    document.fileSize = bytes.size();
    document.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return document;
}

} // namespace Marginalia::Core
