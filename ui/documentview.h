#pragma once

#include "model/entities.h"
#include "text/intervalindex.h"
#include "text/textoffsets.h"
#include "text/textsearch.h"
#include "text/textunits.h"

#include <QHash>
#include <QPlainTextEdit>

#include <memory>
#include <optional>
#include <vector>

namespace Marginalia::Ui {

class CodingMargin;
class PageGutter;
class StructureHighlighting;

/**
 * The read-only text of one document with its codings drawn on it: a translucent fill in each code's
 * colour and a coloured underline whose height tells overlapping codes apart, plus coding stripes in a
 * margin, one lane per code, as MAXQDA and NVivo draw them. Beside the stripes, the numbers of UN-style
 * numbered paragraphs; across the text, a thin rule where each page of a paged source (PDF) begins, with
 * its number in a gutter on the right; over the text, the hits of a search (FindBar).
 *
 * Nothing is baked into the text document: the codings live in an interval index and only those of the
 * visible blocks are drawn, so a 10 MB document with 100,000 codings opens about as fast as the plain
 * text and scrolls smoothly.
 *
 * Public positions are Unicode code points (what the store keeps); UTF-16 positions stay inside.
 */
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// What the margin draws for one visible coding.
    struct Stripe
    {
        qint64 codingId = 0;
        int lane = 0;
        QColor color;
        int top = 0; ///< viewport y
        int bottom = 0; ///< viewport y, exclusive
    };
    /// A label the margins draw beside one laid-out line: a paragraph number, or a page number.
    struct LineMark
    {
        QString label; ///< "23", "23 bis"; "p. 3"; "pp. 3–4" where pages have no text of their own
        qint64 codePoint = 0; ///< where the paragraph or page begins
        qreal top = 0; ///< viewport y of the line holding codePoint
        qreal bottom = 0;
        qreal baseline = 0;
        /// Viewport y of a page's rule: the line's top, or the middle of the blank line above it.
        qreal rule = 0;
        qreal x = 0; ///< viewport x of codePoint in its line
        bool startsLine = true; ///< codePoint is the first of its laid-out line
    };

    static constexpr auto CodeMimeType = "application/x-marginalia-code-id";
    static constexpr int LongParagraph = 10000;
    static constexpr int BrokenPiece = 3000;

    /// @p text with every paragraph longer than LongParagraph broken at a space (one followed by a letter
    /// or digit, so no Markdown marker starts a line) about every BrokenPiece characters; same length.
    static QString withLongParagraphsBroken(QString text);

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    /// Shows a document's text, without codings yet; 0 and an empty text clear the view. @p format
    /// ("markdown", "text"...) decides the structure highlighting, where the build has it.
    ///
    /// A paragraph of more than LongParagraph characters (an OCR'd page or report saved as one line) is
    /// shown broken at a space about every BrokenPiece characters: QPlainTextEdit lays a paragraph out
    /// whole whenever any of it comes into view, which for 100,000 characters takes longer than a frame.
    /// A space and a line break are one UTF-16 unit each, so every position stays what it is in the text;
    /// what the view gives back (selection, copy, textOf) comes from the stored text.
    ///
    /// @p pageStarts are where each page of a paged source begins, as Core::Project::pageStarts() gives
    /// them (code points, the first 0); empty for an unpaged document. They are drawn over the text,
    /// which is never changed: every code-point offset stays what the store says.
    ///
    /// @p headings, as Core::Project::headings() gives them (a Word or OpenDocument source's), are shown
    /// bold in a heading colour, the text again unchanged.
    void showDocument(qint64 documentId, const QString &text, const QString &format = {},
                      const QList<qint64> &pageStarts = {}, const QList<Core::Heading> &headings = {});
    /// The structure highlighting in use ("Markdown", "Interview Transcript"), empty for none.
    QString syntax() const;
    qint64 documentId() const { return m_documentId; }
    /// The document's text as stored (what search runs on: the view's copy may have long lines broken).
    const QString &storedText() const { return m_text; }
    const QList<qint64> &pageStarts() const { return m_pageStarts; }
    /// The UN-style numbered paragraphs of the text, shown in the margin.
    const QList<Core::NumberedParagraph> &numberedParagraphs() const { return m_numbered; }
    /// Replaces the codings drawn, keeping the scroll position.
    void setCodings(const QList<Core::CodingSpan> &spans);
    /// Colours and paths of all codes, and their codebook order (which decides the margin lanes).
    void setCodes(const QList<Core::Code> &codesInOrder, const QHash<qint64, QString> &paths);
    void setCoderNames(const QHash<qint64, QString> &names);
    /// Gives every code of setCodes() a margin lane, coded in this document or not (the disagreement
    /// review's lanes are its coders, and an empty lane says that coder coded nothing here). Off by
    /// default: lanes for the codes in the document only.
    void setLanePerCode(bool on);
    /// Draw only this coder's codings; 0 draws everyone's.
    void setVisibleCoder(qint64 coderId);
    void setSnapToWords(bool snap) { m_snapToWords = snap; }
    bool snapToWords() const { return m_snapToWords; }

    /// The selection in code points, widened to whole words when snapping is on; nothing when the
    /// selection is empty or blank.
    std::optional<std::pair<qint64, qint64>> selectedRange() const;
    QString textOf(qint64 start, qint64 end) const;
    /// Selects [start, end) (code points) and scrolls it into the middle of the view.
    void selectRange(qint64 start, qint64 end);
    /// Scrolls [start, end) (code points) into the middle of the view unless all of it is in view already
    /// (stepping through hits on one screen should not make the text jump), and selects it when @p select.
    void revealRange(qint64 start, qint64 end, bool select = false);

    /// Highlights search hits (code points, ascending, not overlapping), @p current more strongly (-1:
    /// none), in colours apart from the codings'. Cleared by showDocument(); an empty list clears.
    void setSearchHighlights(const QList<Core::TextRange> &hits, int current);
    const QList<Core::TextRange> &searchHighlights() const { return m_hits; }
    int currentSearchHighlight() const { return m_currentHit; }
    /// Ids of the visible coder's codings that contain @p codePoint, shortest first.
    QList<qint64> codingsAt(qint64 codePoint) const;
    qint64 codePointAt(const QPoint &viewportPosition) const;
    /// The coding shown with an outline (clicked in the margin or the text); 0 for none.
    void setCurrentCoding(qint64 codingId);
    qint64 currentCoding() const { return m_currentCoding; }
    /// A coding's range in code points, if the view has it.
    std::optional<std::pair<qint64, qint64>> codingRange(qint64 codingId) const;

    /// The stripes of the codings in view, for the margin.
    QList<Stripe> visibleStripes() const;
    int laneCount() const { return m_laneCount; }
    QString describeCoding(qint64 codingId) const;
    /// The numbers of the numbered paragraphs that begin in view, for the margin.
    QList<LineMark> visibleParagraphNumbers() const;
    /// The starts of pages in view, for the rules over the text and the page gutter.
    QList<LineMark> visiblePageMarks() const;
    /// The font the margins label lines in: the text's, smaller.
    QFont marginFont() const;
    /// The width of the widest paragraph number in marginFont(); 0 when the text has none.
    int paragraphNumberWidth() const { return m_paragraphNumberWidth; }
    /// @p text blended into @p background: a colour for labels that should be there without competing
    /// with the text, readable on light and dark palettes alike.
    static QColor mutedColor(const QColor &text, const QColor &background);

Q_SIGNALS:
    /// The user picked a coding by clicking its stripe or its highlight.
    void codingActivated(qint64 codingId);
    /// A code was dragged from the codebook and dropped on the text.
    void codeDropped(qint64 codeId);
    void contextMenuRequestedAt(const QPoint &globalPosition, qint64 codePoint);
    /// showDocument() put another text in the view (search hits were cleared with the old one).
    void documentShown(qint64 documentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    /// Copy and drag give the stored text (see showDocument), not the view's line breaks.
    QMimeData *createMimeDataFromSelection() const override;

private:
    struct Span
    {
        qint64 id;
        qint64 codeId;
        qint64 coderId;
        int start; ///< UTF-16, in the text document
        int end;
    };
    struct CodeStyle
    {
        QColor color;
        QString path;
        int order = 0;
    };

    /// A block in view with its geometry: found once per paint, so that every position drawn is looked up
    /// among them and nothing off screen gets laid out.
    struct VisibleBlock
    {
        int start;
        int end;
        QRectF rect;
        const QTextLayout *layout;
    };

    void keepSelectionColoursWhenInactive();
    /// The margin's width for the paragraph numbers, in the margin font of the moment.
    void measureParagraphNumbers();
    void rebuildIndex();
    void updateMarginWidth();
    std::vector<VisibleBlock> visibleBlocks() const;
    /// The visible block holding @p position (UTF-16), or nullptr when it is out of view.
    static const VisibleBlock *blockHolding(const std::vector<VisibleBlock> &blocks, int position);
    /// The index of the line of @p block's layout that holds @p position (UTF-16); -1 for none.
    static int lineHolding(const VisibleBlock &block, int position);
    /// Marks for the positions (UTF-16, ascending) in view, labelled by @p labelOf (an index into them).
    template<typename LabelOf> QList<LineMark> visibleMarks(const std::vector<int> &positions, LabelOf labelOf) const;
    void paintPageRules(QPainter &painter) const;
    void paintSearchHits(QPainter &painter, const QRectF &exposed) const;
    /// Scrolls so that the line holding @p position (UTF-16, in the text document) is the top line.
    void scrollLineToTop(int position);
    /// Where the laid-out line holding @p position starts (UTF-16).
    int lineStart(int position) const;
    bool isShown(const Span &span) const { return m_visibleCoder == 0 || span.coderId == m_visibleCoder; }
    int laneOf(qint64 codeId) const;
    QColor colorOf(qint64 codeId) const;

    CodingMargin *m_margin;
    PageGutter *m_pageGutter;
    std::unique_ptr<StructureHighlighting> m_structure;
    qint64 m_documentId = 0;
    /// The document's text as stored; the view's copy may have very long lines broken (showDocument).
    QString m_text;
    Core::TextOffsets m_offsets;
    std::vector<Span> m_spans;
    Core::IntervalIndex m_index;
    QHash<qint64, int> m_spanById;
    QHash<qint64, CodeStyle> m_codes;
    QHash<qint64, int> m_lanes;
    int m_laneCount = 0;
    QHash<qint64, QString> m_coderNames;
    qint64 m_visibleCoder = 0;
    qint64 m_currentCoding = 0;
    bool m_snapToWords = true;
    bool m_lanePerCode = false;
    QList<qint64> m_pageStarts;
    std::vector<int> m_pageStartsUtf16;
    QList<Core::NumberedParagraph> m_numbered;
    std::vector<int> m_numberedUtf16;
    int m_paragraphNumberWidth = 0;
    QList<Core::TextRange> m_hits;
    std::vector<std::pair<int, int>> m_hitsUtf16;
    int m_currentHit = -1;
    /// The position kept at the top through the last change of width (see resizeEvent()); -1 for none.
    int m_wrapAnchor = -1;

    friend class CodingMargin;
};

} // namespace Marginalia::Ui
