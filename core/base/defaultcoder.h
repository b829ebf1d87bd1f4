#pragma once

#include <QString>

namespace Marginalia::Core {

/// The coder a user codes as until they say otherwise, in the window and the command-line tool alike:
/// MARGINALIA_CODER, else the login name (USER, USERNAME, LOGNAME), else "coder". Not translated: a coder's
/// name is data, and the same person must not become two coders when they switch languages.
QString defaultCoderName();

} // namespace Marginalia::Core
