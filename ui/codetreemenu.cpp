#include "codetreemenu.h"

#include "model/codetree.h"

#include <QMenu>

namespace Marginalia::Ui {

void CodeTreeMenu::fill(QMenu *into, const Core::CodeTree &tree, qint64 parentId,
                        const std::function<void(qint64)> &chosen)
{
    for (const qint64 id : tree.children(parentId)) {
        const Core::Code *code = tree.find(id);
        if (!code)
            continue;
        // An '&' in a code's name is text, not a mnemonic.
        QString title = code->name;
        title.replace(u'&', QStringLiteral("&&"));
        if (tree.children(id).isEmpty()) {
            QAction *action = into->addAction(title, into, [chosen, id] { chosen(id); });
            action->setEnabled(code->codable);
            continue;
        }
        QMenu *sub = into->addMenu(title);
        if (code->codable) {
            sub->addAction(title, sub, [chosen, id] { chosen(id); });
            sub->addSeparator();
        }
        fill(sub, tree, id, chosen);
    }
}

} // namespace Marginalia::Ui
