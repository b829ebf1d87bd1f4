#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace Marginalia::Ui {

/**
 * A notice across the top of the text, as KMessageWidget shows them in KDE applications: a sentence and
 * the buttons that act on it, for what the user must know but need not answer at once (the project is
 * open read-only because someone else writes it; it lies on a network drive). A dialog would stop the
 * work; the status bar would be missed.
 */
class NoticeBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows @p text with a button for each of @p actions (which stay owned by the caller).
    void showNotice(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    /// Hides the notice and drops its buttons.
    void clearNotice();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace Marginalia::Ui
