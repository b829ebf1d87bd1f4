// Tests for DocumentReader: reading a file for import (format, name, hash, size limit, refusals).

#include "import/documentreader.h"
#include "officebuilder.h"
#include "pdfbuilder.h"
#include "testsupport.h"
#include "zipbuilder.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using Marginalia::Core::DocumentReader;
using Marginalia::Core::ImportedDocument;

namespace {

/// The bytes of a string literal, embedded NULs included, without the terminating one.
template<std::size_t N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

} // namespace

class TestDocumentReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void format_isChosenByExtension_data();
    void format_isChosenByExtension();
    void name_isTheFileNameWithoutItsLastExtension_data();
    void name_isTheFileNameWithoutItsLastExtension();
    void read_reportsSizeAndSha256OfTheFileBytes();
    void read_decodesAndNormalisesTheText();
    void read_legacyEncoding_reportsTheEncoding();

    void fileAtTheSizeLimit_isRead();
    void fileOverTheSizeLimit_isRefusedNamingTheFile();
    void missingFile_isRefusedNamingTheFile();
    void folder_isRefusedNamingIt();
    void emptyOrWhitespaceFile_isRefusedNamingTheFile_data();
    void emptyOrWhitespaceFile_isRefusedNamingTheFile();
    void knownBinaryFormatWithTextName_isRefusedNamingFileAndFormat_data();
    void knownBinaryFormatWithTextName_isRefusedNamingFileAndFormat();
    void randomBytesWithTextName_areRefusedNamingTheFile();
    void unreadableFile_isRefusedNamingTheFile();

    void refiQdaProject_isRefusedWithWhereToImportIt();
    void sniffFormat_data();
    void sniffFormat();
    void documentsAreReadByContent_data();
    void documentsAreReadByContent();

private:
    QString write(const QString &fileName, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDocumentReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDocumentReader::cleanup()
{
    m_dir.reset();
}

QString TestDocumentReader::write(const QString &fileName, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(fileName);
    if (!Marginalia::Test::writeFile(path, bytes))
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

void TestDocumentReader::format_isChosenByExtension_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");

    QTest::newRow(".txt") << QStringLiteral("notes.txt") << QStringLiteral("text");
    QTest::newRow(".md") << QStringLiteral("notes.md") << QStringLiteral("markdown");
    QTest::newRow(".MD upper case") << QStringLiteral("NOTES.MD") << QStringLiteral("markdown");
    QTest::newRow(".markdown") << QStringLiteral("notes.markdown") << QStringLiteral("markdown");
    QTest::newRow(".mdown") << QStringLiteral("notes.mdown") << QStringLiteral("markdown");
    QTest::newRow("no extension") << QStringLiteral("README") << QStringLiteral("text");
    QTest::newRow("unknown extension holding text") << QStringLiteral("transcript.log") << QStringLiteral("text");
    QTest::newRow(".md inside the name only") << QStringLiteral("notes.md.txt") << QStringLiteral("text");
}

void TestDocumentReader::format_isChosenByExtension()
{
    QFETCH(QString, fileName);
    QFETCH(QString, format);

    const QString path = write(fileName, QByteArray("# Identification\n\nVictims of trafficking.\n"));
    const auto document = DocumentReader::read(path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->format, format);
    QCOMPARE(document->originalFileName, fileName);
    // The text is the file's whatever its format: Markdown is stored as written.
    QCOMPARE(document->text, QStringLiteral("# Identification\n\nVictims of trafficking.\n"));
}

void TestDocumentReader::name_isTheFileNameWithoutItsLastExtension_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("name");

    QTest::newRow("simple") << QStringLiteral("interview.txt") << QStringLiteral("interview");
    QTest::newRow("dots in the name") << QStringLiteral("A.HRC.35.25.txt") << QStringLiteral("A.HRC.35.25");
    QTest::newRow("spaces") << QStringLiteral("Vienna summary 2017.md") << QStringLiteral("Vienna summary 2017");
    QTest::newRow("no extension") << QStringLiteral("README") << QStringLiteral("README");
    QTest::newRow("non-ASCII") << QString::fromUtf16(u"r\u00E9sum\u00E9 \u0645\u0631\u062D\u0628\u0627.txt")
                               << QString::fromUtf16(u"r\u00E9sum\u00E9 \u0645\u0631\u062D\u0628\u0627");
    QTest::newRow("only an extension") << QStringLiteral(".txt") << QStringLiteral(".txt");
}

void TestDocumentReader::name_isTheFileNameWithoutItsLastExtension()
{
    QFETCH(QString, fileName);
    QFETCH(QString, name);

    const auto document = DocumentReader::read(write(fileName, QByteArray("text\n")));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->name, name);
    QCOMPARE(document->originalFileName, fileName);
}

void TestDocumentReader::read_reportsSizeAndSha256OfTheFileBytes()
{
    // The hash is of the bytes on disk (BOM and CRLF included), not of the normalised text; the reference
    // value is from `printf '\xef\xbb\xbfabc\r\n' | sha256sum`.
    const QByteArray bytes("\xEF\xBB\xBF"
                           "abc\r\n");
    const auto document = DocumentReader::read(write(QStringLiteral("abc.txt"), bytes));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->fileSize, qint64(8));
    QCOMPARE(document->fileSha256, QStringLiteral("c3199f17595cd7b59cea561d9cb96f204ef903c38b1b9cb4a50b7e68d286f675"));
    QCOMPARE(document->text, QStringLiteral("abc\n"));
}

void TestDocumentReader::read_decodesAndNormalisesTheText()
{
    const QString text = QString::fromUtf16(u"Caf\u00E9 \U0001F30D \U00020BB7 \u0645\u0631\u062D\u0628\u0627 e\u0301");
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + (text + QStringLiteral("\r\nline two\r")).toUtf8();
    const auto document = DocumentReader::read(write(QStringLiteral("mixed.txt"), bytes));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->text, text + QStringLiteral("\nline two\n"));
    QCOMPARE(document->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(document->fileSize, qint64(bytes.size()));
}

void TestDocumentReader::read_legacyEncoding_reportsTheEncoding()
{
    const QByteArray bytes("The caf\xE9 served a na\xEFve r\xE9sum\xE9 \x96 \x93quoted\x94 in the brochure, and the "
                           "fianc\xE9"
                           "e\x92s fa\xE7"
                           "ade was d\xE9j\xE0 vu.\n");
    const auto document = DocumentReader::read(write(QStringLiteral("cp1252.txt"), bytes));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->encoding, QStringLiteral("WINDOWS-1252"));
    QCOMPARE(document->text,
             QString::fromUtf16(u"The caf\u00E9 served a na\u00EFve r\u00E9sum\u00E9 \u2013 \u201Cquoted\u201D in the "
                                u"brochure, and the fianc\u00E9e\u2019s fa\u00E7ade was d\u00E9j\u00E0 vu.\n"));
}

void TestDocumentReader::fileAtTheSizeLimit_isRead()
{
    const QString path = write(QStringLiteral("ten.txt"), QByteArray("0123456789"));
    const auto document = DocumentReader::read(path, 10);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->fileSize, qint64(10));
}

void TestDocumentReader::fileOverTheSizeLimit_isRefusedNamingTheFile()
{
    const QString path = write(QStringLiteral("eleven.txt"), QByteArray("0123456789A"));
    const auto document = DocumentReader::read(path, 10);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("eleven.txt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QStringLiteral("limit")), qPrintable(document.error()));
}

void TestDocumentReader::missingFile_isRefusedNamingTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("not-there.txt"));
    const auto document = DocumentReader::read(path);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("not-there.txt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QStringLiteral("no such file")), qPrintable(document.error()));
}

void TestDocumentReader::folder_isRefusedNamingIt()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("chapter.txt")));
    const auto document = DocumentReader::read(m_dir->filePath(QStringLiteral("chapter.txt")));
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("chapter.txt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QStringLiteral("folder")), qPrintable(document.error()));
}

void TestDocumentReader::emptyOrWhitespaceFile_isRefusedNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces and newlines") << QByteArray("  \n\t\r\n   \r");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n");
    QTest::newRow("UTF-16 BOM and spaces") << bytesOf("\xFF\xFE \x00\n\x00");
}

void TestDocumentReader::emptyOrWhitespaceFile_isRefusedNamingTheFile()
{
    QFETCH(QByteArray, bytes);

    const auto document = DocumentReader::read(write(QStringLiteral("blank.txt"), bytes));
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("blank.txt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QStringLiteral("no text")), qPrintable(document.error()));
}

void TestDocumentReader::knownBinaryFormatWithTextName_isRefusedNamingFileAndFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("formatWord");

    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                         << QStringLiteral("PDF");
    QTest::newRow("ZIP (docx)") << bytesOf("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml")
                                << QStringLiteral("ZIP");
    QTest::newRow("PNG") << bytesOf("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x00\x10") << QStringLiteral("PNG");
    QTest::newRow("JPEG") << bytesOf("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00") << QStringLiteral("JPEG");
    QTest::newRow("GIF") << bytesOf("GIF89a\x01\x00\x01\x00\x80\x00\x00") << QStringLiteral("GIF");
    QTest::newRow("gzip") << bytesOf("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03") << QStringLiteral("gzip");
    QTest::newRow("ELF program") << bytesOf("\x7F"
                                            "ELF\x02\x01\x01\x00")
                                 << QStringLiteral("program");
    QTest::newRow("legacy Office") << bytesOf("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QStringLiteral("Office");
    // RTF is 7-bit text that would otherwise be imported as markup soup.
    QTest::newRow("RTF") << QByteArray("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Hello.}")
                         << QStringLiteral("RTF");
    QTest::newRow("SQLite (a project)") << bytesOf("SQLite format 3\0\x10\x00\x02\x02") << QStringLiteral("SQLite");
}

void TestDocumentReader::knownBinaryFormatWithTextName_isRefusedNamingFileAndFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, formatWord);

    const auto document = DocumentReader::read(write(QStringLiteral("disguised.txt"), bytes));
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("disguised.txt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(formatWord), qPrintable(document.error()));
}

void TestDocumentReader::randomBytesWithTextName_areRefusedNamingTheFile()
{
    QByteArray bytes(2048, Qt::Uninitialized);
    quint32 state = 12345; // a fixed linear congruential sequence: the same bytes on every run
    for (char &byte : bytes) {
        state = state * 1103515245u + 12345u;
        byte = char(state >> 24);
    }
    const auto document = DocumentReader::read(write(QStringLiteral("noise.txt"), bytes));
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("noise.txt")), qPrintable(document.error()));
}

void TestDocumentReader::unreadableFile_isRefusedNamingTheFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from reading");
    const QString path = write(QStringLiteral("secret.txt"), QByteArray("classified\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const auto document = DocumentReader::read(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QStringLiteral("secret.txt")), qPrintable(document.error()));
}

void TestDocumentReader::refiQdaProject_isRefusedWithWhereToImportIt()
{
    // A .qdpx is a ZIP like a Word file; dropped on the window with documents, it must say what it is.
    const QString path = m_dir->filePath(QStringLiteral("study.qdpx"));
    QVERIFY(Marginalia::Test::writeFile(
        path,
        Marginalia::Test::buildZip({{"project.qde", "<?xml version=\"1.0\"?><Project/>"}, {"sources/a.txt", "x"}})));
    const auto document = DocumentReader::read(path);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(QLatin1String("study.qdpx")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QLatin1String("REFI-QDA project")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QLatin1String("import-qdpx")), qPrintable(document.error()));
}

void TestDocumentReader::sniffFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format"); // empty: refused

    QTest::newRow("text") << QByteArray("hello") << QStringLiteral("a.txt") << QStringLiteral("text");
    QTest::newRow("markdown") << QByteArray("# hello") << QStringLiteral("a.md") << QStringLiteral("markdown");
    // Content before name: an image or a program is refused whatever it is called.
    QTest::newRow("PNG named .md") << bytesOf("\x89PNG\r\n\x1A\n") << QStringLiteral("a.md") << QString();
    QTest::newRow("ELF named .txt") << bytesOf("\x7F"
                                               "ELF\x02\x01")
                                    << QStringLiteral("a.txt") << QString();
    QTest::newRow("empty head") << QByteArray() << QStringLiteral("a.txt") << QStringLiteral("text");
    QTest::newRow("'%PD' is not a PDF") << QByteArray("%PD") << QStringLiteral("a.txt") << QStringLiteral("text");
    QTest::newRow("'PK' alone is not a ZIP")
        << QByteArray("PK is a name") << QStringLiteral("a.txt") << QStringLiteral("text");
    // The importers' formats, by content first; a name that promises a format the content is not is refused.
    QTest::newRow("PDF named .md") << QByteArray("%PDF-1.4") << QStringLiteral("a.md") << QStringLiteral("pdf");
    QTest::newRow("PDF after junk") << QByteArray("\r\n\r\n%PDF-1.4") << QStringLiteral("a") << QStringLiteral("pdf");
    QTest::newRow("text named .pdf") << QByteArray("hello") << QStringLiteral("a.pdf") << QString();
    QTest::newRow("ZIP named .txt") << bytesOf("PK\x03\x04\x14\x00") << QStringLiteral("a.txt")
                                    << QStringLiteral("zip");
    QTest::newRow("text named .docx") << QByteArray("hello") << QStringLiteral("a.docx") << QString();
    QTest::newRow("HTML named .txt") << QByteArray("<!DOCTYPE html><p>x") << QStringLiteral("a.txt")
                                     << QStringLiteral("html");
    QTest::newRow("fragment named .htm") << QByteArray("<p>x</p>") << QStringLiteral("a.htm") << QStringLiteral("html");
    // A REFI-QDA codebook is not a document, whatever it is called; other XML is text.
    QTest::newRow("REFI-QDA codebook") << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook "
                                                     "xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"x\"><Codes>")
                                       << QStringLiteral("codebook.txt") << QString();
    QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?><notes>x</notes>") << QStringLiteral("a.xml")
                               << QStringLiteral("text");
}

void TestDocumentReader::sniffFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(QString, format);

    const auto sniffed = DocumentReader::sniffFormat(head, fileName);
    if (format.isEmpty()) {
        QVERIFY(!sniffed.ok());
        QVERIFY2(sniffed.error().contains(fileName), qPrintable(sniffed.error()));
    } else {
        QVERIFY2(sniffed.ok(), qPrintable(sniffed.error()));
        QCOMPARE(*sniffed, format);
    }
}

void TestDocumentReader::documentsAreReadByContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("text");
    QTest::newRow("PDF named .txt") << QStringLiteral("report.txt") << QStringLiteral("application/pdf")
                                    << QStringLiteral("From a PDF.");
    QTest::newRow("Word without extension")
        << QStringLiteral("report")
        << QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        << QStringLiteral("From Word.");
    QTest::newRow("OpenDocument named .zip")
        << QStringLiteral("report.zip") << QStringLiteral("application/vnd.oasis.opendocument.text")
        << QStringLiteral("From LibreOffice.");
    QTest::newRow("HTML named .txt") << QStringLiteral("page.txt") << QStringLiteral("text/html")
                                     << QStringLiteral("From the web.");
}

void TestDocumentReader::documentsAreReadByContent()
{
    QFETCH(QString, fileName);
    QFETCH(QString, fileType);
    QFETCH(QString, text);
    const QString path = m_dir->filePath(fileName);
    if (fileType == QLatin1String("application/pdf")) {
        Marginalia::Test::PdfBuilder pdf;
        pdf.addPage({text});
        QVERIFY(Marginalia::Test::writeFile(path, pdf.build()));
    } else if (fileType.contains(QLatin1String("wordprocessingml"))) {
        Marginalia::Test::DocxParts parts;
        parts.body = Marginalia::Test::wordParagraph(text);
        QVERIFY(Marginalia::Test::writeDocx(path, parts));
    } else if (fileType.contains(QLatin1String("opendocument"))) {
        Marginalia::Test::OdtParts parts;
        parts.body = Marginalia::Test::odfParagraph(text);
        QVERIFY(Marginalia::Test::writeOdt(path, parts));
    } else {
        QVERIFY(
            Marginalia::Test::writeFile(path, "<!DOCTYPE html><html><body><p>" + text.toUtf8() + "</p></body></html>"));
    }
    const auto document = DocumentReader::read(path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->fileType, fileType);
    QCOMPARE(document->text, text);
    QCOMPARE(document->format, QStringLiteral("text"));
    QCOMPARE(document->originalFileName, fileName);
    QCOMPARE(document->fileSize, QFileInfo(path).size());
    QCOMPARE(document->fileSha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(Marginalia::Test::readFile(path), QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
