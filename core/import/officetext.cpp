#include "import/officetext_p.h"

#include <QStringList>

#include <utility>

namespace Marginalia::Core {

QString romanNumeral(int n)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const std::pair<int, const char *> numerals[]
        = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
           {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString out;
    for (const auto &[value, numeral] : numerals) {
        while (n >= value) {
            out += QLatin1String(numeral);
            n -= value;
        }
    }
    return out;
}

QString letterNumeral(int n)
{
    // Past "tttttttttt" a label of letters is no longer a label; a hostile file could ask for millions.
    if (n <= 0 || n > 26 * 10)
        return QString::number(n);
    // a..z, aa..zz, aaa...: not a spreadsheet's aa, ab.
    return QString(qsizetype((n - 1) / 26 + 1), QChar(u'a' + (n - 1) % 26));
}

void addLabelledParagraph(TextBlocks &sink, const QString &label, const QString &text, const TextBlocks &floating,
                          int headingLevel)
{
    if (!text.trimmed().isEmpty())
        sink.addParagraph(label + text, headingLevel);
    sink.append(floating);
}

void addNotes(TextBlocks &body, const QList<OfficeNote> &notes)
{
    QStringList lines;
    for (const bool endnotes : {false, true}) {
        for (const OfficeNote &note : notes) {
            if (note.endnote == endnotes)
                lines.append(u'[' + note.label + QStringLiteral("] ") + note.text);
        }
    }
    if (!lines.isEmpty())
        body.addParagraph(lines.join(u'\n'));
}

Result<ImportedDocument> officeDocument(const TextBlocks &body, const QString &fileType, const QString &noTextError)
{
    ImportedDocument result;
    result.format = QStringLiteral("text");
    result.fileType = fileType;
    result.encoding = QStringLiteral("UTF-8");
    result.text = body.text();
    result.headings = body.headings();
    if (result.text.trimmed().isEmpty())
        return Error{noTextError};
    return result;
}

} // namespace Marginalia::Core
