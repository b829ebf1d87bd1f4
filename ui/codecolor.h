#pragma once

#include "model/entities.h"

#include <QColor>

namespace Marginalia::Ui {

/**
 * The colour a view draws a code in. A code may have no colour of its own (one imported from a tool that
 * gave it none keeps none, so that an export does not hand back a colour nobody chose): views then draw it
 * in one neutral grey, the same everywhere.
 */
class CodeColor final
{
public:
    static QColor of(const Core::Code &code);
    /// The neutral grey of codes without a colour.
    static QColor neutral();
};

} // namespace Marginalia::Ui
