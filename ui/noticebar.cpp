#include "noticebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Marginalia::Ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this notice"));
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::clearNotice);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    clearNotice();
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap icon
        = kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
    }
    // A tint of the window's own colour, so that the bar reads in the light and the dark palette alike.
    QPalette tinted = palette();
    const QColor base
        = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : tinted.color(QPalette::Window);
    const QColor accent = kind == Kind::Warning ? QColor(0xF6, 0xC3, 0x43) : QColor(0x3D, 0xAE, 0xE9);
    const auto mix = [](int a, int b) {
        return (a * 3 + b) / 4;
    };
    tinted.setColor(
        QPalette::Window,
        QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue())));
    setPalette(tinted);
    show();
}

void NoticeBar::clearNotice()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_text->clear();
    hide();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace Marginalia::Ui
