#pragma once

#include "analysis/adjudication.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentView;

/**
 * The disagreement review: two coders' codings of one code, one place where they differ at a time, each
 * settled into a consensus coder's codings (Core::Adjudication).
 *
 * The document is shown with one margin lane per coder (the first, the second, and the consensus so far)
 * and the disagreement selected. The reviewer accepts the first coder's version, the second's, the union,
 * the intersection, none, or the range they select in the text; each decision is one undoable step on the
 * window's undo stack, written with its codings in one transaction. Decisions are kept in the project, so
 * closing the window and starting the same review later resumes where it stopped.
 *
 * Keys: Alt+Down / Alt+Up (or F8 / Shift+F8) the next and previous disagreement; 1 and 2 a coder's version,
 * U union, I intersection, N none, A the selection.
 */
class DisagreementReview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisagreementReview)

public:
    DisagreementReview(Core::Project *project, QUndoStack *undoStack, const Core::Review &review,
                       QWidget *parent = nullptr);
    ~DisagreementReview() override;

    const Core::Review &review() const { return m_review; }
    /// The regions that need a decision (the coders differ there), in document and text order.
    const QList<Core::ReviewRegion> &disagreements() const { return m_disagreements; }
    /// Index into disagreements() of the one shown, -1 when there is none.
    int current() const { return m_current; }
    Core::Adjudication::Progress progress() const { return m_progress; }
    DocumentView *view() const { return m_view; }
    /// "12 of 40 reviewed".
    QString progressText() const;

public Q_SLOTS:
    void showDisagreement(int index);
    void next();
    void previous();
    /// Decides the current disagreement and moves to the next undecided one. Adjusted takes the view's
    /// selection. A region decided already is left as it is (undo first to decide it again).
    void decide(Marginalia::Core::ReviewDecision::Kind kind);
    /// Reads the regions and decisions again (after undo, or any change to the codings).
    void reload();

private:
    void showCodings();
    void updateControls();

    QPointer<Core::Project> m_project;
    QUndoStack *m_undoStack;
    Core::Review m_review;
    QString m_firstName;
    QString m_secondName;
    QString m_consensusName;
    QString m_codePath;
    QList<Core::ReviewRegion> m_disagreements;
    Core::Adjudication::Progress m_progress;
    int m_current = -1;
    qint64 m_shownDocument = 0;

    QLabel *m_title;
    QLabel *m_position;
    QLabel *m_progressLabel;
    /// Each coder's version of the current disagreement, in the colour of their lane.
    QLabel *m_versions;
    DocumentView *m_view;
    QPushButton *m_previous;
    QPushButton *m_next;
    QList<QPushButton *> m_decisions;
};

} // namespace Marginalia::Ui
