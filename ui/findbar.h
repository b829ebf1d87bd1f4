#pragma once

#include "text/textsearch.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Marginalia::Ui {

class DocumentView;

/**
 * Find in the open document (Ctrl+F): a query, next and previous (Enter and Shift+Enter, F3 and
 * Shift+F3), match case, whole words, a regular expression, and "3 of 17". Every hit is highlighted in the
 * view and the current one more strongly; Esc closes the bar and leaves the current hit selected, ready to
 * be coded.
 *
 * The matching is Core::TextSearch's, on the stored text, so hits are the same code-point ranges that
 * "code every occurrence" would code. Hidden until open(); put it in a layout beside its view.
 */
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    /// Texts up to this many UTF-16 units are searched at each keystroke; longer ones once typing pauses.
    static constexpr qsizetype SearchAsYouTypeLimit = 1'000'000;

    explicit FindBar(DocumentView *view, QWidget *parent = nullptr);

    QString query() const;
    void setQuery(const QString &query);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);

    const QList<Core::TextRange> &hits() const { return m_hits; }
    /// The index of the current hit in hits(); -1 for none.
    int currentHit() const { return m_current; }
    /// "3 of 17", "No matches", or what is wrong with the pattern.
    QString statusText() const;
    /// The query is a regular expression that does not compile.
    bool hasError() const { return !m_error.isEmpty(); }

    /// F3 and Shift+F3 (and the platform's other Find Next keys), working in the bar and in the view; for
    /// an Edit menu too.
    QAction *findNextAction() const { return m_nextAction; }
    QAction *findPreviousAction() const { return m_previousAction; }

public Q_SLOTS:
    /// Shows the bar with the view's selection (when it is a short phrase) or the last query, selected, and
    /// focused; what Edit > Find (QKeySequence::Find) calls.
    void open();
    /// Hides the bar and its highlights, selects the current hit in the view and gives the view the focus.
    void dismiss();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    /// The hits or the current hit changed.
    void hitsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Shows the bar again with its query and searches; F3 while the bar is hidden goes on from there.
    void reopen();
    void scheduleSearch();
    void search();
    void step(int direction);
    void showCurrent();
    void updateStatus();

    DocumentView *m_view;
    QLineEdit *m_query;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regularExpression;
    QToolButton *m_close;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QTimer *m_searchTimer;
    QList<Core::TextRange> m_hits;
    int m_current = -1;
    QString m_error;
};

} // namespace Marginalia::Ui
