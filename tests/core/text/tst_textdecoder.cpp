// Tests for TextDecoder: from a plain-text file's bytes to the text Marginalia stores (encoding found from
// the BOM, valid UTF-8 or uchardet; BOM removed; line endings to LF; binary data refused).

#include "testsupport.h"
#include "text/textdecoder.h"

#include <QByteArray>
#include <QObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringEncoder>
#include <QTest>

#include <iconv.h>

using Marginalia::Core::DecodedText;
using Marginalia::Core::TextDecoder;

namespace {

/// The bytes of a string literal, embedded NULs included, without the terminating one.
template<std::size_t N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

const QString fileName = QStringLiteral("interview-07.txt");

/// @p text encoded by glibc's iconv into @p encoding: the legacy encodings Qt 6.4 cannot write.
QByteArray encodeWithIconv(const QString &text, const char *encoding)
{
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == iconv_t(-1))
        return {};
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char *inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t converted = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (converted == size_t(-1))
        return {};
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

QByteArray encodeWithQt(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless); // no BOM: the tests add their own
    return encoder.encode(text);
}

// Texts long enough for uchardet, which guesses from letter statistics. Escapes, so that the test does not
// depend on the encoding of this source file.
const QString frenchText = QString::fromUtf16(
    u"Le caf\u00E9 est tr\u00E8s agr\u00E9able. Les \u00E9l\u00E8ves \u00E9tudient \u00E0 l\u2019\u00E9cole o\u00F9 "
    u"ils apprennent le fran\u00E7ais \u2013 \u00AB voil\u00E0 \u00BB !\n"
    u"Na\u00EFve r\u00E9sum\u00E9, fianc\u00E9e, d\u00E9j\u00E0 vu, fa\u00E7ade, cr\u00E8me br\u00FBl\u00E9e, "
    u"p\u00E2t\u00E9, h\u00F4tel, for\u00EAt, gar\u00E7on.\n");
const QString russianText = QString::fromUtf16(
    u"\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440! \u042D\u0442\u043E \u043F\u0440\u0438\u043C\u0435"
    u"\u0440 \u0442\u0435\u043A\u0441\u0442\u0430 \u043D\u0430 \u0440\u0443\u0441\u0441\u043A\u043E\u043C "
    u"\u044F\u0437\u044B\u043A\u0435, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u0434\u043E\u043B\u0436\u0435"
    u"\u043D \u0431\u044B\u0442\u044C \u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D \u043F\u0440\u0430"
    u"\u0432\u0438\u043B\u044C\u043D\u043E. \u041C\u043E\u0441\u043A\u0432\u0430 - \u0441\u0442\u043E"
    u"\u043B\u0438\u0446\u0430 \u0420\u043E\u0441\u0441\u0438\u0438, \u0430 \u0421\u0430\u043D\u043A\u0442-"
    u"\u041F\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433 - \u0435\u0451 \u043A\u0443\u043B\u044C\u0442"
    u"\u0443\u0440\u043D\u0430\u044F \u0441\u0442\u043E\u043B\u0438\u0446\u0430.\n");
const QString greekText = QString::fromUtf16(
    u"\u039F \u0394\u03AF\u03B1\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BF \u03C0\u03B1\u03C4\u03AD\u03C1\u03B1"
    u"\u03C2 \u03C4\u03C9\u03BD \u03B8\u03B5\u03CE\u03BD \u03BA\u03B1\u03B9 \u03C4\u03C9\u03BD \u03B1\u03BD\u03B8"
    u"\u03C1\u03CE\u03C0\u03C9\u03BD \u03C3\u03C4\u03B7\u03BD \u03B5\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AE "
    u"\u03BC\u03C5\u03B8\u03BF\u03BB\u03BF\u03B3\u03AF\u03B1. \u0397 \u0391\u03B8\u03AE\u03BD\u03B1 \u03B5\u03AF"
    u"\u03BD\u03B1\u03B9 \u03B7 \u03C0\u03C1\u03C9\u03C4\u03B5\u03CD\u03BF\u03C5\u03C3\u03B1 \u03C4\u03B7\u03C2 "
    u"\u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2.\n");
const QString polishText = QString::fromUtf16(
    u"Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144. Pchn\u0105\u0107 w t\u0119 \u0142\u00F3d\u017A "
    u"je\u017Ca lub o\u015Bm skrzy\u0144 fig. \u0141\u00F3d\u017A jest du\u017Cym miastem w \u015Brodkowej Polsce, "
    u"a Krak\u00F3w by\u0142 stolic\u0105.\n");
const QString japaneseText = QString::fromUtf16(
    u"\u3053\u308C\u306F\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\u3059\u3002\u6587\u5B57\u30B3\u30FC"
    u"\u30C9\u306E\u81EA\u52D5\u5224\u5B9A\u304C\u6B63\u3057\u304F\u52D5\u4F5C\u3059\u308B\u304B\u3069\u3046\u304B"
    u"\u3092\u78BA\u8A8D\u3059\u308B\u305F\u3081\u306E\u6587\u7AE0\u3067\u3059\u3002\u6771\u4EAC\u306F\u65E5\u672C"
    u"\u306E\u9996\u90FD\u3067\u3059\u3002\n");
const QString chineseText = QString::fromUtf16(
    u"\u8FD9\u662F\u4E00\u4E2A\u4E2D\u6587\u6587\u672C\u7684\u4F8B\u5B50\uFF0C\u7528\u4E8E\u68C0\u67E5\u5B57\u7B26"
    u"\u7F16\u7801\u7684\u81EA\u52A8\u68C0\u6D4B\u662F\u5426\u6B63\u5E38\u5DE5\u4F5C\u3002\u5317\u4EAC\u662F\u4E2D"
    u"\u56FD\u7684\u9996\u90FD\uFF0C\u4E0A\u6D77\u662F\u6700\u5927\u7684\u57CE\u5E02\u3002\n");
// Text with characters in and out of the BMP, right-to-left and combining, for the Unicode encodings.
const QString unicodeText
    = QString::fromUtf16(u"Caf\u00E9 e\u0301 \U0001F30D \U00020BB7 \u0645\u0631\u062D\u0628\u0627 "
                         u"\u201Cidentification\u201D\n");

} // namespace

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void unicodeWithByteOrderMark_isDecodedAndMarkRemoved_data();
    void unicodeWithByteOrderMark_isDecodedAndMarkRemoved();
    void secondByteOrderMark_isKeptAsText_data();
    void secondByteOrderMark_isKeptAsText();
    void validUtf8_isTakenAsUtf8WithoutGuessing_data();
    void validUtf8_isTakenAsUtf8WithoutGuessing();
    void windows1252_handWrittenBytes_areDetectedAndDecoded();
    void legacyEncoding_isDetectedAndDecoded_data();
    void legacyEncoding_isDetectedAndDecoded();
    void iso2022jp_isNotSilentlyImportedAsGarbledUtf8();

    void lineEndings_areNormalisedToLf_data();
    void lineEndings_areNormalisedToLf();
    void lineEndings_inUtf16_areNormalisedToLf();
    void normalize_data();
    void normalize();

    void binary_isRefusedWithAMessageNamingTheFile_data();
    void binary_isRefusedWithAMessageNamingTheFile();
    void fewControlCharacters_areAcceptedAsText();
    void invalidUtf8AfterUtf8ByteOrderMark_isRefused();

    void decodeAs_unknownEncoding_isRefusedNamingTheFile();
    void decodeAs_bytesInvalidInTheEncoding_areRefusedWithTheOffset();
    void decodeAs_legacyEncoding_decodes();
};

void TestTextDecoder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The fixtures are what the tests think they are.
    QVERIFY(!encodeWithIconv(russianText, "KOI8-R").isEmpty());
    QVERIFY(!encodeWithIconv(japaneseText, "SHIFT_JIS").isEmpty());
    QCOMPARE(unicodeText.toUcs4().size(), 35);
}

void TestTextDecoder::unicodeWithByteOrderMark_isDecodedAndMarkRemoved_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + unicodeText.toUtf8()) << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE with BOM") << (QByteArray("\xFF\xFE")
                                           + encodeWithQt(unicodeText, QStringConverter::Utf16LE))
                                       << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE with BOM") << (QByteArray("\xFE\xFF")
                                           + encodeWithQt(unicodeText, QStringConverter::Utf16BE))
                                       << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-32LE with BOM") << (bytesOf("\xFF\xFE\x00\x00")
                                           + encodeWithQt(unicodeText, QStringConverter::Utf32LE))
                                       << QStringLiteral("UTF-32LE");
    QTest::newRow("UTF-32BE with BOM") << (bytesOf("\x00\x00\xFE\xFF")
                                           + encodeWithQt(unicodeText, QStringConverter::Utf32BE))
                                       << QStringLiteral("UTF-32BE");
}

void TestTextDecoder::secondByteOrderMark_isKeptAsText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString twice = QString(QChar(0xFEFF)) + unicodeText;
    QTest::newRow("UTF-8") << (QByteArray("\xEF\xBB\xBF") + twice.toUtf8());
    QTest::newRow("UTF-16LE") << (QByteArray("\xFF\xFE") + encodeWithQt(twice, QStringConverter::Utf16LE));
    QTest::newRow("UTF-32BE") << (bytesOf("\x00\x00\xFE\xFF") + encodeWithQt(twice, QStringConverter::Utf32BE));
}

void TestTextDecoder::secondByteOrderMark_isKeptAsText()
{
    // The first mark is the encoding's signature; a second is a character of the text (a file pasted
    // into another), and dropping it would shift every offset after it.
    QFETCH(QByteArray, bytes);
    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, QString(QChar(0xFEFF)) + unicodeText);
}

void TestTextDecoder::unicodeWithByteOrderMark_isDecodedAndMarkRemoved()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, unicodeText);
    QVERIFY(!decoded->text.startsWith(QChar(0xFEFF)));
    QCOMPARE(decoded->encoding, encoding);
    QVERIFY(!decoded->detected);
}

void TestTextDecoder::validUtf8_isTakenAsUtf8WithoutGuessing_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << QStringLiteral("Identification of victims of trafficking.\n");
    QTest::newRow("non-BMP, RTL and combining") << unicodeText;
    QTest::newRow("french") << frenchText;
    QTest::newRow("japanese") << japaneseText;
    QTest::newRow("one line without a newline") << QStringLiteral("x");
}

void TestTextDecoder::validUtf8_isTakenAsUtf8WithoutGuessing()
{
    QFETCH(QString, text);

    const auto decoded = TextDecoder::decode(text.toUtf8(), fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    QVERIFY(!decoded->detected);
}

void TestTextDecoder::windows1252_handWrittenBytes_areDetectedAndDecoded()
{
    // "café – “quoted” naïve résumé" in Windows-1252, written byte by byte: 0x96 is the en dash and
    // 0x93/0x94 the curly quotes, which ISO-8859-1 does not have. Two sentences, enough for uchardet.
    const QByteArray bytes = QByteArray("caf\xE9 \x96 \x93quoted\x94 na\xEFve r\xE9sum\xE9.\r\n"
                                        "The caf\xE9 served a na\xEFve r\xE9sum\xE9 \x96 \x93quoted\x94 in the "
                                        "brochure, and the fianc\xE9"
                                        "e\x92s fa\xE7"
                                        "ade was d\xE9j\xE0 vu.\r\n");
    const QString expected = QString::fromUtf16(
        u"caf\u00E9 \u2013 \u201Cquoted\u201D na\u00EFve r\u00E9sum\u00E9.\n"
        u"The caf\u00E9 served a na\u00EFve r\u00E9sum\u00E9 \u2013 \u201Cquoted\u201D in the brochure, and the "
        u"fianc\u00E9e\u2019s fa\u00E7ade was d\u00E9j\u00E0 vu.\n");

    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, QStringLiteral("WINDOWS-1252"));
    QVERIFY(decoded->detected);
    QCOMPARE(decoded->text, expected);
}

void TestTextDecoder::legacyEncoding_isDetectedAndDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    // Only encodings uchardet 0.0.7 names reliably for texts like these; each text was checked by hand.
    const struct
    {
        const char *row;
        const QString &text;
        const char *iconvName;
        const char *reported;
    } cases[] = {
        {"french in Windows-1252", frenchText, "WINDOWS-1252", "WINDOWS-1252"},
        {"russian in KOI8-R", russianText, "KOI8-R", "KOI8-R"},
        {"russian in ISO-8859-5", russianText, "ISO-8859-5", "ISO-8859-5"},
        {"russian in Windows-1251", russianText, "WINDOWS-1251", "WINDOWS-1251"},
        {"greek in ISO-8859-7", greekText, "ISO-8859-7", "ISO-8859-7"},
        {"polish in ISO-8859-2", polishText, "ISO-8859-2", "ISO-8859-2"},
        {"japanese in Shift_JIS", japaneseText, "SHIFT_JIS", "SHIFT_JIS"},
        {"japanese in EUC-JP", japaneseText, "EUC-JP", "EUC-JP"},
        {"chinese in GB18030", chineseText, "GB18030", "GB18030"},
    };
    for (const auto &c : cases) {
        QTest::newRow(c.row) << encodeWithIconv(c.text, c.iconvName) << c.text << QString::fromLatin1(c.reported);
    }
}

void TestTextDecoder::legacyEncoding_isDetectedAndDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes != text.toUtf8()); // really a legacy encoding, not UTF-8 by accident
    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, encoding);
    QVERIFY(decoded->detected);
    QCOMPARE(decoded->text, text);
}

void TestTextDecoder::iso2022jp_isNotSilentlyImportedAsGarbledUtf8()
{
    // ISO-2022-JP is 7-bit, so its bytes are also valid UTF-8 (with ESC characters). uchardet names it
    // reliably; taking the bytes as UTF-8 gives "$B$3$l$O..." garbage and no message. Either decoding it or
    // refusing it with a message is acceptable; importing the garbage is not.
    const QByteArray bytes = encodeWithIconv(japaneseText, "ISO-2022-JP");
    QVERIFY(bytes.startsWith("\x1B$B"));
    const auto decoded = TextDecoder::decode(bytes, fileName);
    if (decoded.ok()) {
        QCOMPARE(decoded->text, japaneseText);
    } else {
        QVERIFY2(decoded.error().contains(fileName), qPrintable(decoded.error()));
    }
}

void TestTextDecoder::lineEndings_areNormalisedToLf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("LF unchanged") << QByteArray("one\ntwo\n") << QStringLiteral("one\ntwo\n");
    QTest::newRow("CRLF") << QByteArray("one\r\ntwo\r\n") << QStringLiteral("one\ntwo\n");
    QTest::newRow("lone CR (classic Mac)") << QByteArray("one\rtwo\r") << QStringLiteral("one\ntwo\n");
    QTest::newRow("mixed") << QByteArray("a\r\nb\rc\nd") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("CR CR LF is two breaks") << QByteArray("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("LF CR is two breaks") << QByteArray("a\n\rb") << QStringLiteral("a\n\nb");
    QTest::newRow("blank lines kept") << QByteArray("a\r\n\r\n\r\nb") << QStringLiteral("a\n\n\nb");
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF"
                                                "a\r\nb")
                                  << QStringLiteral("a\nb");
    QTest::newRow("Windows-1252 with CRLF")
        << QByteArray("Les \xE9l\xE8ves \xE9tudient \xE0 l\x92\xE9"
                      "cole \x96 \x93voil\xE0\x94.\r\n"
                      "Na\xEFve r\xE9sum\xE9, fianc\xE9"
                      "e, d\xE9j\xE0 vu, fa\xE7"
                      "ade, cr\xE8me br\xFBl\xE9"
                      "e.\r\n")
        << QString::fromUtf16(u"Les \u00E9l\u00E8ves \u00E9tudient \u00E0 l\u2019\u00E9cole \u2013 "
                              u"\u201Cvoil\u00E0\u201D.\nNa\u00EFve r\u00E9sum\u00E9, fianc\u00E9e, d\u00E9j\u00E0 "
                              u"vu, fa\u00E7ade, cr\u00E8me br\u00FBl\u00E9e.\n");
    // Other characters are left alone: the text is never changed beyond what is documented.
    QTest::newRow("tabs, form feed and trailing spaces kept")
        << QByteArray("a\t b \f c  \r\n") << QStringLiteral("a\t b \f c  \n");
    QTest::newRow("Unicode line separator kept") << QByteArray("a\xE2\x80\xA8"
                                                               "b")
                                                 << QString::fromUtf16(u"a\u2028b");
}

void TestTextDecoder::lineEndings_areNormalisedToLf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, text);
    QVERIFY(!decoded->text.contains(u'\r'));
}

void TestTextDecoder::lineEndings_inUtf16_areNormalisedToLf()
{
    const QString original = QStringLiteral("one\r\ntwo\rthree\n");
    const QByteArray bytes = QByteArray("\xFF\xFE") + encodeWithQt(original, QStringConverter::Utf16LE);
    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, QStringLiteral("one\ntwo\nthree\n"));
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-16LE"));
}

void TestTextDecoder::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("BOM") << QString::fromUtf16(u"\uFEFFtext") << QStringLiteral("text");
    QTest::newRow("BOM only at the start") << QString::fromUtf16(u"a\uFEFFb") << QString::fromUtf16(u"a\uFEFFb");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("only a CR") << QStringLiteral("\r") << QStringLiteral("\n");
    QTest::newRow("BOM and CRLF") << QString::fromUtf16(u"\uFEFFa\r\n") << QStringLiteral("a\n");
    QTest::newRow("non-BMP untouched") << QString::fromUtf16(u"\U0001F30D\r\n\U00020BB7")
                                       << QString::fromUtf16(u"\U0001F30D\n\U00020BB7");
}

void TestTextDecoder::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(TextDecoder::normalize(input), output);
}

void TestTextDecoder::binary_isRefusedWithAMessageNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("NUL bytes in text") << bytesOf("some text\0more text");
    QTest::newRow("PNG header") << bytesOf("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x01\x00");
    QTest::newRow("ELF header") << bytesOf("\x7F"
                                           "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00");
    QTest::newRow("UTF-16 without a BOM")
        << encodeWithQt(QStringLiteral("no byte order mark"), QStringConverter::Utf16LE);

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(20240501); // fixed seed: the same bytes on every run
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;

    QByteArray randomWithoutNul = random;
    randomWithoutNul.replace('\0', '\x01');
    QTest::newRow("random bytes without NUL") << randomWithoutNul;

    // Valid UTF-8, but full of control characters, as compiled data is.
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(1 + i % 8) + QByteArray("ab");
    QTest::newRow("control characters in valid UTF-8") << controls;
}

void TestTextDecoder::binary_isRefusedWithAMessageNamingTheFile()
{
    QFETCH(QByteArray, bytes);

    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(fileName), qPrintable(decoded.error()));
}

void TestTextDecoder::fewControlCharacters_areAcceptedAsText()
{
    // OCR'd text has the odd stray control character (form feeds between pages, a DOS end-of-file mark).
    QByteArray bytes;
    for (int page = 0; page < 30; ++page)
        bytes += "Page text of the summary, with identification of victims and non-refoulement.\n\f";
    bytes += "\x1B end\x1A";
    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, QString::fromLatin1(bytes));
}

void TestTextDecoder::invalidUtf8AfterUtf8ByteOrderMark_isRefused()
{
    // The BOM promises UTF-8; a byte that is not UTF-8 must not be replaced silently.
    const QByteArray bytes("\xEF\xBB\xBF"
                           "caf\xE9 au lait\n");
    const auto decoded = TextDecoder::decode(bytes, fileName);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(fileName), qPrintable(decoded.error()));
    QVERIFY2(decoded.error().contains(QStringLiteral("UTF-8")), qPrintable(decoded.error()));
}

void TestTextDecoder::decodeAs_unknownEncoding_isRefusedNamingTheFile()
{
    const auto decoded = TextDecoder::decodeAs(QByteArray("abc"), QStringLiteral("NO-SUCH-ENCODING-42"), fileName);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(fileName), qPrintable(decoded.error()));
    QVERIFY2(decoded.error().contains(QStringLiteral("NO-SUCH-ENCODING-42")), qPrintable(decoded.error()));
}

void TestTextDecoder::decodeAs_bytesInvalidInTheEncoding_areRefusedWithTheOffset()
{
    // 0x81 is unassigned in Windows-1252; a lone lead byte at the end is an incomplete Shift_JIS character.
    const auto cp1252 = TextDecoder::decodeAs(QByteArray("abc\x81"
                                                         "def"),
                                              QStringLiteral("WINDOWS-1252"), fileName);
    QVERIFY(!cp1252.ok());
    QVERIFY2(cp1252.error().contains(fileName), qPrintable(cp1252.error()));
    QVERIFY2(cp1252.error().contains(QStringLiteral("byte 3")), qPrintable(cp1252.error()));

    const auto sjis = TextDecoder::decodeAs(QByteArray("ab\x82"), QStringLiteral("SHIFT_JIS"), fileName);
    QVERIFY(!sjis.ok());
    QVERIFY2(sjis.error().contains(fileName), qPrintable(sjis.error()));
}

void TestTextDecoder::decodeAs_legacyEncoding_decodes()
{
    const auto koi8 = TextDecoder::decodeAs(encodeWithIconv(russianText, "KOI8-R"), QStringLiteral("KOI8-R"), fileName);
    QVERIFY2(koi8.ok(), qPrintable(koi8.error()));
    QCOMPARE(*koi8, russianText);

    // Non-BMP characters come out of iconv as surrogate pairs.
    const QString wide = QString::fromUtf16(u"\U00020BB7\u91CE\u5BB6 \U0001F30D");
    const auto gb = TextDecoder::decodeAs(encodeWithIconv(wide, "GB18030"), QStringLiteral("GB18030"), fileName);
    QVERIFY2(gb.ok(), qPrintable(gb.error()));
    QCOMPARE(*gb, wide);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
