#pragma once

#include <QString>

#include <memory>

class QPalette;
class QTextDocument;

namespace Marginalia::Ui {

/**
 * Shows the structure of Markdown documents and interview transcripts (speaker labels, timestamps,
 * transcription notes) in colours from a KSyntaxHighlighting theme that follows the light or dark
 * palette. The coding highlights are drawn by the view underneath, so both stay visible.
 *
 * KSyntaxHighlighting is optional (KF6 needs Qt 6.5; Debian 12 has 6.4): without it this class does
 * nothing and the view shows codings alone. The transcript syntax is ours, in resources/syntax/.
 */
class StructureHighlighting final
{
public:
    StructureHighlighting();
    ~StructureHighlighting();
    StructureHighlighting(const StructureHighlighting &) = delete;
    StructureHighlighting &operator=(const StructureHighlighting &) = delete;

    static bool isAvailable();
    /// The syntax a document gets: "Markdown", "Interview Transcript", or empty for none.
    static QString syntaxFor(const QString &format, const QString &text);

    /// Highlights @p document as @p format ("markdown", "text"...), or removes highlighting; documents
    /// larger than a few megabytes are left plain, so that opening them stays fast.
    void apply(QTextDocument *document, const QString &format, const QString &text, const QPalette &palette);
    /// The syntax in use (empty: none).
    QString activeSyntax() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Marginalia::Ui
