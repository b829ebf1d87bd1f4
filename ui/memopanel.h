#pragma once

#include "memocommand.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Marginalia::Ui {

/**
 * Edits one memo at a time: the project's, the current document's, a code's or a coding's. Saved as the
 * user types (after a short pause, and whenever the memo shown changes), through memoEdited(), which the
 * window turns into an undoable command.
 */
class MemoPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MemoPanel(QWidget *parent = nullptr);

    /// Shows the memo of @p target; a pending edit of the previous memo is saved first.
    void setTarget(MemoTarget target, const QString &title, const QString &text);
    /// Updates the text shown when the store changed it (undo), without reporting an edit.
    void refresh(MemoTarget target, const QString &text);
    MemoTarget target() const { return m_target; }
    /// Selects [start, end) of the memo (code points) and shows it: a search hit in the memo.
    void selectRange(qint64 start, qint64 end);
    QString text() const;
    /// Saves a pending edit now (before the window closes or the project changes).
    void flush();

Q_SIGNALS:
    void memoEdited(MemoTarget target, const QString &oldText, const QString &newText);

private:
    QLabel *m_title;
    QPlainTextEdit *m_editor;
    QTimer *m_saveTimer;
    MemoTarget m_target;
    QString m_saved;
    bool m_updating = false;
};

} // namespace Marginalia::Ui
