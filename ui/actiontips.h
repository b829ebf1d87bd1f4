#pragma once

#include <QString>

class QAction;

namespace Marginalia::Ui {

/// Gives @p action the tooltip "@p whatItDoes (shortcut)", with its first shortcut in the platform's own
/// notation, and keeps it so when the shortcut changes. An empty @p whatItDoes stands for the action's
/// text as it is at the time (without its '&'): Undo and Redo, whose text names the step ("Undo Add
/// Coding"). Qt shows no shortcut in a tooltip by itself, and a toolbar button is where one is looked for.
void setActionTip(QAction *action, const QString &whatItDoes);

/// The tooltip setActionTip() gives: @p whatItDoes, and the shortcut (if any) in parentheses, kept
/// left-to-right inside a right-to-left text by Unicode isolates.
QString actionTip(const QString &whatItDoes, const QAction *action);

} // namespace Marginalia::Ui
