// Tests for DocumentFormats, the registry of import formats: every suffix and file type has one format,
// and content outweighs the name when a file's format is chosen.

#include "import/documentformat.h"
#include "import/documentformats.h"
#include "import/documentreader.h"
#include "officebuilder.h"
#include "testsupport.h"
#include "zipbuilder.h"

#include <QHash>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Marginalia::Core::DocumentFormat;
using Marginalia::Core::DocumentFormats;
using Marginalia::Core::DocumentReader;

namespace {

/// The bytes of a string literal, embedded NULs included, without the terminating one.
template<std::size_t N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

} // namespace

class TestDocumentFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everySuffix_belongsToExactlyOneFormat();
    void supportedSuffixes_keepTheOrderUsersSee();
    void keys_areTheSourceFormatsOfTheCsvContract();
    void everyFormat_roundTripsThroughSourceFormatAndTypeLabel();
    void sourceFormat_ofTypesAndLegacyRows_data();
    void sourceFormat_ofTypesAndLegacyRows();
    void everySuffix_sniffsAsItsFormatOrIsRefusedWithoutItsContent();
    void sniff_contentOutweighsTheName_data();
    void sniff_contentOutweighsTheName();
    void sniff_nameWithoutTheContentItPromises_isRefusedWithTodaysMessage_data();
    void sniff_nameWithoutTheContentItPromises_isRefusedWithTodaysMessage();
    void read_zipContainer_isDecidedByWhatIsInside();
    void read_zipOfNoImportedFormat_isRefusedNamingWhatItIs();
};

void TestDocumentFormats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentFormats::everySuffix_belongsToExactlyOneFormat()
{
    QHash<QString, QStringList> owners;
    for (const DocumentFormat *format : DocumentFormats::all()) {
        QVERIFY2(!format->suffixes().isEmpty(), qPrintable(format->key()));
        for (const QString &suffix : format->suffixes()) {
            QVERIFY2(suffix == suffix.toLower() && !suffix.contains(u'.') && !suffix.isEmpty(), qPrintable(suffix));
            owners[suffix].append(format->key());
            QVERIFY(format->hasSuffixOf(QStringLiteral("Some Report.") + suffix.toUpper()));
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(": ") + it.value().join(u' ')));
    const QStringList supported = DocumentReader::supportedSuffixes();
    QCOMPARE(supported.size(), owners.size());
    for (const QString &suffix : supported)
        QVERIFY2(owners.contains(suffix), qPrintable(suffix));
}

void TestDocumentFormats::supportedSuffixes_keepTheOrderUsersSee()
{
    // The file dialog's filter and "Marginalia imports txt, text, md..." list them in this order.
    const QStringList expected{QStringLiteral("txt"),      QStringLiteral("text"),  QStringLiteral("md"),
                               QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("html"),
                               QStringLiteral("htm"),      QStringLiteral("xhtml"), QStringLiteral("pdf"),
                               QStringLiteral("docx"),     QStringLiteral("docm"),  QStringLiteral("dotx"),
                               QStringLiteral("odt"),      QStringLiteral("ott")};
    QCOMPARE(DocumentReader::supportedSuffixes(), expected);
}

void TestDocumentFormats::keys_areTheSourceFormatsOfTheCsvContract()
{
    QStringList keys;
    for (const DocumentFormat *format : DocumentFormats::all()) {
        keys.append(format->key());
        QCOMPARE(DocumentFormats::find(format->key()), format);
    }
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("docx"), QStringLiteral("html"), QStringLiteral("markdown"),
                          QStringLiteral("odt"), QStringLiteral("pdf"), QStringLiteral("text")}));
    QVERIFY(!DocumentFormats::find(u"zip"));
    QCOMPARE(DocumentFormats::fallback().key(), QStringLiteral("text"));
}

void TestDocumentFormats::everyFormat_roundTripsThroughSourceFormatAndTypeLabel()
{
    QStringList labels;
    for (const DocumentFormat *format : DocumentFormats::all()) {
        QVERIFY2(!format->label().isEmpty(), qPrintable(format->key()));
        QVERIFY2(!labels.contains(format->label()), qPrintable(format->label()));
        labels.append(format->label());
        QCOMPARE(DocumentReader::typeLabel(format->mimeType()), format->label());
        QCOMPARE(DocumentReader::sourceFormat(format->mimeType(), QStringLiteral("text")), format->key());
        QCOMPARE(&DocumentFormats::forFileType(format->mimeType()), format);
    }
    QCOMPARE(labels,
             (QStringList{QStringLiteral("plain text"), QStringLiteral("Markdown"), QStringLiteral("HTML"),
                          QStringLiteral("PDF"), QStringLiteral("Word"), QStringLiteral("OpenDocument")}));
}

void TestDocumentFormats::sourceFormat_ofTypesAndLegacyRows_data()
{
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sourceFormat");
    QTest::addColumn<QString>("label");

    // Version 3 gave every earlier document the type "text/plain", Markdown ones too: how the text is
    // stored says which they were.
    QTest::newRow("Markdown from before version 3") << QStringLiteral("text/plain") << QStringLiteral("markdown")
                                                    << QStringLiteral("markdown") << QStringLiteral("plain text");
    QTest::newRow("no type, text") << QString() << QStringLiteral("text") << QStringLiteral("text")
                                   << QStringLiteral("plain text");
    QTest::newRow("no type, markdown") << QString() << QStringLiteral("markdown") << QStringLiteral("markdown")
                                       << QStringLiteral("plain text");
    QTest::newRow("unknown type") << QStringLiteral("application/x-unknown") << QStringLiteral("text")
                                  << QStringLiteral("text") << QStringLiteral("plain text");
    // The type decides before the stored format does.
    QTest::newRow("PDF stored as markdown") << QStringLiteral("application/pdf") << QStringLiteral("markdown")
                                            << QStringLiteral("pdf") << QStringLiteral("PDF");
    QTest::newRow("Word template") << QStringLiteral(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template")
                                   << QStringLiteral("text") << QStringLiteral("docx") << QStringLiteral("Word");
    QTest::newRow("OpenDocument template")
        << QStringLiteral("application/vnd.oasis.opendocument.text-template") << QStringLiteral("text")
        << QStringLiteral("odt") << QStringLiteral("OpenDocument");
}

void TestDocumentFormats::sourceFormat_ofTypesAndLegacyRows()
{
    QFETCH(QString, fileType);
    QFETCH(QString, format);
    QFETCH(QString, sourceFormat);
    QFETCH(QString, label);

    QCOMPARE(DocumentReader::sourceFormat(fileType, format), sourceFormat);
    QCOMPARE(DocumentReader::typeLabel(fileType), label);
}

void TestDocumentFormats::everySuffix_sniffsAsItsFormatOrIsRefusedWithoutItsContent()
{
    // Text that is no format's content: the name alone decides. Formats with a signature (PDF, ZIP) refuse
    // a file named as theirs that lacks it; the others take it.
    const QByteArray plain("Identification of victims.\n");
    for (const DocumentFormat *format : DocumentFormats::all()) {
        for (const QString &suffix : format->suffixes()) {
            const QString fileName = QStringLiteral("report.") + suffix;
            const auto sniffed = DocumentReader::sniffFormat(plain, fileName);
            const DocumentFormat::Sniff own = format->sniff(plain, fileName);
            if (own.refusal.isEmpty()) {
                QVERIFY2(sniffed.ok(), qPrintable(sniffed.error()));
                QCOMPARE(*sniffed, format->key());
            } else {
                QVERIFY(!sniffed.ok());
                QCOMPARE(sniffed.error(), own.refusal);
                QVERIFY2(sniffed.error().contains(fileName), qPrintable(sniffed.error()));
            }
        }
    }
}

void TestDocumentFormats::sniff_contentOutweighsTheName_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("kind"); // empty: refused
    QTest::addColumn<QString>("refusal"); // a word of the refusal

    QTest::newRow("PDF named .txt") << QByteArray("%PDF-1.7\n") << QStringLiteral("report.txt") << QStringLiteral("pdf")
                                    << QString();
    QTest::newRow("PDF named .docx") << QByteArray("%PDF-1.7\n") << QStringLiteral("report.docx")
                                     << QStringLiteral("pdf") << QString();
    QTest::newRow("ZIP named .pdf") << bytesOf("PK\x03\x04\x14\x00") << QStringLiteral("report.pdf")
                                    << QStringLiteral("zip") << QString();
    // Both signatures: PDF is listed before the ZIP formats, as it was checked first.
    QTest::newRow("ZIP holding %PDF- early")
        << bytesOf("PK\x03\x04\x14\x00 %PDF-1.4") << QStringLiteral("a.odt") << QStringLiteral("pdf") << QString();
    QTest::newRow("HTML named .pdf") << QByteArray("<!DOCTYPE html><p>x") << QStringLiteral("page.pdf")
                                     << QStringLiteral("html") << QString();
    QTest::newRow("HTML named .md") << QByteArray("<html><body>x") << QStringLiteral("page.md")
                                    << QStringLiteral("html") << QString();
    QTest::newRow("PNG named .html") << bytesOf("\x89PNG\r\n\x1A\n") << QStringLiteral("image.html") << QString()
                                     << QStringLiteral("PNG image");
    QTest::newRow("SQLite named .pdf") << bytesOf("SQLite format 3\0\x10\x00") << QStringLiteral("study.pdf")
                                       << QString() << QStringLiteral("SQLite");
    // A codebook is refused by its markup, over a name, but a page that begins as HTML is HTML.
    const QByteArray codebook("<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">");
    QTest::newRow("codebook named .md") << codebook << QStringLiteral("codes.md") << QString()
                                        << QStringLiteral("REFI-QDA codebook");
    QTest::newRow("HTML quoting a codebook")
        << QByteArray("<!DOCTYPE html><pre>&lt;CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"&gt; <CodeBook")
        << QStringLiteral("page.txt") << QStringLiteral("html") << QString();
    QTest::newRow("markdown by name") << QByteArray("# Title") << QStringLiteral("notes.markdown")
                                      << QStringLiteral("markdown") << QString();
    QTest::newRow("anything else is text")
        << QByteArray("a,b\n1,2\n") << QStringLiteral("table.csv") << QStringLiteral("text") << QString();
}

void TestDocumentFormats::sniff_contentOutweighsTheName()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(QString, kind);
    QFETCH(QString, refusal);

    const auto sniffed = DocumentFormats::sniff(head, fileName);
    if (kind.isEmpty()) {
        QVERIFY(!sniffed.ok());
        QVERIFY2(sniffed.error().contains(fileName), qPrintable(sniffed.error()));
        QVERIFY2(sniffed.error().contains(refusal), qPrintable(sniffed.error()));
    } else {
        QVERIFY2(sniffed.ok(), qPrintable(sniffed.error()));
        QCOMPARE(*sniffed, kind);
    }
}

void TestDocumentFormats::sniff_nameWithoutTheContentItPromises_isRefusedWithTodaysMessage_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");

    const QString zip = QStringLiteral(
        ": the file is named as a Word or OpenDocument file but is not one (it is not a ZIP container).");
    QTest::newRow(".docx") << QStringLiteral("report.docx") << QStringLiteral("report.docx") + zip;
    QTest::newRow(".DOTX") << QStringLiteral("Template.DOTX") << QStringLiteral("Template.DOTX") + zip;
    QTest::newRow(".odt") << QStringLiteral("/tmp/a folder/report.odt")
                          << QStringLiteral("/tmp/a folder/report.odt") + zip;
    QTest::newRow(".pdf")
        << QStringLiteral("report.pdf")
        << QStringLiteral("report.pdf: the file is named as a PDF but is not one (it does not begin with \"%PDF-\").");
}

void TestDocumentFormats::sniff_nameWithoutTheContentItPromises_isRefusedWithTodaysMessage()
{
    QFETCH(QString, fileName);
    QFETCH(QString, message);

    const auto sniffed = DocumentReader::sniffFormat(QByteArray("hello"), fileName);
    QVERIFY(!sniffed.ok());
    QCOMPARE(sniffed.error(), message);
}

void TestDocumentFormats::read_zipContainer_isDecidedByWhatIsInside()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Marginalia::Test::DocxParts word;
    word.body = Marginalia::Test::wordParagraph(QStringLiteral("From Word."));
    QVERIFY(Marginalia::Test::writeDocx(dir.filePath(QStringLiteral("a.docx")), word));
    Marginalia::Test::OdtParts odt;
    odt.body = Marginalia::Test::odfParagraph(QStringLiteral("From LibreOffice."));
    QVERIFY(Marginalia::Test::writeOdt(dir.filePath(QStringLiteral("a.odt")), odt));

    // Named as each other: the archive's content decides, not the name.
    const auto fromWord = DocumentFormats::read(Marginalia::Test::readFile(dir.filePath(QStringLiteral("a.docx"))),
                                                QStringLiteral("a.odt"));
    QVERIFY2(fromWord.ok(), qPrintable(fromWord.error()));
    QCOMPARE(DocumentReader::sourceFormat(fromWord->fileType, fromWord->format), QStringLiteral("docx"));
    QCOMPARE(fromWord->text, QStringLiteral("From Word."));
    const auto fromOdt = DocumentFormats::read(Marginalia::Test::readFile(dir.filePath(QStringLiteral("a.odt"))),
                                               QStringLiteral("a.docx"));
    QVERIFY2(fromOdt.ok(), qPrintable(fromOdt.error()));
    QCOMPARE(DocumentReader::sourceFormat(fromOdt->fileType, fromOdt->format), QStringLiteral("odt"));
    QCOMPARE(fromOdt->text, QStringLiteral("From LibreOffice."));
}

void TestDocumentFormats::read_zipOfNoImportedFormat_isRefusedNamingWhatItIs()
{
    const QByteArray workbook
        = Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
    const auto read = DocumentFormats::read(workbook, QStringLiteral("budget.docx"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error(),
             QStringLiteral("budget.docx: this is an Excel workbook, which Marginalia cannot import; it "
                            "imports Word (.docx) and OpenDocument (.odt) documents, PDF, HTML, plain "
                            "text and Markdown."));
}

QTEST_GUILESS_MAIN(TestDocumentFormats)
#include "tst_documentformats.moc"
