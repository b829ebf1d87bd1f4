#include "import/documentformats.h"

#include "import/docxformat.h"
#include "import/htmlformat.h"
#include "import/importtr_p.h"
#include "import/markdownformat.h"
#include "import/odtformat.h"
#include "import/pdfformat.h"
#include "import/textformat.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace Marginalia::Core {

using ImportText::ImportTr;

namespace {

/// The formats, made once and shared by every thread (formats hold no state).
class Registry final
{
public:
    Registry()
    {
        // One line per format, in the order users see them listed ("txt, text, md, ..."). In sniffing, the
        // order only breaks ties: PDF before the ZIP formats (it was always checked first), Word before
        // OpenDocument (the order in which a ZIP is asked what it holds).
        m_fallback = add(std::make_unique<TextFormat>());
        add(std::make_unique<MarkdownFormat>());
        add(std::make_unique<HtmlFormat>());
        add(std::make_unique<PdfFormat>());
        add(std::make_unique<DocxFormat>());
        add(std::make_unique<OdtFormat>());
    }

    const QList<const DocumentFormat *> &formats() const { return m_formats; }
    const DocumentFormat &fallback() const { return *m_fallback; }

private:
    const DocumentFormat *add(std::unique_ptr<const DocumentFormat> format)
    {
        m_formats.append(format.get());
        m_owned.push_back(std::move(format));
        return m_formats.constLast();
    }

    std::vector<std::unique_ptr<const DocumentFormat>> m_owned;
    QList<const DocumentFormat *> m_formats;
    const DocumentFormat *m_fallback = nullptr;
};

const Registry &registry()
{
    static const Registry instance;
    return instance;
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
    {QByteArrayView("\177ELF", 4), QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "a program")},
    {QByteArrayView("SQLite format 3\0", 16),
     QT_TRANSLATE_NOOP("Marginalia::Core::DocumentReader", "an SQLite database (a project is opened, not imported)")},
};

/// The kinds of file that are known and refused, with the evidence that they are one.
DocumentFormat::Sniff sniffRefused(QByteArrayView head, const QString &fileName)
{
    using Evidence = DocumentFormat::Evidence;
    for (const Signature &signature : unsupportedSignatures) {
        if (head.startsWith(signature.magic)) {
            return {Evidence::Signature,
                    ImportTr::tr(
                        "%1: this is %2, which Marginalia cannot import; it imports PDF, Word (.docx), OpenDocument "
                        "(.odt), HTML, plain text and Markdown.")
                        .arg(fileName, ImportTr::tr(signature.description))};
        }
    }
    // A REFI-QDA codebook is XML text and would import as a document of tags; the user meant the codes.
    if (head.contains("<CodeBook") && head.contains("urn:QDA-XML:codebook")) {
        return {Evidence::Markup,
                ImportTr::tr("%1: this is a REFI-QDA codebook, not a document: import its codes with "
                             "\"Import REFI-QDA Codebook\" (marginalia-cli import-qdc).")
                    .arg(fileName)};
    }
    return {};
}

/// The format of a file; which of the ZIP formats it is, is left to ZipDocumentFormat::readContainer().
Result<const DocumentFormat *> sniffFormat(QByteArrayView head, const QString &fileName)
{
    const DocumentFormat *best = &registry().fallback();
    DocumentFormat::Sniff bestSniff;
    for (const DocumentFormat *format : registry().formats()) {
        DocumentFormat::Sniff sniff = format->sniff(head, fileName);
        if (sniff.evidence > bestSniff.evidence) {
            best = format;
            bestSniff = std::move(sniff);
        }
    }
    // A refusal needs stronger evidence than the format's: a PDF is a PDF even if it were to begin like
    // an image, and HTML stays HTML even if it were to mention a codebook.
    const DocumentFormat::Sniff refused = sniffRefused(head, fileName);
    if (refused.evidence > bestSniff.evidence)
        return Error{refused.refusal};
    if (!bestSniff.refusal.isEmpty())
        return Error{bestSniff.refusal};
    return best;
}

} // namespace

const QList<const DocumentFormat *> &DocumentFormats::all()
{
    return registry().formats();
}

const DocumentFormat *DocumentFormats::find(QStringView key)
{
    for (const DocumentFormat *format : all()) {
        if (format->key() == key)
            return format;
    }
    return nullptr;
}

const DocumentFormat &DocumentFormats::fallback()
{
    return registry().fallback();
}

Result<QString> DocumentFormats::sniff(QByteArrayView head, const QString &fileName)
{
    auto format = sniffFormat(head, fileName);
    if (!format)
        return Error{format.error()};
    // The first bytes show only the ZIP container of Word and OpenDocument: read() looks inside.
    if (dynamic_cast<const ZipDocumentFormat *>(*format))
        return ZipDocumentFormat::containerKey();
    return (*format)->key();
}

Result<ImportedDocument> DocumentFormats::read(const QByteArray &bytes, const QString &fileName)
{
    auto format = sniffFormat(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)), fileName);
    if (!format)
        return Error{format.error()};
    if (dynamic_cast<const ZipDocumentFormat *>(*format))
        return ZipDocumentFormat::readContainer(bytes, fileName, all());
    return (*format)->read(bytes, fileName);
}

const DocumentFormat &DocumentFormats::forFileType(const QString &fileType)
{
    // Plain text claims only what no other format does: "text/plain" is also what projects from before
    // version 3 recorded for every document.
    for (const DocumentFormat *format : all()) {
        if (format != &fallback() && format->isFileType(fileType))
            return *format;
    }
    return fallback();
}

const DocumentFormat &DocumentFormats::forDocument(const QString &fileType, const QString &format)
{
    const DocumentFormat &byType = forFileType(fileType);
    if (&byType != &fallback())
        return byType;
    for (const DocumentFormat *candidate : all()) {
        if (candidate->isStoredFormat(format))
            return *candidate;
    }
    return fallback();
}

} // namespace Marginalia::Core
