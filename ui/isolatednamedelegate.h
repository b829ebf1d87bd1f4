#pragma once

#include <QStyledItemDelegate>

namespace Marginalia::Ui {

/**
 * Shows a name (a code's, a document's) as a run of its own direction, whatever the window's: an English
 * code name in the Arabic window keeps its ellipsis at its end ("Overarching fram…", not "…Overarching
 * fram"), and an Arabic document name in an English window reads right to left. The name is wrapped in
 * Unicode's first strong isolate (U+2068 … U+2069) before the style elides and draws it; the model's text,
 * and what an editor shows, are untouched.
 */
class IsolatedNameDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsolatedNameDelegate)

public:
    explicit IsolatedNameDelegate(QObject *parent = nullptr);
    ~IsolatedNameDelegate() override;

    /// @p text as drawn: isolated, or empty when it is empty.
    static QString isolated(const QString &text);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Marginalia::Ui
