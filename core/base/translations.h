#pragma once

#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/**
 * Installs Marginalia's translations into the running application: the English plural forms, Qt's own
 * strings (dialog buttons, --help) and Marginalia's in the language asked for, or the system's when
 * @p language is empty. Call once, after the QCoreApplication is made; the window, the command-line
 * tool and the tests all do, so that "1 file" and "2 files" read the same everywhere.
 *
 * Returns the language now in use ("en" when there is no translation for the one asked for). Numbers and
 * dates keep following the system's regional format, as they do in desktops that set the two apart: an
 * Arabic window on a machine set to Western digits shows Western digits.
 */
QString installTranslations(const QString &language = {});

/// The languages Marginalia is translated into, as ISO 639-1 codes, English first.
QStringList availableLanguages();

} // namespace Marginalia::Core
