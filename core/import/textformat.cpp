#include "import/textformat.h"

#include "import/importtr_p.h"
#include "text/textdecoder.h"

namespace Marginalia::Core {

using ImportText::ImportTr;

QString TextFormat::key() const
{
    return QStringLiteral("text");
}

QString TextFormat::label() const
{
    return ImportTr::tr("plain text");
}

QString TextFormat::mimeType() const
{
    return QStringLiteral("text/plain");
}

QStringList TextFormat::suffixes() const
{
    return {QStringLiteral("txt"), QStringLiteral("text")};
}

DocumentFormat::Sniff TextFormat::sniff(QByteArrayView, const QString &) const
{
    return {Evidence::Fallback, {}};
}

Result<ImportedDocument> TextFormat::read(const QByteArray &bytes, const QString &fileName) const
{
    return decode(bytes, fileName, key(), mimeType());
}

Result<ImportedDocument> TextFormat::decode(const QByteArray &bytes, const QString &fileName, const QString &format,
                                            const QString &fileType)
{
    auto decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded)
        return Error{decoded.error()};
    ImportedDocument document;
    document.format = format;
    document.fileType = fileType;
    document.text = std::move(decoded->text);
    document.encoding = decoded->encoding;
    return document;
}

} // namespace Marginalia::Core
