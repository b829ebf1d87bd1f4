// Tests for OdtReader: an OpenDocument text's paragraphs, headings and list numbers as LibreOffice shows
// them, tables, notes, ODF white space, and the files that must be refused. Every .odt is built here from
// the XML in this file (fixtures/officebuilder.h).

#include "import/documentreader.h"
#include "import/odtreader.h"
#include "officebuilder.h"
#include "officereadertest.h"
#include "testsupport.h"
#include "text/textoffsets.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using Marginalia::Test::odfParagraph;
using Marginalia::Test::OdtParts;

namespace {

// A numbered list style as LibreOffice writes it: 1. / a) / i., and a bullet list.
const QByteArray listStyles
    = "<text:list-style style:name=\"L1\">"
      "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/>"
      "<text:list-level-style-number text:level=\"2\" style:num-suffix=\")\" style:num-format=\"a\"/>"
      "<text:list-level-style-number text:level=\"3\" style:num-suffix=\".\" style:num-format=\"i\" "
      "text:display-levels=\"3\"/>"
      "</text:list-style>"
      "<text:list-style style:name=\"L2\"><text:list-level-style-bullet text:level=\"1\" "
      "text:bullet-char=\"\xE2\x80\xA2\"/>"
      "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"\xEF\x82\xB7\"/></text:list-style>"
      "<style:style style:name=\"P1\" style:family=\"paragraph\" style:list-style-name=\"L1\"/>";

QByteArray item(const QString &text)
{
    return "<text:list-item>" + odfParagraph(text) + "</text:list-item>";
}

} // namespace

class TestOdtReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void text_data();
    void text();
    void outlineNumbering_numbersHeadings();
    void headings_areRecordedBesideThePlainText();
    void notes_goToTheEndMarkedWithTheirCitation();
    void nonAsciiAndRightToLeft_areKeptExactly();

    void hostileOrBrokenContent_isRefusedNamingFileAndPart_data();
    void hostileOrBrokenContent_isRefusedNamingFileAndPart();
    void otherOpenDocumentTypes_areRefusedByName_data();
    void otherOpenDocumentTypes_areRefusedByName();

private:
    static Result<ImportedDocument> read(const OdtParts &parts);
};

void TestOdtReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Result<ImportedDocument> TestOdtReader::read(const OdtParts &parts)
{
    return Marginalia::Test::writeAndRead(
        QStringLiteral("fixture.odt"), parts, Marginalia::Test::writeOdt,
        [](const QByteArray &bytes, const QString &fileName) { return OdtReader::read(bytes, fileName); });
}

void TestOdtReader::text_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs and headings, blank line between")
        << "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
           "<text:h text:outline-level=\"1\">Introduction</text:h>"
            + odfParagraph(QStringLiteral("First paragraph.")) + "<text:p/>" + odfParagraph(QStringLiteral("Second."))
        << QStringLiteral("Introduction\n\nFirst paragraph.\n\nSecond.");
    QTest::newRow("white space collapses; text:s, tab and line-break stay")
        << QByteArray("<text:p>  Lots   of\n   space <text:span>across</text:span> spans.</text:p>"
                      "<text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d</text:p>")
        << QStringLiteral("Lots of space across spans.\n\na   b\tc\nd");
    QTest::newRow("numbered list with nested levels")
        << "<text:list text:style-name=\"L1\">" + item(QStringLiteral("Welcomes;")) + "<text:list-item>"
            + odfParagraph(QStringLiteral("Notes that:")) + "<text:list>" + item(QStringLiteral("first;"))
            + "<text:list-item><text:list>" + item(QStringLiteral("deeper;")) + "</text:list></text:list-item>"
            + item(QStringLiteral("second;")) + "</text:list></text:list-item>" + item(QStringLiteral("Decides."))
            + "</text:list>"
        << QStringLiteral("1. Welcomes;\n\n2. Notes that:\n\na) first;\n\n2.a.i. deeper;\n\nb) second;\n\n3. Decides.");
    QTest::newRow("a new list restarts, a continued one goes on, start-value jumps")
        << "<text:list text:style-name=\"L1\">" + item(QStringLiteral("one")) + item(QStringLiteral("two"))
            + "</text:list>" + odfParagraph(QStringLiteral("Between."))
            + "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\">" + item(QStringLiteral("three"))
            + "</text:list>" + "<text:list text:style-name=\"L1\">" + item(QStringLiteral("again one"))
            + "<text:list-item text:start-value=\"23\">" + odfParagraph(QStringLiteral("twenty-three"))
            + "</text:list-item>" + "<text:list-header>" + odfParagraph(QStringLiteral("unnumbered header"))
            + "</text:list-header></text:list>"
        << QStringLiteral(
               "1. one\n\n2. two\n\nBetween.\n\n3. three\n\n1. again one\n\n23. twenty-three\n\nunnumbered header");
    QTest::newRow("bullets: their character, or a bullet for symbol fonts") << "<text:list text:style-name=\"L2\">"
            + item(QStringLiteral("round")) + "<text:list-item><text:list>" + item(QStringLiteral("symbol font"))
            + "</text:list></text:list-item></text:list>" << QString::fromUtf16(u"\u2022 round\n\n\u2022 symbol font");
    QTest::newRow("list style from the paragraph style; a label written out wins")
        << "<text:list>" + QByteArray("<text:list-item><text:p text:style-name=\"P1\">styled</text:p></text:list-item>")
            + "<text:list-item><text:p><text:number>7.</text:number>spelled</text:p></text:list-item></text:list>"
        << QStringLiteral("1. styled\n\n7. spelled");
    QTest::newRow("table: cells by tabs, rows by lines, repeats capped") << QByteArray(
        "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"3\"/>"
        "<table:table-header-rows><table:table-row><table:table-cell><text:p>Country</text:p></table:table-cell>"
        "<table:table-cell><text:p>Victims</text:p></table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell><text:p>Chile</text:p><text:p>(2017)</text:p></table:table-cell>"
        "<table:table-cell><text:p>12</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"100000\"><table:table-cell/></table:table-row></table:table>")
                                                                         << QStringLiteral(
                                                                                "Country\tVictims\nChile (2017)\t12");
    QTest::newRow("tracked changes, comments and frames") << QByteArray(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>deleted</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>Kept<text:change text:change-id=\"c1\"/> text<office:annotation><text:p>a comment</text:p>"
        "</office:annotation>.<draw:frame><draw:text-box><text:p>In a frame.</text:p></draw:text-box>"
        "<svg:title>alt text</svg:title></draw:frame></text:p>")
                                                          << QStringLiteral("Kept text.\n\nIn a frame.");
    QTest::newRow("sections and links") << QByteArray(
        "<text:section text:name=\"S1\"><text:p>In a <text:a xlink:href=\"https://example.org\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\">section</text:a>.</text:p></text:section>")
                                        << QStringLiteral("In a section.");
}

void TestOdtReader::text()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    OdtParts parts;
    parts.body = body;
    parts.automaticStyles = listStyles;
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, text);
    QCOMPARE(document->fileType, QStringLiteral("application/vnd.oasis.opendocument.text"));
}

void TestOdtReader::outlineNumbering_numbersHeadings()
{
    OdtParts parts;
    parts.styles = "<text:outline-style style:name=\"Outline\">"
                   "<text:outline-level-style text:level=\"1\" style:num-format=\"I\" style:num-suffix=\".\"/>"
                   "<text:outline-level-style text:level=\"2\" style:num-format=\"1\" text:display-levels=\"2\" "
                   "style:num-suffix=\".\"/>"
                   "<text:outline-level-style text:level=\"3\" style:num-format=\"\"/></text:outline-style>";
    parts.body = "<text:h text:outline-level=\"1\">Scope</text:h><text:h text:outline-level=\"2\">Purpose</text:h>"
                 "<text:h text:outline-level=\"3\">Unnumbered</text:h><text:h text:outline-level=\"2\">Terms</text:h>"
                 "<text:h text:outline-level=\"1\">Principles</text:h><text:h text:outline-level=\"2\">Rights</text:h>"
                 "<text:h text:outline-level=\"1\" text:is-list-header=\"true\">Annex</text:h>";
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text,
             QStringLiteral(
                 "I. Scope\n\nI.1. Purpose\n\nUnnumbered\n\nI.2. Terms\n\nII. Principles\n\nII.1. Rights\n\nAnnex"));
}

void TestOdtReader::headings_areRecordedBesideThePlainText()
{
    // text:h's outline level is the heading's (1 when it has none, at most 9); a numbered heading is a heading
    // with its number; a heading in a table cell is a cell's text.
    OdtParts parts;
    parts.styles = "<text:outline-style style:name=\"Outline\">"
                   "<text:outline-level-style text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
                   "</text:outline-style>";
    parts.body = "<text:h text:outline-level=\"1\">Rapport \xF0\x9F\x8C\x8D</text:h>"
        + odfParagraph(QStringLiteral("Texte."))
        + "<text:h text:outline-level=\"2\">Contexte</text:h><text:h>Sans niveau</text:h>"
          "<text:h text:outline-level=\"12\">Profond</text:h>"
          "<table:table><table:table-row><table:table-cell><text:h text:outline-level=\"1\">Cellule</text:h>"
          "</table:table-cell></table:table-row></table:table>"
        + odfParagraph(QStringLiteral("Fin."));
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    const QString text = QString::fromUtf16(u"1. Rapport \U0001F30D\n\nTexte.\n\nContexte\n\n2. Sans niveau\n\n"
                                            u"Profond\n\n3. Cellule\n\nFin.");
    QCOMPARE(document->text, text);
    const QList<Heading> expected{{0, 12, 1}, {22, 30, 2}, {32, 46, 1}, {48, 55, 9}};
    QCOMPARE(document->headings, expected);
    QCOMPARE(TextOffsets::slice(text, 22, 30), QStringLiteral("Contexte"));
    QCOMPARE(TextOffsets::slice(text, 48, 55), QStringLiteral("Profond"));
}

void TestOdtReader::notes_goToTheEndMarkedWithTheirCitation()
{
    OdtParts parts;
    parts.body
        = "<text:p>The Convention.<text:note text:id=\"ftn1\" "
          "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
          "<text:note-body><text:p>A/RES/55/25, annex "
          "II.</text:p><text:p>Continued.</text:p></text:note-body></text:note>"
          " See also.<text:note text:id=\"edn1\" text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
          "<text:note-body><text:p>An endnote.</text:p></text:note-body></text:note></text:p>";
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(
        document->text,
        QStringLiteral("The Convention.[1] See also.[i]\n\n[1] A/RES/55/25, annex II. Continued.\n[i] An endnote."));
}

void TestOdtReader::nonAsciiAndRightToLeft_areKeptExactly()
{
    const QString arabic = Marginalia::Test::arabicSample();
    const QString mixed = Marginalia::Test::mixedScriptsSample();
    OdtParts parts;
    parts.body = odfParagraph(arabic) + odfParagraph(mixed);
    const auto document = read(parts);
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, arabic + QStringLiteral("\n\n") + mixed);
}

void TestOdtReader::hostileOrBrokenContent_isRefusedNamingFileAndPart_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    const QByteArray head = "<?xml version=\"1.0\"?>\n";
    const QByteArray open
        = "<office:document-content" + Marginalia::Test::odfNamespaces() + "><office:body><office:text>";
    QTest::newRow("malformed XML") << head + open
            + "<text:p>unclosed</office:text></office:body></office:document-content>"
                                   << QStringLiteral("malformed");
    QTest::newRow("entity expansion (billion laughs)") << head
            + "<!DOCTYPE office:document-content [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
              "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
            + open + "<text:p>&b;&b;&b;</text:p></office:text></office:body></office:document-content>"
                                                       << QStringLiteral("DTD");
    QTest::newRow("not a text document") << head + "<office:document-content" + Marginalia::Test::odfNamespaces()
            + "><office:body><office:spreadsheet/></office:body></office:document-content>"
                                         << QStringLiteral("not a text document");
}

void TestOdtReader::hostileOrBrokenContent_isRefusedNamingFileAndPart()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    OdtParts parts;
    parts.rawContent = content;
    const auto document = read(parts);
    QVERIFY(!document);
    QVERIFY2(document.error().contains(QStringLiteral("fixture.odt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(QStringLiteral("content.xml")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(reason), qPrintable(document.error()));
}

void TestOdtReader::otherOpenDocumentTypes_areRefusedByName_data()
{
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QString>("description");
    QTest::newRow("spreadsheet") << QByteArray("application/vnd.oasis.opendocument.spreadsheet")
                                 << QStringLiteral("spreadsheet");
    QTest::newRow("presentation") << QByteArray("application/vnd.oasis.opendocument.presentation")
                                  << QStringLiteral("presentation");
}

void TestOdtReader::otherOpenDocumentTypes_areRefusedByName()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, description);
    OdtParts parts;
    parts.mimeType = mimeType;
    parts.body = odfParagraph(QStringLiteral("x"));
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("figures.odt"));
    QVERIFY(Marginalia::Test::writeOdt(path, parts));
    const auto document = DocumentReader::read(path);
    QVERIFY(!document);
    QVERIFY2(document.error().contains(QStringLiteral("figures.odt")), qPrintable(document.error()));
    QVERIFY2(document.error().contains(description), qPrintable(document.error()));
}

QTEST_GUILESS_MAIN(TestOdtReader)
#include "tst_odtreader.moc"
