#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QUndoCommand;
class QUndoStack;
class QUndoView;

namespace Marginalia::Ui {

/**
 * The Undo History dock: the live undo stack (a QUndoView) under the steps done on the project before it
 * was last opened, greyed, which can no longer be undone but say what happened.
 *
 * The steps in effect (pushed and not undone) are kept, with their times, in
 * AppDataLocation/history/<project GUID>.jsonl, one JSON object a line, the last MaxSteps of them. It is
 * the user's own history on this machine; nothing goes into the project, and the texts stay in the
 * language they were recorded in.
 */
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    static constexpr int MaxSteps = 200;

    explicit HistoryPanel(QUndoStack *stack, QWidget *parent = nullptr);

    /// Starts recording the steps of the project known by @p projectGuid and shows those recorded before;
    /// empty: no project, nothing recorded or shown.
    void setProject(const QString &projectGuid);
    /// The earlier steps shown, oldest first.
    QStringList earlierSteps() const;
    QUndoView *undoView() const { return m_undoView; }

    /// Where the steps of the project @p projectGuid are kept.
    static QString historyFile(const QString &projectGuid);

private:
    struct Step
    {
        QDateTime time;
        QString text;
        const QUndoCommand *command = nullptr; ///< this session's steps only
    };

    void record(int index);
    void write() const;
    static QList<Step> read(const QString &path);

    QUndoStack *m_stack;
    QLabel *m_heading;
    QListWidget *m_earlierList;
    QUndoView *m_undoView;
    QString m_file;
    QList<Step> m_earlier;
    QList<Step> m_session;
};

} // namespace Marginalia::Ui
