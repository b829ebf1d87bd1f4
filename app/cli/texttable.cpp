#include "texttable.h"

#include <QTextStream>

namespace Marginalia::Cli {

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers))
    , m_rightAligned(std::move(rightAligned))
{
    while (m_rightAligned.size() < m_headers.size())
        m_rightAligned.append(false);
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t ucs = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        const auto category = QChar::category(ucs);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        // East Asian wide and fullwidth ranges (CJK, Hangul, fullwidth forms, emoji).
        const bool wide = (ucs >= 0x1100 && ucs <= 0x115F) || (ucs >= 0x2E80 && ucs <= 0xA4CF)
            || (ucs >= 0xAC00 && ucs <= 0xD7A3) || (ucs >= 0xF900 && ucs <= 0xFAFF) || (ucs >= 0xFF00 && ucs <= 0xFF60)
            || (ucs >= 0xFFE0 && ucs <= 0xFFE6) || (ucs >= 0x1F300 && ucs <= 0x1FAFF)
            || (ucs >= 0x20000 && ucs <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

void TextTable::print(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QString padding(widths.at(i) - displayWidth(cells.at(i)), u' ');
            if (i > 0)
                line += QStringLiteral("  ");
            line += m_rightAligned.at(i) ? padding + cells.at(i) : cells.at(i) + padding;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    };
    printRow(m_headers);
    QStringList rules;
    for (int width : std::as_const(widths))
        rules.append(QString(width, u'-'));
    printRow(rules);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace Marginalia::Cli
