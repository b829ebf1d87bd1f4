#pragma once

#include "model/attributes.h"

#include <optional>

class QWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class AttributeTableModel;

/// Asking which attribute to remove and whether to, for the Attributes and Cases panels alike.
namespace AttributeRemoval {

/// The attribute of @p column of @p model, or in the name column the one the user picks from a list; then
/// asks whether to remove it with its values (counted in @p project). Nothing when the user cancels.
std::optional<Core::Attribute> ask(QWidget *parent, const AttributeTableModel &model, int column,
                                   const Core::Project &project);

} // namespace AttributeRemoval

} // namespace Marginalia::Ui
