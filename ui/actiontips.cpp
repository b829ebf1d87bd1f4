#include "actiontips.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>

namespace Marginalia::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::ActionTips)
};

const char *const WhatItDoesProperty = "marginaliaWhatItDoes";

QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single '&' only marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}
} // namespace

QString actionTip(const QString &whatItDoes, const QAction *action)
{
    const QString what = whatItDoes.isEmpty() ? plainText(action) : whatItDoes;
    const QKeySequence shortcut = action->shortcut();
    if (shortcut.isEmpty())
        return what;
    // Ctrl+Shift+Z is a left-to-right run even inside an Arabic sentence: isolated (LRI ... PDI), its
    // "+" signs stay between the keys they join.
    const QString keys = QChar(0x2066) + shortcut.toString(QKeySequence::NativeText) + QChar(0x2069);
    return Tr::tr("%1 (%2)", "tooltip: what the action does (its shortcut)").arg(what, keys);
}

void setActionTip(QAction *action, const QString &whatItDoes)
{
    const bool connected = action->property(WhatItDoesProperty).isValid();
    action->setProperty(WhatItDoesProperty, whatItDoes);
    action->setToolTip(actionTip(whatItDoes, action));
    if (connected)
        return;
    // changed() comes for the text and the shortcut, and for setToolTip() itself: the comparison ends that.
    QObject::connect(action, &QAction::changed, action, [action] {
        const QString tip = actionTip(action->property(WhatItDoesProperty).toString(), action);
        if (action->toolTip() != tip)
            action->setToolTip(tip);
    });
}

} // namespace Marginalia::Ui
