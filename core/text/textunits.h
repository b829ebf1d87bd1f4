#pragma once

#include "text/textoffsets.h"
#include "text/textsearch.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace Marginalia::Core {

/// A numbered paragraph of a UN-style document: "23.", "(23)", "23 bis." at the start of a line.
struct NumberedParagraph
{
    qint64 start = 0; ///< code point where its line begins (after indentation)
    QString number; ///< "23", "23 bis"
};

/**
 * The units of a document's text a researcher reads by: sentences, paragraphs, and the numbers UN
 * documents give their paragraphs (what a citation names: "para. 23"). Positions are code points.
 */
class TextUnits final
{
public:
    explicit TextUnits(const QString &text);

    /// The numbered paragraphs, in text order.
    const QList<NumberedParagraph> &numberedParagraphs() const { return m_numbered; }
    /// The same from UTF-8 text without decoding it (what the excerpt export reads); here start is a
    /// byte offset into @p utf8, to compare with byte offsets.
    static QList<NumberedParagraph> numberedParagraphs(QByteArrayView utf8);
    /// The number of the paragraph that @p position is in, among @p numbered (as paragraphNumberAt()), in
    /// the unit of their starts.
    static QString paragraphNumberAt(const QList<NumberedParagraph> &numbered, qint64 position);
    /// The number of the paragraph that @p position is in: the last numbered paragraph that begins at or
    /// before it (its sub-paragraphs (a), (b)... are part of it); empty before the first.
    QString paragraphNumberAt(qint64 position) const;

    /// The sentence(s) around @p range, without the whitespace that ends them (Unicode sentence
    /// boundaries; a line break ends a sentence).
    TextRange sentenceAround(TextRange range) const;
    /// The paragraph(s) around @p range: between blank lines when the text has any, else between line
    /// breaks; without surrounding whitespace.
    TextRange paragraphAround(TextRange range) const;

    /// The text's code-point offsets (built once here, for callers that need them too).
    const TextOffsets &offsets() const { return m_offsets; }

private:
    void findParagraphBreaks() const;
    TextRange trimmed(qsizetype start, qsizetype end) const; // UTF-16 in, code points out

    QString m_text;
    TextOffsets m_offsets;
    QList<NumberedParagraph> m_numbered;
    /// What separates paragraphs, [start, end) in UTF-16, ascending: blank lines, or line breaks. Found
    /// when first needed: listing search hits needs only the numbers.
    mutable std::vector<std::pair<qsizetype, qsizetype>> m_paragraphBreaks;
    mutable bool m_paragraphBreaksFound = false;
};

} // namespace Marginalia::Core
