#pragma once

#include <QPalette>

namespace Marginalia::Ui {

/// Palettes for the Fusion style when the platform has no theme of its own (offscreen screenshots,
/// minimal desktops): the light one is Fusion's, the dark one follows the colours of Breeze Dark.
class Palettes final
{
public:
    static QPalette light();
    static QPalette dark();
    static bool isDark(const QPalette &palette);
};

} // namespace Marginalia::Ui
