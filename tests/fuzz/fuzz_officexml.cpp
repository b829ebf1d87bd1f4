// libFuzzer target: the Word and OpenDocument XML readers. The input is one XML part; the first byte says
// which part of which format it becomes, and it is wrapped in a stored ZIP with the other parts minimal,
// so that the fuzzer spends its time in the XML, not in inflating.

#include "import/docxreader.h"
#include "import/odtreader.h"
#include "zipbuilder.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace {

const QByteArray wordNamespaces = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                                  " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

QByteArray wordPart(const char *root, const QByteArray &content)
{
    return QByteArray("<w:") + root + wordNamespaces + ">" + content + "</w:" + root + ">";
}

const QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"a\" Type=\"x/styles\" Target=\"styles.xml\"/>"
                        "<Relationship Id=\"b\" Type=\"x/numbering\" Target=\"numbering.xml\"/>"
                        "<Relationship Id=\"c\" Type=\"x/footnotes\" Target=\"footnotes.xml\"/>"
                        "<Relationship Id=\"d\" Type=\"x/endnotes\" Target=\"endnotes.xml\"/></Relationships>";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int choice = data[0] % 6;
    const QByteArray xml(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    using Marginalia::Test::RawZipEntry;
    const QByteArray body
        = wordPart("document",
                   "<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                   "</w:numPr></w:pPr><w:r><w:t>x</w:t><w:footnoteReference w:id=\"1\"/></w:r></w:p></w:body>");
    QList<RawZipEntry> entries{{"[Content_Types].xml", "<Types/>", false},
                               {"word/_rels/document.xml.rels", rels, false}};
    switch (choice) {
    case 0:
        entries.append({"word/document.xml", xml, false});
        break;
    case 1:
        entries.append({"word/document.xml", body, false});
        entries.append({"word/numbering.xml", xml, false});
        break;
    case 2:
        entries.append({"word/document.xml", body, false});
        entries.append({"word/styles.xml", xml, false});
        break;
    case 3:
        entries.append({"word/document.xml", body, false});
        entries.append({"word/footnotes.xml", xml, false});
        break;
    case 4:
        entries = {{"mimetype", "application/vnd.oasis.opendocument.text", false}, {"content.xml", xml, false}};
        break;
    default:
        entries
            = {{"mimetype", "application/vnd.oasis.opendocument.text", false},
               {"styles.xml", xml, false},
               {"content.xml",
                "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                "<text:h text:outline-level=\"2\">h</text:h><text:list text:style-name=\"L1\"><text:list-item>"
                "<text:p>p</text:p></text:list-item></text:list></office:text></office:body></office:document-content>",
                false}};
        break;
    }
    const QByteArray zip = Marginalia::Test::buildZip(entries);
    if (choice < 4)
        (void)Marginalia::Core::DocxReader::read(zip, QStringLiteral("fuzz.docx"));
    else
        (void)Marginalia::Core::OdtReader::read(zip, QStringLiteral("fuzz.odt"));
    return 0;
}
