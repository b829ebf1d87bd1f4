#pragma once

#include <QString>

#include <memory>
#include <utility>
#include <vector>

class QPalette;
class QTextDocument;

namespace Marginalia::Ui {

/**
 * Shows the structure of Markdown documents and interview transcripts (speaker labels, timestamps,
 * transcription notes) in colours from a KSyntaxHighlighting theme that follows the light or dark
 * palette. The coding highlights are drawn by the view underneath, so both stay visible.
 *
 * KSyntaxHighlighting is optional (KF6 needs Qt 6.5; Debian 12 has 6.4): without it, Markdown headings
 * are still shown bold (HeadingHighlighter) and transcripts are plain. The transcript syntax is ours, in
 * resources/syntax/.
 */
class StructureHighlighting final
{
public:
    StructureHighlighting();
    ~StructureHighlighting();
    StructureHighlighting(const StructureHighlighting &) = delete;
    StructureHighlighting &operator=(const StructureHighlighting &) = delete;

    /// True when built with KSyntaxHighlighting (full Markdown and transcript colours).
    static bool isAvailable();
    /// The syntax a document gets: "Markdown", "Interview Transcript", or empty for none.
    static QString syntaxFor(const QString &format, const QString &text);

    /// Highlights @p document as @p format ("markdown", "text"...), or removes highlighting; documents
    /// larger than a few megabytes are left plain, so that opening them stays fast. A document with
    /// @p headingRanges (a Word or OpenDocument source's headings, UTF-16 [start, end) in the view's text)
    /// shows those as headings instead ("Headings"), on every build.
    void apply(QTextDocument *document, const QString &format, const QString &text, const QPalette &palette,
               std::vector<std::pair<int, int>> headingRanges = {});
    /// Follows a new palette (light to dark): the colours of the syntax in use are chosen again.
    void setPalette(const QPalette &palette);
    /// The syntax in use ("Markdown", "Interview Transcript", "Headings"; empty: none).
    QString activeSyntax() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Marginalia::Ui
