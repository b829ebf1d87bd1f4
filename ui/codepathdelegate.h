#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace Marginalia::Ui {

/**
 * Draws a code path (Core::CodeTree::path()) so that a narrow column keeps its most telling part, the
 * end: "Protection/Children/Unaccompanied" becomes "…/Children/Unaccompanied", then "…/Unaccompanied",
 * and only then is the name itself cut. A column too narrow for any of it shows just the code's colour
 * (the DecorationRole), without an ellipsis beside it.
 */
class CodePathDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePathDelegate)

public:
    explicit CodePathDelegate(QObject *parent = nullptr);
    ~CodePathDelegate() override;

    /// @p path as it fits into @p width pixels of @p metrics.
    static QString elidedPath(const QString &path, const QFontMetrics &metrics, int width);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Marginalia::Ui
