#pragma once

#include "model/entities.h"
#include "text/intervalindex.h"
#include "text/textoffsets.h"

#include <QHash>
#include <QPlainTextEdit>

#include <memory>
#include <optional>
#include <vector>

namespace Marginalia::Ui {

class CodingMargin;
class StructureHighlighting;

/**
 * The read-only text of one document with its codings drawn on it: a translucent fill in each code's
 * colour and a coloured underline whose height tells overlapping codes apart, plus coding stripes in a
 * margin, one lane per code, as MAXQDA and NVivo draw them.
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
    void showDocument(qint64 documentId, const QString &text, const QString &format = {});
    /// The structure highlighting in use ("Markdown", "Interview Transcript"), empty for none.
    QString syntax() const;
    qint64 documentId() const { return m_documentId; }
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

Q_SIGNALS:
    /// The user picked a coding by clicking its stripe or its highlight.
    void codingActivated(qint64 codingId);
    /// A code was dragged from the codebook and dropped on the text.
    void codeDropped(qint64 codeId);
    void contextMenuRequestedAt(const QPoint &globalPosition, qint64 codePoint);

protected:
    void paintEvent(QPaintEvent *event) override;
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

    void rebuildIndex();
    void updateMarginWidth();
    /// Scrolls so that the line holding @p position (UTF-16, in the text document) is the top line.
    void scrollLineToTop(int position);
    /// Where the laid-out line holding @p position starts (UTF-16).
    int lineStart(int position) const;
    bool isShown(const Span &span) const { return m_visibleCoder == 0 || span.coderId == m_visibleCoder; }
    int laneOf(qint64 codeId) const;
    QColor colorOf(qint64 codeId) const;

    CodingMargin *m_margin;
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
    /// The position kept at the top through the last change of width (see resizeEvent()); -1 for none.
    int m_wrapAnchor = -1;

    friend class CodingMargin;
};

} // namespace Marginalia::Ui
