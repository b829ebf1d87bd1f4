#pragma once

#include <QWidget>

namespace Marginalia::Ui {

class DocumentView;

/// The page numbers of a paged document ("p. 3") on the right of a DocumentView, level with the rules the
/// view draws where each page begins. No width for a document without pages.
class PageGutter final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Padding = 6;

    explicit PageGutter(DocumentView *view);
    int preferredWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DocumentView *m_view;
};

} // namespace Marginalia::Ui
