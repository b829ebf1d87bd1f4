#pragma once

// Internal to the core: how the .docx and .odt importers lay out what they read (docs/schema.md).

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/// The blocks of a document as plain text: paragraphs and tables, separated by one blank line.
class TextBlocks final
{
public:
    /// A paragraph; whitespace-only paragraphs (spacing in Word) are left out.
    void addParagraph(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_blocks.append(text);
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
        if (!lines.isEmpty())
            m_blocks.append(lines.join(u'\n'));
    }

    void append(const TextBlocks &other) { m_blocks += other.m_blocks; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

    /// The document: blocks separated by a blank line.
    QString text() const { return m_blocks.join(QStringLiteral("\n\n")); }

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
};

} // namespace Marginalia::Core
