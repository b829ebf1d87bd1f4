// Writes the seed corpus of every fuzz target into the folder given as argument (one subfolder per
// target), from the same builders and snippets the tests use, so that the fuzzers start from inputs that
// reach deep into each parser. Run by scripts/fuzz.sh.

#include "officebuilder.h"
#include "pdfbuilder.h"
#include "zipbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <utility>

namespace {

QString g_root;

bool seed(const char *target, const QString &name, const QByteArray &bytes)
{
    const QString folder = g_root + u'/' + QLatin1String(target);
    QDir().mkpath(folder);
    QFile file(folder + u'/' + name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray officeChoice(int choice, const QByteArray &xml)
{
    return QByteArray(1, char(choice)) + xml;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds FOLDER [SHARED]\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    bool ok = true;
    using namespace Marginalia::Test;

    // Text in the encodings people have.
    ok &= seed("textdecoder", QStringLiteral("utf8.txt"),
               QStringLiteral("Caf\u00E9 \U0001F30D \u0645\u0631\u062D\u0628\u0627\r\nline\r").toUtf8());
    ok &= seed("textdecoder", QStringLiteral("bom16.txt"),
               QByteArray("\xFF\xFE"
                          "a\0b\0\n\0",
                          8));
    ok &= seed("textdecoder", QStringLiteral("cp1252.txt"),
               QByteArray("The caf\xE9 \x93quoted\x94 na\xEFve r\xE9sum\xE9.\n"));
    ok &= seed("textdecoder", QStringLiteral("sjis.txt"), QByteArray("\x88\xDA\x96\xAF\x82\xCC\x90\x6C\x8C\xA0\n"));
    ok &= seed("textdecoder", QStringLiteral("iso2022.txt"), QByteArray("\x1B$B0\\L1\x1B(B text\n"));

    // Web pages.
    ok &= seed(
        "html", QStringLiteral("page.html"),
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>t</title><style>p{}</style></head><body>"
        "<h1>Report</h1><p>caf\xE9 &amp; &eacute; &#x20AC; &copy2020<br>line</p><ul><li>a<li>b</ul><ol start=3><li "
        "value=7>c</ol>"
        "<table><tr><th>x<td>y<tr><td>1<td>2</table><pre>\n  kept</pre><script>if(a<b)</script><!-- c --><div "
        "hidden>h</div>"
        "<textarea>t &lt;</textarea></body></html>");
    ok &= seed("html", QStringLiteral("xhtml.html"),
               "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html "
               "xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>r\xE9sum\xE9</p></body></html>");
    ok &= seed("html", QStringLiteral("equiv.html"),
               "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=shift_jis\"><p>\x88\xDA\x96\xAF</p>");

    // Word and OpenDocument parts (first byte: which part).
    const QByteArray w = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
    ok &= seed(
        "officexml", QStringLiteral("document.xml"),
        officeChoice(
            0,
            "<w:document" + w
                + "><w:body><w:p><w:pPr><w:pStyle w:val=\"H\"/><w:numPr><w:ilvl w:val=\"1\"/>"
                  "<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>a</w:t><w:tab/><w:br/><w:sym w:char=\"00A7\"/>"
                  "<w:footnoteReference w:id=\"1\"/></w:r><w:del><w:r><w:delText>d</w:delText></w:r></w:del>"
                  "<w:ins><w:r><w:t>i</w:t></w:r></w:ins><w:hyperlink><w:r><w:t>h</w:t></w:r></w:hyperlink></w:p>"
                  "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                  "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>box</w:t>"
                  "</w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>"
                  "<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt></w:body></w:document>"));
    ok &= seed(
        "officexml", QStringLiteral("numbering.xml"),
        officeChoice(
            1,
            "<w:numbering" + w
                + "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                  "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:suff w:val=\"space\"/></w:lvl>"
                  "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"%1.%2)\"/><w:isLgl/>"
                  "<w:lvlRestart w:val=\"0\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId "
                  "w:val=\"0\"/>"
                  "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"23\"/></w:lvlOverride></w:num></w:numbering>"));
    ok &= seed(
        "officexml", QStringLiteral("styles.xml"),
        officeChoice(2,
                     "<w:styles" + w
                         + "><w:style w:styleId=\"H\"><w:basedOn w:val=\"P\"/></w:style><w:style w:styleId=\"P\">"
                           "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>"));
    ok &= seed("officexml", QStringLiteral("footnotes.xml"),
               officeChoice(3,
                            "<w:footnotes" + w
                                + "><w:footnote w:type=\"separator\" w:id=\"0\"/><w:footnote w:id=\"1\"><w:p><w:r>"
                                  "<w:t>note</w:t></w:r></w:p></w:footnote></w:footnotes>"));
    const QByteArray content = "<office:document-content" + odfNamespaces()
        + "><office:automatic-styles><text:list-style style:name=\"L1\">"
          "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
          "</text:list-style></office:automatic-styles><office:body><office:text><text:h "
          "text:outline-level=\"1\">H</text:h>"
          "<text:p>a<text:s text:c=\"2\"/>b<text:tab/><text:line-break/><text:span>s</text:span>"
          "<text:note "
          "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>n</text:p>"
          "</text:note-body></text:note></text:p><text:list text:style-name=\"L1\"><text:list-item><text:p>i</text:p>"
          "</text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>c</text:p>"
          "</table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>";
    ok &= seed("officexml", QStringLiteral("content.xml"), officeChoice(4, content));
    ok &= seed(
        "officexml", QStringLiteral("odfstyles.xml"),
        officeChoice(5,
                     "<office:document-styles" + odfNamespaces()
                         + "><office:styles><text:outline-style style:name=\"O\">"
                           "<text:outline-level-style text:level=\"1\" style:num-format=\"I\"/></text:outline-style>"
                           "</office:styles></office:document-styles>"));

    // ZIP containers: honest ones, and the kinds of lies the reader must catch.
    QTemporaryDir temporary;
    DocxParts docx;
    docx.body = wordParagraph(QStringLiteral("A Word document."));
    ok &= writeDocx(temporary.filePath(QStringLiteral("a.docx")), docx);
    ok &= seed("zip", QStringLiteral("word.docx"), readBack(temporary.filePath(QStringLiteral("a.docx"))));
    OdtParts odt;
    odt.body = odfParagraph(QStringLiteral("An OpenDocument text."));
    ok &= writeOdt(temporary.filePath(QStringLiteral("a.odt")), odt);
    ok &= seed("zip", QStringLiteral("text.odt"), readBack(temporary.filePath(QStringLiteral("a.odt"))));
    ok &= seed("zip", QStringLiteral("stored.zip"), buildZip({{"a/b.txt", "stored", false}, {"dir/", "", false}}));
    ok &= seed("zip", QStringLiteral("liar.zip"), buildZip({{"x.xml", QByteArray(3000, 'x'), true, 0x0800, -1, 10}}));
    ok &= seed("zip", QStringLiteral("flags.zip"),
               buildZip({{"e", "x", false, 0x0801}, {"l", "/etc", false, 0x0800, -1, -1, 0120777}}));

    // PDFs: plain, compressed, encrypted, scanned, several scripts and hyphenation.
    PdfBuilder simple;
    simple.addPage({QStringLiteral("23. The Committee notes the protec-"), QStringLiteral("tion of Non-"),
                    QStringLiteral("Governmental actors.")});
    simple.addPage({QString::fromUtf16(u"\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"),
                    QString::fromUtf16(u"\u79FB\u6C11 \U0001F30D")});
    ok &= seed("pdf", QStringLiteral("simple.pdf"), simple.build());
    PdfBuilder compressed;
    compressed.setCompressed(true);
    compressed.addPage({QStringLiteral("Compressed.")});
    compressed.addImagePage();
    ok &= seed("pdf", QStringLiteral("compressed.pdf"), compressed.build());
    PdfBuilder locked;
    locked.setEncryption("", "owner");
    locked.addPage({QStringLiteral("Owner password only.")});
    ok &= seed("pdf", QStringLiteral("restricted.pdf"), locked.build());

    // REFI-QDA: a project with inline text, codings, variables, cases and sets (first byte 0), and a
    // codebook (first byte 1). The shared sample projects join them where the checkout has them.
    const QByteArray qde
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
          "<Users><User guid=\"10000000-0000-0000-0000-000000000001\" name=\"a\"/></Users>"
          "<CodeBook><Codes><Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Topics\" isCodable=\"true\">"
          "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Health\" isCodable=\"true\" color=\"#33cc33\"/>"
          "</Code></Codes></CodeBook>"
          "<Variables><Variable guid=\"30000000-0000-0000-0000-000000000001\" name=\"Year\" "
          "typeOfVariable=\"Integer\"/>"
          "<Variable guid=\"30000000-0000-0000-0000-000000000002\" name=\"Region\" "
          "typeOfVariable=\"Text\"/></Variables>"
          "<Cases><Case guid=\"40000000-0000-0000-0000-000000000001\" name=\"Austria\"><VariableValue>"
          "<VariableRef targetGUID=\"30000000-0000-0000-0000-000000000002\"/><TextValue>Europe</TextValue>"
          "</VariableValue><SourceRef targetGUID=\"50000000-0000-0000-0000-000000000001\"/></Case></Cases>"
          "<Sources><TextSource guid=\"50000000-0000-0000-0000-000000000001\" name=\"report\">"
          "<PlainTextContent>Caf\xC3\xA9 health report, \xF0\x9F\x8C\x8D and more text.</PlainTextContent>"
          "<PlainTextSelection guid=\"60000000-0000-0000-0000-000000000001\" startPosition=\"0\" endPosition=\"11\">"
          "<Coding guid=\"70000000-0000-0000-0000-000000000001\" creatingUser=\"10000000-0000-0000-0000-000000000001\">"
          "<CodeRef targetGUID=\"20000000-0000-0000-0000-000000000002\"/></Coding></PlainTextSelection>"
          "<VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000001\"/>"
          "<IntegerValue>2017</IntegerValue></VariableValue></TextSource></Sources>"
          "<Sets><Set guid=\"80000000-0000-0000-0000-000000000001\" name=\"Reading\">"
          "<MemberSource targetGUID=\"50000000-0000-0000-0000-000000000001\"/></Set></Sets></Project>";
    ok &= seed("refiqda", QStringLiteral("inline.qde"), QByteArray(1, '\0') + qde);
    const QByteArray qdc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
                           "<Codes><Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Identification\" "
                           "isCodable=\"true\" color=\"#F28E2B\"><Description>Who is a victim</Description>"
                           "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Children\" isCodable=\"true\"/>"
                           "</Code></Codes></CodeBook>";
    ok &= seed("refiqda", QStringLiteral("codebook.qdc"), QByteArray(1, '\1') + qdc);
    // The shared folder, when given (scripts/fuzz.sh gives ../shared beside the checkout).
    const QString shared = argc > 2 ? QString::fromLocal8Bit(argv[2]) + u'/' : QString();
    for (const auto &[file, choice] : {std::pair{QStringLiteral("refi-qda/samples/hand-authored/project.qde"), '\0'},
                                       std::pair{QStringLiteral("corpus/codebook.qdc"), '\1'}}) {
        QFile sample(shared + file);
        if (!shared.isEmpty() && sample.open(QIODevice::ReadOnly))
            ok &= seed("refiqda", QFileInfo(file).fileName(), QByteArray(1, choice) + sample.readAll());
    }

    // Attribute tables (first byte odd: the cases').
    ok &= seed("attributecsv", QStringLiteral("documents.csv"),
               QByteArray(1, '\0')
                   + "document,year:number,type:list,adopted:date,binding:yes/no\r\nreport,2017,resolution,2017-05,"
                     "yes\r\nnotes,\"2,019\",\"note, internal\",2019,no\r\n");
    ok &= seed("attributecsv", QStringLiteral("excel.csv"),
               QByteArray(1, '\0')
                   + "\xEF\xBB\xBF"
                     "document;region\r\n\"A/RES/72/179\";\"Line one\nline two\"\r\n");
    ok &= seed("attributecsv", QStringLiteral("cases.csv"),
               QByteArray(1, '\1') + "case,region:list,members:number\nAustria,Europe,1\nAfrican Union,Africa,55\n");

    if (!ok) {
        std::fprintf(stderr, "fuzz_seeds: could not write every seed\n");
        return 1;
    }
    return 0;
}
