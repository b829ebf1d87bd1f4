#include "text/textdecoder.h"

#include "text/textnormalisation.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <cerrno>
#include <iconv.h>
#include <memory>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::TextDecoder)
};

struct Bom
{
    QByteArrayView bytes;
    const char *encoding;
};

// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
constexpr Bom byteOrderMarks[] = {
    {QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE"}, {QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8"},        {QByteArrayView("\xFF\xFE", 2), "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), "UTF-16BE"},
};

/// A text file has no NUL bytes in an 8-bit or UTF-8 encoding, and few control characters.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != 0x1A /*DOS EOF*/)
            ++controls;
    }
    // Real text, even OCR'd, has almost none; compiled or compressed data has about one in eight bytes.
    return controls > 8 && controls * 100 > text.size();
}

struct IconvCloser
{
    void operator()(iconv_t cd) const { iconv_close(cd); }
};

} // namespace

QString TextDecoder::normalize(QString text)
{
    return TextNormalisation::apply(std::move(text));
}

Result<QString> TextDecoder::decodeAs(const QByteArray &bytes, const QString &encoding, const QString &fileName)
{
    // Qt's own decoders cover the Unicode encodings; everything else goes through glibc's iconv, which
    // knows every legacy encoding uchardet can name.
    if (auto qtEncoding = QStringConverter::encodingForName(encoding.toLatin1().constData())) {
        // A byte order mark is kept as U+FEFF here: normalize() removes exactly one, whatever decoded the
        // text, so that a second one (text pasted after a BOM) survives as the character it is.
        QStringDecoder decoder(*qtEncoding,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{Tr::tr("%1: the file is not valid %2 text.").arg(fileName, encoding)};
        return text;
    }

    const QByteArray target = QByteArrayLiteral("UTF-16LE");
    iconv_t cd = iconv_open(target.constData(), encoding.toLatin1().constData());
    if (cd == iconv_t(-1))
        return Error{Tr::tr("%1: the text encoding %2 is not supported.").arg(fileName, encoding)};
    std::unique_ptr<void, IconvCloser> closer(cd);

    QByteArray out;
    out.resize(bytes.size() * 4 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
        const qsizetype offset = in - bytes.constData();
        if (errno == EILSEQ || errno == EINVAL) {
            return Error{Tr::tr("%1: byte %2 is not valid in the encoding %3.")
                             .arg(fileName, QString::number(offset), encoding)};
        }
        return Error{Tr::tr("%1: could not decode the text as %2.").arg(fileName, encoding)};
    }
    const qsizetype written = out.size() - qsizetype(outLeft);
    return QString(reinterpret_cast<const QChar *>(out.constData()), written / 2);
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    DecodedText result;

    for (const Bom &bom : byteOrderMarks) {
        if (QByteArrayView(bytes).startsWith(bom.bytes)) {
            result.encoding = QString::fromLatin1(bom.encoding);
            auto text = decodeAs(bytes, result.encoding, fileName); // the BOM becomes U+FEFF, see normalize()
            if (!text)
                return Error{text.error()};
            result.text = std::move(*text);
            break;
        }
    }

    if (result.encoding.isEmpty()) {
        // Binary data is refused before any guessing: a detector always names some encoding.
        if (bytes.contains('\0'))
            return Error{Tr::tr("%1: this looks like a binary file, not text (it contains NUL bytes).").arg(fileName)};

        // ISO-2022 (Japanese mail and old web pages) is 7-bit and so valid UTF-8; its escape sequences
        // give it away, and the detector tells the variant.
        const bool iso2022 = bytes.contains("\x1B$") || bytes.contains("\x1B(");
        QStringDecoder utf8(QStringConverter::Utf8,
                            QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError() && !iso2022) {
            result.encoding = QStringLiteral("UTF-8");
            result.text = std::move(text);
        } else {
            std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                                    &uchardet_delete);
            if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
                return Error{Tr::tr("%1: the encoding detector ran out of memory.").arg(fileName)};
            uchardet_data_end(detector.get());
            const QString charset = QString::fromLatin1(uchardet_get_charset(detector.get())).toUpper();
            if (iso2022 && !utf8.hasError() && !charset.startsWith(QLatin1String("ISO-2022"))) {
                // Escape bytes in otherwise plain text (terminal colours, say): it is UTF-8 after all.
                result.encoding = QStringLiteral("UTF-8");
                result.text = std::move(text);
            } else if (charset.isEmpty() || charset == QLatin1String("ASCII") || charset == QLatin1String("UTF-8")) {
                // uchardet says "ASCII" for 7-bit text, which valid UTF-8 already covered, and "" when unsure.
                return Error{Tr::tr("%1: the text encoding could not be recognised (the file is neither valid "
                                    "UTF-8 nor a known legacy encoding).")
                                 .arg(fileName)};
            } else {
                auto decoded = decodeAs(bytes, charset, fileName);
                if (!decoded)
                    return Error{decoded.error()};
                result.encoding = charset;
                result.detected = true;
                result.text = std::move(*decoded);
            }
        }
    }

    if (looksBinary(result.text))
        return Error{
            Tr::tr("%1: this looks like a binary file, not text (it is full of control characters).").arg(fileName)};

    result.text = normalize(std::move(result.text));
    return result;
}

} // namespace Marginalia::Core
