#pragma once

namespace Marginalia::Core {

/**
 * Installs Marginalia's translations into the running application: the English plural forms, and the
 * user's language where Marginalia has it. Call once, after the QCoreApplication is made; the window, the
 * command-line tool and the tests all do, so that "1 file" and "2 files" read the same everywhere.
 */
void installTranslations();

} // namespace Marginalia::Core
