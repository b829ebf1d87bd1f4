#pragma once

#include <QString>
#include <QStringList>

namespace Marginalia::Ui {

/**
 * Installs the window's translations and sets the layout direction that goes with them. The language is
 * the one given with --language in @p arguments, else the one chosen in Preferences (setting
 * ui/language), else the system's. Call before any widget or translated option text is made: --help is
 * translated too, so this runs before the options are parsed. Returns the language in use ("en" when
 * there is no translation for the one asked for).
 */
QString installInterfaceLanguage(const QStringList &arguments);

} // namespace Marginalia::Ui
