#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

#include <utility>
#include <vector>

class QPalette;

namespace Marginalia::Ui {

/**
 * Markdown headings ("# Title" to "###### Title") in bold and a heading colour from the palette, their
 * '#' marks muted; for builds without KSyntaxHighlighting, which would otherwise show a Markdown document
 * as plain text. Lines inside fenced code blocks are left alone.
 *
 * The font size never changes: the view's line heights place the coding margin's bars.
 */
class HeadingHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadingHighlighter)

public:
    HeadingHighlighter(QTextDocument *document, const QPalette &palette);

    /// Takes the colours of @p palette (a switch to dark, say), highlighting again only if they changed.
    void setPalette(const QPalette &palette);

    /// The colour of a heading's text, and of its '#' marks, for @p palette.
    static QColor headingColor(const QPalette &palette);
    static QColor markColor(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QColor m_heading;
    QColor m_marks;
};

/**
 * The headings a Word or OpenDocument document was imported with (Core::Project::headings()), which its
 * plain stored text does not show: those ranges in bold and HeadingHighlighter's heading colour, on builds
 * with KSyntaxHighlighting or without. The size stays, for the coding margin's sake.
 */
class StoredHeadingHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredHeadingHighlighter)

public:
    /// @p ranges: [start, end) in the document's positions (UTF-16), ascending, not overlapping.
    StoredHeadingHighlighter(QTextDocument *document, std::vector<std::pair<int, int>> ranges, const QPalette &palette);

    /// Takes the heading colour of @p palette, highlighting again only if it changed.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    std::vector<std::pair<int, int>> m_ranges;
    QColor m_heading;
};

} // namespace Marginalia::Ui
