#pragma once

#include <QWidget>

namespace Marginalia::Ui {

class DocumentView;

/// The coding stripes beside a DocumentView: one lane per code, a bar for each coding, hover names the
/// code and coder, a click picks the coding. Between the stripes and the text, the numbers of the text's
/// numbered paragraphs, level with their first lines.
class CodingMargin final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int LaneWidth = 6;
    static constexpr int Padding = 4;

    explicit CodingMargin(DocumentView *view);
    int preferredWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    qint64 codingAt(const QPoint &position) const;
    DocumentView *m_view;
};

} // namespace Marginalia::Ui
