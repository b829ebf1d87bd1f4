#pragma once

// Internal to the core: how the .docx and .odt importers lay out what they read (docs/schema.md).

#include "model/entities.h"
#include "text/textoffsets.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/// The blocks of a document as plain text: paragraphs and tables, separated by one blank line.
class TextBlocks final
{
public:
    /// A paragraph; whitespace-only paragraphs (spacing in Word) are left out. A heading has its outline
    /// @p headingLevel, 1 to 9 (0: not a heading); text() keeps it plain, headings() says where it is.
    void addParagraph(const QString &text, int headingLevel = 0)
    {
        if (!text.trimmed().isEmpty()) {
            m_blocks.append(text);
            m_levels.append(headingLevel >= 1 && headingLevel <= 9 ? headingLevel : 0);
        }
    }

    /// A table: one line per row, cells separated by tabs; empty rows and trailing empty cells left out.
    void addTable(const QList<QStringList> &rows)
    {
        QStringList lines;
        for (QStringList cells : rows) {
            while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                cells.removeLast();
            if (!cells.isEmpty())
                lines.append(cells.join(u'\t'));
        }
        if (!lines.isEmpty()) {
            m_blocks.append(lines.join(u'\n'));
            m_levels.append(0);
        }
    }

    void append(const TextBlocks &other)
    {
        m_blocks += other.m_blocks;
        m_levels += other.m_levels;
    }
    bool isEmpty() const { return m_blocks.isEmpty(); }

    /// The document: blocks separated by a blank line.
    QString text() const { return m_blocks.join(QStringLiteral("\n\n")); }

    /// Where the headings are in text(): each heading paragraph whole, in code points, in text order.
    QList<Heading> headings() const
    {
        QList<Heading> result;
        qint64 start = 0;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const qint64 length = TextOffsets::codePointLength(m_blocks.at(i));
            if (m_levels.at(i) > 0)
                result.append(Heading{start, start + length, m_levels.at(i)});
            start += length + 2; // the blank line between blocks
        }
        return result;
    }

    /// The content of a table cell on one line: tabs and line breaks inside would break the table.
    QString cellText() const
    {
        QString text = m_blocks.join(u' ');
        for (QChar &c : text) {
            if (c == u'\n' || c == u'\t')
                c = u' ';
        }
        return text.trimmed();
    }

    /// Paragraphs on one line (a footnote).
    QString lineText() const { return m_blocks.join(u' ').trimmed(); }

private:
    QStringList m_blocks;
    QList<int> m_levels; ///< each block's heading level, 0 for the rest
};

} // namespace Marginalia::Core
