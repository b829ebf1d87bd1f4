#include "findbar.h"

#include "documentview.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

/// A selection longer than this, or over more than one line, is not what the user wants to find.
constexpr qsizetype LongestSelectionTaken = 200;

QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys.prepend(fallback);
    return keys;
}

QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(255, 120, 120) : QColor(190, 20, 20);
}

} // namespace

FindBar::FindBar(DocumentView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_query(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_caseSensitive(new QCheckBox(tr("Case"), this))
    , m_wholeWords(new QCheckBox(tr("Words"), this))
    , m_regularExpression(new QCheckBox(tr("Regex"), this))
    , m_close(new QToolButton(this))
    , m_nextAction(new QAction(tr("Find Next"), this))
    , m_previousAction(new QAction(tr("Find Previous"), this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(tr("Find in document"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    // Wide enough for every status it shows, so that the buttons beside it never move as it changes.
    const QFontMetrics metrics(m_status->font());
    m_status->setMinimumWidth(
        std::max({metrics.horizontalAdvance(tr("%1 of %2").arg(88888).arg(88888)),
                  metrics.horizontalAdvance(tr("No matches")), metrics.horizontalAdvance(tr("Invalid pattern"))}));
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    // Short labels: the bar shares the text column's width, which the side panels may leave narrow.
    m_caseSensitive->setToolTip(tr("Match case: \"UN\" does not find \"un\""));
    m_wholeWords->setToolTip(tr("Only matches that are whole words: \"protect\" does not find \"protection\""));
    m_regularExpression->setToolTip(tr("The query is a regular expression (Perl syntax), such as \"refugees?\""));
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_query, 3);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_wholeWords);
    layout->addWidget(m_regularExpression);
    layout->addStretch(1);
    layout->addWidget(m_close);
    m_query->setMinimumWidth(metrics.averageCharWidth() * 24);

    // In the view as well as in the bar: F3 goes on to the next hit from wherever the reader is.
    for (QAction *action : {m_nextAction, m_previousAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_view->addAction(action);
    }
    m_nextAction->setShortcuts(withFallback(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)));
    m_previousAction->setShortcuts(
        withFallback(QKeySequence::FindPrevious, QKeySequence(Qt::ShiftModifier | Qt::Key_F3)));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &FindBar::search);
    connect(m_query, &QLineEdit::textChanged, this, &FindBar::scheduleSearch);
    for (QCheckBox *option : {m_caseSensitive, m_wholeWords, m_regularExpression})
        connect(option, &QCheckBox::toggled, this, &FindBar::scheduleSearch);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_view, &DocumentView::documentShown, this, [this] {
        // The old document's hits mean nothing in the new one; start again from its top.
        m_hits.clear();
        m_current = -1;
        if (isVisible())
            search();
        else
            updateStatus();
    });

    updateStatus();
    hide();
}

QString FindBar::query() const
{
    return m_query->text();
}

void FindBar::setQuery(const QString &query)
{
    m_query->setText(query);
}

void FindBar::setCaseSensitive(bool on)
{
    m_caseSensitive->setChecked(on);
}

void FindBar::setWholeWords(bool on)
{
    m_wholeWords->setChecked(on);
}

void FindBar::setRegularExpression(bool on)
{
    m_regularExpression->setChecked(on);
}

void FindBar::open()
{
    // The selection is what to find, unless it is the hit this bar left selected when it closed: taking
    // that would replace a pattern by one of its matches.
    const auto selected = m_view->selectedRange();
    const bool selectionIsCurrentHit = selected && m_current >= 0 && m_current < m_hits.size()
        && m_hits.at(m_current) == Core::TextRange{selected->first, selected->second};
    if (selected && !selectionIsCurrentHit) {
        const QString text = m_view->textOf(selected->first, selected->second);
        if (text.size() <= LongestSelectionTaken && !text.contains(u'\n')) {
            m_hits.clear();
            m_current = -1;
            // The query edit signals the change; search below runs once, now.
            const QSignalBlocker blocker(m_query);
            m_query->setText(text);
        }
    }
    reopen();
    m_query->selectAll();
    m_query->setFocus(Qt::ShortcutFocusReason);
}

void FindBar::reopen()
{
    show();
    search();
}

void FindBar::dismiss()
{
    m_searchTimer->stop();
    hide();
    if (m_current >= 0 && m_current < m_hits.size())
        m_view->revealRange(m_hits.at(m_current).start, m_hits.at(m_current).end, true);
    m_view->setSearchHighlights({}, -1);
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int direction)
{
    if (isHidden()) {
        if (m_query->text().isEmpty()) {
            open();
            return;
        }
        reopen();
    } else if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        search();
    }
    if (m_hits.isEmpty())
        return;
    const auto count = int(m_hits.size());
    m_current = m_current < 0 ? 0 : (m_current + direction + count) % count;
    m_view->setSearchHighlights(m_hits, m_current);
    showCurrent();
    updateStatus();
    Q_EMIT hitsChanged();
}

void FindBar::scheduleSearch()
{
    if (m_view->storedText().size() <= SearchAsYouTypeLimit)
        search();
    else
        m_searchTimer->start();
}

void FindBar::search()
{
    m_searchTimer->stop();
    // Where the current hit should be: the one the reader was on (a query being typed narrows around it),
    // else the first from the top of the view.
    qint64 anchor = 0;
    if (m_current >= 0 && m_current < m_hits.size())
        anchor = m_hits.at(m_current).start;
    else if (m_view->documentId() != 0)
        anchor = m_view->codePointAt(QPoint(0, 0));
    m_hits.clear();
    m_current = -1;
    m_error.clear();

    const QString query = m_query->text();
    const QString &text = m_view->storedText();
    const Qt::CaseSensitivity sensitivity = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!query.isEmpty() && !text.isEmpty()) {
        if (m_regularExpression->isChecked() || m_wholeWords->isChecked()) {
            QString pattern = m_regularExpression->isChecked() ? query : QRegularExpression::escape(query);
            // Not \b: a query that begins or ends with punctuation ("(a)") still has word edges outside it.
            if (m_wholeWords->isChecked())
                pattern = QStringLiteral("(?<!\\w)(?:") + pattern + QStringLiteral(")(?!\\w)");
            QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
            if (sensitivity == Qt::CaseInsensitive)
                options |= QRegularExpression::CaseInsensitiveOption;
            const QRegularExpression expression(pattern, options);
            if (expression.isValid())
                m_hits = Core::TextSearch::pattern(text, expression);
            else
                m_error = expression.errorString();
        } else {
            m_hits = Core::TextSearch::phrase(text, query, sensitivity);
        }
    }
    if (!m_hits.isEmpty()) {
        const auto at = std::lower_bound(m_hits.cbegin(), m_hits.cend(), anchor,
                                         [](const Core::TextRange &hit, qint64 p) { return hit.start < p; });
        m_current = at == m_hits.cend() ? 0 : int(at - m_hits.cbegin());
    }
    m_view->setSearchHighlights(m_hits, m_current);
    showCurrent();
    updateStatus();
    Q_EMIT hitsChanged();
}

void FindBar::showCurrent()
{
    if (m_current >= 0 && m_current < m_hits.size())
        m_view->revealRange(m_hits.at(m_current).start, m_hits.at(m_current).end);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::updateStatus()
{
    // Only the roles set here are the widgets' own; the rest follows the window's palette, light or dark.
    QPalette queryPalette;
    QPalette statusPalette;
    m_query->setToolTip(QString());
    m_status->setToolTip(QString());
    if (hasError()) {
        m_status->setText(tr("Invalid pattern"));
        m_query->setToolTip(tr("Invalid pattern: %1").arg(m_error));
        m_status->setToolTip(m_query->toolTip());
        // A tint of the palette's own base, not a fixed pink: readable with a dark palette too.
        const QColor base = palette().color(QPalette::Base);
        const QColor red = errorColor(palette());
        queryPalette.setColor(QPalette::Base,
                              QColor::fromRgbF(base.redF() * 0.7f + red.redF() * 0.3f,
                                               base.greenF() * 0.7f + red.greenF() * 0.3f,
                                               base.blueF() * 0.7f + red.blueF() * 0.3f));
        statusPalette.setColor(QPalette::WindowText, red);
    } else if (m_query->text().isEmpty() || (isHidden() && m_hits.isEmpty())) {
        m_status->setText(QString());
    } else if (m_hits.isEmpty()) {
        m_status->setText(tr("No matches"));
        statusPalette.setColor(QPalette::WindowText, errorColor(palette()));
    } else {
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
    }
    m_query->setPalette(queryPalette);
    m_status->setPalette(statusPalette);
    m_previous->setEnabled(!m_hits.isEmpty());
    m_next->setEnabled(!m_hits.isEmpty());
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The error tint is made from the palette: make it again from a new one.
    if (event->type() == QEvent::PaletteChange)
        updateStatus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // Esc from the check boxes and buttons too, which pass it on to the bar.
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Marginalia::Ui
