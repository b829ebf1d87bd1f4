#include "export/xlsxmatrix.h"

#include "analysis/codematrix.h"
#include "archive/zipwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::XlsxMatrix)
};

// The cell formats of styles.xml, by index: 0 plain, 1 bold, 1 + n indented by n levels.
constexpr int PlainStyle = 0;
constexpr int BoldStyle = 1;
constexpr int MaxIndent = 15; // Excel's deepest

/// The widest a column is made, in characters: longer names would push the numbers off the screen.
constexpr double MaxWidth = 60;

double widthFor(const QString &text, int indent = 0)
{
    return std::clamp(double(text.size() + 2 * indent + 2), 8.0, MaxWidth);
}

/// "A", "B", ... "Z", "AA": the letters of the 0-based column @p column.
QByteArray columnLetters(qsizetype column)
{
    QByteArray letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

QByteArray cellReference(qsizetype row, qsizetype column)
{
    return columnLetters(column) + QByteArray::number(row + 1);
}

/**
 * Text for an XML element of SpreadsheetML: &, < and > escaped; characters XML 1.0 cannot hold (control
 * characters) written as Excel's _xHHHH_, and a literal "_xHHHH_" protected by escaping its underscore, so
 * that Excel shows the text as it is.
 */
QByteArray xmlText(const QString &text)
{
    static const QRegularExpression excelEscape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString escaped = text;
    escaped.replace(excelEscape, QStringLiteral("_x005F_\\1"));
    QString out;
    out.reserve(escaped.size());
    for (const QChar c : std::as_const(escaped)) {
        const char16_t u = c.unicode();
        if (u == u'&')
            out += QStringLiteral("&amp;");
        else if (u == u'<')
            out += QStringLiteral("&lt;");
        else if (u == u'>')
            out += QStringLiteral("&gt;");
        else if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            out += QStringLiteral("_x") + QString::number(int(u), 16).toUpper().rightJustified(4, u'0') + u'_';
        else
            out += c;
    }
    return out.toUtf8();
}

/// The shared strings table: each distinct text once, cells point to it by index.
class SharedStrings
{
public:
    int index(const QString &text)
    {
        ++m_count;
        const auto it = m_indexes.constFind(text);
        if (it != m_indexes.constEnd())
            return *it;
        const int index = int(m_texts.size());
        m_indexes.insert(text, index);
        m_texts.append(text);
        return index;
    }

    QByteArray xml() const
    {
        QByteArray xml
            = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"");
        xml += QByteArray::number(m_count) + "\" uniqueCount=\"" + QByteArray::number(m_texts.size()) + "\">";
        for (const QString &text : m_texts)
            xml += "<si><t xml:space=\"preserve\">" + xmlText(text) + "</t></si>";
        xml += "</sst>\n";
        return xml;
    }

private:
    QHash<QString, int> m_indexes;
    QStringList m_texts;
    qint64 m_count = 0;
};

QByteArray stylesXml()
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\">"
        "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "</fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
    xml += "<cellXfs count=\"" + QByteArray::number(2 + MaxIndent) + "\">";
    xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>";
    xml += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>";
    for (int indent = 1; indent <= MaxIndent; ++indent) {
        xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
               "<alignment indent=\""
            + QByteArray::number(indent) + "\"/></xf>";
    }
    xml += "</cellXfs>"
           "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
           "</styleSheet>\n";
    return xml;
}

/// The worksheet, row by row; its strings go to @p strings.
QByteArray sheetXml(const CodeMatrix &matrix, SharedStrings &strings)
{
    const qsizetype columns = matrix.columns.size();
    const qsizetype lastColumn = columns + 1;
    const qsizetype lastRow = matrix.rows.size() + 1;

    QByteArray xml
        = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    xml += "<dimension ref=\"A1:" + cellReference(lastRow, lastColumn) + "\"/>";
    // The header row and the code column frozen.
    xml += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
           "<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>"
           "<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/>"
           "<selection pane=\"bottomRight\" activeCell=\"B2\" sqref=\"B2\"/>"
           "</sheetView></sheetViews>"
           "<sheetFormatPr defaultRowHeight=\"15\"/>";

    double codeWidth = widthFor(QStringLiteral("code_path"));
    for (const CodeMatrix::RowLabel &label : matrix.rows)
        codeWidth = std::max(codeWidth, widthFor(label.codePath, std::min(label.depth, MaxIndent)));
    auto columnWidth = [](qsizetype column, double width) -> QByteArray {
        const QByteArray number = QByteArray::number(column + 1);
        return "<col min=\"" + number + "\" max=\"" + number + "\" width=\"" + QByteArray::number(width, 'f', 1)
            + "\" customWidth=\"1\"/>";
    };
    xml += "<cols>" + columnWidth(0, codeWidth);
    for (qsizetype c = 0; c < columns; ++c)
        xml += columnWidth(c + 1, widthFor(matrix.columns.at(c).name));
    xml += columnWidth(lastColumn, widthFor(QStringLiteral("total"))) + "</cols>";

    auto text = [&](qsizetype row, qsizetype column, const QString &value, int style) {
        xml += "<c r=\"" + cellReference(row, column) + "\"";
        if (style != PlainStyle)
            xml += " s=\"" + QByteArray::number(style) + "\"";
        xml += " t=\"s\"><v>" + QByteArray::number(strings.index(value)) + "</v></c>";
    };
    auto number = [&](qsizetype row, qsizetype column, qint64 value, int style) {
        xml += "<c r=\"" + cellReference(row, column) + "\"";
        if (style != PlainStyle)
            xml += " s=\"" + QByteArray::number(style) + "\"";
        xml += "><v>" + QByteArray::number(value) + "</v></c>";
    };
    auto beginRow = [&](qsizetype row) {
        xml += "<row r=\"" + QByteArray::number(row + 1) + "\">";
    };

    xml += "<sheetData>";
    beginRow(0);
    text(0, 0, QStringLiteral("code_path"), BoldStyle);
    for (qsizetype c = 0; c < columns; ++c)
        text(0, c + 1, matrix.columns.at(c).name, BoldStyle);
    text(0, lastColumn, QStringLiteral("total"), BoldStyle);
    xml += "</row>";
    for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
        const CodeMatrix::RowLabel &label = matrix.rows.at(r);
        beginRow(r + 1);
        text(r + 1, 0, label.codePath, label.depth > 0 ? 1 + std::min(label.depth, MaxIndent) : PlainStyle);
        for (qsizetype c = 0; c < columns; ++c)
            number(r + 1, c + 1, matrix.cell(r, c), PlainStyle);
        number(r + 1, lastColumn, matrix.rowTotals.at(r), BoldStyle);
        xml += "</row>";
    }
    beginRow(lastRow);
    text(lastRow, 0, QStringLiteral("total"), BoldStyle);
    for (qsizetype c = 0; c < columns; ++c)
        number(lastRow, c + 1, matrix.columnTotals.at(c), BoldStyle);
    number(lastRow, lastColumn, matrix.total, BoldStyle);
    xml += "</row></sheetData></worksheet>\n";
    return xml;
}

const char contentTypes[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      "<Override PartName=\"/xl/sharedStrings.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
      "</Types>\n";

const char packageRelationships[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"xl/workbook.xml\"/>"
      "</Relationships>\n";

const char workbook[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        "<sheets><sheet name=\"Matrix\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                        "</workbook>\n";

const char workbookRelationships[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rId3\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/>"
      "</Relationships>\n";

} // namespace

Status XlsxMatrix::writeFile(const CodeMatrix &matrix, const QString &path)
{
    if (matrix.columns.size() + 2 > MaxColumns) {
        return Error{Tr::tr("%1: the matrix has %2 columns; a worksheet holds at most %3. Choose fewer documents, or "
                            "export it as CSV.")
                         .arg(path)
                         .arg(matrix.columns.size() + 2)
                         .arg(MaxColumns)};
    }
    if (matrix.rows.size() + 2 > MaxRows) {
        return Error{Tr::tr("%1: the matrix has %2 rows; a worksheet holds at most %3.")
                         .arg(path)
                         .arg(matrix.rows.size() + 2)
                         .arg(MaxRows)};
    }
    SharedStrings strings;
    const QByteArray sheet = sheetXml(matrix, strings);

    ZipWriter zip(path);
    if (auto opened = zip.open(); !opened)
        return opened;
    const std::pair<const char *, QByteArray> parts[] = {
        {"[Content_Types].xml", QByteArray(contentTypes)},
        {"_rels/.rels", QByteArray(packageRelationships)},
        {"xl/workbook.xml", QByteArray(workbook)},
        {"xl/_rels/workbook.xml.rels", QByteArray(workbookRelationships)},
        {"xl/styles.xml", stylesXml()},
        {"xl/sharedStrings.xml", strings.xml()},
        {"xl/worksheets/sheet1.xml", sheet},
    };
    for (const auto &[name, data] : parts) {
        if (auto added = zip.addFile(QString::fromLatin1(name), data); !added)
            return added; // the writer cancels: the target stays as it was
    }
    return zip.commit();
}

} // namespace Marginalia::Core
