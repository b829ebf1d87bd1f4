#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

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

} // namespace Marginalia::Ui
