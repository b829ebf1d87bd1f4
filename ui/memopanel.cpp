#include "memopanel.h"

#include "text/textoffsets.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace Marginalia::Ui {

MemoPanel::MemoPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_saveTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_editor);
    m_editor->setPlaceholderText(tr("Write a memo: what you notice, doubts, links to other passages..."));
    m_editor->setTabChangesFocus(true);
    m_editor->setEnabled(false);

    // A pause in typing saves; so do a change of memo and closing the window (flush()).
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(600);
    connect(m_saveTimer, &QTimer::timeout, this, &MemoPanel::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_saveTimer->start();
    });
}

QString MemoPanel::text() const
{
    return m_editor->toPlainText();
}

void MemoPanel::flush()
{
    m_saveTimer->stop();
    if (m_target.kind == MemoTarget::Kind::None)
        return;
    const QString current = m_editor->toPlainText();
    if (current == m_saved)
        return;
    const QString old = m_saved;
    m_saved = current;
    Q_EMIT memoEdited(m_target, old, current);
}

void MemoPanel::setTarget(MemoTarget target, const QString &title, const QString &text)
{
    flush();
    m_target = target;
    m_title->setText(title);
    refresh(target, text);
    m_editor->setEnabled(target.kind != MemoTarget::Kind::None);
}

void MemoPanel::selectRange(qint64 start, qint64 end)
{
    // QTextCursor positions count UTF-16 units (a plain text has no other objects); the hit is in code points.
    const Core::TextOffsets offsets(m_editor->toPlainText());
    const qsizetype length = offsets.codePointCount();
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(offsets.toUtf16(std::clamp<qsizetype>(start, 0, length))));
    cursor.setPosition(int(offsets.toUtf16(std::clamp<qsizetype>(end, 0, length))), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MemoPanel::refresh(MemoTarget target, const QString &text)
{
    if (!(target == m_target))
        return;
    m_saved = text;
    if (m_editor->toPlainText() == text)
        return;
    m_updating = true;
    m_editor->setPlainText(text);
    m_updating = false;
}

} // namespace Marginalia::Ui
