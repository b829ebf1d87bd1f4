#include "buildinfo.h"

// Written by cmake/BuildInfo.cmake on every build, rewritten only when its content changes, so that a new
// commit recompiles this one file and nothing else.
#include "buildinfo_values.h"

namespace Marginalia::Core {

QString versionString()
{
    return QStringLiteral(MARGINALIA_VERSION_STRING);
}

QString buildDescription()
{
    return QStringLiteral(MARGINALIA_BUILD_DESCRIPTION);
}

} // namespace Marginalia::Core
