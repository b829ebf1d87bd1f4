#pragma once

#include <QtGlobal>

#include <functional>

class QMenu;

namespace Marginalia::Core {
class CodeTree;
}

namespace Marginalia::Ui {

/**
 * Fills a menu with a codebook's tree, for choosing a code to apply. Each code appears once: a code with
 * children is a submenu titled with its name (QMenu draws the arrow, mirrored right to left), whose first
 * entry applies the code itself, then a separator, then its children. A folder that is not applied to text
 * (Code::codable false) has no entry of its own: its submenu holds only its children, and a folder without
 * children shows disabled.
 */
class CodeTreeMenu final
{
public:
    /// Adds the children of @p parentId (0: the top level) and everything under them to @p into; choosing
    /// one calls @p chosen with its id.
    static void fill(QMenu *into, const Core::CodeTree &tree, qint64 parentId,
                     const std::function<void(qint64)> &chosen);
};

} // namespace Marginalia::Ui
