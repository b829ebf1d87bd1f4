#include "codecolor.h"

namespace Marginalia::Ui {

QColor CodeColor::of(const Core::Code &code)
{
    const QColor color(code.color);
    return color.isValid() ? color : neutral();
}

QColor CodeColor::neutral()
{
    // Mid grey: readable as a highlight on light and dark backgrounds, and no code's chosen colour.
    return QColor(0x9a, 0x9a, 0x9a);
}

} // namespace Marginalia::Ui
