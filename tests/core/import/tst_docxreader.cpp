// Tests for DocxReader: what a Word document's text becomes (paragraphs, numbering as Word shows it,
// tables, notes, text boxes, tracked changes) and the files that must be refused. Every .docx is built
// here from the XML in this file (fixtures/officebuilder.h).

#include "import/docxreader.h"
#include "officebuilder.h"
#include "officereadertest.h"
#include "testsupport.h"
#include "text/textoffsets.h"
#include "zipbuilder.h"

#include <QStandardPaths>
#include <QTest>

using namespace Marginalia::Core;
using Marginalia::Test::DocxParts;
using Marginalia::Test::wordParagraph;

namespace {

QByteArray numbered(const char *numId, const char *level, const QString &text, const char *style = nullptr)
{
    QByteArray properties = "<w:pPr>";
    if (style)
        properties += QByteArray("<w:pStyle w:val=\"") + style + "\"/>";
    if (numId)
        properties
            += QByteArray("<w:numPr><w:ilvl w:val=\"") + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
    properties += "</w:pPr>";
    return "<w:p>" + properties + "<w:r><w:t>" + text.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
}

QByteArray level(int index, const char *format, const char *text, int start = 1, const char *extra = "")
{
    return "<w:lvl w:ilvl=\"" + QByteArray::number(index) + "\"><w:start w:val=\"" + QByteArray::number(start)
        + "\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

// The numbering of a UN resolution: 1. / (a) / (i), a legal outline 1. / 1.1., and bullets.
const QByteArray unNumbering = "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.")
    + level(1, "lowerLetter", "(%2)") + level(2, "lowerRoman", "(%3)") + "</w:abstractNum>"
    + "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2.")
    + "</w:abstractNum>" + "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "bullet", "\xEF\x82\xB7")
    + "</w:abstractNum>" + "<w:abstractNum w:abstractNumId=\"3\">"
    + level(0, "upperRoman", "%1.", 1, "<w:suff w:val=\"nothing\"/>") + "</w:abstractNum>"
    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
    + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
      "<w:startOverride w:val=\"23\"/></w:lvlOverride></w:num>"
    + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>";

} // namespace

class TestDocxReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void text_data();
    void text();
    void footnotesAndEndnotes_goToTheEndMarkedWhereCited();
    void headings_areRecordedBesideThePlainText();
    void nonAsciiAndRightToLeft_areKeptExactly();

    void hostileOrBrokenFile_isRefusedNamingFileAndPart_data();
    void hostileOrBrokenFile_isRefusedNamingFileAndPart();
    void zipBombPart_isRefused();
    void pathTraversalEntry_isRefused();
    void zipWithoutWordDocument_isNotDocx();

private:
    static Result<ImportedDocument> read(const DocxParts &parts);
};

void TestDocxReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Result<ImportedDocument> TestDocxReader::read(const DocxParts &parts)
{
    return Marginalia::Test::writeAndRead(
        QStringLiteral("fixture.docx"), parts, Marginalia::Test::writeDocx,
        [](const QByteArray &bytes, const QString &fileName) { return DocxReader::read(bytes, fileName); });
}

void TestDocxReader::text_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("numbering");
    QTest::addColumn<QByteArray>("styles");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs, blank line between, empty ones left out")
        << QByteArray("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Introduction</w:t></w:r></w:p>"
                      "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">First </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
                      "<w:t>paragraph.</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>"
                      "<w:p><w:r><w:t>Second.</w:t></w:r></w:p>")
        << QByteArray() << QByteArray() << QStringLiteral("Introduction\n\nFirst paragraph.\n\nSecond.");
    QTest::newRow("tabs, breaks, hyphens, symbols") << QByteArray(
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>a</w:t>"
        "<w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t><w:softHyphen/>"
        "<w:t>e</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Arial\" w:char=\"00A7\"/></w:r></w:p>")
                                                    << QByteArray() << QByteArray()
                                                    << QString::fromUtf16(u"a\tb\nc\u2011de\u00A7");
    QTest::newRow("UN paragraph numbering: 1. (a) (i)")
        << numbered("1", "0", QStringLiteral("Welcomes the report;"))
            + numbered("1", "0", QStringLiteral("Notes that:")) + numbered("1", "1", QStringLiteral("first;"))
            + numbered("1", "2", QStringLiteral("deeper;")) + numbered("1", "1", QStringLiteral("second;"))
            + numbered("1", "0", QStringLiteral("Decides:")) + numbered("1", "1", QStringLiteral("restarts at (a)."))
        << unNumbering << QByteArray()
        << QStringLiteral("1. Welcomes the report;\n\n2. Notes that:\n\n(a) first;\n\n(i) deeper;\n\n(b) second;\n\n"
                          "3. Decides:\n\n(a) restarts at (a).");
    QTest::newRow("outline 1. and 1.1.")
        << numbered("2", "0", QStringLiteral("Scope")) + numbered("2", "1", QStringLiteral("Purpose"))
            + numbered("2", "1", QStringLiteral("Terms")) + numbered("2", "0", QStringLiteral("Principles"))
            + numbered("2", "1", QStringLiteral("Rights"))
        << unNumbering << QByteArray()
        << QStringLiteral("1. Scope\n\n1.1. Purpose\n\n1.2. Terms\n\n2. Principles\n\n2.1. Rights");
    QTest::newRow("restart at 23 (start override), bullets, no separator")
        << numbered("4", "0", QStringLiteral("The Committee notes."))
            + numbered("4", "0", QStringLiteral("It recommends.")) + numbered("3", "0", QStringLiteral("a bullet"))
            + numbered("5", "0", QStringLiteral("Roman")) + numbered("5", "0", QStringLiteral("Again"))
        << unNumbering << QByteArray()
        << QString::fromUtf16(
               u"23. The Committee notes.\n\n24. It recommends.\n\n\u2022 a bullet\n\nI.Roman\n\nII.Again");
    QTest::newRow("letters past z; absurd start values")
        << numbered("6", "0", QStringLiteral("twenty-seventh")) + numbered("6", "0", QStringLiteral("twenty-eighth"))
            + numbered("7", "0", QStringLiteral("huge"))
        << "<w:abstractNum w:abstractNumId=\"6\">" + level(0, "lowerLetter", "%1)", 27) + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"7\">" + level(0, "upperLetter", "%1.", 2147483647) + "</w:abstractNum>"
            + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"6\"/></w:num><w:num w:numId=\"7\"><w:abstractNumId "
              "w:val=\"7\"/></w:num>"
        << QByteArray() << QStringLiteral("aa) twenty-seventh\n\nbb) twenty-eighth\n\n1000000. huge");
    QTest::newRow("numbering from the paragraph style, switched off by numId 0")
        << numbered(nullptr, nullptr, QStringLiteral("Styled one."), "UNPara")
            + numbered(nullptr, nullptr, QStringLiteral("Styled two."), "UNParaChild")
            + numbered("0", "0", QStringLiteral("Not numbered."), "UNPara")
            + numbered(nullptr, nullptr, QStringLiteral("Styled three."), "UNPara")
        << unNumbering
        << QByteArray("<w:style w:type=\"paragraph\" w:styleId=\"UNPara\"><w:name w:val=\"UN para\"/><w:pPr><w:numPr>"
                      "<w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                      "<w:style w:type=\"paragraph\" w:styleId=\"UNParaChild\"><w:basedOn w:val=\"UNPara\"/></w:style>")
        << QStringLiteral("1. Styled one.\n\n2. Styled two.\n\nNot numbered.\n\n3. Styled three.");
    QTest::newRow("table: cells by tabs, rows by lines")
        << QByteArray(
               "<w:p><w:r><w:t>Before.</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tblGrid/>"
               "<w:tr><w:tc><w:p><w:r><w:t>Country</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Victims</w:t></w:r></"
               "w:p></w:tc></w:tr>"
               "<w:tr><w:tc><w:p><w:r><w:t>Chile</w:t></w:r></w:p><w:p><w:r><w:t>(2017)</w:t></w:r></w:p></w:tc>"
               "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr>"
               "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:t>After.</w:t></w:r></w:p>")
        << QByteArray() << QByteArray() << QStringLiteral("Before.\n\nCountry\tVictims\nChile (2017)\t12\n\nAfter.");
    QTest::newRow("tracked changes read as accepted")
        << QByteArray("<w:p><w:r><w:t xml:space=\"preserve\">Keep </w:t></w:r><w:del w:id=\"1\" "
                      "w:author=\"a\"><w:r><w:delText>old </w:delText></w:r></w:del>"
                      "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">new </w:t></w:r></w:ins>"
                      "<w:moveFrom w:id=\"3\"><w:r><w:t>moved</w:t></w:r></w:moveFrom><w:r><w:t>text.</w:t></w:r></w:p>"
                      "<w:moveTo w:id=\"4\"><w:p><w:r><w:t>moved</w:t></w:r></w:p></w:moveTo>")
        << QByteArray() << QByteArray() << QStringLiteral("Keep new text.\n\nmoved");
    QTest::newRow("fields show their result, not their code") << QByteArray(
        "<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar "
        "w:fldCharType=\"separate\"/></w:r>"
        "<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\">, see "
        "</w:t></w:r>"
        "<w:hyperlink r:id=\"rId9\"><w:r><w:t>the website</w:t></w:r></w:hyperlink>"
        "<w:fldSimple w:instr=\" DATE \"><w:r><w:t xml:space=\"preserve\"> today</w:t></w:r></w:fldSimple></w:p>")
                                                              << QByteArray() << QByteArray()
                                                              << QStringLiteral("Page 7, see the website today");
    QTest::newRow("text box once, after its paragraph, not its fallback")
        << QByteArray(
               "<w:p><w:r><w:t>Anchor.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
               "<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed "
               "text.</w:t></w:r></w:p>"
               "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
               "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed text.</w:t></w:r></w:p>"
               "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
               "<w:p><w:r><w:t>Next.</w:t></w:r></w:p>")
        << QByteArray() << QByteArray() << QStringLiteral("Anchor.\n\nBoxed text.\n\nNext.");
    QTest::newRow("content controls and equations") << QByteArray(
        "<w:sdt><w:sdtPr><w:alias w:val=\"Title\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In a "
        "control.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt><w:p><m:oMath><m:r><m:t>E=mc</m:t></m:r><m:sSup><m:e/><m:sup><m:r><m:t>2</m:t></m:r>"
        "</m:sup></m:sSup></m:oMath></w:p>") << QByteArray()
                                                    << QByteArray() << QStringLiteral("In a control.\n\nE=mc2");
}

void TestDocxReader::text()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, numbering);
    QFETCH(QByteArray, styles);
    QFETCH(QString, text);
    DocxParts parts;
    parts.body = body;
    parts.numbering = numbering;
    parts.styles = styles;
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, text);
    QCOMPARE(document->fileType,
             QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    QCOMPARE(document->format, QStringLiteral("text"));
    QVERIFY(document->pageStarts.isEmpty());
}

void TestDocxReader::footnotesAndEndnotes_goToTheEndMarkedWhereCited()
{
    DocxParts parts;
    parts.body = "<w:p><w:r><w:t>The Convention.</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                 "<w:r><w:t xml:space=\"preserve\"> The Protocol.</w:t></w:r><w:r><w:footnoteReference "
                 "w:id=\"3\"/></w:r></w:p>"
                 "<w:p><w:r><w:t>See also.</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>";
    const QByteArray separators
        = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
          "<w:footnote w:type=\"continuationSeparator\" "
          "w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
    parts.footnotes = separators
        + "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Second "
          "note.</w:t></w:r></w:p></w:footnote>"
          "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> A/RES/55/25, annex "
          "II.</w:t></w:r></w:p>"
          "<w:p><w:r><w:t>Continued.</w:t></w:r></w:p></w:footnote>";
    parts.endnotes
        = "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote>";
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text,
             QStringLiteral("The Convention.[1] The Protocol.[2]\n\nSee also.[i]\n\n"
                            "[1] A/RES/55/25, annex II. Continued.\n[2] Second note.\n[i] An endnote."));
}

void TestDocxReader::headings_areRecordedBesideThePlainText()
{
    // Word's built-in heading styles keep their English names in styles.xml whatever the language of Word
    // (a German document's "berschrift1" is "heading 1"); an outline level on a style or a paragraph makes
    // a heading too, and outline level 9 is body text.
    DocxParts parts;
    parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
                   "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
                   "<w:style w:type=\"paragraph\" w:styleId=\"Kapitel\"><w:name w:val=\"Kapitel\"/>"
                   "<w:basedOn w:val=\"berschrift1\"/></w:style>"
                   "<w:style w:type=\"paragraph\" w:styleId=\"Gliederung\"><w:name w:val=\"Gliederung\"/>"
                   "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>";
    parts.body = numbered(nullptr, nullptr, QStringLiteral("Bericht \U0001F30D"), "Titel")
        + numbered(nullptr, nullptr, QStringLiteral("Einleitung"), "berschrift1")
        + wordParagraph(QStringLiteral("Text.")) + numbered(nullptr, nullptr, QStringLiteral("Kapitel eins"), "Kapitel")
        + numbered(nullptr, nullptr, QStringLiteral("Dritte Ebene"), "Gliederung")
        + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Direkt</w:t></w:r></w:p>"
          "<w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>Textkörper"
          "</w:t></w:r></w:p>"
        + numbered(nullptr, nullptr, QStringLiteral("Fremd"), "Heading4");
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    // The text is as it always was: no marks added.
    const QString text = QString::fromUtf16(u"Bericht \U0001F30D\n\nEinleitung\n\nText.\n\nKapitel eins\n\n"
                                            u"Dritte Ebene\n\nDirekt\n\nTextkörper\n\nFremd");
    QCOMPARE(document->text, text);
    // Code points: the globe is one, so everything after the title is one less than in UTF-16.
    const QList<Heading> expected{{0, 9, 1}, {11, 21, 1}, {30, 42, 1}, {44, 56, 3}, {58, 64, 2}, {78, 83, 4}};
    QCOMPARE(document->headings, expected);
    for (const Heading &heading : expected)
        QVERIFY(!TextOffsets::slice(text, heading.start, heading.end).contains(u'\n'));
    QCOMPARE(TextOffsets::slice(text, 78, 83), QStringLiteral("Fremd")); // no styles part entry: by its id
    QCOMPARE(document->toNewDocument().headings, expected);
}

void TestDocxReader::nonAsciiAndRightToLeft_areKeptExactly()
{
    const QString arabic = Marginalia::Test::arabicSample();
    const QString mixed = Marginalia::Test::mixedScriptsSample();
    DocxParts parts;
    parts.body = "<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t>" + arabic.toUtf8()
        + "</w:t></w:r></w:p>" + wordParagraph(mixed);
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, arabic + QStringLiteral("\n\n") + mixed);
}

void TestDocxReader::hostileOrBrokenFile_isRefusedNamingFileAndPart_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("reason");
    const QByteArray head = "<?xml version=\"1.0\"?>\n";
    const QByteArray open = "<w:document" + Marginalia::Test::wordNamespaces() + "><w:body>";
    QTest::newRow("malformed XML") << head + open + "<w:p><w:r><w:t>unclosed</w:r></w:p></w:body></w:document>"
                                   << QStringLiteral("malformed");
    QTest::newRow("truncated XML") << head + open + "<w:p><w:r><w:t>cut" << QStringLiteral("malformed");
    QTest::newRow("entity expansion (billion laughs)") << head
            + "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
              "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n"
            + open + "<w:p><w:r><w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>"
                                                       << QStringLiteral("DTD");
    QTest::newRow("external entity") << head
            + "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" + open
            + "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
                                     << QStringLiteral("DTD");
    QTest::newRow("undeclared entity") << head + open + "<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>"
                                       << QStringLiteral("nbsp");
    QByteArray deep = head + open;
    for (int i = 0; i < 200; ++i)
        deep += "<w:sdt><w:sdtContent>";
    QTest::newRow("absurd nesting") << deep << QStringLiteral("nested");
    QTest::newRow("no body") << head + "<w:document" + Marginalia::Test::wordNamespaces() + "/>"
                             << QStringLiteral("no body");
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xFF\xFE garbage", 14)
                                    << QStringLiteral("word/document.xml");
}

void TestDocxReader::hostileOrBrokenFile_isRefusedNamingFileAndPart()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, reason);
    DocxParts parts;
    parts.rawDocument = document;
    const auto read = this->read(parts);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("fixture.docx")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("word/document.xml")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(reason, Qt::CaseInsensitive), qPrintable(read.error()));
}

void TestDocxReader::zipBombPart_isRefused()
{
    QByteArray bomb
        = "<?xml version=\"1.0\"?><w:document" + Marginalia::Test::wordNamespaces() + "><w:body><w:p><w:r><w:t>";
    bomb += QByteArray(48 * 1024 * 1024, 'a');
    const QByteArray zip
        = Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", bomb}});
    const auto document = DocxReader::read(zip, QStringLiteral("bomb.docx"));
    QVERIFY(!document);
    QVERIFY2(document.error().contains(QStringLiteral("bomb.docx")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QStringLiteral("ZIP bomb")), qPrintable(document.error()));
}

void TestDocxReader::pathTraversalEntry_isRefused()
{
    const QByteArray document = "<w:document" + Marginalia::Test::wordNamespaces() + "><w:body>"
        + wordParagraph(QStringLiteral("x")) + "</w:body></w:document>";
    const QByteArray zip = Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"},
                                                       {"word/document.xml", document},
                                                       {"word/../../../home/user/.bashrc", "evil"}});
    const auto read = DocxReader::read(zip, QStringLiteral("traversal.docx"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("traversal.docx")) && read.error().contains(QStringLiteral("..")),
             qPrintable(read.error()));
}

void TestDocxReader::zipWithoutWordDocument_isNotDocx()
{
    const QByteArray zip
        = Marginalia::Test::buildZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
    const auto read = DocxReader::read(zip, QStringLiteral("book.docx"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("book.docx")), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
