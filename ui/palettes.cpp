#include "palettes.h"

#include <QApplication>
#include <QStyle>

namespace Marginalia::Ui {

QPalette Palettes::light()
{
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

QPalette Palettes::dark()
{
    QPalette palette;
    const QColor window(0x2A, 0x2E, 0x32);
    const QColor base(0x1B, 0x1E, 0x20);
    const QColor text(0xFC, 0xFC, 0xFC);
    const QColor disabled(0x8A, 0x8E, 0x92);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3B));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    palette.setColor(QPalette::Highlight, QColor(0x3D, 0xAE, 0xE9));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Link, QColor(0x1D, 0x99, 0xF3));
    palette.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4B));
    palette.setColor(QPalette::Midlight, QColor(0x36, 0x3B, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1A));
    palette.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

bool Palettes::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace Marginalia::Ui
